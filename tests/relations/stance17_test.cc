// Stance constructions of round 17: "it" closing a clause of taking a stance,
// an opening passive "It was ... by", co-sponsors, two coordinated passives,
// present-tense object relatives, and lists that stop before a new clause.
#include <doctest/doctest.h>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("stance pronoun: \"it\" closing a clause of taking a stance") {
  // the treaty of the sentence before
  auto es =
      Edges("Chile and Peru supported the Minsk Protocol. Kenya also welcomed it.", "supported");
  CHECK(Has(es, "Kenya Minsk Protocol asserted"));
  es = Edges(
      "The Minsk Protocol was adopted on Monday. Chile, Ghana and Peru voted against it, while "
      "Kenya abstained.",
      "opposed");
  CHECK(Has(es, "Chile Minsk Protocol asserted"));
  CHECK(Has(es, "Peru Minsk Protocol asserted"));
  // in the same sentence, before "and"
  es =
      Edges("Chile did not sign the Minsk Protocol, though Chile supports it and has offered help.",
            "supported");
  CHECK(Has(es, "Chile Minsk Protocol asserted"));
  // negated by its own clause
  es =
      Edges("Peru tabled the Minsk Protocol. Chile and Ghana refused to endorse it at the meeting.",
            "supported");
  CHECK(Has(es, "Chile Minsk Protocol negated"));
}

TEST_CASE("stance pronoun: no treaty in the sentence before") {
  // the act, not a treaty
  auto es = Edges("Russia shelled the port. Poland condemned it.", "opposed");
  CHECK(es.empty());
  // a treaty two sentences back is too far
  es = Edges("Peru signed the Minsk Protocol. Troops shelled the port. Kenya condemned it.",
             "opposed");
  CHECK(es.empty());
}

TEST_CASE("an opening passive \"It was ... by\" stands for the treaty of the sentence before") {
  auto es = Edges(
      "The Simla Agreement would have replaced an interim rule. It was put forward by "
      "Norway "
      "and was co-sponsored by Chile and Japan.",
      "supported");
  CHECK(Has(es, "Chile Simla Agreement asserted"));
  CHECK(Has(es, "Japan Simla Agreement asserted"));
  CHECK_FALSE(Has(es, "Norway Simla Agreement asserted"));
  // "It was clear that ...": no "by"
  es = Edges("Peru signed the Minsk Protocol. It was clear that Chile backed Ghana.", "supported");
  CHECK_FALSE(Has(es, "Chile Minsk Protocol asserted"));
}

TEST_CASE("two coordinated passives: each \"by\" list") {
  auto es = Edges("The Minsk Protocol was welcomed by Kenya and endorsed by Ghana.", "supported");
  CHECK(Has(es, "Kenya Minsk Protocol asserted"));
  CHECK(Has(es, "Ghana Minsk Protocol asserted"));
  es = Edges("The Minsk Protocol was opposed by Iran and condemned by Syria.", "opposed");
  CHECK(Has(es, "Iran Minsk Protocol asserted"));
  CHECK(Has(es, "Syria Minsk Protocol asserted"));
  // mixed: each keeps its own stance
  es = Edges("The Minsk Protocol was backed by Kenya and rejected by Ghana.", "opposed");
  CHECK_FALSE(Has(es, "Kenya Minsk Protocol asserted"));
}

TEST_CASE("a list object stops before a new clause") {
  auto es = Edges(
      "Mexico and Kenya also supported the Minsk Protocol, and Peru's delegation proposed a new "
      "text.",
      "supported");
  CHECK(Has(es, "Mexico Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "Mexico Peru asserted"));
  es = Edges(
      "India has opposed the Minsk Protocol, which would tax steel imports from 2027, and Jan "
      "Horak "
      "said New Delhi would retaliate.",
      "opposed");
  CHECK(Has(es, "India Minsk Protocol asserted"));
  CHECK_FALSE(Has(es, "India Jan Horak asserted"));
  // a demonym before a proposal qualifies the thing backed
  es = Edges("Germany supported the Dutch request without reservation.", "supported");
  CHECK_FALSE(Has(es, "Germany Netherlands asserted"));
}

}  // namespace
}  // namespace actorgraph
