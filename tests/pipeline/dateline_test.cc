// A wire story's dateline date is the day the story was filed: an edge of the
// dateline's sentence takes the sentence's own date when it has one.
#include <doctest/doctest.h>

#include "actorgraph/pipeline.h"

namespace {

std::shared_ptr<const actorgraph::Knowledge> Rules() {
  static std::shared_ptr<const actorgraph::Knowledge> k = [] {
    std::vector<actorgraph::Diagnostic> diags;
    auto r = actorgraph::Knowledge::Load(ACTORGRAPH_SOURCE_DIR "/rules", &diags);
    REQUIRE(r.ok());
    return *r;
  }();
  return k;
}

// The date of the one `type` edge of `text`.
std::string DateOf(const std::string& text, const std::string& type) {
  actorgraph::Document doc;
  doc.id = "dateline";
  doc.text = text;
  doc.bytes = text.size();
  actorgraph::Extraction x = actorgraph::Extract(std::move(doc), *Rules());
  std::string date = "(none)";
  int n = 0;
  for (const actorgraph::Relation& r : x.relations)
    if (r.type == type) date = r.date, ++n;
  REQUIRE(n == 1);
  return date;
}

TEST_CASE("a dateline's date dates the act only when its sentence has no date of its own") {
  // 9 July 2026 is a Thursday: "on Wednesday" is the day before.
  CHECK(DateOf("THE HAGUE, 9 July 2026 \xE2\x80\x94 The Netherlands accused Estonia on Wednesday "
               "of failing to honour the Hague Extradition Treaty.",
               "accused") == "2026-07-08");
  CHECK(DateOf("THE HAGUE, 9 July 2026 (Reuters) - The Netherlands accused Estonia of failing "
               "to honour the Hague Extradition Treaty.",
               "accused") == "2026-07-09");
  // not a dateline: a date inside a line keeps its place as the nearest
  CHECK(DateOf("Officials said that on 9 July 2026 - a Thursday - the Netherlands accused Estonia "
               "of spying, a week after talks held on Wednesday.",
               "accused") == "2026-07-09");
}

}  // namespace
