#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("short-form states: \"the North\" once North Korea is named") {
  auto fs = Run("North Korea fired a missile on Monday. Japan accused the North of lying.");
  const Found* n = Get(fs, "North", "state");
  REQUIRE(n);
  CHECK(n->node == "state:PRK");
  CHECK(n->label == "North Korea");
  CHECK((n->flags & kAnaphor) != 0);
  // a possessive and the South, each after its own state
  fs = Run("Seoul and Pyongyang traded threats. The South's navy fired at the North.");
  CHECK(NodesOf(fs, "state") ==
        std::vector<std::string>{"state:KOR", "state:PRK", "state:KOR", "state:PRK"});
}

TEST_CASE("short-form states: never before the state is named, in lower case or in a name") {
  CHECK_FALSE(
      Get(Run("Japan accused the North of lying. North Korea denied it."), "North", "state"));
  auto fs =
      Run("North Korea tested a rocket. Troops left the north of the country. Ships crossed the "
          "North Sea. The North-South talks stalled. Rain fell across the South.");
  CHECK(NodesOf(fs, "state") == std::vector<std::string>{"state:PRK"});
}
