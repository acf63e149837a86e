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
  // "it" followed by neither "as" nor a clause's end: "welcomed it back"
  es = Edges("Japan signed the Paris Agreement. Kenya welcomed it back.", "supported");
  CHECK(es.empty());
  // a treaty two sentences back is too far
  es = Edges(
      "Japan signed the Paris Agreement. Talks went on for hours. Kenya hailed it as a vital step.",
      "supported");
  CHECK(es.empty());
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST_CASE("signed pronoun: \"it\" closing a clause of signing is the treaty named before") {
  // in the sentence before, a list subject, negated
  auto es =
      Edges("Japan signed the Ottawa Treaty in 1997. Peru, Chile and Kenya have never signed it.",
            "signed");
  CHECK(Has(es, "Peru Ottawa Treaty negated"));
  CHECK(Has(es, "Kenya Ottawa Treaty negated"));
  // in the same sentence, hypothetical, with "if" after it
  es = Edges("Japan signed the Paris Agreement, and Peru would ratify it if the quota is revised.",
             "signed");
  CHECK(Has(es, "Peru Paris Agreement hypothetical"));
  // a time phrase after it
  es = Edges("Japan signed the Minsk Protocol. Chile could sign it early next year.", "signed");
  CHECK(Has(es, "Chile Minsk Protocol hypothetical"));
}

TEST_CASE("signed pronoun: no treaty before, or \"it\" before another word") {
  // no treaty named before: "it" is the bill
  auto es = Edges("Congress passed the budget. Kenya signed it on Monday.", "signed");
  CHECK(es.empty());
  // "signed it into law": a bill, not the treaty of the sentence before
  es = Edges("Japan backed the Paris Agreement. Peru signed it into law.", "signed");
  CHECK(es.empty());
  // a treaty two sentences back is too far
  es = Edges("Japan signed the Paris Agreement. Talks went on for hours. Kenya signed it.",
             "signed");
  CHECK_FALSE(Has(es, "Kenya Paris Agreement asserted"));
}

}  // namespace
}  // namespace actorgraph
