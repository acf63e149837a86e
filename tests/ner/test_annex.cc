// An annex is a document of its own when proposed, backed or opposed.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("an annex that is proposed is a treaty; a building's annex is not") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Ghana proposed a disarmament annex, which Togo opposed.");
  CHECK(HasText(fs, "disarmament annex"));
  CHECK(NodesOf(fs, "treaty").size() == 1);
  fs = Run(r, "Fighting went on in the annex of the old palace.");
  CHECK(NodesOf(fs, "treaty").empty());
}
