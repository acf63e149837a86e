// Described treaties: descriptions of one kind ("a legally binding agreement ...
// a binding treaty") are one document; a dated description told apart by its
// topic keeps its year; documents described in the plural are a kind, no node.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("ent18: binding descriptions are one document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Norland wants a legally binding agreement with a dispute mechanism. "
                "Estovia rejected the idea of a binding treaty. Valdoria supported a "
                "binding agreement on dam safety.");
  const std::string first = NodeOf(fs, "legally binding agreement", "treaty");
  CHECK(!first.empty());
  CHECK(NodeOf(fs, "binding treaty", "treaty") == first);
  for (const std::string& n : NodesOf(fs, "treaty")) CHECK(n == first);
  // counter-example: descriptions of no shared kind stay apart
  fs = Run(r,
           "Norland signed a fisheries agreement on Monday. Estovia proposed a "
           "binding treaty on tariffs.");
  CHECK(NodeOf(fs, "fisheries agreement", "treaty") !=
        NodeOf(fs, "binding treaty on tariffs", "treaty"));
  CHECK(!NodeOf(fs, "binding treaty on tariffs", "treaty").empty());
}

TEST_CASE("ent18: a dated description told apart by its topic keeps its year") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Norland said it ignores the 1959 agreement on the sharing of the river.");
  bool dated = false;
  for (const Found& f : fs)
    if (f.type == "treaty") dated = dated || f.label.rfind("1959 agreement", 0) == 0;
  CHECK(dated);
}

TEST_CASE("ent18: documents described in the plural are a kind") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Norland argued that country-specific resolutions violated the principle.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Valdoria, which brokered the earlier accords, welcomed the talks.");
  CHECK(NodesOf(fs, "treaty").empty());
  // counter-examples: counted, signed, or told apart by a name's word
  fs = Run(r, "Norland and Estovia signed two cooperation treaties on Monday.");
  CHECK(!NodesOf(fs, "treaty").empty());
  fs = Run(r, "Norland said the 1993 Estovian autonomy accords bar such candidates.");
  CHECK(!NodesOf(fs, "treaty").empty());
}
