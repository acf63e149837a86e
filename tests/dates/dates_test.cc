#include "actorgraph/dates.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/text.h"

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
  CHECK(One("Songs from ’90s radio.") == "90s=199");  // found at the number
  CHECK(One("Prices rose in the mid-1990s.") == "the mid-1990s=199");
  CHECK(One("Profit for fiscal 1998 fell.") == "fiscal 1998=1998");
  CHECK(One("Ready by the year 2000.") == "the year 2000=2000");
  CHECK(One("Built in the 20th century.") == "the 20th century=19");
  CHECK(One("A body for the twenty-first century.") == "the twenty-first century=20");
  CHECK(One("Prices rose in mid-November.") == "mid-November=XXXX-11");
  CHECK(One("Under a June agreement with holders.") == "June=XXXX-06");
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
  CHECK(Dates("May these words of warning be heeded.").empty());
  CHECK(Dates("Those exposed to the blasts on Christmas Island.", "2023-09-25").empty());
  CHECK(
      Dates("We commemorate the first quarter-century of the Organization.", "1970-09-25").empty());
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
  CHECK(One("The vote is on Friday.", dct) == "Friday=2015-05-15");  // the day after
  CHECK(One("The vote was held on Friday.", dct) == "Friday=2015-05-08");
  CHECK(One("They would appeal the decision, announced Wednesday.", dct) == "Wednesday=2015-05-13");
  CHECK(One("It fell last week.", dct) == "last week=2015-W19");
  CHECK(One("It fell this week.", dct) == "this week=2015-W20");
  CHECK(One("It opens next month.", dct) == "next month=2015-06");
  CHECK(One("It fell last year.", dct) == "last year=2014");
  CHECK(One("It rose earlier this year.", dct) == "earlier this year=2015");
  CHECK(One("Sales in the first quarter rose.", dct) == "the first quarter=2015-Q1");
  CHECK(One("Weak third-quarter results.", dct) == "third-quarter=2014-Q3");  // not yet begun
  CHECK(Dates("Third-quarter results are expected in October.", dct)[0].value == "2015-Q3");
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
  CHECK(Dates("The dollar would resume its fall against the yen.").empty());
  CHECK(Dates("After the fall in prices, traders sold.").empty());
  CHECK(Dates("The film studio 20th Century Fox said so.").empty());
  CHECK(Dates("COFFEE VOLUME  MAY      9  JLY      2").empty());
  CHECK(Dates("The A380 and 1,998 seats.").empty());
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST_CASE("mentions carry sentence and token indices of the analyzed text") {
  Document doc;
  doc.text = "Talks began in May 2015. They resumed on Sept. 27, 2015, in Geneva.";
  Analyze(&doc);
  REQUIRE(doc.sentences.size() == 2);
  auto ms = Rec().Find(doc);
  REQUIRE(ms.size() == 2);
  CHECK(doc.Text(ms[0].span) == "May 2015");
  CHECK(ms[0].sentence == 0);
  CHECK(ms[0].rule == "date.month-year");
  CHECK(doc.Text(ms[1].span) == "Sept. 27, 2015");
  CHECK(ms[1].sentence == 1);
  CHECK(ms[1].value == "2015-09-27");
  for (const Mention& m : ms) {
    REQUIRE(m.token_begin < m.token_end);
    REQUIRE(m.token_end <= doc.tokens.size());
    CHECK(doc.tokens[m.token_begin].span.begin == m.span.begin);
    CHECK(doc.tokens[m.token_end - 1].span.end == m.span.end);
    CHECK(m.node.empty());
  }
}

TEST_CASE("mentions are sorted and do not overlap") {
  Document doc;
  doc.text =
      "On Friday, Oct. 23, 1998, and again last week, in the third quarter of 1990 and in "
      "the mid-1990s, now and then, 2015-09-27 or 9/27/2015, the year 2000 came.";
  doc.date = "1998-10-26";
  auto ms = Rec().Find(doc);
  REQUIRE(ms.size() >= 7);
  for (size_t k = 1; k < ms.size(); ++k) CHECK(ms[k - 1].span.end <= ms[k].span.begin);
  CHECK(doc.Text(ms[0].span) == "Friday, Oct. 23, 1998");
  CHECK(ms[0].value == "1998-10-23");
}

