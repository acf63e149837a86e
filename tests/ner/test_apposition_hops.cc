// A described treaty in apposition after the place of signing, and a capital
// as the subject of a relative clause.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("treaties: an apposition after the place of signing names the treaty just named") {
  // a place no name was found for
  auto fs =
      Run("Ukraine and Jordan signed the Budapest Convention in Strasbourg, the first cybercrime "
          "treaty, in 2001.");
  const Found* d = Get(fs, "first cybercrime treaty", "treaty");
  REQUIRE(d);
  CHECK(d->node == "treaty:budapest-convention");
  // a state named as the place
  fs =
      Run("Envoys signed the Budapest Convention in Jordan, the first cybercrime treaty, in 2001.");
  d = Get(fs, "first cybercrime treaty", "treaty");
  REQUIRE(d);
  CHECK(d->node == "treaty:budapest-convention");
  // a list goes on: three instruments, not one
  fs = Run("Envoys signed the Budapest Convention in Strasbourg, a trade deal and a defence pact.");
  d = Get(fs, "trade deal", "treaty");
  if (d) CHECK(d->node != "treaty:budapest-convention");
}

TEST_CASE("states: a capital acting in a relative clause stands for its state") {
  auto fs = Run("Washington, which has accused Moscow of hacking, warned on Monday.");
  const Found* w = Get(fs, "Washington", "state");
  REQUIRE(w);
  CHECK(w->node == "state:USA");
  // a description of the city, no act
  CHECK_FALSE(Get(Run("Amman, which is a large city, grew fast."), "Amman", "state"));
}

TEST_CASE("resolve: a body named head first ('Ministry of X') is the state's before it") {
  auto fs = Run("China's Ministry of Commerce denounced the controls.");
  const Found* m = Get(fs, "Ministry of Commerce", "organization");
  REQUIRE(m);
  CHECK(m->node == "organization:china-ministry-of-commerce");
  fs = Run("The Ministry of Commerce denounced the controls.");
  m = Get(fs, "Ministry of Commerce", "organization");
  REQUIRE(m);
  CHECK(m->node == "organization:ministry-of-commerce");
}
