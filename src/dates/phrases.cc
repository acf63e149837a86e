// Phrases from refs.txt and holidays.txt ("now", "the future", "Thanksgiving
// Day"), bare period nouns ("the year", "the weekend", "year-end"), and the
// year resolution shared by month names and holidays.
#include <cstdlib>

#include "dates/grammar.h"

namespace actorgraph {
namespace dates {

size_t Parser::PhraseAt(size_t i, const Phrase& p) const {
  // Token i is the first piece: the phrase list was found through its word.
  const size_t n = p.pieces.size();
  if (i + n > t_.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const std::string& piece = p.pieces[k];
    const Tok& t = t_[i + k];
    if (piece.size() == 1 && (piece[0] == '\'' || piece[0] == '-' || piece[0] == '.')) {
      if (t.kind != Kind::kPunct || t.punct != piece[0]) return 0;
    } else if (t.kind != Kind::kWord || t.end - t.begin != piece.size() || Lower(i + k) != piece) {
      return 0;
    }
  }
  return n;
}

Ymd Parser::HolidayDate(const Phrase& p, int y) {
  if (p.rule == "EASTER") {  // anonymous Gregorian computus
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return Ymd{y, month, day};
  }
  if (p.rule == "THANKSGIVING") {  // fourth Thursday of November
    Ymd first{y, 11, 1};
    int offset = (4 - dates::Weekday(first) + 7) % 7;
    return Ymd{y, 11, 1 + offset + 21};
  }
  return Ymd{y, p.month, p.day};
}

int Parser::ResolveYear(int month, int day, size_t b) const {
  if (!anchor_.known()) return 0;
  const int64_t a = DaysFromCivil(anchor_.y, anchor_.m, anchor_.d);
  int best = anchor_.y;
  int64_t best_diff = 0;
  int64_t past = 0, future = 0;  // nearest candidates on each side
  int past_y = 0, future_y = 0;
  for (int y = anchor_.y - 1; y <= anchor_.y + 1; ++y) {
    int d = day ? std::min(day, DaysInMonth(y, month)) : 15;
    int64_t diff = DaysFromCivil(y, month, d) - a;
    if (day == 0 && y == anchor_.y && month == anchor_.m) diff = 0;
    if (y == anchor_.y - 1 || std::llabs(diff) < std::llabs(best_diff)) best = y, best_diff = diff;
    if (diff <= 0 && (past_y == 0 || diff > past)) past = diff, past_y = y;
    if (diff > 0 && (future_y == 0 || diff < future)) future = diff, future_y = y;
  }
  // Close to half a year either way: "effective June 1" is ahead, "in April"
  // behind; further off, a clear tense still wins within ten months.
  const int tense = Tense(b);
  if (past_y && future_y && -past > 120 && future > 120 && -past < 245 && future < 245)
    return tense > 0 ? future_y : past_y;
  if (best_diff > 0 && tense < 0 && past_y && -past < 300) return past_y;
  if (best_diff <= 0 && tense > 0 && future_y && future < 300) return future_y;
  return best;
}

bool Parser::DayWord(size_t i, int* d, size_t* end) const {
  const WordInfo* w = W(i);
  if (!w) return false;
  if (w->Has(kOrdinal) && w->ordinal <= 31) {
    *d = w->ordinal;
    *end = i + 1;
    return true;
  }
  // "twenty-first", "thirty-first"
  if (w->Has(kNumber) && (w->number == 20 || w->number == 30) && P(i + 1, '-') && Glued(i + 1) &&
      W(i + 2) && W(i + 2)->Has(kOrdinal) && W(i + 2)->ordinal <= 9) {
    *d = w->number + W(i + 2)->ordinal;
    *end = i + 3;
    return *d <= 31;
  }
  return false;
}

std::string Parser::WeekendValue(int s) const {
  // The weekend just past (or under way), shifted by s weeks.
  int wd = dates::Weekday(anchor_);
  Ymd ref = wd >= 6 ? anchor_ : AddDays(anchor_, -wd);
  return FormatWeek(AddDays(ref, 7 * s)) + "-WE";
}

bool Parser::Ref(size_t i, Match* m) const {
  const std::vector<Phrase>* phrases = W(i) ? W(i)->phrases : nullptr;
  if (!phrases) return false;
  // The hash of the next word, against each phrase's second word: "the"
  // starts several phrases, and most "the"s match none.
  const bool next_word = i + 1 < t_.size() && t_[i + 1].kind == Kind::kWord;
  const uint64_t next_hash = next_word ? t_[i + 1].hash : 0;
  for (const Phrase& p : *phrases) {
    if (p.second_word && (!next_word || p.second_hash != next_hash)) continue;
    size_t len = PhraseAt(i, p);
    if (len == 0) continue;
    size_t k = i + len;
    if (P(k, '-') && Glued(k)) continue;  // "now-defunct"
    if (p.holiday) {
      // Holiday names need their capital ("Christmas", not "christmas tree" in lower case).
      if (!t_[i].cap && Lower(i) != "the") continue;
      if (k < t_.size() && t_[k].kind == Kind::kWord && t_[k].cap && !t_[k].info)
        continue;  // "Christmas Island", "Independence Day Parade"
      int y = 0;
      size_t yk = P(k, ',') ? k + 1 : k;
      if (YearNumber(yk, &y)) {
        k = yk + 1;
      } else if (anchor_.known()) {
        Ymd probe = HolidayDate(p, anchor_.y);
        y = ResolveYear(probe.m, probe.d, i);
      } else if (!p.rule.empty()) {
        continue;  // a movable feast needs a year
      }
      Ymd d = y ? HolidayDate(p, y) : Ymd{0, p.month, p.day};
      m->value = FormatDay(d.y, d.m, d.d);
      m->rule = "date.holiday";
    } else {
      // "the past two years", "the past few months" are durations; "the
      // future of X" is not a time.
      int n = 0;
      size_t e = 0;
      if (Count(k, &n, &e) || Role(k, kVague | kUnit | kOf)) continue;
      m->value = p.value;
      m->rule = "date.ref";
    }
    m->end = k;
    return true;
  }
  return false;
}

bool Parser::Bare(size_t i, bool had_the, Match* m) const {
  if (!anchor_.known()) return false;
  const WordInfo* w = W(i);
  if (!w) return false;
  // "year-end", "year end", "year's end"
  if (w->unit == Unit::kYear && !w->unit_plural) {
    size_t k = i + 1;
    if (P(k, '-') && Glued(k))
      ++k;
    else if (P(k, '\'') && IsWord(k + 1, "s"))
      k += 2;
    if (Role(k, kEnd)) {
      m->value = FormatYear(anchor_.y);
      m->end = k + 1;
      m->rule = "date.year-end";
      return true;
    }
  }
  if (!had_the) return false;
  size_t k = i;
  int shift = 0;
  if (Role(k, kPast))
    shift = -1, ++k;  // "the past year"
  else if (Role(k, kFull | kFiscal))
    ++k;  // "the full year", "the fiscal year"
  const WordInfo* u = W(k);
  if (!u || !u->Has(kUnit) || u->unit_plural) return false;
  // "the year ended June 30" is a fiscal period; "the year before" is relative
  // to some other time.
  if ((P(k + 1, '-') && Glued(k + 1)) || Role(k + 1, kBefore | kAfter | kAgo | kOf | kEnded))
    return false;
  if (t_[k].cap && !t_[k].upper) return false;  // "The Week" (a title)
  switch (u->unit) {
    case Unit::kYear:
      m->value = FormatYear(anchor_.y + shift);
      break;
    case Unit::kMonth:
      if (shift) return false;
      m->value = FormatMonth(anchor_.y, anchor_.m);
      break;
    case Unit::kWeek:
      if (shift) return false;
      m->value = FormatWeek(anchor_);
      break;
    case Unit::kWeekend:
      if (shift) return false;
      m->value = WeekendValue(0);
      break;
    default:
      return false;
  }
  m->end = k + 1;
  m->rule = "date.period";
  return true;
}

}  // namespace dates
}  // namespace actorgraph
