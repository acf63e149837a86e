// Regexes compiled on first use: the load-time bound that decides which
// regexes surely compile, the named groups read from the regex text, and the
// project's own rules checked against RE2 itself.
#include "relations/lazy_regex.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <thread>

#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

int ProgramSize(const std::string& re) {
  RE2 r(re, RuleOptions());
  REQUIRE_MESSAGE(r.ok(), re);
  return r.ProgramSize();
}

TEST_CASE("the instruction bound is above RE2's program size and follows counted repetitions") {
  const std::string gap = "(?:(?:[^ §;:][^ ]*|[;:][^ ]+|§D\\d+) )";
  const std::vector<std::string> regexes = {
      "ab",
      "§[SO]\\d+ ",
      gap,
      gap + "{0,8}",
      "(?:secretary (?:of state |general )?|prime minister )+",
      "(?P<s0>§[ST]\\d+ )(?:" + gap + "{0,3}\\, )?signed "};
  for (const std::string& re : regexes) {
    CAPTURE(re);
    CHECK(InstructionBound(re) >= static_cast<size_t>(ProgramSize(re)));
  }
  CHECK(InstructionBound(gap + "{0,8}") > 7 * InstructionBound(gap));
  CHECK(InstructionBound("(?:(?:ab){0,10}c){0,10}") > 90 * InstructionBound("ab"));
}

TEST_CASE("the instruction bound gives up where RE2 might refuse") {
  CHECK(InstructionBound("a{0,2000}") == SIZE_MAX);               // one count over 1000
  CHECK(InstructionBound("(?:(?:a){0,40}b){0,40}") == SIZE_MAX);  // nested counts 1600
  CHECK(InstructionBound("(?:a(?:b){0,10}){0,10}") < SIZE_MAX);   // 100
  CHECK(InstructionBound("(?:a") == SIZE_MAX);
  CHECK(InstructionBound("a)") == SIZE_MAX);
}

TEST_CASE("named groups are read from the regex text as RE2 numbers them") {
  const std::string re = "(?:x )?(?P<s0>§[S]\\d+ )[(](?P<trig>a |b )\\((?P<s1>§[T]\\d+ )";
  RE2 r(re, RuleOptions());
  REQUIRE(r.ok());
  CHECK(CaptureGroups(re) == r.NamedCapturingGroups());
  CHECK(CaptureGroups(re).at("s1") == 3);
}

TEST_CASE("a lazy regex compiles once, whichever thread asks first") {
  LazyRegex re("(?P<s0>a )b ", kRuleMaxMem);
  const RE2* seen[4] = {};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back([&, i] { seen[i] = re.get(); });
  for (std::thread& t : threads) t.join();
  REQUIRE(seen[0] != nullptr);
  for (const RE2* p : seen) CHECK(p == seen[0]);
  CHECK(re.error().empty());
  LazyRegex bad("(?:a", kRuleMaxMem);
  CHECK(bad.get() == nullptr);
  CHECK(bad.error().find("does not compile") != std::string::npos);
}

TEST_CASE("every regex of the project's rules is bounded, and its groups are read right") {
  Compiled c;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadCompiled((std::filesystem::path(ACTORGRAPH_SOURCE_DIR) / "rules").string(), &c,
                       &diags, 2));
  REQUIRE(diags.empty());
  size_t regexes = 0;
  auto check = [&](const LazyRegex& re) {
    ++regexes;
    REQUIRE(re.get() != nullptr);
    CHECK(InstructionBound(re.pattern()) >= static_cast<size_t>(re.get()->ProgramSize()));
  };
  for (const Rule& r : c.rules) {
    CAPTURE(r.id);
    check(*r.re);
    CHECK(CaptureGroups(r.re->pattern()) == r.re->get()->NamedCapturingGroups());
    for (const auto& u : r.unless) check(*u);
    if (r.not_after) check(*r.not_after);
  }
  CHECK(regexes > c.rules.size());
  for (const Compiled::Group& g : c.groups)
    if (g.set) CHECK(g.set->get() != nullptr);
}

}  // namespace
}  // namespace relations
}  // namespace actorgraph
