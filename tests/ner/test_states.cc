#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("states: names, longest match, demonyms and combining forms") {
  auto fs =
      Run("The Russian Federation and the People's Republic of China signed it. "
          "Russian hackers used Chinese tools in a Sino-Russian project.");
  const Found* rf = Get(fs, "Russian Federation", "state");
  REQUIRE(rf);
  CHECK(rf->node == "state:RUS");
  CHECK(rf->label == "Russia");
  CHECK(Get(fs, "People's Republic of China", "state"));
  CHECK_FALSE(Get(fs, "China", "state"));  // inside the longer name
  const Found* dem = Get(fs, "Chinese", "state");
  REQUIRE(dem);
  CHECK((dem->flags & kDemonym) != 0);
  CHECK(dem->node == "state:CHN");
  const Found* sino = Get(fs, "Sino", "state");
  REQUIRE(sino);
  CHECK(sino->node == "state:CHN");
  CHECK((sino->flags & kDemonym) != 0);
  CHECK(Get(fs, "Russian", "state"));
}

TEST_CASE("states: an apostrophe in a name may be typeset curly") {
  // "People\u2019s Republic of China" is that state, not "Republic of China" (Taiwan).
  auto fs = Run("The People\xE2\x80\x99s Republic of China signed it.");
  const Found* c = Get(fs, "People\xE2\x80\x99s Republic of China", "state");
  REQUIRE(c);
  CHECK(c->node == "state:CHN");
  CHECK_FALSE(Get(fs, "China", "state"));
}

TEST_CASE("states: a demonym after a compass or region word names a region") {
  auto fs = Run("South American beef worries Latin American leaders and American farmers.");
  std::vector<std::string> states;
  for (const Found& f : fs)
    if (f.type == "state") states.push_back(f.text);
  CHECK(states == std::vector<std::string>{"American"});  // only the farmers' state
}

TEST_CASE("states: dotted abbreviations and headlines in capitals") {
  auto fs = Run("U.S. officials met.");
  const Found* us = Get(fs, "U.S.", "state");
  REQUIRE(us);
  CHECK(us->node == "state:USA");
  fs = Run("FRANCE BEAT GERMANY IN PARIS\nThe match was close.");
  CHECK(Get(fs, "FRANCE", "state"));
  CHECK(Get(fs, "GERMANY", "state"));
  CHECK_FALSE(HasText(fs, "PARIS"));  // a capital in a headline is a place
  // Short aliases match only as written: "us" is a pronoun.
  fs = Run("They told us nothing.");
  CHECK(fs.empty());
}

TEST_CASE("states: a leading article stays out of the span") {
  auto fs = Run("He moved to the Netherlands last year.");
  const Found* nl = Get(fs, "Netherlands", "state");
  REQUIRE(nl);
  CHECK(nl->node == "state:NLD");
}

TEST_CASE("states: capitals stand for their state only when they act") {
  auto fs = Run("Moscow has consistently argued that the plan fails.");
  const Found* m = Get(fs, "Moscow", "state");
  REQUIRE(m);
  CHECK(m->node == "state:RUS");
  CHECK((m->flags & kMetonym) != 0);
  CHECK(Get(Run("Washington said it would respond."), "Washington", "state"));
  CHECK(Get(Run("Moscow's position is clear."), "Moscow", "state"));
  CHECK(Get(Run("Moscow and Beijing argued about it."), "Beijing", "state"));
  CHECK(Get(Run("Moscow and Beijing argued about it."), "Moscow", "state"));
  CHECK(Get(Run("Both Moscow and China`s arguments were heard."), "Moscow", "state"));
  CHECK(Run("At a cybersecurity conference in Washington on Monday, nothing happened.").empty());
  CHECK(Run("She flew from Paris to Berlin.").empty());
}

TEST_CASE("states: a capital acted on, or where officials speak, stands for its state") {
  CHECK(Get(Run("The minister accused Beijing of hacking."), "Beijing", "state"));
  CHECK(Get(Run("The council urged Moscow to cooperate."), "Moscow", "state"));
  CHECK(Get(Run("Officials in Washington said so."), "Washington", "state"));
  // a place: where one goes, a city before a noun, officials of another state
  CHECK(Run("The minister visited Beijing last week.").empty());
  CHECK_FALSE(
      Get(Run("Blair urged London mayor Ken Livingstone to apologise."), "London", "state"));
  CHECK_FALSE(Get(Run("Senior Japanese officials in Tokyo said so."), "Tokyo", "state"));
  CHECK(Run("Analysts in Moscow said so.").empty());
  // a headline capitalises its verb
  auto fs = Run("Washington Blames Moscow for Attacks on Power Grid");
  CHECK(Get(fs, "Washington", "state"));
  CHECK(Get(fs, "Moscow", "state"));
}

TEST_CASE("states: capitals as the agents of a passive verb stand for their states") {
  auto fs = Run("The communique was signed by Beijing and Washington in 1972.");
  const Found* b = Get(fs, "Beijing", "state");
  REQUIRE(b);
  CHECK(b->node == "state:CHN");
  const Found* w = Get(fs, "Washington", "state");
  REQUIRE(w);
  CHECK(w->node == "state:USA");
  CHECK(Get(Run("The plan, backed by Paris, failed."), "Paris", "state"));
  CHECK(Get(Run("The plan was formally endorsed by Berlin."), "Berlin", "state"));
  // no passive: "by" after a past tense, or beside a place
  CHECK(Run("The ship sailed by Moscow in May.").empty());
  CHECK(Run("The delegates met by Paris in August.").empty());
}

TEST_CASE("states: a historical state still resolves; the valid entry wins ties") {
  auto fs = Run("The Soviet Union collapsed.", "2020-01-01");
  const Found* su = Get(fs, "Soviet Union", "state");
  REQUIRE(su);
  CHECK(su->node == "state:SUN");
}

TEST_CASE("states: a name before a currency names the currency") {
  auto fs = Run("Trade will reach 15 billion US dollars. The Chinese yuan rose against it.");
  CHECK_FALSE(Get(fs, "US", "state"));
  CHECK_FALSE(Get(fs, "Chinese", "state"));
  fs = Run("China said the US dollar fell while France won the vote.");
  CHECK(Get(fs, "China", "state"));
  CHECK(Get(fs, "France", "state"));  // "won" is no currency here
}
