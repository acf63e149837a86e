// A wire story's dateline date ("THE HAGUE, 9 July 2026 — The Netherlands
// accused ... on Wednesday of"): the day the story was filed, which the
// sentence's own date ("on Wednesday") tells apart from the day of the act.
#include <string_view>

#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// After the date: an agency credit in brackets ("(Reuters)") at most, then
// a dash ("—", "–", "-").
bool DashFollows(std::string_view text, size_t i) {
  auto skip_spaces = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  };
  skip_spaces();
  if (i < text.size() && text[i] == '(') {
    size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return false;
    i = close + 1;
    skip_spaces();
  }
  std::string_view rest = text.substr(i);
  return rest.substr(0, 1) == "-" || rest.substr(0, 3) == "\xE2\x80\x94" ||
         rest.substr(0, 3) == "\xE2\x80\x93";
}

}  // namespace

bool InDateline(std::string_view text, Span date) {
  if (date.begin > text.size() || date.end > text.size()) return false;
  size_t line = text.rfind('\n', date.begin == 0 ? 0 : date.begin - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  if (date.begin <= line || date.begin - line > 80) return false;
  // Before it on its line: a place in capitals and a comma ("THE HAGUE, ",
  // "WASHINGTON, D.C., "), no lower-case word.
  std::string_view place = text.substr(line, date.begin - line);
  size_t end = place.find_last_not_of(' ');
  if (end == std::string_view::npos || place[end] != ',') return false;
  bool upper = false;
  for (char c : place) {
    if (IsLower(c)) return false;
    upper = upper || IsUpper(c);
  }
  return upper && DashFollows(text, date.end);
}

}  // namespace relations
}  // namespace actorgraph
