// "Chile praised it as a milestone": an object "it" after a verb of judging
// a text and before "as" stands for the treaty named before it.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("judged pronoun: \"it\" after a verb of judging is the treaty named before") {
  // in the same sentence
  auto es =
      Edges("Peru signed the Ottawa Treaty, and Chile praised it as a landmark.", "supported");
  CHECK(Has(es, "Chile Ottawa Treaty asserted"));
  es = Edges("Peru signed the Ottawa Treaty, and Chile denounced it as a betrayal.", "opposed");
  CHECK(Has(es, "Chile Ottawa Treaty asserted"));
  // in the sentence before
  es = Edges("Japan and Canada signed the Paris Agreement. Kenya hailed it as a vital step.",
             "supported");
  CHECK(Has(es, "Kenya Paris Agreement asserted"));
  es = Edges("Japan and Canada signed the Paris Agreement. Kenya called it a historic step.",
             "supported");
  CHECK(Has(es, "Kenya Paris Agreement asserted"));
  // the nearest treaty before it, not one after it
  es = Edges(
      "Peru backed the Minsk Protocol, and Chile praised it as a step to preserve the Paris "
      "Agreement.",
      "supported");
  CHECK(Has(es, "Chile Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Chile Paris Agreement asserted"));
}

TEST_CASE("judged pronoun: no treaty before, or another reading of \"it\"") {
  // no treaty named before: "it" is the act
  auto es =
      Edges("Russia invaded Ukraine. Poland condemned it as an act of aggression.", "opposed");
  CHECK(es.empty());
  // no "as" after it
  es = Edges("Japan signed the Paris Agreement. Kenya welcomed it.", "supported");
  CHECK(es.empty());
  // a treaty two sentences back is too far
  es = Edges(
      "Japan signed the Paris Agreement. Talks went on for hours. Kenya hailed it as a vital step.",
      "supported");
  CHECK(es.empty());
}

}  // namespace
}  // namespace actorgraph
