// The parser driver (longest match, modifiers, "the"), shared token helpers
// and numeric dates ("2015-09-27", "9/27/2015").
#include "dates/grammar.h"

namespace actorgraph {
namespace dates {

bool Parser::Longest(size_t i, Match* out) const {
  bool found = false;
  auto consider = [&](Match& m, size_t begin) {
    if (!found || m.end > out->end || (m.end == out->end && begin < out->begin)) {
      m.begin = begin;
      *out = std::move(m);
      found = true;
    }
  };
  // After a modifier ("early", "mid-"): the index of the core expression.
  auto after_mod = [&](size_t j) {
    size_t k = j + 1;
    if (P(k, '-') && Glued(k) && Glued(k + 1)) ++k;
    return k;
  };
  if (Match m; Core(i, false, &m)) consider(m, i);
  if (Role(i, kThe)) {
    // "the" joins the span where it is part of the name of the period ("the
    // third quarter", "the 1990s", "the weekend"), not before a date that
    // stands on its own ("the Oct. 23 shooting", "its 1990 invasion").
    if (Match m; Core(i + 1, true, &m)) {
      m.begin = i + 1;
      consider(m, IsWord(i, "the") && NeedsThe(m) ? i : i + 1);
    }
    // "the end of 1990", "the beginning of the year"
    if (Role(i + 1, kModNoun) && Role(i + 2, kOf)) {
      size_t j = i + 3;
      bool the = Role(j, kThe);
      if (Match m; Core(the ? j + 1 : j, the, &m)) consider(m, i);
    }
    // "the early 1980s", "the mid-1990s"
    if (Role(i + 1, kModAdj))
      if (Match m; Core(after_mod(i + 1), true, &m)) consider(m, i);
  }
  if (Role(i, kModAdj)) {
    size_t j = after_mod(i);
    if (Match m; Core(j, false, &m)) consider(m, i);
    if (Role(j, kThe))
      if (Match m; Core(j + 1, true, &m)) consider(m, i);
  }
  return found;
}

bool Parser::NeedsThe(const Match& m) const {
  static const char* const kWithThe[] = {"date.quarter", "date.quarter-latest", "date.period",
                                         "date.decade",  "date.century",        "date.season",
                                         "date.shift",   "date.year-ago"};
  for (const char* r : kWithThe)
    if (std::string_view(m.rule) == r) return true;
  return std::string_view(m.rule) == "date.year" && W(m.begin) && W(m.begin)->Has(kUnit);
}

bool Parser::Core(size_t i, bool had_the, Match* out) const {
  if (i >= t_.size()) return false;
  const Tok& t = t_[i];
  if (t.kind == Kind::kOther || (t.kind == Kind::kWord && !t.info)) return false;
  if (t.kind == Kind::kPunct && t.punct != '\'') return false;
  bool found = false;
  auto try_one = [&](bool ok, Match& m) {
    if (ok && (!found || m.end > out->end)) {
      *out = std::move(m);
      found = true;
    }
  };
  if (t.kind == Kind::kNumber || t.kind == Kind::kPunct) {
    {
      Match m;
      try_one(Numeric(i, &m), m);
    }
    {
      Match m;
      try_one(DayLed(i, &m), m);
    }
    {
      Match m;
      try_one(Year(i, had_the, &m), m);
    }
    {
      Match m;
      try_one(Ago(i, &m), m);
    }
    {
      Match m;
      try_one(Quarter(i, had_the, &m), m);
    }
    return found;
  }
  const WordInfo& w = *t.info;
  if (w.Has(kMonth | kWeekday)) {
    Match m;
    try_one(MonthLed(i, &m), m);
  }
  if (w.Has(kWeekday)) {
    Match m;
    try_one(Weekday(i, 2, i, &m), m);
  }
  if (w.Has(kDeictic)) {
    Match m;
    try_one(Deictic(i, &m), m);
  }
  if (w.Has(kShift)) {
    Match m;
    try_one(Shifted(i, &m), m);
  }
  if (w.Has(kNumber | kVague)) {
    Match m;
    try_one(Ago(i, &m), m);
  }
  if (w.Has(kOrdinal | kFiscal | kLatest | kShift | kUnit | kPeriod | kQuarterAbbrev |
            kHalfAbbrev)) {
    Match m;
    try_one(Quarter(i, had_the, &m), m);
  }
  if (w.Has(kSeason)) {
    Match m;
    try_one(Season(i, had_the, &m), m);
  }
  if (w.Has(kFiscal | kUnit | kDecadeWord | kOrdinal | kNumber)) {
    Match m;
    try_one(Year(i, had_the, &m), m);
  }
  if (w.Has(kPhraseStart) && !had_the) {
    Match m;
    try_one(Ref(i, &m), m);
  }
  if (w.Has(kUnit | kPast | kFull | kFiscal)) {
    Match m;
    try_one(Bare(i, had_the, &m), m);
  }
  return found;
}

bool Parser::YearNumber(size_t i, int* y) const {
  if (i >= t_.size()) return false;
  const Tok& t = t_[i];
  if (t.kind != Kind::kNumber || t.digits != 4 || t.grouped || t.suffix[0]) return false;
  if (t.num < 1000 || t.num > 2099) return false;
  *y = static_cast<int>(t.num);
  return true;
}

bool Parser::Count(size_t i, int* n, size_t* end) const {
  if (i >= t_.size()) return false;
  const Tok& t = t_[i];
  if (t.kind == Kind::kNumber) {
    if (t.grouped || t.suffix[0] || t.digits > 3 || t.num < 1) return false;
    *n = static_cast<int>(t.num);
    *end = i + 1;
    return true;
  }
  const WordInfo* w = W(i);
  if (!w || !w->Has(kNumber) || w->number >= 100) return false;
  *n = w->number;
  *end = i + 1;
  // "twenty four", "twenty-four"
  if (*n >= 20 && *n % 10 == 0) {
    size_t j = i + 1;
    if (P(j, '-') && Glued(j) && Glued(j + 1)) ++j;
    const WordInfo* u = W(j);
    if (u && u->Has(kNumber) && u->number >= 1 && u->number <= 9 && !IsWord(j, "a") &&
        !IsWord(j, "an")) {
      *n += u->number;
      *end = j + 1;
    }
  }
  return true;
}

bool Parser::SpokenYear(size_t i, int* y, size_t* end) const {
  const WordInfo* a = W(i);
  if (!a || !a->Has(kNumber)) return false;
  if (a->number >= 11 && a->number <= 20) {  // "nineteen ninety-six"
    int tail = 0;
    size_t e = 0;
    const WordInfo* b = W(i + 1);
    if (!b || !b->Has(kNumber) || b->number < 10 || b->number > 90 || !Count(i + 1, &tail, &e))
      return false;
    *y = a->number * 100 + tail;
    *end = e;
    return true;
  }
  if (a->number == 2 && IsWord(i + 1, "thousand")) {  // "two thousand (and) one"
    *y = 2000;
    *end = i + 2;
    size_t j = IsWord(i + 2, "and") ? i + 3 : i + 2;
    int tail = 0;
    size_t e = 0;
    if (W(j) && !IsWord(j, "a") && !IsWord(j, "an") && Count(j, &tail, &e) && tail < 100) {
      *y += tail;
      *end = e;
    }
    return true;
  }
  return false;
}

bool Parser::Quantity(size_t i) const {
  if (i > 0) {
    const Tok& p = t_[i - 1];
    if (p.kind == Kind::kOther && p.end == t_[i].begin) return true;  // "€2000"
    if (p.kind == Kind::kPunct && (p.punct == '$' || p.punct == '#')) return true;
  }
  if (i + 1 >= t_.size()) return false;
  const Tok& n = t_[i + 1];
  if (n.kind == Kind::kPunct && n.punct == '%') return true;
  if (n.kind != Kind::kWord) return false;
  if (n.info && n.info->Has(kQuantity)) return true;
  // A lower-case plural right after a round number: "2000 troops". News
  // writes other quantities this large with separators ("1,998 votes"), so
  // "the 1992 protests" stays a year.
  return t_[i].num % 50 == 0 && !n.cap && Lower(i + 1).size() > 3 && Lower(i + 1).back() == 's' &&
         !(n.info && n.info->roles);
}

bool Parser::QuantityStrict(size_t i) const {
  if (i > 0) {
    const Tok& p = t_[i - 1];
    if (p.kind == Kind::kPunct && (p.punct == '$' || p.punct == '#')) return true;
  }
  return P(i + 1, '%') || Role(i + 1, kQuantity);
}

size_t Parser::SkipAbbrevDot(size_t i, bool abbrev) const {
  return abbrev && P(i, '.') && Glued(i) ? i + 1 : i;
}

bool Parser::Numeric(size_t i, Match* m) const {
  const Tok& t = t_[i];
  if (t.kind != Kind::kNumber || t.grouped || t.suffix[0]) return false;
  auto num = [&](size_t k, int maxdigits) {
    return k < t_.size() && t_[k].kind == Kind::kNumber && Glued(k) && !t_[k].grouped &&
           !t_[k].suffix[0] && t_[k].digits <= maxdigits;
  };
  int y = 0, mo = 0, d = 0;
  if (t.digits == 4 && P(i + 1, '-') && Glued(i + 1) && num(i + 2, 2) && P(i + 3, '-') &&
      Glued(i + 3) && num(i + 4, 2)) {  // 2015-09-27
    y = static_cast<int>(t.num), mo = static_cast<int>(t_[i + 2].num),
    d = static_cast<int>(t_[i + 4].num);
  } else if (t.digits <= 2 && P(i + 1, '/') && Glued(i + 1) && num(i + 2, 2) && P(i + 3, '/') &&
             Glued(i + 3) && num(i + 4, 4) && t_[i + 4].digits != 3 &&
             t_[i + 4].digits != 1) {  // 9/27/2015 (US order), 27/9/2015
    int a = static_cast<int>(t.num), b = static_cast<int>(t_[i + 2].num);
    y = static_cast<int>(t_[i + 4].num);
    if (t_[i + 4].digits == 2) y += y < 50 ? 2000 : 1900;
    mo = a, d = b;
    if (a > 12 && b <= 12) mo = b, d = a;
  } else {
    return false;
  }
  if (y < 1000 || y > 2099 || !ValidDate(y, mo, d)) return false;
  // Something glued after it makes a code, except an ISO time ("2015-09-27T10:00").
  if (i + 5 < t_.size() && Glued(i + 5) && t_[i + 5].kind != Kind::kPunct &&
      !(t.digits == 4 && IsWord(i + 5, "t")))
    return false;
  m->end = i + 5;
  m->value = FormatDay(y, mo, d);
  m->full = Ymd{y, mo, d};
  m->rule = "date.numeric";
  return true;
}

}  // namespace dates
}  // namespace actorgraph
