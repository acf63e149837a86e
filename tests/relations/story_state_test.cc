// A national title with no state: the person works for the state the story
// is about ("Prime Minister X insists ..." in a story about Georgia).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

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

TEST_CASE("story state: a titled person with no state works for the story's state") {
  auto es = Affiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. Prime Minister "
      "Anna Berg insists the bill is fine. Georgia will vote in October.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Georgia");
  // the state named first is not the one the story is about: no story state
  es = Affiliations(
      "Georgia met Poland. Poland talked. Poland and Georgia agreed. Prime Minister Anna Berg "
      "spoke. Poland voted. Poland won. Poland left.");
  CHECK(es.empty());
}

TEST_CASE("story state: only a title written right before the name counts") {
  // a firm's title after the name, or a body's title after its name, holds
  // no office of the state
  auto es = Affiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. Anna Berg, Prime "
      "Minister of the board, spoke. Georgia will vote in October.");
  CHECK(es.empty());
  es = Affiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. The Siemens Prime "
      "Minister Anna Berg spoke. Georgia will vote in October.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Georgia") == 0);
  // a line break inside the title, or a quote before it, still counts
  es = Affiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. \"Prime\nMinister "
      "Anna Berg is right,\" he said. Georgia will vote in October.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Georgia");
}

}  // namespace
}  // namespace actorgraph
