// The date vocabulary read from rules/dates/*.txt: one hash lookup per word
// gives every role the word can play (month, weekday, unit, cue...).
#ifndef ACTORGRAPH_DATES_LEXICON_H_
#define ACTORGRAPH_DATES_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph {
namespace dates {

// Roles a word can play (bit flags in WordInfo::roles).
enum Role : uint64_t {
  kMonth = 1ull << 0,
  kWeekday = 1ull << 1,
  kSeason = 1ull << 2,
  kNumber = 1ull << 3,
  kOrdinal = 1ull << 4,
  kUnit = 1ull << 5,
  kShift = 1ull << 6,
  kDeictic = 1ull << 7,
  kPartOfDay = 1ull << 8,
  kModAdj = 1ull << 9,
  kModNoun = 1ull << 10,
  kYearCue = 1ull << 12,
  kThe = 1ull << 13,
  kOf = 1ull << 14,
  kFiscal = 1ull << 15,
  kLatest = 1ull << 16,
  kAgo = 1ull << 17,
  kBefore = 1ull << 18,
  kAfter = 1ull << 19,
  kFuture = 1ull << 20,
  kQuantity = 1ull << 21,
  kDecadeWord = 1ull << 22,
  kVague = 1ull << 23,
  kPeriod = 1ull << 24,
  kSeasonCue = 1ull << 25,
  kAttr = 1ull << 26,
  kPast = 1ull << 27,  // "the past year"
  kNamePrefix = 1ull << 28,
  kPhraseStart = 1ull << 29,  // first word of a refs.txt or holidays.txt phrase
  kFull = 1ull << 30,
  kEnd = 1ull << 31,
  kEnded = 1ull << 32,
  kPastTense = 1ull << 33,
  kQuarterAbbrev = 1ull << 34,
  kHalfAbbrev = 1ull << 35,
  kSet = 1ull << 36,
};

enum class Unit : uint8_t {
  kNone,
  kDay,
  kWeek,
  kWeekend,
  kMonth,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury
};

// A phrase from refs.txt or holidays.txt, split like the scanner splits text:
// "new year's day" -> new | year | ' | s | day.
struct Phrase {
  std::vector<std::string> pieces;  // lower-case words, or one punctuation character
  // Lexicon::Hash of pieces[1] when it is a word (second_word): most tries
  // fail on the second word, so it is compared first, by hash.
  bool second_word = false;
  uint64_t second_hash = 0;
  std::string value;  // refs: PRESENT_REF, PAST_REF, FUTURE_REF
  // holidays: a fixed day (month, day), or a movable feast named by `rule`.
  bool holiday = false;
  int month = 0, day = 0;
  std::string rule;  // "EASTER", "THANKSGIVING", "" for fixed days
};

struct WordInfo {
  uint64_t roles = 0;
  int8_t month = 0;  // 1-12
  bool month_abbrev = false;
  int8_t weekday = 0;  // 1-7, Monday = 1
  bool weekday_abbrev = false;
  char season[3] = {0, 0, 0};  // "SP", "SU", "FA", "WI"
  int16_t number = 0;
  int8_t ordinal = 0;
  Unit unit = Unit::kNone;
  bool unit_plural = false;
  int8_t shift = 0;
  int8_t deictic = 0;
  char part[3] = {0, 0, 0};  // "MO", "AF", "EV", "NI"
  bool starts = false;       // can open a date expression (not just a cue like "in", "of")
  int8_t decade = 0;         // tens digit of a decade word
  // refs.txt and holidays.txt phrases starting with this word, longest
  // first (Lexicon::Phrases without a second lookup), or nullptr.
  const std::vector<Phrase>* phrases = nullptr;
  bool Has(uint64_t r) const { return (roles & r) != 0; }
};

class Lexicon {
 public:
  // Reads every vocabulary file under dir (".../rules/dates"); problems go to
  // *diags. Returns false if any file is missing or malformed.
  bool Load(const std::string& dir, std::vector<Diagnostic>* diags);

  // Hash of a lower-case word from its first eight bytes (packed little-end
  // first, as the scanner packs them while it reads) and its length.
  static uint64_t Pack(std::string_view w) {
    uint64_t x = 0;
    for (size_t k = 0; k < w.size() && k < 8; ++k)
      x |= static_cast<uint64_t>(static_cast<unsigned char>(w[k])) << (8 * k);
    return x;
  }
  static uint64_t Mix(uint64_t packed, size_t len) {
    uint64_t h = (packed ^ (len * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  }
  static uint64_t Hash(std::string_view w) { return Mix(Pack(w), w.size()); }
  // Info for a lower-case word with hash h == Hash(lower), or nullptr. A
  // one-bit-per-hash filter that fits in L1 rejects most words before the
  // table is touched. For a given length Mix is a bijection of the packed
  // bytes, so equal hashes and lengths of at most eight bytes mean equal
  // words: only longer words are compared byte by byte.
  const WordInfo* Find(std::string_view lower, uint64_t h) const {
    const uint32_t f = static_cast<uint32_t>(h >> 48);
    if (lower.size() > max_len_ || !((filter_[f >> 6] >> (f & 63)) & 1)) return nullptr;
    for (size_t k = h & mask_;; k = (k + 1) & mask_) {
      const Slot& s = table_[k];
      if (!s.info) return nullptr;
      if (s.hash == h && s.key.size() == lower.size() && (lower.size() <= 8 || s.key == lower))
        return s.info;
    }
  }
  const WordInfo* Find(std::string_view lower) const { return Find(lower, Hash(lower)); }
  // refs.txt and holidays.txt phrases starting with a word, longest first.
  const std::vector<Phrase>* Phrases(std::string_view first) const {
    auto it = phrases_.find(first);
    return it == phrases_.end() ? nullptr : &it->second;
  }

 private:
  WordInfo& Add(std::string_view word);
  std::deque<std::string> storage_;  // owns the keys of words_ and refs_
  std::unordered_map<std::string_view, WordInfo> words_;
  void AddPhrase(std::string_view text, Phrase p);
  void BuildTable();  // the open-addressing table Find reads
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> table_;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(1024, 0);  // 65536 bits
  size_t mask_ = 0;
  size_t max_len_ = 0;
  std::unordered_map<std::string_view, std::vector<Phrase>> phrases_;
};

}  // namespace dates
}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_LEXICON_H_
