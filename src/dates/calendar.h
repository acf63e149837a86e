// Calendar arithmetic and TIMEX3 value formatting for the date grammar.
#ifndef ACTORGRAPH_DATES_CALENDAR_H_
#define ACTORGRAPH_DATES_CALENDAR_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph {
namespace dates {

// A calendar day; y == 0 means unknown (no anchor).
struct Ymd {
  int y = 0, m = 0, d = 0;
  bool known() const { return y != 0; }
};

// Days since 1970-01-01 (proleptic Gregorian) and back.
int64_t DaysFromCivil(int y, int m, int d);
Ymd CivilFromDays(int64_t z);
int DaysInMonth(int y, int m);
bool ValidDate(int y, int m, int d);
// ISO weekday, Monday = 1 ... Sunday = 7.
int Weekday(const Ymd& t);
// ISO-8601 week: sets *iso_year and returns the week number.
int IsoWeek(const Ymd& t, int* iso_year);

Ymd AddDays(const Ymd& t, int64_t n);
// Adds months, clamping the day to the month's length.
Ymd AddMonths(const Ymd& t, int n);

// Parses "YYYY-MM-DD" (optionally followed by "T..." or anything after the
// tenth character); false if malformed.
bool ParseIsoDate(std::string_view s, Ymd* out);

// TIMEX3 values. An unknown year prints as "XXXX".
std::string FormatYear(int y);
std::string FormatMonth(int y, int m);
std::string FormatDay(int y, int m, int d);
std::string FormatDay(const Ymd& t);
std::string FormatWeek(const Ymd& t);  // "2015-W20" for the ISO week containing t
std::string FormatQuarter(int y, int q);
std::string FormatHalf(int y, int h);
std::string FormatSeason(int y, const char* code);

}  // namespace dates
}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_CALENDAR_H_