TEST_CASE("the seed article's dates") {
  std::ifstream in(std::string(ACTORGRAPH_SOURCE_DIR) + "/seeds/russia-china-cybersecurity.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc;
  doc.text = ss.str();
  Analyze(&doc);
  std::vector<std::string> got;
  for (const Mention& m : Rec().Find(doc))
    got.push_back(std::string(doc.Text(m.span)) + "=" + m.value);
  std::vector<std::string> want = {"September 2015=2015-09", "May 2015=2015-05", "May 2015=2015-05",
                                   "December 2019=2019-12", "September 27=XXXX-09-27"};
  CHECK(got == want);
}

TEST_CASE("reference phrases match whole, on every word") {
  CHECK(One("It will matter in the near future.") == "the near future=FUTURE_REF");
  CHECK(One("Prices are high at present.") == "at present=PRESENT_REF");
  CHECK(One("Rates stay low in the near term.") == "the near term=FUTURE_REF");
  CHECK(Dates("They met in the nearby town, near the term's end.").empty());
  CHECK(Dates("The future of the deal is unclear.").empty());
  CHECK(One("They met on New Year's Day 1999.") == "New Year's Day 1999=1999-01-01");
}

TEST_CASE("holidays, spoken years and other forms") {
  const std::string dct = "1999-12-01";
  CHECK(One("He arrived on Thanksgiving Day.", dct) == "Thanksgiving Day=1999-11-25");
  CHECK(One("Back by Christmas.", dct) == "Christmas=1999-12-25");
  CHECK(One("It happened in nineteen ninety-six.") == "nineteen ninety-six=1996");
  CHECK(One("The winter of 1994 was cold.") == "The winter of 1994=1994-WI");
  CHECK(One("Sales for the first half of 1990 rose.") == "the first half of 1990=1990-H1");
  CHECK(One("The deal was done by year-end.", dct) == "year-end=1999");
  CHECK(One("Shares rose over the weekend.", dct) == "the weekend=1999-W47-WE");
  CHECK(One("It fell in the past year.", dct) == "the past year=1998");
  CHECK(One("In the 1998 period it rose.", dct) == "the 1998 period=1998-Q3");
  CHECK(One("Profit was $3 million, up from year-earlier profit.", dct) == "year-earlier=1998");
  CHECK(One("It was signed on 27th of September 2015.") == "27th of September 2015=2015-09-27");
  CHECK(One("It was signed in May '98.") == "May '98=1998-05");
  CHECK(One("Mid-1996 was hard.") == "Mid-1996=1996");
  CHECK(One("Revenue in Q3 2015 rose.") == "Q3 2015=2015-Q3");
  CHECK(One("Talks ran May 5-7, 2015, in Geneva.") == "May 5-7, 2015=2015-05-05");
  CHECK(Dates("Both men are in their 60s.").empty());
  CHECK(Dates("A third flight departs each Thursday.", "1998-02-13").empty());
  CHECK(Dates("Orangemen march every July.", "1998-02-13").empty());
  CHECK(One("Music of the 60s.") == "the 60s=196");
  CHECK(One("Revenue in Q3 rose.", "2016-01-20") == "Q3=2016-Q3");
  CHECK(One("Profit for H1 2016 fell.") == "H1 2016=2016-H1");
  CHECK(One("Costs for FY 2015 rose.") == "FY 2015=2015");
  CHECK(One("Logged at 2015-09-27T10:00:00Z by the server.") == "2015-09-27=2015-09-27");
  CHECK(One("The hearing is on 27 Sept in Paris.") == "27 Sept=XXXX-09-27");
  CHECK(Dates("The Q7 and H5 models.").empty());
  CHECK(One("Quotas for second-half 1987 output.") == "second-half 1987=1987-H2");
  CHECK(One("In the fiscal year ended March 31, 1988, it lost money.") ==
        "March 31, 1988=1988-03-31");
  CHECK(One("On Good Friday they marched.", dct).find("<") == 0);
}

TEST_CASE("a year-less month takes the year that puts it nearest the anchor") {
  CHECK(One("Unemployment fell in December.", "1998-02-06") == "December=1997-12");
  CHECK(One("The dividend is payable Jan. 2.", "1989-11-02") == "Jan. 2=1990-01-02");
  CHECK(One("They will join in April.", "1998-12-05") == "April=1999-04");
  CHECK(One("In the fiscal year ended Jan. 31, sales rose.", "1989-10-31") == "Jan. 31=1989-01-31");
  CHECK(One("It is to be paid in January.", "1989-10-26") == "January=1990-01");
  CHECK(One("Two helicopters crashed last February.", "1998-03-01") == "last February=1997-02");
  CHECK(One("They met last April.", "1989-10-26") == "last April=1989-04");
  CHECK(One("It happened on Monday, Jan. 5.", "2016-03-10") == "Monday, Jan. 5=2015-01-05");
  CHECK(One("Weak third-quarter profit was reported.", "2016-03-10") == "third-quarter=2015-Q3");
  CHECK(One("It will report fourth-quarter results.", "2016-03-10") == "fourth-quarter=2016-Q4");
}

TEST_CASE("a missing or malformed vocabulary file is reported with its line") {
  {
    std::vector<Diagnostic> d;
    auto r = DateRecognizer::Load("/nonexistent-rules-dir", &d);
    CHECK(!r.ok());
    CHECK(!d.empty());
  }
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "actorgraph-dates-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "dates");
  for (const auto& e : fs::directory_iterator(fs::path(ACTORGRAPH_SOURCE_DIR) / "rules" / "dates"))
    fs::copy_file(e.path(), dir / "dates" / e.path().filename());
  {
    std::ofstream out(dir / "dates" / "months.txt", std::ios::app);
    out << "13 = undecember\nno equals sign here\n";
  }
  std::vector<Diagnostic> d;
  auto r = DateRecognizer::Load(dir.string(), &d);
  CHECK(!r.ok());
  REQUIRE(d.size() == 2);
  CHECK(d[0].file.find("months.txt") != std::string::npos);
  CHECK(d[0].line > 0);
  CHECK(std::abs(d[1].line - d[0].line) == 1);  // the bad key and the line without '='
  CHECK(d[1].file == d[0].file);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace actorgraph
