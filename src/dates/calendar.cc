#include "dates/calendar.h"

#include <cstdio>

namespace actorgraph {
namespace dates {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

bool ValidDate(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y == 0 ? 2000 : y, m);
}

int Weekday(const Ymd& t) {
  int64_t z = DaysFromCivil(t.y, t.m, t.d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int IsoWeek(const Ymd& t, int* iso_year) {
  // The ISO week's Thursday decides its year.
  Ymd thursday = AddDays(t, 4 - Weekday(t));
  *iso_year = thursday.y;
  int64_t jan1 = DaysFromCivil(thursday.y, 1, 1);
  return static_cast<int>((DaysFromCivil(thursday.y, thursday.m, thursday.d) - jan1) / 7 + 1);
}

Ymd AddDays(const Ymd& t, int64_t n) { return CivilFromDays(DaysFromCivil(t.y, t.m, t.d) + n); }

Ymd AddMonths(const Ymd& t, int n) {
  int total = t.y * 12 + (t.m - 1) + n;
  Ymd r{total / 12, total % 12 + 1, t.d};
  if (r.d > DaysInMonth(r.y, r.m)) r.d = DaysInMonth(r.y, r.m);
  return r;
}

bool ParseIsoDate(std::string_view s, Ymd* out) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < pos[k][1]; ++i) {
      char c = s[pos[k][0] + i];
      if (c < '0' || c > '9') return false;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (v[0] < 1000 || !ValidDate(v[0], v[1], v[2])) return false;
  *out = Ymd{v[0], v[1], v[2]};
  return true;
}

std::string FormatYear(int y) {
  if (y == 0) return "XXXX";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::string FormatMonth(int y, int m) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "-%02d", m);
  return FormatYear(y) + buf;
}

std::string FormatDay(int y, int m, int d) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "-%02d", d);
  return FormatMonth(y, m) + buf;
}

std::string FormatDay(const Ymd& t) { return FormatDay(t.y, t.m, t.d); }

std::string FormatWeek(const Ymd& t) {
  int iy = 0;
  int w = IsoWeek(t, &iy);
  char buf[8];
  std::snprintf(buf, sizeof buf, "-W%02d", w);
  return FormatYear(iy) + buf;
}

std::string FormatQuarter(int y, int q) { return FormatYear(y) + "-Q" + std::to_string(q); }
std::string FormatHalf(int y, int h) { return FormatYear(y) + "-H" + std::to_string(h); }
std::string FormatSeason(int y, const char* code) { return FormatYear(y) + "-" + code; }

}  // namespace dates
}  // namespace actorgraph
