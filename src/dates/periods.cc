// Parts of a year: quarters and halves ("the third quarter", "third-quarter",
// "the first half of 1990", "the latest quarter", "the year-ago period") and
// seasons ("summer 2015", "in the fall").
#include "dates/grammar.h"

namespace actorgraph {
namespace dates {

bool Parser::Quarter(size_t i, bool had_the, Match* m) const {
  // "Q3", "Q3 2015", "H1 2016"
  if (Role(i, kQuarterAbbrev | kHalfAbbrev) && t_[i].cap && i + 1 < t_.size() && Glued(i + 1) &&
      t_[i + 1].digits == 1 && !t_[i + 1].suffix[0] &&
      !(i + 2 < t_.size() && Glued(i + 2) && t_[i + 2].kind != Kind::kPunct)) {
    const bool q = Role(i, kQuarterAbbrev);
    const int n = t_[i + 1].num;
    if (n < 1 || n > (q ? 4 : 2)) return false;
    int y = anchor_.y;
    size_t e = i + 2;
    if (int yy = 0; YearNumber(e, &yy)) y = yy, ++e;
    m->value = q ? FormatQuarter(y, n) : FormatHalf(y, n);
    m->end = e;
    m->rule = "date.quarter";
    return true;
  }
  size_t k = i;
  int y = 0;
  bool explicit_year = false;
  if (YearNumber(k, &y)) {  // "the 1988 third quarter"
    ++k;
    explicit_year = true;
  } else if (Role(k, kShift) && W(k + 1) && W(k + 1)->unit == Unit::kYear &&
             !W(k + 1)->unit_plural && P(k + 2, '\'') && IsWord(k + 3, "s")) {
    if (!anchor_.known()) return false;  // "this year's third quarter"
    y = anchor_.y + W(k)->shift;
    k += 4;
    explicit_year = true;
  }
  // "year-ago", "year-earlier": a year before the anchor (or the quarter in focus).
  const bool year_ago = !explicit_year && W(k) && W(k)->unit == Unit::kYear && !W(k)->unit_plural &&
                        P(k + 1, '-') && Glued(k + 1) && Role(k + 2, kAgo);
  if (year_ago) {
    if (!anchor_.known()) return false;
    k += 3;
    y = anchor_.y - 1;
    explicit_year = true;
  }
  if (Role(k, kFiscal)) {
    ++k;
    if (P(k, '-') && Glued(k)) ++k;
  }
  int ord = 0;
  if (W(k) && W(k)->Has(kOrdinal)) {
    ord = W(k)->ordinal;
  } else if (k < t_.size() && t_[k].kind == Kind::kNumber && t_[k].digits == 1 && t_[k].suffix[0] &&
             t_[k].suffix[0] != 's') {
    ord = static_cast<int>(t_[k].num);
  }
  if (ord) {
    ++k;
    bool adjective = false;  // "third-quarter profit"
    if (P(k, '-') && Glued(k) && Glued(k + 1)) ++k, adjective = true;
    if (Role(k, kFiscal)) ++k;
    const WordInfo* u = W(k);
    if (!u || u->unit_plural || (u->unit != Unit::kQuarter && u->unit != Unit::kHalf)) return false;
    if (P(k + 1, '-') && Glued(k + 1)) return false;  // "the first quarter-century"
    if (ord > (u->unit == Unit::kQuarter ? 4 : 2)) return false;
    ++k;
    if (!explicit_year && YearNumber(k, &y)) {  // "second-half 1987 output"
      explicit_year = true;
      ++k;
    }
    if (Role(k, kOf)) {  // "of 1990", "of fiscal 1990"
      size_t yk = Role(k + 1, kFiscal) ? k + 2 : k + 1;
      int yy = 0;
      if (YearNumber(yk, &yy)) {
        y = yy;
        explicit_year = true;
        k = yk + 1;
      } else if (u->unit == Unit::kHalf) {
        return false;  // "the first half of the game"
      }
    }
    if (!explicit_year) {
      // A quarter or half not yet begun is last year's ("third-quarter profit"
      // reported in March), unless the sentence looks ahead.
      y = anchor_.y;
      const int now = u->unit == Unit::kQuarter ? (anchor_.m - 1) / 3 + 1 : (anchor_.m - 1) / 6 + 1;
      if (y && ord > now && Tense(i) <= 0) --y;
    }
    m->value = u->unit == Unit::kQuarter ? FormatQuarter(y, ord) : FormatHalf(y, ord);
    m->end = k;
    m->rule = adjective ? "date.quarter-adj" : "date.quarter";
    return true;
  }
  // "the latest quarter", "the quarter", "the year-ago period": the last
  // complete quarter before the anchor, or the quarter in focus (a year
  // earlier for year-ago).
  bool latest = Role(k, kLatest);
  size_t u = latest ? k + 1 : k;
  const WordInfo* w = W(u);
  bool quarter = w && w->unit == Unit::kQuarter && !w->unit_plural &&
                 !Role(u + 1, kOf);  // "the quarter of a century"
  bool period = Role(u, kPeriod) && (latest || explicit_year);
  if (!quarter && !period) {
    if (!year_ago || latest) return false;
    // "year-earlier profit": the year before, or the quarter in focus a year before.
    m->value = qy_ ? FormatQuarter(qy_ - 1, qq_) : FormatYear(y);
    m->end = u;
    m->rule = "date.year-ago";
    return true;
  }
  if (!had_the && !year_ago) return false;
  if (P(u + 1, '-') && Glued(u + 1)) return false;  // "the quarter-point cut"
  if (!anchor_.known()) return false;
  int q = qq_, yy = qy_;
  if (!qy_) {
    q = (anchor_.m - 1) / 3;  // previous quarter, 0 = last year's fourth
    yy = anchor_.y;
    if (q == 0) q = 4, --yy;
  }
  if (year_ago)
    --yy;
  else if (explicit_year)
    yy = y;
  m->value = FormatQuarter(yy, q);
  m->end = u + 1;
  m->rule = "date.quarter-latest";
  return true;
}

bool Parser::Season(size_t i, bool had_the, Match* m) const {
  const WordInfo* w = W(i);
  if (!w || !w->Has(kSeason)) return false;
  size_t k = i + 1;
  int y = 0;
  size_t ye = 0;
  size_t yk = Role(k, kOf) ? k + 1 : k;
  if (YearNumber(yk, &y)) {
    k = yk + 1;
  } else if (SpokenYear(yk, &y, &ye)) {
    k = ye;
  } else {
    if (Role(k, kOf)) return false;           // "the fall of the Berlin Wall"
    if (P(k, '-') && Glued(k)) return false;  // "fall-out"
    // "the summer", "in summer"; not "its fall", nor "the fall in prices".
    bool context =
        (had_the && i > 0 && IsWord(i - 1, "the")) || (i > 0 && Role(i - 1, kSeasonCue | kModAdj));
    if (Role(k, kYearCue)) return false;
    if (!context || NameBefore(i)) return false;  // "prices fall", "Arab Spring"
    if (k < t_.size() && t_[k].kind == Kind::kWord && t_[k].cap && !t_[k].info)
      return false;  // "the Spring Festival"
    y = anchor_.y;
  }
  m->value = FormatSeason(y, w->season);
  m->end = k;
  m->rule = "date.season";
  return true;
}

}  // namespace dates
}  // namespace actorgraph
