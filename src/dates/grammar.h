// The date grammar: hand-written matchers over scanner tokens, driven by the
// vocabulary roles. Parser::Longest(i) returns the longest date expression
// starting at token i, with its TIMEX3 value resolved against the anchor.
#ifndef ACTORGRAPH_DATES_GRAMMAR_H_
#define ACTORGRAPH_DATES_GRAMMAR_H_

#include <string>
#include <vector>

#include "dates/calendar.h"
#include "dates/lexicon.h"
#include "dates/scanner.h"

namespace actorgraph {
namespace dates {

struct Match {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  std::string value;
  const char* rule = "";
  Ymd full;  // set (known) when the expression names a whole day with its year
};

class Parser {
 public:
  // `lowered` is the scanner's lower-cased copy of the text.
  Parser(const Lexicon& lex, const std::vector<Tok>& toks, std::string_view lowered)
      : lex_(lex), t_(toks), low_(lowered) {}
  // The anchor for relative expressions (document date or last full date).
  void set_anchor(const Ymd& a) { anchor_ = a; }
  // The last quarter named in the text ("third-quarter profit"): financial
  // comparisons such as "a year earlier" then mean that quarter a year before.
  void set_quarter(int y, int q) { qy_ = y, qq_ = q; }
  // Longest match starting at token i; false if none.
  bool Longest(size_t i, Match* out) const;

 private:
  // Whole expressions at i (optionally after "the"), written into *m.
  bool Core(size_t i, bool had_the, Match* m) const;
  bool Numeric(size_t i, Match* m) const;             // 2015-09-27, 9/27/2015
  bool MonthLed(size_t i, Match* m) const;            // September 27, 2015
  bool DayLed(size_t i, Match* m) const;              // 27 September 2015
  bool Year(size_t i, bool had_the, Match* m) const;  // 1998, fiscal 1998, 1990s
  bool Weekday(size_t i, int shift, size_t b, Match* m) const;
  bool Deictic(size_t i, Match* m) const;                // yesterday (morning)
  bool Shifted(size_t i, Match* m) const;                // last week, next May
  bool Ago(size_t i, Match* m) const;                    // two years ago
  bool Quarter(size_t i, bool had_the, Match* m) const;  // the third quarter
  bool Season(size_t i, bool had_the, Match* m) const;   // summer 2015
  bool Ref(size_t i, Match* m) const;                    // now, the future, Christmas
  bool Bare(size_t i, bool had_the, Match* m) const;     // the year, the weekend, year-end

  // Does "the" before match m belong to its span?
  bool NeedsThe(const Match& m) const;

  // Token helpers.
  const WordInfo* W(size_t i) const {
    return i < t_.size() && t_[i].kind == Kind::kWord ? t_[i].info : nullptr;
  }
  bool Role(size_t i, uint64_t r) const {
    const WordInfo* w = W(i);
    return w && w->Has(r);
  }
  bool P(size_t i, char c) const {
    return i < t_.size() && t_[i].kind == Kind::kPunct && t_[i].punct == c;
  }
  bool Glued(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  // Bytes between token i-1 and token i (large in tables: "MAY      9").
  uint32_t Gap(size_t i) const { return i < t_.size() && i > 0 ? t_[i].begin - t_[i - 1].end : 0; }
  // Lower-cased text of token i.
  std::string_view Lower(size_t i) const {
    return low_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  }
  bool IsWord(size_t i, const char* w) const {
    return i < t_.size() && t_[i].kind == Kind::kWord && Lower(i) == w;
  }
  // A 4-digit year 1000-2099 at i (plain digits, no separators or suffix).
  bool YearNumber(size_t i, int* y) const;
  // A small number at i, in digits or words (one ... twenty, "a"); *end after it.
  bool Count(size_t i, int* n, size_t* end) const;
  // "nineteen ninety-six", "two thousand (and) one"; *end after it.
  bool SpokenYear(size_t i, int* y, size_t* end) const;
  // Is token i's number a quantity ("2000 troops", "$1998", "1998 percent")?
  bool Quantity(size_t i) const;
  // Only the unambiguous signs of a quantity ("$", "%", "percent").
  bool QuantityStrict(size_t i) const;
  // A future-tense cue before token i in the same sentence ("will meet Friday").
  bool FutureBefore(size_t i) const;
  // The tense around token i in its sentence: +1 future, -1 past, 0 unknown
  // (nearest cue first: before i, then after).
  int Tense(size_t i) const;
  // Optional '.' after an abbreviation at i: returns the index after it.
  size_t SkipAbbrevDot(size_t i, bool abbrev) const;
  // Length of the refs/holidays phrase p at token i, 0 if it does not match.
  // Token i must be p's first word (p came from that word's `phrases`).
  size_t PhraseAt(size_t i, const Phrase& p) const;
  // The day of a holiday in year y.
  static Ymd HolidayDate(const Phrase& p, int y);
  // Year for a month/day named without one: the one nearest the anchor; near
  // half a year either way, the tense decides (future cue: ahead, else past).
  int ResolveYear(int month, int day, size_t b) const;
  // A day of the month written as a word: "eighth", "twenty-first".
  bool DayWord(size_t i, int* d, size_t* end) const;
  // Start of the weekend a weekend expression refers to, shifted by s weeks.
  std::string WeekendValue(int s) const;
  // Applies "two months after/before" to an already parsed value; false if it
  // cannot be shifted.
  static bool ShiftValue(const std::string& v, int n, Unit u, std::string* out);

  // Is token i preceded by a capitalized non-date word inside a sentence, as
  // in "Good Friday" or "Arab Spring"? Then i is part of a name.
  bool NameBefore(size_t i) const;

  const Lexicon& lex_;
  const std::vector<Tok>& t_;
  std::string_view low_;
  Ymd anchor_;
  int qy_ = 0, qq_ = 0;
};

}  // namespace dates
}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_GRAMMAR_H_
