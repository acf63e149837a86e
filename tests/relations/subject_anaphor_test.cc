// A sentence's subject may stand for an actor of the sentence before: "The
// country became ...", "It accused ...", "She ...".
#include <doctest/doctest.h>

#include <memory>

#include "relations/edges.h"

namespace actorgraph {
namespace {

using testing::Edges;
using testing::Has;

TEST_CASE("subject anaphors: a noun phrase takes the one name of its type before") {
  auto es = Edges("NATO invited Moldova in 2015. The country joined NATO in 2017.", "part-of");
  CHECK(Has(es, "Moldova NATO asserted"));
  // two states before: which one is not said
  es = Edges("Poland and Moldova met in 2015. The country joined NATO in 2017.", "part-of");
  CHECK(es.empty());
}

TEST_CASE("subject anaphors: of several bodies before, the one the noun introduced") {
  auto es = Edges(
      "Siemens traced the intrusions to a group known as Fancy Bear, which works for NATO. The "
      "group attacked Germany in 2015.",
      "alleged-attack");
  CHECK(Has(es, "APT28 Germany asserted"));
  // or the one whose own name holds the noun
  es = Edges(
      "Siemens and the International Atomic Energy Agency met. The agency accused Russia of "
      "hacking.",
      "accused");
  CHECK(Has(es, "International Atomic Energy Agency Russia asserted"));
  // none so introduced: which one is not said
  es = Edges("Siemens met NATO officials. The group attacked Germany in 2015.", "alleged-attack");
  CHECK(es.empty());
}

TEST_CASE("subject anaphors: a pronoun takes the subject of the sentence before") {
  auto es = Edges("Germany published a report on Monday. It accused Russia of hacking.", "accused");
  CHECK(Has(es, "Germany Russia asserted"));
  // "it" as an expletive stands for nothing
  es = Edges("Germany published a report on Monday. It was clear Russia was behind it.", "accused");
  CHECK_FALSE(Has(es, "Germany Russia asserted"));
  // a person only when the sentence before named one
  es = Edges("Sergei Lavrov arrived in Paris. He accused Ukraine of lying.", "accused");
  CHECK(Has(es, "Sergei Lavrov Ukraine asserted"));
  es = Edges("Sergei Lavrov met Antony Blinken in Paris. He accused Ukraine of lying.", "accused");
  CHECK(es.empty());
  // the subject carries on over a chain of pronouns
  es = Edges("Germany published a report. It named no one. It accused Russia of hacking.",
             "accused");
  CHECK(Has(es, "Germany Russia asserted"));
}

TEST_CASE("possessive anaphors: \"the agency's\" is the organization named before") {
  auto es = Edges(
      "The International Atomic Energy Agency said it had sent inspectors. Anna Berg, the "
      "agency's chief inspector, said the plant was safe.",
      "affiliated-with");
  CHECK(Has(es, "Anna Berg International Atomic Energy Agency asserted"));
  // a name without the noun is not taken
  es = Edges(
      "Siemens said it had sent engineers. Anna Berg, the agency's chief inspector, said the "
      "plant was safe.",
      "affiliated-with");
  CHECK_FALSE(Has(es, "Anna Berg Siemens asserted"));
  // nor one of two organizations
  es = Edges(
      "The International Atomic Energy Agency and the Cybersecurity and Infrastructure Security "
      "Agency met. Anna Berg, the agency's chief inspector, said the plant was safe.",
      "affiliated-with");
  CHECK(es.empty());
}

TEST_CASE("quoted speakers: \"we\" in a quotation is the person its attribution names") {
  auto es = Edges("\"We signed the Paris Agreement because we had to,\" said Anna Berg.", "signed");
  CHECK(Has(es, "Anna Berg Paris Agreement asserted"));
  es = Edges("\"We support the Paris Agreement,\" Poland's minister, Anna Berg, told reporters.",
             "supported");
  CHECK(Has(es, "Anna Berg Paris Agreement asserted"));
  // no verb of saying near the name: no speaker
  es = Edges("\"We signed the Paris Agreement\" was the headline above Anna Berg.", "signed");
  CHECK(es.empty());
  // "we" inside a clause of another subject stays a word
  es = Edges("\"The Paris Agreement we signed is weak,\" said Anna Berg.", "signed");
  CHECK_FALSE(Has(es, "Anna Berg Paris Agreement asserted"));
}

TEST_CASE("said it: the state or body that said is the subject after it") {
  auto es = Edges("Poland said on Thursday it fully supports the Paris Agreement.", "supported");
  CHECK(Has(es, "Poland Paris Agreement asserted"));
  // a speaker's own government is the speaker
  es = Edges("Anna Berg said his government would not support the Paris Agreement.", "supported");
  CHECK(Has(es, "Anna Berg Paris Agreement negated"));
  // before an auxiliary the rules read the clause as written
  es = Edges("Anna Berg said it was a good day for NATO.", "supported");
  CHECK(es.empty());
}

TEST_CASE("pair anaphors: \"the three states\" are the three states named before") {
  auto es = Edges(
      "Poland, Georgia and Moldova issued a statement. The three states signed the Minsk "
      "Protocol.",
      "signed");
  CHECK(Has(es, "Poland Minsk Protocol asserted"));
  CHECK(Has(es, "Georgia Minsk Protocol asserted"));
  CHECK(Has(es, "Moldova Minsk Protocol asserted"));
  // two states named: "the three states" are not they
  es = Edges("Poland and Georgia met. The three states signed the Minsk Protocol.", "signed");
  CHECK(es.empty());
}

TEST_CASE("pair anaphors: \"the two sides\" are the two states named before") {
  auto es = Edges(
      "Officials from Poland and Georgia met in Warsaw. The two sides signed the Minsk "
      "Protocol on Thursday.",
      "signed");
  CHECK(Has(es, "Poland Minsk Protocol asserted"));
  CHECK(Has(es, "Georgia Minsk Protocol asserted"));
}

}  // namespace
}  // namespace actorgraph
