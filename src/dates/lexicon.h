// The date vocabulary read from rules/dates/*.txt: one hash lookup per word
// gives every role the word can play (month, weekday, unit, cue...).
#ifndef ACTORGRAPH_DATES_LEXICON_H_
#define ACTORGRAPH_DATES_LEXICON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph {
namespace dates {

// Roles a word can play (bit flags in WordInfo::roles).
enum Role : uint32_t {
  kMonth = 1u << 0,
  kWeekday = 1u << 1,
  kSeason = 1u << 2,
  kNumber = 1u << 3,
  kOrdinal = 1u << 4,
  kUnit = 1u << 5,
  kShift = 1u << 6,
  kDeictic = 1u << 7,
  kPartOfDay = 1u << 8,
  kModAdj = 1u << 9,
  kModNoun = 1u << 10,
  kRefStart = 1u << 11,  // first word of some refs.txt phrase
  kYearCue = 1u << 12,
  kThe = 1u << 13,
  kOf = 1u << 14,
  kFiscal = 1u << 15,
  kLatest = 1u << 16,
  kAgo = 1u << 17,
  kBefore = 1u << 18,
  kAfter = 1u << 19,
  kFuture = 1u << 20,
  kQuantity = 1u << 21,
  kDecadeWord = 1u << 22,
  kVague = 1u << 23,
  kPeriod = 1u << 24,
  kSeasonCue = 1u << 25,
};

enum class Unit : uint8_t { kNone, kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kYear, kDecade,
                            kCentury };

struct WordInfo {
  uint32_t roles = 0;
  int8_t month = 0;         // 1-12
  bool month_abbrev = false;
  int8_t weekday = 0;       // 1-7, Monday = 1
  bool weekday_abbrev = false;
  char season[3] = {0, 0, 0};  // "SP", "SU", "FA", "WI"
  int16_t number = 0;
  int8_t ordinal = 0;
  Unit unit = Unit::kNone;
  bool unit_plural = false;
  int8_t shift = 0;
  int8_t deictic = 0;
  char part[3] = {0, 0, 0};  // "MO", "AF", "EV", "NI"
  int8_t decade = 0;         // tens digit of a decade word
  bool Has(uint32_t r) const { return (roles & r) != 0; }
};

// A multi-word or single-word phrase from refs.txt.
struct RefPhrase {
  std::vector<std::string> words;  // lower-case
  std::string value;               // PRESENT_REF, PAST_REF, FUTURE_REF
};

class Lexicon {
 public:
  // Reads every vocabulary file under dir (".../rules/dates"); problems go to
  // *diags. Returns false if any file is missing or malformed.
  bool Load(const std::string& dir, std::vector<Diagnostic>* diags);

  // Info for a lower-case word, or nullptr.
  const WordInfo* Find(std::string_view lower) const {
    auto it = words_.find(lower);
    return it == words_.end() ? nullptr : &it->second;
  }
  // refs.txt phrases starting with a word, longest first.
  const std::vector<RefPhrase>* Refs(std::string_view first) const {
    auto it = refs_.find(first);
    return it == refs_.end() ? nullptr : &it->second;
  }

 private:
  WordInfo& Add(std::string_view word);
  std::deque<std::string> storage_;  // owns the keys of words_ and refs_
  std::unordered_map<std::string_view, WordInfo> words_;
  std::unordered_map<std::string_view, std::vector<RefPhrase>> refs_;
};

}  // namespace dates
}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_LEXICON_H_
