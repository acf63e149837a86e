// Round 11: a subject's later predicates are read past an apposition ("X, a
// spokeswoman for Y, dismissed ... and accused Z of ..."), and a list of
// officials each written "STATE's ROLE, NAME" gives every state as a signer
// and each name its own state.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("round11: a coordinated predicate after an apposition keeps the subject") {
  auto es = Edges(
      "Anna Berg, a spokeswoman for the Russian Foreign Ministry, called the report a "
      "fabrication and accused Peru of spreading lies.",
      "accused");
  CHECK(Has(es, "Anna Berg Peru asserted"));
  // the name inside the apposition is no subject of the later verb
  CHECK_FALSE(Has(es, "Russia Peru asserted"));
  // the first predicate's negation does not reach the second one
  es = Edges(
      "Anna Berg, a spokeswoman for the Russian Foreign Ministry, did not comment on the "
      "report and accused Peru of spreading lies.",
      "accused");
  CHECK(Has(es, "Anna Berg Peru asserted"));
  // a speech verb still stops the reading: the verb after it is the reported clause's
  es = Edges(
      "Anna Berg, a spokeswoman for the Russian Foreign Ministry, said Bolivia had lied and "
      "accused Peru of spreading lies.",
      "accused");
  CHECK_FALSE(Has(es, "Anna Berg Peru asserted"));
}

TEST_CASE("round11: officials listed as 'STATE's ROLE, NAME' after 'signed by'") {
  const char* text =
      "The Simla Agreement was signed in Lima by Chile's minister of water resources, Anna Berg, "
      "Peru's minister of energy and mines, Paul Smith, and Bolivia's energy minister, David "
      "Jones.";
  auto es = Edges(text, "signed");
  CHECK(Has(es, "Chile Simla Agreement asserted"));
  CHECK(Has(es, "Peru Simla Agreement asserted"));
  CHECK(Has(es, "Bolivia Simla Agreement asserted"));
  auto af = Edges(text, "affiliated-with");
  CHECK(Has(af, "Anna Berg Chile asserted"));
  CHECK(Has(af, "Paul Smith Peru asserted"));
  CHECK_FALSE(Has(af, "Anna Berg Peru asserted"));
  CHECK_FALSE(Has(af, "Paul Smith Bolivia asserted"));
  // one official with an apposition is no list
  af = Edges("Paul Smith, Peru's minister of energy, arrived in Lima.", "affiliated-with");
  CHECK(Has(af, "Paul Smith Peru asserted"));
}

}  // namespace
}  // namespace actorgraph
