// Documents named by a description: a text named by its author's possessive
// ("opposed the chair's text") and a two-word document head with a participle
// set off by commas ("His compromise text, tabled on Sunday,") are documents;
// the authored text is the text of the sentences just before.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("doc17: a text named by its author and taken is a document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Norland and Estovia opposed the chair's text on Monday.");
  CHECK(HasText(fs, "chair's text"));
  fs = Run(r, "The Halden Council backed the co-chair's text, diplomats said.");
  CHECK(HasText(fs, "co-chair's text"));
  // counter-examples: a message, a text nobody takes, a text of a speech
  fs = Run(r, "Norland opposed the minister's text message on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "The minister's text was short, aides said.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Estovia welcomed the president's text of the speech.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("doc17: a compromise text tabled on a day, then the chair's text, are one document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The chair suspended the session. His compromise text, tabled on Sunday, "
                "proposed a global target. Norland and Estovia opposed the chair's text.");
  CHECK(HasText(fs, "compromise text"));
  CHECK(!NodeOf(fs, "compromise text", "treaty").empty());
  CHECK(NodeOf(fs, "chair's text", "treaty") == NodeOf(fs, "compromise text", "treaty"));
  // counter-example: a two-word head with no participle of taking after the comma
  fs = Run(r, "His compromise text, he said, was fair.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("doc17: 'It was put forward by X' is the document of the sentence before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The measure, known to delegates as the Vardo Fishery Management Measure, would "
                "cap catches. It was put forward by Norland and Estovia.");
  CHECK(HasText(fs, "Vardo Fishery Management Measure"));
  CHECK(NodeOf(fs, "It", "treaty") == NodeOf(fs, "Vardo Fishery Management Measure", "treaty"));
  fs = Run(r,
           "Norland and Estovia signed the Vardo Security Treaty on Monday. It was proposed last "
           "March by Ostland.");
  CHECK(NodeOf(fs, "It", "treaty") == NodeOf(fs, "Vardo Security Treaty", "treaty"));
  // counter-examples: no agent after the verb; a measure not named so
  fs = Run(r,
           "Norland and Estovia signed the Vardo Security Treaty on Monday. It was proposed that "
           "talks resume.");
  CHECK(NodeOf(fs, "It", "treaty").empty());
  fs = Run(r, "The minister signed a measure lifting currency rules. The measure passed.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("doc17: a schedule signed or adopted is a document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The committee did not adopt the revised compensation schedule. Norland signed "
                "the compensation schedule in January.");
  CHECK(HasText(fs, "revised compensation schedule"));
  CHECK(NodeOf(fs, "compensation schedule", "treaty") ==
        NodeOf(fs, "revised compensation schedule", "treaty"));
  // counter-examples: a schedule nobody takes, a prefix before the participle
  fs = Run(r, "The flight schedule was changed on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "The warrants will continue to vest on the pre-agreed schedule.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("doc17: 'the clause' refers back to the clause proposed before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Ostland proposed a \"flexibility clause\" for members. Norland supported the "
                "clause on Monday.");
  REQUIRE(HasText(fs, "flexibility clause"));
  CHECK(NodeOf(fs, "clause", "treaty") == NodeOf(fs, "flexibility clause", "treaty"));
  // counter-examples: no clause before; one too far back
  fs = Run(r, "Norland supported the clause on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r,
           "Ostland proposed a \"flexibility clause\" for members. Talks went on. Delegates met. "
           "Ministers spoke. Aides left. Rain fell. Night came. Norland supported the clause on "
           "Monday.");
  CHECK(NodeOf(fs, "clause", "treaty").empty());
}
