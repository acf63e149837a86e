// "the two countries" when more states than two were named near it: the two a
// sentence before joined with "and" ("Chile and Peru ... after talks mediated
// by Brazil. Chile said the two countries signed ...").
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("treaty10: 'the two countries' are the pair joined by 'and', not a third state") {
  auto es = Edges(
      "Chile and Peru finalised the Simla Agreement after talks mediated by Brazil. Chile said "
      "the two countries signed the Simla Agreement on Tuesday.",
      "signed");
  CHECK(Has(es, "Chile Simla Agreement asserted"));
  CHECK(Has(es, "Peru Simla Agreement asserted"));
  CHECK_FALSE(Has(es, "Brazil Simla Agreement asserted"));
  es = Edges(
      "Brazil hosted the talks. Officials from Chile and Peru met in Lima on Monday. The two "
      "governments signed the Simla Agreement.",
      "signed");
  CHECK(Has(es, "Chile Simla Agreement asserted"));
  CHECK(Has(es, "Peru Simla Agreement asserted"));
  CHECK_FALSE(Has(es, "Brazil Simla Agreement asserted"));
  // a list of three is no pair: which two is not said
  es = Edges(
      "Chile, Peru and Brazil met in Lima. Chile said the two countries signed the Simla "
      "Agreement.",
      "signed");
  CHECK_FALSE(Has(es, "Brazil Simla Agreement asserted"));
  CHECK_FALSE(Has(es, "Peru Simla Agreement asserted"));
}

}  // namespace
}  // namespace actorgraph
