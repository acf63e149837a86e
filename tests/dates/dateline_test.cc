// A wire dateline's date anchors the story's relative dates; later full dates
// of past events do not move the anchor.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/dates.h"
#include "actorgraph/text.h"

namespace actorgraph {
namespace {

const DateRecognizer& DatelineRec() {
  static std::shared_ptr<const DateRecognizer> r = [] {
    std::vector<Diagnostic> d;
    auto x = DateRecognizer::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &d);
    REQUIRE(x.ok());
    return *x;
  }();
  return *r;
}

std::string ValueOf(const std::string& text, const std::string& surface) {
  Document doc;
  doc.text = text;
  for (const Mention& m : DatelineRec().Find(doc))
    if (doc.Text(m.span) == surface) return m.value;
  return "";
}

TEST_CASE("dateline date stays the anchor after an older full date") {
  const std::string t =
      "Council extends mission\n\nOSLO, 8 October 2026 \xE2\x80\x94 The council renewed the "
      "mission. The accord was signed on 11 May 2023. Rebels attacked a convoy in June. Budget "
      "cuts this year forced it to shrink.";
  CHECK(ValueOf(t, "June") == "2026-06");
  CHECK(ValueOf(t, "this year") == "2026");
}

TEST_CASE("dateline with a country after the city and an agency credit") {
  const std::string t =
      "KESTREL CITY, Norland, 3 July 2026 (Wire) - Talks resumed. A deal was struck in "
      "March 2021. Envoys met again in May.";
  CHECK(ValueOf(t, "May") == "2026-05");
}

TEST_CASE("without a dateline the last full date anchors, as before") {
  const std::string t =
      "Ministers met in Oslo on 8 October 2026. The accord was signed on 11 May 2023. Rebels "
      "attacked a convoy in June.";
  CHECK(ValueOf(t, "June") == "2023-06");
}

TEST_CASE("a future cue further back in a long clause picks the coming month") {
  const std::string t =
      "OSLO, 8 October 2026 - The mission will present an oral update to the council in March.";
  CHECK(ValueOf(t, "March") == "2027-03");
}

}  // namespace
}  // namespace actorgraph
