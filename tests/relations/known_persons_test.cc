// Known public figures (persons.tsv): a person of the gazetteer is tied to
// its own state or body, never to the state the story is about.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "actorgraph/relations.h"
#include "relations/fixture.h"
#include "relations/rules_dir.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

const char kFixtureIds[] =
    "# the fixture's nodes\n"
    "state:United States\tstate\tUnited States\n"
    "state:Russia\tstate\tRussia\n"
    "state:Georgia\tstate\tGeorgia\n"
    "organization:United Nations\torganization\tUnited Nations\n";

// A rules directory with the project's relation rules and, unless `persons`
// is empty, that text as gazetteers/persons.tsv.
class KnownRules {
 public:
  explicit KnownRules(const std::string& persons) {
    const fs::path src = fs::path(ACTORGRAPH_SOURCE_DIR) / "rules" / "relations";
    for (const auto& e : fs::directory_iterator(src))
      fs::copy_file(e.path(), fs::path(dir_.path()) / "relations" / e.path().filename());
    fs::create_directories(fs::path(dir_.path()) / "gazetteers");
    std::ofstream(fs::path(dir_.path()) / "gazetteers" / "fixture.tsv") << kFixtureIds;
    if (!persons.empty())
      std::ofstream(fs::path(dir_.path()) / "gazetteers" / "persons.tsv") << persons;
  }
  std::string path() const { return dir_.path(); }

 private:
  testing::RulesDir dir_;
};

