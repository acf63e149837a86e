// Regexes and RE2::Sets compiled the first time a sentence needs them.
//
// A rule set holds some 900 regexes; a run over one article needs a few
// dozen, and a run over a large corpus leaves a fifth of them unused.
// Compiling all of them at load took most of the start-up. What load still
// has to know (that each regex compiles, where its named groups are) comes
// from the regex text: InstructionBound says when it surely compiles, and
// CaptureGroups where its groups are; a regex that may be too large is
// compiled at load, so its error is still a load error.
#ifndef ACTORGRAPH_RELATIONS_LAZY_REGEX_H_
#define ACTORGRAPH_RELATIONS_LAZY_REGEX_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {
namespace relations {

// Options of every rule regex: UTF-8, no logging, `max_mem` bytes.
RE2::Options RegexOptions(int64_t max_mem);

// An upper bound on the RE2 instructions `regex` compiles to (the
// constructs the pattern compiler writes cost at most 3 per byte; 4 is
// counted), with each counted repetition "{m,n}" copying its operand n
// times. SIZE_MAX when a repetition count, or a product of nested ones,
// exceeds RE2's limit of 1000, or the parentheses do not balance.
size_t InstructionBound(std::string_view regex);

// The index (1-based, as RE2 counts) of every named group "(?P<name>" of
// `regex`. Every other group the pattern compiler writes is "(?:".
std::map<std::string, int> CaptureGroups(std::string_view regex);

// A regex compiled on first use, by whichever thread needs it first.
class LazyRegex {
 public:
  LazyRegex(std::string pattern, int64_t max_mem)
      : pattern_(std::move(pattern)), max_mem_(max_mem) {}
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  // The compiled regex, or null when it does not compile (error() says why).
  const RE2* get() const;
  // Empty when the regex compiles (compiles it first).
  std::string error() const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  int64_t max_mem_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// An RE2::Set over some rule regexes, compiled on first use. A Set only
// tells which of its regexes may match; when it cannot be built within its
// memory budget, get() is null and the caller runs every regex instead.
class LazySet {
 public:
  LazySet(std::vector<std::string> patterns, int64_t max_mem)
      : patterns_(std::move(patterns)), max_mem_(max_mem) {}
  LazySet(const LazySet&) = delete;
  LazySet& operator=(const LazySet&) = delete;

  const RE2::Set* get() const;

 private:
  std::vector<std::string> patterns_;
  int64_t max_mem_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2::Set> set_;
};

}  // namespace relations
}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_LAZY_REGEX_H_
