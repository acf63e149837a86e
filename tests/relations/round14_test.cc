// Round 14: shapes whose first part holds names a gap never steps over: a second
// passive after "but", a treaty named with its partner before its passive signers, a
// blamed deed with a place phrase, and posts whose body or subject is itself a name.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("round14: a second passive after 'but' shares the treaty of the first") {
  auto es =
      Edges("The Minsk Protocol was backed by Chile and Peru but was rejected by Iran and Syria.",
            "opposed");
  CHECK(Has(es, "Iran Minsk Protocol asserted"));
  CHECK(Has(es, "Syria Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Chile Minsk Protocol asserted"));
  es = Edges("The Minsk Protocol was criticised by Iran but was welcomed by Chile.", "supported");
  CHECK(Has(es, "Chile Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Iran Minsk Protocol asserted"));
  // another subject after "but"
  es = Edges(
      "The Minsk Protocol was backed by Chile, but the plan for a summit was rejected by Iran.",
      "opposed");
  CHECK_FALSE(Has(es, "Iran Minsk Protocol asserted"));
}

TEST_CASE("round14: a treaty named with its partner still reaches its passive signers") {
  auto es = Edges(
      "The Minsk Protocol with Mercosur was signed on Friday by Chile, Peru and Bolivia in Lima.",
      "signed");
  CHECK(Has(es, "Chile Minsk Protocol asserted"));
  CHECK(Has(es, "Bolivia Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Mercosur Minsk Protocol asserted"));
}

TEST_CASE("round14: a blamed deed may carry a place phrase holding a name") {
  auto es =
      Edges("Iran's army blamed the bombing of a patrol in Oman last March on Israel.", "accused");
  CHECK(Has(es, "Iran Israel asserted"));
  es = Edges("Iran blamed the bombing of a patrol in Oman on Monday on bandits.", "accused");
  CHECK(es.empty());
}

TEST_CASE("round14: posts whose body or subject is a name") {
  auto es = Edges(
      "The co-chairs of the drafting committee, Anna Berg of Norway and Paul Smith of Ghana, "
      "met on Monday.",
      "affiliated-with");
  CHECK(Has(es, "Anna Berg Norway asserted"));
  CHECK(Has(es, "Paul Smith Ghana asserted"));
  es = Edges("Ghana's ambassador to the United Nations in Geneva, Paul Smith, spoke.",
             "affiliated-with");
  CHECK(Has(es, "Paul Smith Ghana asserted"));
  es = Edges("Paul Smith, ECOWAS's Rwanda envoy, spoke.", "affiliated-with");
  CHECK(Has(es, "Paul Smith ECOWAS asserted"));
  // no office: a list of winners
  es = Edges("The winners of the race, Anna Berg of Norway and Paul Smith of Ghana, were named.",
             "affiliated-with");
  CHECK(es.empty());
}

TEST_CASE("round14: a pair anaphor reaches the paragraph's two states six sentences back") {
  const std::string before =
      "Greece accused Cyprus last year of licensing foreign trawlers. The talks stalled. "
      "Greece's parliament is expected to approve the pact. \"This is a good day,\" the "
      "minister said. Officials were pleased. ";
  auto es = Edges(before + "Both countries signed the Paris Agreement in 1994.", "signed");
  CHECK(Has(es, "Greece Paris Agreement asserted"));
  CHECK(Has(es, "Cyprus Paris Agreement asserted"));
  // a third state in those sentences: which two is not said
  es = Edges("Greece accused Cyprus last year of licensing trawlers. Israel stayed out of it. " +
                 before.substr(before.find("The talks")) +
                 "Both countries signed the Paris Agreement in 1994.",
             "signed");
  CHECK_FALSE(Has(es, "Greece Paris Agreement asserted"));
}

TEST_CASE("round14: the sanctioned are the accused of 'accusing them of'") {
  auto es = Edges(
      "Poland imposed fresh sanctions on two commanders of APT28 and on a Moscow bank, accusing "
      "them of sabotage.",
      "accused");
  CHECK(Has(es, "Poland APT28 asserted"));
  es = Edges("Poland imposed sanctions on Iran, whose envoy responded by accusing them of lying.",
             "accused");
  CHECK_FALSE(Has(es, "Poland Iran asserted"));
}

}  // namespace
}  // namespace actorgraph
