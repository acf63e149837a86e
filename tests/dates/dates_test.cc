#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/dates.h"

namespace actorgraph {
namespace {

const DateRecognizer& Rec() {
  static std::shared_ptr<const DateRecognizer> r = [] {
    std::vector<Diagnostic> d;
    auto x = DateRecognizer::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &d);
    REQUIRE(x.ok());
    return *x;
  }();
  return *r;
}

struct Got {
  std::string text, value;
};

std::vector<Got> Dates(const std::string& text, const std::string& date = "") {
  Document doc;
  doc.text = text;
  doc.date = date;
  std::vector<Got> out;
  for (const Mention& m : Rec().Find(doc)) {
    CHECK(m.type == EntityType::kDate);
    out.push_back({std::string(doc.Text(m.span)), m.value});
  }
  return out;
}

// The single date in text: its surface and value ("" if none or several).
std::string One(const std::string& text, const std::string& date = "") {
  auto d = Dates(text, date);
  if (d.size() != 1) return d.empty() ? "<none>" : "<" + std::to_string(d.size()) + ">";
  return d[0].text + "=" + d[0].value;
}

TEST_CASE("absolute dates") {
  CHECK(One("It was signed in September 2015.") == "September 2015=2015-09");
  CHECK(One("On 27 September 2015 they met.") == "27 September 2015=2015-09-27");
  CHECK(One("On Sept. 27, 2015, they met.") == "Sept. 27, 2015=2015-09-27");
  CHECK(One("The deal of 2015-09-27 holds.") == "2015-09-27=2015-09-27");
  CHECK(One("Filed 9/27/2015 in court.") == "9/27/2015=2015-09-27");
  CHECK(One("It grew in the 1990s.") == "the 1990s=199");
  CHECK(One("It grew in 1990s Russia.") == "1990s=199");
  CHECK(One("Songs of the '90s.") == "the '90s=199");
  CHECK(One("Prices rose in the mid-1990s.") == "the mid-1990s=199");
  CHECK(One("Profit for fiscal 1998 fell.") == "fiscal 1998=1998");
  CHECK(One("Ready by the year 2000.") == "the year 2000=2000");
  CHECK(One("Built in the 20th century.") == "the 20th century=19");
  CHECK(One("Talks began in 1998 and stalled.") == "1998=1998");
  CHECK(One("Nothing changed since 2015.") == "2015=2015");
  CHECK(One("The crisis of 1998's summer.") != "<none>");
}

TEST_CASE("year-less dates keep X without an anchor and take the anchor year with one") {
  CHECK(One("They met on September 27.") == "September 27=XXXX-09-27");
  CHECK(One("They met on September 27th.") == "September 27th=XXXX-09-27");
  CHECK(One("They met on September 27.", "1998-10-02") == "September 27=1998-09-27");
  CHECK(One("They met in March.", "1998-10-02") == "March=1998-03");
}

TEST_CASE("numbers that are not years") {
  CHECK(Dates("Although 64 countries have signed it.").empty());
  CHECK(Dates("They sent 2000 troops to the border.").empty());
  CHECK(Dates("It cost $1998 in total.").empty());
  CHECK(Dates("Turnout was 1998 percent of nothing.").empty());
  CHECK(Dates("The A380 and 1,998 seats.").empty());
}

TEST_CASE("relative dates resolve against the document date") {
  const std::string dct = "2015-05-14";  // a Thursday
  CHECK(One("He left yesterday.", dct) == "yesterday=2015-05-13");
  CHECK(One("He leaves today.", dct) == "today=2015-05-14");
  CHECK(One("He leaves tomorrow.", dct) == "tomorrow=2015-05-15");
  CHECK(One("They met on Tuesday.", dct) == "Tuesday=2015-05-12");
  CHECK(One("They met on Thursday.", dct) == "Thursday=2015-05-14");
  CHECK(One("They will meet on Saturday.", dct) == "Saturday=2015-05-16");
  CHECK(One("They met last Friday.", dct) == "last Friday=2015-05-08");
  CHECK(One("It fell last week.", dct) == "last week=2015-W19");
  CHECK(One("It fell this week.", dct) == "this week=2015-W20");
  CHECK(One("It opens next month.", dct) == "next month=2015-06");
  CHECK(One("It fell last year.", dct) == "last year=2014");
  CHECK(One("It rose earlier this year.", dct) == "earlier this year=2015");
  CHECK(One("Sales in the first quarter rose.", dct) == "the first quarter=2015-Q1");
  CHECK(One("Weak third-quarter results.", dct) == "third-quarter=2015-Q3");
  CHECK(One("It rained last spring.", dct) == "last spring=2014-SP");
  CHECK(One("It ends this summer.", dct) == "this summer=2015-SU");
  CHECK(One("It began two months ago.", dct) == "two months ago=2015-03");
  CHECK(One("It began three years ago.", dct) == "three years ago=2012");
  CHECK(One("Profit was lower a year earlier.", dct) == "a year earlier=2014");
  CHECK(One("He spoke this morning.", dct) == "this morning=2015-05-14TMO");
  CHECK(One("It closed two months after May 2015.") == "two months after May 2015=2015-07");
}

TEST_CASE("relative dates without an anchor are not guessed") {
  CHECK(Dates("He left yesterday.").empty());
  CHECK(Dates("They met on Tuesday.").empty());
  CHECK(Dates("It fell last week.").empty());
}

TEST_CASE("the last full date in the text anchors relative dates when there is no document date") {
  auto d = Dates("On May 14, 2015, he said talks had begun on Tuesday.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value == "2015-05-14");
  CHECK(d[1].value == "2015-05-12");
}

TEST_CASE("present, past and future references") {
  CHECK(One("It is now clear.") == "now=PRESENT_REF");
  CHECK(One("They currently disagree.") == "currently=PRESENT_REF");
  CHECK(One("He recently resigned.") == "recently=PAST_REF");
  CHECK(One("In the future, we will see.") == "the future=FUTURE_REF");
  CHECK(Dates("Recent allegations of hacking.").empty());
  CHECK(Dates("The current focus on technology.").empty());
  CHECK(Dates("Sales fell over the past two years.").empty());
}

TEST_CASE("durations and ordinary words are not dates") {
  CHECK(Dates("They talked for two years.").empty());
  CHECK(Dates("It lasted five years.").empty());
  CHECK(Dates("Prices may fall and spring back.").empty());
  CHECK(Dates("In response to the Arab Spring, both countries acted.").empty());
  CHECK(Dates("April Smith and June Carter spoke.").empty());
}

}  // namespace
}  // namespace actorgraph
