// Round 14: capitalised words glued by a hyphen after "for the"/"of the" stay
// in a body's name; "Arrangement" heads a treaty's capitalised name, while a
// lower-case "arrangement" (a lease's, a court's) makes none.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("round14: a hyphenated name after a body's connector stays whole") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The Joint Commission for the Trans-Caspian Rail-Link Project met in Oslo on "
                "Monday.");
  CHECK(HasText(fs, "Joint Commission for the Trans-Caspian Rail-Link Project"));
  fs = Run(r, "Anna Berg, an analyst at Bank of Nordland-Kestrel, said the rate would hold.");
  CHECK(HasText(fs, "Bank of Nordland-Kestrel"));
  // a spaced dash is no joint: the name ends before it
  fs = Run(r, "The Joint Commission for the Volta Basin - a body set up in 1990 - met on Monday.");
  CHECK(HasText(fs, "Joint Commission for the Volta Basin"));
  CHECK(!HasText(fs, "Joint Commission for the Volta Basin - a"));
}

TEST_CASE("round14: a capitalised Arrangement is a treaty, a lower-case one is not") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Ghana and Togo signed the Volta Trade Facilitation Arrangement on Monday.");
  CHECK(NodesOf(fs, "treaty").size() == 1);
  fs = Run(r, "Its property unit entered into a long-term lease arrangement for the buildings.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "The court will set a reasonable security arrangement between the two firms.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("round14: \"Mission\" heads a body's name, a lower-case mission does not") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, "The Independent International Fact-Finding Mission for Norland was set up in 2024.");
  CHECK(HasText(fs, "Independent International Fact-Finding Mission for Norland"));
  fs = Run(r, "The Volta Monitoring Mission reported new clashes on Monday.");
  CHECK(HasText(fs, "Volta Monitoring Mission"));
  fs = Run(r, "The fact-finding mission reported new clashes on Monday.");
  CHECK(NodesOf(fs, "organization").empty());
}
