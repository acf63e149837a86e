// Round 13: a call's own object ends the call's reach ("the protocol calling for
// a ceasefire was rejected by X"), and a predicate after "and" that belongs to
// the speaker when the clause the speaker reports is closed before it.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("round13: a call's own object does not carry the call to the verb after it") {
  auto es = Edges(
      "The French draft resolution on Syria calling for the Minsk Protocol was rejected by "
      "Russia.",
      "opposed");
  CHECK(Has(es, "Russia French draft resolution on Syria asserted"));
  CHECK_FALSE(Has(es, "Russia Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Russia Minsk Protocol hypothetical"));
  es =
      Edges("The French draft resolution on Syria urging the Paris Agreement was vetoed by Russia.",
            "opposed");
  CHECK(Has(es, "Russia French draft resolution on Syria asserted"));
  CHECK_FALSE(Has(es, "Russia Paris Agreement asserted"));
  // a conjunction's name is its clause's subject: the cue stays
  es = Edges("If the Minsk Protocol is rejected by Russia, the talks will end.", "opposed");
  CHECK_FALSE(Has(es, "Russia Minsk Protocol asserted"));
  // the call reaches the verb of its own object
  es = Edges("Canada is calling for Russia to sign the Minsk Protocol.", "signed");
  CHECK(Has(es, "Russia Minsk Protocol hypothetical"));
  es = Edges("Canada urged Russia to sign the Minsk Protocol.", "signed");
  CHECK(Has(es, "Russia Minsk Protocol hypothetical"));
}

TEST_CASE("round13: a closed reported clause leaves the predicate after 'and' to the speaker") {
  auto es = Edges(
      "Canada said Japan \"firmly opposes\" the Paris Agreement and accused Mexico of stalling.",
      "accused");
  CHECK(Has(es, "Canada Mexico asserted"));
  CHECK_FALSE(Has(es, "Japan Mexico asserted"));
  es = Edges(
      "On Monday, Canada said the court had acted independently and accused Dutch prosecutors "
      "of leaking the files.",
      "accused");
  CHECK(Has(es, "Canada Netherlands asserted"));
  es = Edges("Canada said that Japan supports the treaty and accused Mexico of stalling.",
             "accused");
  CHECK(Has(es, "Canada Mexico asserted"));
}

TEST_CASE("round13: an open or past reported clause keeps the predicate after 'and'") {
  // both simple past: either subject fits, the reported one is read
  auto es = Edges("Canada said Japan attacked and accused Mexico of lying.", "accused");
  CHECK_FALSE(Has(es, "Canada Mexico asserted"));
  es = Edges("Canada said Japan signed the Paris Agreement and accused Mexico of stalling.",
             "accused");
  CHECK_FALSE(Has(es, "Canada Mexico asserted"));
  // no object closes the clause
  es = Edges("Canada said Japan had signed and accused Mexico of stalling.", "accused");
  CHECK_FALSE(Has(es, "Canada Mexico asserted"));
  // a present speech verb: the clause is reported, not closed
  es = Edges("Canada says Japan opposes the treaty and accused Mexico of stalling.", "accused");
  CHECK_FALSE(Has(es, "Canada Mexico asserted"));
}

}  // namespace
}  // namespace actorgraph
