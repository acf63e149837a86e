// Invariants of the date recognizer on scrambled input: spans inside the
// text, sorted, non-overlapping, every mention with a value; same input, same
// output.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "actorgraph/dates.h"

namespace actorgraph {
namespace {

TEST_CASE("scrambled date words never give broken mentions") {
  std::vector<Diagnostic> d;
  auto r = DateRecognizer::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &d);
  REQUIRE(r.ok());
  const char* words[] = {"the",
                         "last",
                         "next",
                         "this",
                         "May",
                         "march",
                         "Sept",
                         ".",
                         ",",
                         "-",
                         "'",
                         "s",
                         "27",
                         "2015",
                         "1990s",
                         "'90s",
                         "year",
                         "years",
                         "ago",
                         "a",
                         "two",
                         "twenty",
                         "first",
                         "quarter",
                         "half",
                         "of",
                         "in",
                         "since",
                         "fiscal",
                         "Friday",
                         "Thanksgiving",
                         "Day",
                         "Christmas",
                         "now",
                         "past",
                         "future",
                         "week",
                         "weekend",
                         "end",
                         "year-end",
                         "mid",
                         "early",
                         "9/27/2015",
                         "2015-09-27",
                         "$",
                         "%",
                         "nineteen",
                         "ninety",
                         "six",
                         "thousand",
                         "and",
                         "century",
                         "20th",
                         "after",
                         "Q3",
                         "H1",
                         "\xE2\x80\x99",
                         "\xC3\xA9",
                         "\xFF",
                         "\n",
                         "31",
                         "0",
                         "99999999999",
                         "1,000",
                         "3.5",
                         "T10",
                         "each"};
  const size_t nw = sizeof(words) / sizeof(*words);
  std::mt19937 rng(7);
  size_t found = 0;
  for (int it = 0; it < 3000; ++it) {
    Document doc;
    int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      doc.text += words[rng() % nw];
      if (rng() % 3) doc.text += ' ';
    }
    if (it % 2) doc.date = "2015-05-14";
    auto ms = (*r)->Find(doc);
    for (size_t k = 0; k < ms.size(); ++k) {
      const Mention& m = ms[k];
      REQUIRE(m.span.begin < m.span.end);
      REQUIRE(m.span.end <= doc.text.size());
      REQUIRE(!m.value.empty());
      REQUIRE(m.type == EntityType::kDate);
      if (k) REQUIRE(ms[k - 1].span.end <= m.span.begin);
    }
    auto again = (*r)->Find(doc);
    REQUIRE(again.size() == ms.size());
    for (size_t k = 0; k < ms.size(); ++k) CHECK(again[k].value == ms[k].value);
    found += ms.size();
  }
  CHECK(found > 500);  // the scrambles do contain dates
}

}  // namespace
}  // namespace actorgraph
