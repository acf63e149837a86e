// A national title's holder in a paragraph that turned to another state than
// the story's: "Norway was more restrained. Norway said ... Prime Minister X
// called ..." (X is Norway's, in a story about Kenya).
#include <doctest/doctest.h>

#include <algorithm>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

constexpr char kStory[] = "Kenya signed the pact. Kenya's ruling party backed it. Kenya voted. ";

TEST_CASE("paragraph state: the state the sentence before opened with") {
  // the person's sentence names no state, the one before that state alone
  auto es =
      testing::TitledAffiliations(std::string(kStory) +
                                  "Norway was more restrained. Norway said it had concerns. Prime "
                                  "Minister Anna Berg called for talks.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Norway");
  // the person's sentence names that state alone
  es = testing::TitledAffiliations(
      std::string(kStory) +
      "Norway sided with Chile. Prime Minister Anna Berg said Norway backs the plan.");
  REQUIRE(es.size() == 1);
  CHECK(es[0] == "Anna Berg Norway");
}

TEST_CASE("paragraph state: otherwise the story's state") {
  // the person's sentence names another state
  auto es = testing::TitledAffiliations(
      std::string(kStory) + "Norway said no. Prime Minister Anna Berg insists Kenya is right.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Kenya") == 1);
  // the sentence before named two states, the person's none
  es = testing::TitledAffiliations(std::string(kStory) +
                                   "Norway met Chile. Prime Minister Anna Berg spoke.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Norway") == 0);
  // a capitalised word before the title: another office's seat
  es = testing::TitledAffiliations(
      std::string(kStory) + "Norway said it had concerns. Quebec Prime Minister Anna Berg spoke.");
  CHECK(std::count(es.begin(), es.end(), "Anna Berg Norway") == 0);
}

}  // namespace
}  // namespace actorgraph
