// A national title with no state: the person works for the state the story
// is about ("Prime Minister X insists ..." in a story about Georgia).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

TEST_CASE("story state: a titled person with no state works for the story's state") {
  auto es = testing::TitledAffiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. Prime Minister "
      "Anna Berg insists the bill is fine. Georgia will vote in October.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Georgia");
  // the state named first is not the one the story is about: no story state
  es = testing::TitledAffiliations(
      "Georgia met Poland. Poland talked. Poland and Georgia agreed. Prime Minister Anna Berg "
      "spoke. Poland voted. Poland won. Poland left.");
  CHECK(es.empty());
}

TEST_CASE("story state: only a title written right before the name counts") {
  // a firm's title after the name, or a body's title after its name, holds
  // no office of the state
  auto es = testing::TitledAffiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. Anna Berg, Prime "
      "Minister of the board, spoke. Georgia will vote in October.");
  CHECK(es.empty());
  es = testing::TitledAffiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. The Siemens Prime "
      "Minister Anna Berg spoke. Georgia will vote in October.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Georgia") == 0);
  // a line break inside the title, or a quote before it, still counts
  es = testing::TitledAffiliations(
      "Georgia's parliament met. Georgia's ruling party backed the bill. \"Prime\nMinister "
      "Anna Berg is right,\" he said. Georgia will vote in October.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Georgia");
}

}  // namespace
}  // namespace actorgraph
