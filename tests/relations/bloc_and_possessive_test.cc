// A bloc a story is about, written as "the alliance" or left out after "the
// 31st member"; a state's possessive before a body of its own name.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("story bloc: \"the alliance\" and a bare \"member\" are the bloc named most") {
  auto es = Edges(
      "Finland applied to join NATO in May. NATO welcomed the bid. Finland became the 31st "
      "member on April 4, 2023.",
      "part-of");
  CHECK(Has(es, "Finland NATO asserted"));
  es = Edges(
      "Sweden applied to join NATO in May. NATO welcomed the bid. Sweden joined the alliance "
      "as its 32nd member in March.",
      "part-of");
  CHECK(Has(es, "Sweden NATO asserted"));
  // a bloc named once is no story's bloc
  es = Edges("NATO met in May. Sweden joined the alliance in March.", "part-of");
  CHECK(es.empty());
  // an organization named before the noun in its sentence may be the one meant
  es = Edges(
      "NATO met in May. NATO welcomed the bid. The European Union said Sweden joined the "
      "alliance in March.",
      "part-of");
  CHECK_FALSE(Has(es, "Sweden NATO asserted"));
  // one named after it is not
  es = Edges(
      "NATO met in May. NATO welcomed the bid. Finland became the 31st member on April 4, but "
      "the European Union was silent.",
      "part-of");
  CHECK(Has(es, "Finland NATO asserted"));
  // a hope is no membership
  es =
      Edges("NATO met in May. NATO welcomed the bid. Ukraine will not become its 33rd member soon.",
            "part-of");
  CHECK_FALSE(Has(es, "Ukraine NATO asserted"));
}

TEST_CASE("a state's possessive before a body's own name") {
  auto es = Edges("Poland's Supreme Audit Council published its report.", "part-of");
  CHECK(Has(es, "Supreme Audit Council Poland asserted"));
  es = Edges("Israel's Mossad declined to comment on the report.", "part-of");
  CHECK(Has(es, "Mossad Israel asserted"));
  // a firm of the state is only from there
  es = Edges("Russia's Gazprom cut gas supplies on Monday.", "part-of");
  CHECK(es.empty());
}

}  // namespace
}  // namespace actorgraph
