// "X said Germany had presented \"not a single fact\" and accused Berlin of
// ...": a reported clause closed by the speaker's quotation leaves the verb
// after "and" to the speaker.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("quoted report: the predicate after the closing quote and \"and\" is the speaker's") {
  auto es = Edges(
      "Anna Berg, a spokesman for the embassy, said Germany had presented \"not a single "
      "fact\" and accused Berlin of lying.",
      "accused");
  CHECK(Has(es, "Anna Berg Germany asserted"));
  // the quotation's comma inside its marks
  es = Edges(
      "Paul Smith said the claim was \"an attempt to hide Kenya's own failures,\" and accused "
      "Norway of serving foreign agendas.",
      "accused");
  CHECK(Has(es, "Paul Smith Norway asserted"));
  CHECK_FALSE(Has(es, "Kenya Norway asserted"));
  // the speech's date and "that" before the reported subject
  es = Edges(
      "Paul Smith said in May 2015 that Iran \"has never supplied weapons\" and accused the United "
      "States of lying.",
      "accused");
  CHECK(Has(es, "Paul Smith United States asserted"));
}

TEST_CASE("quoted report: without a closing quote right before \"and\", no speaker's reading") {
  // the reported clause goes on after the quotation
  auto es = Edges(
      "Paul Smith said Germany \"had no evidence\" of the attack and accused Norway of lying.",
      "accused");
  CHECK_FALSE(Has(es, "Paul Smith Norway asserted"));
  // a subordinate clause before the quotation
  es = Edges(
      "Paul Smith said that when Germany \"made the claim\" and accused Norway of lying, the "
      "talks failed.",
      "accused");
  CHECK_FALSE(Has(es, "Paul Smith Norway asserted"));
  // no quotation: both verbs simple past, the reported subject's
  es = Edges("Russia said Iran attacked the ship and accused France of lying.", "accused");
  CHECK_FALSE(Has(es, "Russia France asserted"));
}

}  // namespace
}  // namespace actorgraph
