// FirstDay and CompareDates: placing TIMEX3 values on the calendar.
#include <cctype>
#include <cstdio>
#include <string>

#include "actorgraph/graph.h"

namespace actorgraph {
namespace {

bool AllDigits(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int Num(const std::string& s, size_t pos, size_t n) { return std::stoi(s.substr(pos, n)); }

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

std::string Format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Monday of ISO week w of year y, plus `offset` days.
std::string IsoWeekDay(int y, int w, int offset) {
  long jan4 = DaysFromCivil(y, 1, 4);
  int wd = static_cast<int>(((jan4 % 7) + 7 + 3) % 7);  // 0 = Monday (1970-01-01 was a Thursday)
  long monday = jan4 - wd + 7L * (w - 1) + offset;
  int yy, mm, dd;
  CivilFromDays(monday, &yy, &mm, &dd);
  return Format(yy, mm, dd);
}

}  // namespace

std::string FirstDay(const std::string& v) {
  // Centuries ("19") and decades ("199").
  if (v.size() == 2 && AllDigits(v, 0, 2)) return Format(Num(v, 0, 2) * 100, 1, 1);
  if (v.size() == 3 && AllDigits(v, 0, 3)) return Format(Num(v, 0, 3) * 10, 1, 1);
  if (!AllDigits(v, 0, 4)) return "";
  int y = Num(v, 0, 4);
  if (v.size() == 4 || v[4] != '-' || v.size() < 6) return Format(y, 1, 1);
  std::string rest = v.substr(5);
  if (rest[0] == 'W' && AllDigits(rest, 1, 2)) {
    int w = Num(rest, 1, 2);
    if (w < 1 || w > 53) return Format(y, 1, 1);
    bool weekend = rest.size() >= 6 && rest.compare(3, 3, "-WE") == 0;
    return IsoWeekDay(y, w, weekend ? 5 : 0);
  }
  if (rest[0] == 'Q' && rest.size() >= 2 && rest[1] >= '1' && rest[1] <= '4')
    return Format(y, (rest[1] - '1') * 3 + 1, 1);
  if (rest[0] == 'H' && rest.size() >= 2 && (rest[1] == '1' || rest[1] == '2'))
    return Format(y, rest[1] == '1' ? 1 : 7, 1);
  if (rest.compare(0, 2, "SP") == 0) return Format(y, 3, 1);
  if (rest.compare(0, 2, "SU") == 0) return Format(y, 6, 1);
  if (rest.compare(0, 2, "FA") == 0 || rest.compare(0, 2, "AU") == 0) return Format(y, 9, 1);
  if (rest.compare(0, 2, "WI") == 0) return Format(y, 1, 1);
  if (!AllDigits(rest, 0, 2)) return Format(y, 1, 1);  // "2015-XX", unknown parts
  int m = Num(rest, 0, 2);
  if (m < 1 || m > 12) return Format(y, 1, 1);
  if (rest.size() < 5 || rest[2] != '-' || !AllDigits(rest, 3, 2)) return Format(y, m, 1);
  int d = Num(rest, 3, 2);
  if (d < 1 || d > DaysInMonth(y, m)) return Format(y, m, 1);
  return Format(y, m, d);
}

int CompareDates(const std::string& a, const std::string& b) {
  if (a == b) return 0;
  if (a.empty() || b.empty()) return a.empty() ? 1 : -1;
  std::string fa = FirstDay(a), fb = FirstDay(b);
  if (fa.empty() != fb.empty()) return fa.empty() ? 1 : -1;
  if (fa != fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : 1;
}

}  // namespace actorgraph