std::string TestPersons() {
  std::ifstream in(std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/data/persons_test.tsv");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// "person target rule" for each affiliated-with edge; a person written right
// after one of a few titles gets it as its role, as the name finder does.
std::vector<std::string> Affiliations(const std::string& rules, const std::string& text,
                                      const std::string& date = "",
                                      const std::vector<testing::Name>& extra = {}) {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(rules, &diags);
  REQUIRE(rs.ok());
  Document doc = testing::MakeDoc(text);
  doc.date = date;
  std::vector<testing::Name> names = testing::ExampleNames();
  names.insert(names.end(), extra.begin(), extra.end());
  std::vector<Mention> ms = testing::MarkNames(doc, names);
  for (Mention& m : ms) {
    if (m.type != EntityType::kPerson) continue;
    for (const char* title : {"Secretary of State", "Foreign Minister", "Prime Minister"}) {
      const std::string t = std::string(title) + " ";
      if (m.span.begin >= t.size() && doc.text.compare(m.span.begin - t.size(), t.size(), t) == 0)
        m.role = title;
    }
  }
  std::vector<std::string> out;
  for (const Relation& r : (*rs)->Extract(doc, ms))
    if (r.type == "affiliated-with")
      out.push_back(ms[r.source].label + " " + ms[r.target].label + " " + r.rule);
  return out;
}

const char kGeorgiaStory[] =
    "Georgia's parliament met. Georgia's ruling party backed the bill. Foreign Minister "
    "Sergei Lavrov criticised the bill. Russia will respond. Georgia will vote in October.";

TEST_CASE("known persons: their own state, not the story's") {
  // without the gazetteer the titled person goes to the story's state
  KnownRules bare("");
  auto es = Affiliations(bare.path(), kGeorgiaStory);
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Sergei Lavrov Georgia affiliated-with.national-title-in-story");
  KnownRules known(TestPersons());
  es = Affiliations(known.path(), kGeorgiaStory);
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Sergei Lavrov Russia affiliated-with.known-person");
}

TEST_CASE("known persons: no edge when the document names not their state, nor a story state") {
  KnownRules known(TestPersons());
  auto es = Affiliations(known.path(),
                         "Georgia's parliament met. Georgia's ruling party backed the bill. "
                         "Foreign Minister Sergei Lavrov criticised the bill. Georgia will vote "
                         "in October.");
  CHECK(es.empty());
}

TEST_CASE("known persons: a tie the text gives is kept and not doubled") {
  KnownRules known(TestPersons());
  // "Russian Foreign Minister Sergei Lavrov": the rules tie him to Russia already
  auto es = Affiliations(known.path(), "Russian Foreign Minister Sergei Lavrov met Anna Berg.");
  REQUIRE(std::count_if(es.begin(), es.end(), [](const std::string& e) {
            return e.rfind("Sergei Lavrov ", 0) == 0;
          }) == 1);
  CHECK(std::find(es.begin(), es.end(), "Sergei Lavrov Russia affiliated-with.known-person") ==
        es.end());
}

TEST_CASE(
    "known persons: a name in full counts without a title, a surname as a modifier does not") {
  KnownRules known(TestPersons());
  auto es = Affiliations(known.path(), "Antony Blinken flew to the United States on Monday.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Antony Blinken United States affiliated-with.known-person");
  // a surname alone after a determiner or joined by a hyphen is an
  // attribute ("the Blinken plan", "the Blinken-Lavrov talks"); the name in
  // full counts, and so does a surname that acts
  const std::vector<testing::Name> surname = {{"Blinken", EntityType::kPerson, "Blinken", ""}};
  CHECK(Affiliations(known.path(), "The Blinken plan reached the United States.", "", surname)
            .empty());
  CHECK(Affiliations(known.path(), "In the United States, pro-Blinken groups met.", "", surname)
            .empty());
  CHECK(
      Affiliations(known.path(), "The United States saw Blinken-era talks.", "", surname).empty());
  es = Affiliations(known.path(), "Blinken told the United States to wait.", "", surname);
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Blinken United States affiliated-with.known-person");
  es = Affiliations(known.path(), "Blinken, Antony Blinken said, left the United States.", "",
                    surname);
  CHECK(std::count(es.begin(), es.end(),
                   "Antony Blinken United States affiliated-with.known-person") == 1);
}

TEST_CASE("known persons: the office held at the document's date, else the body named most") {
  KnownRules known(TestPersons());
  const std::string text =
      "Anna Berg spoke in Georgia. The United Nations and Georgia met. The United Nations "
      "agreed.";
  auto es = Affiliations(known.path(), text, "2012-05-01");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Georgia affiliated-with.known-person");
  es = Affiliations(known.path(), text, "2020-05-01");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg United Nations affiliated-with.known-person");
  es = Affiliations(known.path(), text + " The United Nations left.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg United Nations affiliated-with.known-person");
}

TEST_CASE("known persons: a short form of several rows counts if they serve the same state") {
  KnownRules known(TestPersons());
  const std::vector<testing::Name> surnames = {{"Novak", EntityType::kPerson, "Novak", ""},
                                               {"Jones", EntityType::kPerson, "Jones", ""}};
  auto es = Affiliations(known.path(), "Prime Minister Novak spoke in Georgia.", "", surnames);
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Novak Georgia affiliated-with.known-person");
  es = Affiliations(known.path(), "Prime Minister Jones spoke in Russia.", "", surnames);
  CHECK(std::count(es.begin(), es.end(), "Jones Russia affiliated-with.known-person") == 0);
}

TEST_CASE("known persons: a malformed row fails the rule set with its line") {
  KnownRules bad(TestPersons() +
                 "person:ned-price\tperson\tNed Price\tNed Price\t\t\tstate:Atlantis\n"
                 "person:bob\tperson\tBob Rae\tBob Rae\t\t\tstate:Russia\n");
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(bad.path(), &diags);
  CHECK(!rs.ok());
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].line == 13);
  CHECK(diags[0].message.find("state:Atlantis") != std::string::npos);
  CHECK(diags[1].field == "id");
}

TEST_CASE("known persons: a tie to another body is kept, and the own state added") {
  KnownRules known(TestPersons());
  auto es = Affiliations(known.path(), "United Nations envoy Sergei Lavrov said Russia would act.");
  std::sort(es.begin(), es.end());
  REQUIRE(es.size() == 2);
  CHECK(es[0] == "Sergei Lavrov Russia affiliated-with.known-person");
  CHECK(es[1].rfind("Sergei Lavrov United Nations ", 0) == 0);
}

}  // namespace
}  // namespace actorgraph
