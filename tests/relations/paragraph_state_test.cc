// A national title's holder in a paragraph that turned to another state than
// the story's: "Norway was more restrained. Norway said ... Prime Minister X
// called ..." (X is Norway's, in a story about Kenya).
#include <doctest/doctest.h>

#include <algorithm>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

std::vector<std::string> Affiliations(const std::string& text) {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &diags);
  REQUIRE(rs.ok());
  Document doc = testing::MakeDoc(text);
  std::vector<Mention> ms = testing::MarkNames(doc, testing::ExampleNames());
  for (Mention& m : ms)  // the name finder keeps the title of a name as its role
    if (m.type == EntityType::kPerson) m.role = "Prime Minister";
  std::vector<std::string> out;
  for (const Relation& r : (*rs)->Extract(doc, ms))
    if (r.type == "affiliated-with") out.push_back(ms[r.source].label + " " + ms[r.target].label);
  return out;
}

constexpr char kStory[] = "Kenya signed the pact. Kenya's ruling party backed it. Kenya voted. ";

TEST_CASE("paragraph state: the state the sentence before opened with") {
  // the person's sentence names no state, the one before that state alone
  auto es = Affiliations(std::string(kStory) +
                         "Norway was more restrained. Norway said it had concerns. Prime "
                         "Minister Anna Berg called for talks.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Norway");
  // the person's sentence names that state alone
  es =
      Affiliations(std::string(kStory) +
                   "Norway sided with Chile. Prime Minister Anna Berg said Norway backs the plan.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Norway");
}

TEST_CASE("paragraph state: otherwise the story's state") {
  // the person's sentence names another state
  auto es = Affiliations(std::string(kStory) +
                         "Norway said no. Prime Minister Anna Berg insists Kenya is right.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Kenya") == 1);
  // the sentence before named two states, the person's none
  es = Affiliations(std::string(kStory) + "Norway met Chile. Prime Minister Anna Berg spoke.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Norway") == 0);
  // a capitalised word before the title: another office's seat
  es = Affiliations(std::string(kStory) +
                    "Norway said it had concerns. Quebec Prime Minister Anna Berg spoke.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Norway") == 0);
}

}  // namespace
}  // namespace actorgraph
