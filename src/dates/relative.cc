// Relative dates, resolved against the anchor: weekdays, yesterday/today,
// "last week", "two years ago", "two months after May 2015", quarters and
// seasons.
#include <cstdlib>

#include "dates/grammar.h"

namespace actorgraph {
namespace dates {
namespace {

int QuarterOf(const Ymd& t) { return (t.m - 1) / 3 + 1; }

// Quarter index arithmetic: year*4 + (q-1).
std::string QuarterValue(int y, int q, int shift) {
  int idx = y * 4 + (q - 1) + shift;
  return FormatQuarter(idx / 4, idx % 4 + 1);
}

}  // namespace

bool Parser::NameBefore(size_t i) const {
  if (i == 0) return false;
  const Tok& p = t_[i - 1];
  if (p.kind != Kind::kWord || !p.cap || p.upper || p.info) return false;
  if (i == 1) return false;
  const Tok& pp = t_[i - 2];
  bool sentence_start =
      pp.kind == Kind::kPunct &&
      (pp.punct == '.' || pp.punct == '!' || pp.punct == '?' || pp.punct == '"' || pp.punct == ':');
  return !sentence_start;
}

bool Parser::FutureBefore(size_t b) const {
  for (size_t k = b; k-- > 0 && b - k <= 6;) {
    const Tok& t = t_[k];
    if (t.kind == Kind::kPunct &&
        (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';'))
      break;
    // "had been due to expire Friday" is past; so is "was announced Friday".
    if (Role(k, kFuture)) return !(k > 0 && IsWord(k - 1, "been"));
    if (Role(k, kPastTense)) return false;
  }
  return false;
}

int Parser::Tense(size_t b) const {
  auto stop = [&](size_t k) {
    const Tok& t = t_[k];
    return t.kind == Kind::kPunct &&
           (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';');
  };
  auto cue = [&](size_t k) {
    if (Role(k, kFuture)) return k > 0 && IsWord(k - 1, "been") ? -1 : 1;
    // Passives are not past: "to be paid in January", "will be held on April 24".
    if (k > 0 && (IsWord(k - 1, "be") || IsWord(k - 1, "being"))) return 0;
    return Role(k, kPastTense) ? -1 : 0;
  };
  for (size_t k = b; k-- > 0 && b - k <= 10 && !stop(k);)
    if (int c = cue(k)) return c;
  for (size_t k = b + 1; k < t_.size() && k - b <= 6 && !stop(k); ++k)
    if (int c = cue(k)) return c;
  return 0;
}

bool Parser::Weekday(size_t i, int shift, size_t b, Match* m) const {
  const WordInfo* w = W(i);
  if (!w || !w->Has(kWeekday) || !t_[i].cap || !anchor_.known()) return false;
  size_t k = i + 1;
  if (w->weekday_abbrev) {
    if (!(P(k, '.') && Glued(k))) return false;
    ++k;
  }
  if (shift == 2 && i > 0 && Role(i - 1, kNamePrefix)) return false;  // "Good Friday"
  if (Role(i - 1, kSet) || Role(k, kSet)) return false;  // "each Thursday", "Tuesday nights"
  const int aw = dates::Weekday(anchor_), wd = w->weekday;
  int diff = 0;
  if (shift == -1) {
    diff = -((aw - wd + 7) % 7);
    if (diff == 0) diff = -7;
  } else if (shift == 1) {
    diff = (wd - aw + 7) % 7;
    if (diff == 0) diff = 7;
  } else if (shift == 0 || FutureBefore(b)) {
    diff = (wd - aw + 7) % 7;
  } else if ((wd - aw + 7) % 7 == 1 && Tense(b) >= 0) {
    diff = 1;  // the day after the anchor: a week back would be "last Friday"
  } else {
    diff = -((aw - wd + 7) % 7);  // news reports the past: the latest such day
  }
  m->value = FormatDay(AddDays(anchor_, diff));
  // "Friday night" keeps the day's value: TimeBank mostly does the same.
  m->end = Role(k, kPartOfDay) ? k + 1 : k;
  m->rule = "date.weekday";
  return true;
}

bool Parser::Deictic(size_t i, Match* m) const {
  const WordInfo* w = W(i);
  if (!w || !w->Has(kDeictic) || !anchor_.known()) return false;
  if (P(i + 1, '-') && Glued(i + 1)) return false;
  m->value = FormatDay(AddDays(anchor_, w->deictic));
  m->end = Role(i + 1, kPartOfDay) ? i + 2 : i + 1;
  m->rule = "date.deictic";
  return true;
}

bool Parser::Shifted(size_t i, Match* m) const {
  const int s = W(i)->shift;
  size_t j = i + 1;
  if (Role(j, kWeekday)) return Weekday(j, s, i, m);
  if (!anchor_.known()) return false;
  const WordInfo* u = W(j);
  if (!u) return false;
  m->rule = "date.shift";
  if (t_[i].cap && t_[j].cap && !t_[j].upper) return false;  // "This Week" (a title)
  if (u->Has(kPhraseStart) && t_[j].cap) {                   // "last Thanksgiving"
    if (const std::vector<Phrase>* ps = u->phrases) {
      for (const Phrase& p : *ps) {
        size_t len = p.holiday ? PhraseAt(j, p) : 0;
        if (len == 0) continue;
        const int64_t a = DaysFromCivil(anchor_.y, anchor_.m, anchor_.d);
        int y = anchor_.y;
        if (s < 0 && DaysFromCivil(y, HolidayDate(p, y).m, HolidayDate(p, y).d) >= a) --y;
        if (s > 0 && DaysFromCivil(y, HolidayDate(p, y).m, HolidayDate(p, y).d) <= a) ++y;
        m->value = FormatDay(HolidayDate(p, y));
        m->end = j + len;
        return true;
      }
    }
  }
  if (u->Has(kMonth) && t_[j].cap && !u->month_abbrev) {  // "last April"
    int y = anchor_.y;
    // The month just past is "last month"; "last February" said in March
    // means the February of the year before.
    if (s < 0 && u->month >= anchor_.m - 1) --y;
    if (s > 0 && u->month <= anchor_.m) ++y;
    m->value = FormatMonth(y, u->month);
    m->end = j + 1;
    return true;
  }
  if (u->Has(kSeason)) {  // "last fall"
    m->value = FormatSeason(anchor_.y + s, u->season);
    m->end = j + 1;
    return true;
  }
  if (u->Has(kPartOfDay)) {  // "this morning", "last night"
    if (s == 0) {
      m->value = FormatDay(anchor_) + "T" + u->part;
    } else if (s == -1 && u->part[0] == 'N') {
      m->value = FormatDay(AddDays(anchor_, -1)) + "TNI";
    } else {
      return false;
    }
    m->end = j + 1;
    return true;
  }
  if (Role(j, kFiscal)) u = W(++j);
  if (!u || !u->Has(kUnit) || u->unit_plural) return false;
  if (P(j + 1, '-') && Glued(j + 1)) return false;  // "this-year" compounds
  if (Role(j + 1, kEnded)) return false;  // "the previous fiscal year ended April 27, 1985"
  switch (u->unit) {
    case Unit::kWeek:
      m->value = FormatWeek(AddDays(anchor_, 7 * s));
      break;
    case Unit::kWeekend:
      m->value = WeekendValue(s == 0 && dates::Weekday(anchor_) < 6 ? 1 : s);
      break;
    case Unit::kMonth:
      m->value = FormatMonth(AddMonths(anchor_, s).y, AddMonths(anchor_, s).m);
      break;
    case Unit::kQuarter:
      m->value = QuarterValue(anchor_.y, QuarterOf(anchor_), s);
      break;
    case Unit::kYear:
      m->value = FormatYear(anchor_.y + s);
      break;
    case Unit::kDecade:
      m->value = std::to_string(anchor_.y / 10 + s);
      break;
    default:
      return false;
  }
  m->end = j + 1;
  return true;
}

bool Parser::Ago(size_t i, Match* m) const {
  int n = 0;
  size_t j = 0;
  bool vague = false;
  if ((IsWord(i, "a") || IsWord(i, "an")) && Role(i + 1, kVague)) {
    vague = true, j = i + 2;
  } else if (Role(i, kVague)) {
    vague = true, j = i + 1;
  } else if (!Count(i, &n, &j)) {
    return false;
  }
  const WordInfo* u = W(j);
  if (!u || !u->Has(kUnit)) return false;
  size_t k = j + 1;
  if (Role(k, kAgo)) {
    m->end = k + 1;
    m->rule = "date.ago";
    if (vague) {
      m->value = "PAST_REF";
      return true;
    }
    if (!anchor_.known()) return false;
    switch (u->unit) {
      case Unit::kDay:
        m->value = FormatDay(AddDays(anchor_, -n));
        break;
      case Unit::kWeek:
        m->value = FormatWeek(AddDays(anchor_, -7 * n));
        break;
      case Unit::kMonth: {
        Ymd t = AddMonths(anchor_, -n);
        m->value = FormatMonth(t.y, t.m);
        break;
      }
      case Unit::kQuarter:
        m->value = QuarterValue(anchor_.y, QuarterOf(anchor_), -n);
        break;
      case Unit::kYear:
        // In a report on a quarter, "a year ago" is that quarter a year before.
        m->value = qy_ && n == 1 ? FormatQuarter(qy_ - 1, qq_) : FormatYear(anchor_.y - n);
        break;
      case Unit::kDecade:
        m->value = FormatYear(anchor_.y - 10 * n);
        break;
      default:
        return false;
    }
    return true;
  }
  if (vague || !Role(k, kBefore | kAfter)) return false;
  // "two months after May 2015": shift an explicit date that follows.
  size_t c = k + 1;
  bool the = Role(c, kThe);
  Match d;
  if (!Core(the ? c + 1 : c, the, &d)) return false;
  if (!ShiftValue(d.value, Role(k, kAfter) ? n : -n, u->unit, &m->value)) return false;
  m->end = d.end;
  m->rule = "date.offset";
  return true;
}

bool Parser::ShiftValue(const std::string& v, int n, Unit u, std::string* out) {
  for (char c : v)
    if (!(c == '-' || (c >= '0' && c <= '9'))) return false;
  if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
  Ymd t{std::atoi(v.c_str()), v.size() >= 7 ? std::atoi(v.c_str() + 5) : 1,
        v.size() == 10 ? std::atoi(v.c_str() + 8) : 1};
  switch (u) {
    case Unit::kYear:
      t.y += n;
      break;
    case Unit::kMonth:
      if (v.size() == 4) return false;
      t = AddMonths(t, n);
      break;
    case Unit::kWeek:
    case Unit::kDay:
      if (v.size() != 10) return false;
      t = AddDays(t, u == Unit::kWeek ? 7 * n : n);
      break;
    default:
      return false;
  }
  *out = v.size() == 4 ? FormatYear(t.y) : v.size() == 7 ? FormatMonth(t.y, t.m) : FormatDay(t);
  return true;
}

}  // namespace dates
}  // namespace actorgraph
