// Absolute dates: month names with day and year, years, decades and
// centuries.
#include "dates/grammar.h"

namespace actorgraph {
namespace dates {
namespace {

// A day-of-month number: 1-31, at most two digits, optional ordinal suffix.
bool DayNumber(const Tok& t, int* d) {
  if (t.kind != Kind::kNumber || t.grouped || t.digits > 2 || t.num < 1 || t.num > 31) return false;
  if (t.suffix[0] == 's' && t.suffix[1] == 0) return false;  // "90s"
  *d = static_cast<int>(t.num);
  return true;
}

}  // namespace

bool Parser::MonthLed(size_t i, Match* m) const {
  size_t j = i;
  // "Friday, Oct. 23" / "Monday Oct. 26": a weekday in front joins the span.
  if (Role(j, kWeekday) && t_[j].cap) {
    size_t k = SkipAbbrevDot(j + 1, W(j)->weekday_abbrev);
    if (P(k, ',')) ++k;
    if (Role(k, kMonth)) j = k;
  }
  const WordInfo* w = W(j);
  if (!w || !w->Has(kMonth) || !t_[j].cap) return false;
  const int mon = w->month;
  const bool dot = w->month_abbrev && P(j + 1, '.') && Glued(j + 1);
  size_t k = dot ? j + 2 : j + 1;
  int d = 0, y = 0;
  size_t e = 0;
  size_t de = 0;
  bool day = k < t_.size() && DayNumber(t_[k], &d) && Gap(k) <= 1 &&
             !(P(k + 1, ':') && Glued(k + 1) && Glued(k + 2));  // not "May 3:30"
  if (day) de = k + 1;
  if (!day && DayWord(k, &d, &de)) day = true;  // "March eighth"
  if (day) {                                    // "Sept. 27"
    e = de;
    // A range sharing its year: "May 5-7, 2015" is dated by its first day.
    int d2 = 0;
    size_t yk = P(e, ',') ? e + 1 : e;
    if (P(e, '-') && e + 1 < t_.size() && DayNumber(t_[e + 1], &d2) && d2 > d) {
      size_t rk = P(e + 2, ',') ? e + 3 : e + 2;
      if (int ry = 0; YearNumber(rk, &ry)) yk = rk;
    }
    size_t ye = 0;
    if (YearNumber(yk, &y)) {
      e = yk + 1;
    } else if (SpokenYear(yk, &y, &ye)) {
      e = ye;
    } else {
      y = 0;
    }
    if (!ValidDate(y, mon, d)) return false;
    m->end = e;
    if (y) {
      m->value = FormatDay(y, mon, d);
      m->full = Ymd{y, mon, d};
      m->rule = "date.month-day-year";
    } else {
      y = ResolveYear(mon, d, i);
      // "Monday, Jan. 5": the weekday picks the year when the nearest one disagrees.
      if (y && j != i && dates::Weekday(Ymd{y, mon, d}) != W(i)->weekday) {
        for (int alt : {y - 1, y + 1})
          if (ValidDate(alt, mon, d) && dates::Weekday(Ymd{alt, mon, d}) == W(i)->weekday) y = alt;
      }
      m->value = FormatDay(y, mon, d);
      m->rule = "date.month-day";
    }
    return true;
  }
  size_t yk = Role(k, kOf) || P(k, ',') ? k + 1 : k;
  size_t ye = 0;
  if (YearNumber(yk, &y) || SpokenYear(yk, &y, &ye)) {  // "September 2015"
    m->end = ye ? ye : yk + 1;
    m->value = FormatMonth(y, mon);
    m->rule = "date.month-year";
    return true;
  }
  if (P(k, '\'') && k + 1 < t_.size() && t_[k + 1].kind == Kind::kNumber && t_[k + 1].digits == 2 &&
      !t_[k + 1].suffix[0] && Glued(k + 1)) {  // "May '98"
    int yy = static_cast<int>(t_[k + 1].num);
    m->end = k + 2;
    m->value = FormatMonth(yy + (yy < 50 ? 2000 : 1900), mon);
    m->rule = "date.month-year";
    return true;
  }
  // "January this year", "July last year"
  if (Role(k, kShift) && W(k + 1) && W(k + 1)->unit == Unit::kYear && !W(k + 1)->unit_plural) {
    if (!anchor_.known()) return false;
    m->end = k + 2;
    m->value = FormatMonth(anchor_.y + W(k)->shift, mon);
    m->rule = "date.month-shift";
    return true;
  }
  // The month alone. Abbreviations need their dot; a capitalized word next is
  // more likely a name ("June Carter", "April Fools").
  if (j != i) return false;
  if (w->month_abbrev && !dot) return false;
  if (k < t_.size() && t_[k].kind == Kind::kWord && t_[k].cap && !t_[k].upper && !t_[k].info)
    return false;
  if (NameBefore(j)) return false;
  // "the March of the Combatant Mothers", "the March for Life"
  if (Role(k, kOf) && (Role(k + 1, kThe) || (k + 1 < t_.size() && t_[k + 1].cap))) return false;
  if (IsWord(k, "for") && k + 1 < t_.size() && t_[k + 1].cap) return false;
  if (k < t_.size() && t_[k].kind == Kind::kNumber) return false;  // tables: "MAY   5600"
  if (Role(j - 1, kSet)) return false;                             // "each July" recurs
  // A month name alone needs a cue before it ("in May", "by December", "early
  // March") or a possessive after it ("December's figures"): "May these
  // words..." opens a wish.
  bool cue = j > 0 && Role(j - 1, kYearCue | kSeasonCue | kModAdj | kThe | kAttr);
  if (!cue && j > 1 && P(j - 1, '-') && Glued(j) && Role(j - 2, kModAdj)) cue = true;  // mid-May
  if (!cue && !(P(k, '\'') && IsWord(k + 1, "s"))) return false;
  m->end = k;
  m->value = FormatMonth(ResolveYear(mon, 0, i), mon);
  m->rule = "date.month";
  return true;
}

bool Parser::DayLed(size_t i, Match* m) const {
  int d = 0;
  if (!DayNumber(t_[i], &d)) return false;
  size_t j = Role(i + 1, kOf) ? i + 2 : i + 1;
  const WordInfo* w = W(j);
  if (!w || !w->Has(kMonth) || !t_[j].cap || Gap(i + 1) > 1) return false;
  const int mon = w->month;
  size_t k = SkipAbbrevDot(j + 1, w->month_abbrev);
  // "27 Sept" needs the capital; "27 sep" could be anything.
  if (w->month_abbrev && k == j + 1 && !(k < t_.size() && t_[k].kind == Kind::kNumber) &&
      (t_[j].end - t_[j].begin < 3))
    return false;
  int y = 0;
  size_t yk = P(k, ',') ? k + 1 : k;
  size_t ye = 0;
  if (YearNumber(yk, &y)) {
    k = yk + 1;
  } else if (SpokenYear(yk, &y, &ye)) {
    k = ye;
  } else {
    y = 0;
  }
  if (!ValidDate(y, mon, d)) return false;
  m->end = k;
  if (y) {
    m->value = FormatDay(y, mon, d);
    m->full = Ymd{y, mon, d};
    m->rule = "date.day-month-year";
  } else {
    m->value = FormatDay(ResolveYear(mon, d, i), mon, d);
    m->rule = "date.day-month";
  }
  return true;
}

bool Parser::Year(size_t i, bool had_the, Match* m) const {
  const Tok& t = t_[i];
  // Decades: "1990s", "the '90s", "the 90s".
  if (t.kind == Kind::kNumber && t.suffix[0] == 's' && !t.suffix[1] && !t.grouped) {
    if (t.digits == 4 && t.num >= 1000 && t.num <= 2090 && t.num % 10 == 0) {
      m->end = i + 1;
      m->value = std::to_string(t.num / 10);
      m->rule = "date.decade";
      return true;
    }
    bool apos = i > 0 && P(i - 1, '\'') && Glued(i);
    // "the 90s", "the '90s"; "their 60s" is an age.
    if (t.digits == 2 && t.num % 10 == 0 && ((had_the && IsWord(i - 1, "the")) || apos)) {
      int c = t.num >= 20 ? 19 : 20;
      m->end = i + 1;
      m->value = std::to_string(c * 10 + t.num / 10);
      m->rule = "date.decade";
      return true;
    }
    return false;
  }
  if (t.kind == Kind::kPunct && t.punct == '\'' && i + 1 < t_.size() && Glued(i + 1) && had_the) {
    if (Match d; Year(i + 1, true, &d)) {
      *m = d;
      return true;
    }
    return false;
  }
  // Centuries: "the 20th century", "the twentieth century", "the twenty-first century".
  {
    int n = 0;
    size_t k = i + 1;
    const WordInfo* w = W(i);
    if (t.kind == Kind::kNumber && t.suffix[0] && t.suffix[0] != 's' && t.digits <= 2) {
      n = static_cast<int>(t.num);
    } else if (w && w->Has(kOrdinal)) {
      // Not the tail of "twenty-first": that is read from "twenty".
      bool tail = i >= 2 && P(i - 1, '-') && W(i - 2) && W(i - 2)->Has(kNumber);
      n = tail ? 0 : w->ordinal;
    } else if (w && w->Has(kNumber) && w->number >= 20 && w->number % 10 == 0 && P(i + 1, '-') &&
               Glued(i + 1) && W(i + 2) && W(i + 2)->Has(kOrdinal) && W(i + 2)->ordinal < 10) {
      n = w->number + W(i + 2)->ordinal;
      k = i + 3;
    }
    if (k == i + 1 && P(k, '-') && Glued(k)) ++k;
    // "the 20th century", but not the film studio "20th Century Fox".
    bool name = k + 1 < t_.size() && t_[k].cap && t_[k + 1].kind == Kind::kWord && t_[k + 1].cap;
    if (n >= 1 && n <= 21 && W(k) && W(k)->unit == Unit::kCentury && !W(k)->unit_plural && !name) {
      m->end = k + 1;
      m->value = n - 1 < 10 ? "0" + std::to_string(n - 1) : std::to_string(n - 1);
      m->rule = "date.century";
      return true;
    }
  }
  // "the nineties"
  if (had_the && W(i) && W(i)->Has(kDecadeWord)) {
    m->end = i + 1;
    m->value = "19" + std::to_string(W(i)->decade);
    m->rule = "date.decade";
    return true;
  }
  int y = 0;
  size_t ye = 0;
  // "the year 2000", "the year two thousand", "fiscal 1998", "fiscal year 1998"
  size_t k = i;
  if (Role(k, kFiscal)) ++k;
  bool year_word = W(k) && W(k)->unit == Unit::kYear && !W(k)->unit_plural;
  if (year_word) ++k;
  if (Role(i, kFiscal) || (year_word && had_the)) {
    if (YearNumber(k, &y) && !Quantity(k)) {
      m->end = k + 1;
    } else if (year_word && SpokenYear(k, &y, &ye)) {
      m->end = ye;
    } else {
      return false;
    }
    m->value = FormatYear(y);
    m->rule = "date.year";
    return true;
  }
  // "nineteen ninety-six" on its own is unambiguous.
  if (SpokenYear(i, &y, &ye) && y < 2000) {
    m->end = ye;
    m->value = FormatYear(y);
    m->rule = "date.year";
    return true;
  }
  // A bare year needs a context that makes it one ("in 1998", "1998's").
  if (!YearNumber(i, &y)) return false;
  // After a strong cue ("in", "since", "fiscal") a plural noun does not make
  // it a quantity: "fiscal 1989 sales", "in 1998 prices".
  const bool strong = i > 0 && Role(i - 1, kSeasonCue | kFiscal);
  if (strong ? QuantityStrict(i) : Quantity(i)) return false;
  bool context = i > 0 && Role(i - 1, kYearCue | kModAdj | kFiscal);
  if (!context && i > 1 && P(i - 1, '-') && Glued(i) && Role(i - 2, kModAdj | kYearCue))
    context = true;  // "mid-1996", "post-1959"
  if (!context && P(i + 1, '\'') && IsWord(i + 2, "s") && Glued(i + 1)) context = true;
  // A year modifying a noun after a determiner: "the 1996 campaign", "its 1990
  // invasion", "Iraq's 1990 invasion".
  if (!context && i + 1 < t_.size() && t_[i + 1].kind == Kind::kWord &&
      (Role(i - 1, kAttr) || (i > 1 && IsWord(i - 1, "s") && P(i - 2, '\''))))
    context = true;
  if (!context) return false;
  if (P(i + 1, '-') && Glued(i + 1)) return false;  // "1990-95" ranges, codes
  m->end = i + 1;
  m->value = FormatYear(y);
  m->rule = "date.year";
  return true;
}

}  // namespace dates
}  // namespace actorgraph
