// A bare name of a United States body ("Congress", "Senate") resolves to it
// only in a story about the United States.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

const char* kBodies =
    "organization:united-states-congress\torganization\tUnited States Congress\t"
    "United States Congress|Congress|U.S. Congress\n";

const EntityRecognizer& Bodies() {
  static std::shared_ptr<const EntityRecognizer> r = FixtureWith("bodies", kBodies);
  return *r;
}

}  // namespace

TEST_CASE("resolve: a bare 'Congress' is the US Congress only where the US is spoken of") {
  auto fs =
      Run(Bodies(), "Congress leader John Reid told reporters in Jordan the front would fall.");
  const Found* c = Get(fs, "Congress", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:congress");
  fs = Run(Bodies(), "Congress leader John Reid said the United States budget is late.");
  c = Get(fs, "Congress", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:united-states-congress");
}
