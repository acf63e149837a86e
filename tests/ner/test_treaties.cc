#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("treaties: named by pattern and gazetteer, with a nested organization") {
  auto fs = Run("Moscow wants to replace the Budapest Convention of the Council of Europe.");
  const Found* t = Get(fs, "Budapest Convention of the Council of Europe", "treaty");
  REQUIRE(t);
  CHECK(t->label == "Budapest Convention");
  CHECK(t->node == "treaty:budapest-convention");
  const Found* coe = Get(fs, "Council of Europe", "organization");
  REQUIRE(coe);
  CHECK(coe->node == "organization:council-of-europe");
  fs = Run("Both signed the Treaty of Versailles and the Convention against Torture.");
  CHECK(Get(fs, "Treaty of Versailles", "treaty"));
  CHECK(Get(fs, "Convention against Torture", "treaty"));
  fs = Run("Ukraine left the Minsk Accords.");
  const Found* m = Get(fs, "Minsk Accords", "treaty");
  REQUIRE(m);
  CHECK(m->node == "treaty:minsk-accords");
}

TEST_CASE("treaties: a headline may name an agreement") {
  auto fs = Run("Russia China Cybersecurity Agreement\n\nThe two states met.");
  const Found* t = Get(fs, "Russia China Cybersecurity Agreement", "treaty");
  REQUIRE(t);
  CHECK(Get(fs, "Russia", "state"));  // nested
  CHECK(Get(fs, "China", "state"));
}

TEST_CASE("treaties: described ones drop determiners and leading adjectives") {
  auto fs = Run("Russia and China concluded a bilateral cybersecurity agreement in May.");
  const Found* a = Get(fs, "bilateral cybersecurity agreement", "treaty");
  REQUIRE(a);
  CHECK((a->flags & kDescribed) != 0);
  CHECK(a->label == "bilateral cybersecurity agreement");
  fs = Run("They set up a committee to examine a new UN treaty on cybercrime.");
  const Found* u = Get(fs, "new UN treaty on cybercrime", "treaty");
  REQUIRE(u);
  CHECK(u->label == "UN treaty on cybercrime");
  CHECK(Get(fs, "UN", "organization"));
  fs =
      Run("They submitted two proposals for a national code of conduct in the field of "
          "cyberspace to the United Nations.");
  const Found* c = Get(fs, "national code of conduct in the field of cyberspace", "treaty");
  REQUIRE(c);
  CHECK(c->node == "treaty:national-code-of-conduct-in-the-field-of-cyberspace");
  fs = Run("Member states adopted a resolution.");
  CHECK(Get(fs, "resolution", "treaty"));
  CHECK(Get(Run("They signed a non-aggression pact."), "non-aggression pact", "treaty"));
  // A gerund takes its object: not "treaty on reducing".
  fs = Run("The allies drafted a treaty on reducing these weapons.");
  CHECK(Get(fs, "treaty on reducing these weapons", "treaty"));
}

TEST_CASE("treaties: one capitalised adjective may open a description") {
  auto fs = Run("Poland proposed a Baltic maritime security pact on Monday.");
  const Found* t = Get(fs, "Baltic maritime security pact", "treaty");
  REQUIRE(t);
  CHECK(t->label == "Baltic maritime security pact");
  // a name's possessive or a name before a verb is no adjective
  fs =
      Run("The Council's security pact rules were read. He said the Assembly adopted resolution "
          "texts.");
  CHECK_FALSE(Get(fs, "Council's security pact", "treaty"));
  CHECK_FALSE(Get(fs, "Assembly adopted resolution", "treaty"));
}

TEST_CASE("treaties: 'known as ACRONYM' gives the treaty its acronym") {
  auto fs =
      Run("The Intermediate-Range Nuclear Forces Treaty, known as INF, was signed in 1987. Moscow "
          "left INF in 2019.");
  std::vector<std::string> nodes;
  for (const Found& f : fs)
    if (f.text == "INF") nodes.push_back(f.type + " " + f.node);
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] == "treaty treaty:intermediate-range-nuclear-forces-treaty");
  CHECK(nodes[1] == nodes[0]);
  // any alias cue after a comma, "as" optional; with no comma the cue is a verb
  fs =
      Run("The Intermediate-Range Nuclear Forces Treaty, dubbed INF, was signed. Moscow left INF.");
  const Found* inf = Get(fs, "INF", "treaty");
  REQUIRE(inf);
  CHECK(inf->node == "treaty:intermediate-range-nuclear-forces-treaty");
  fs = Run("The Intermediate-Range Nuclear Forces Treaty described INF officials. INF said so.");
  CHECK_FALSE(Get(fs, "INF", "treaty"));
}

TEST_CASE("treaties: a description written like a listed name takes its label") {
  static std::shared_ptr<const EntityRecognizer> r = FixtureWith(
      "att", "treaty:arms-trade-treaty\ttreaty\tArms Trade Treaty\tArms Trade Treaty|ATT\n");
  auto fs = Run(*r, "Japan ratified the arms trade treaty in 2014.");
  const Found* t = Get(fs, "arms trade treaty", "treaty");
  REQUIRE(t);
  CHECK(t->node == "treaty:arms-trade-treaty");
  CHECK(t->label == "Arms Trade Treaty");  // not "arms trade treaty": one node, one label
}

TEST_CASE("treaties: a head marked 'named' makes only names and references back") {
  auto fs = Run("Leaders adopted the Bangkok Declaration. Officials filed a false declaration.");
  CHECK(Get(fs, "Bangkok Declaration", "treaty"));
  CHECK_FALSE(HasText(fs, "false declaration"));
  CHECK(Get(Run("They signed a joint declaration on trade."), "joint declaration on trade",
            "treaty"));
}

TEST_CASE("treaties: predicative and bare descriptions are no treaties") {
  auto fs = Run("Moscow argued that it is only a regional agreement.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  fs = Run("They reached an agreement from both sides.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  // An anaphor with nothing to refer to resolves to nothing.
  CHECK(Run("The pact was signed.").empty());
}

TEST_CASE("treaties: a head word in another sense is vetoed") {
  auto fs = Run("They seek a peaceful resolution of the conflict.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  // ... or a modifier of the noun after it
  fs = Run("The Philippines, a U.S. treaty ally, protested.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  CHECK(Get(fs, "U.S.", "state"));
  fs = Run("Russia has ignored its treaty obligations.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  // the head word itself still ends a described treaty
  fs = Run("Seoul signed a defence treaty with Manila.");
  CHECK(Get(fs, "defence treaty", "treaty"));
}

namespace {

const char* kInf =
    "treaty:inf\ttreaty\tIntermediate-Range Nuclear Forces Treaty\t"
    "Intermediate-Range Nuclear Forces Treaty|INF Treaty|INF\n";

const EntityRecognizer& WithInf() {
  static std::shared_ptr<const EntityRecognizer> r = FixtureWith("inf", kInf);
  return *r;
}

}  // namespace

TEST_CASE("treaties: 'a treaty on X' and 'the draft ACRONYM treaty' join the named treaty") {
  auto fs = Run(WithInf(),
                "Moscow offered a treaty on Intermediate Range Nuclear forces (INF) in March. "
                "The draft INF treaty was tabled in Geneva.");
  int treaties = 0;
  for (const Found& f : fs) {
    if (f.type != "treaty") continue;
    ++treaties;
    INFO(f.text);
    CHECK(f.node == "treaty:inf");
  }
  CHECK(treaties >= 3);
  // One shared word after the head is not enough: a treaty on nuclear testing
  // is another treaty.
  fs = Run(WithInf(),
           "Moscow signed the INF Treaty in 1987. It later proposed a treaty on nuclear testing.");
  const Found* t = Get(fs, "treaty on nuclear testing", "treaty");
  REQUIRE(t);
  CHECK(t->node != "treaty:inf");
}

TEST_CASE("treaties: a listed name across a hyphen holds no organization fragment") {
  auto fs = Run(WithInf(), "Russia withdrew from the Intermediate-Range Nuclear Forces Treaty.");
  CHECK(NodesOf(fs, "organization").empty());
  CHECK(NodesOf(fs, "treaty") == std::vector<std::string>{"treaty:inf"});
  // a hyphenated name of a body is still one
  fs = Run("The National Anti-Corruption Bureau of Ukraine opened a case.");
  CHECK(Get(fs, "National Anti-Corruption Bureau of Ukraine", "organization"));
}

TEST_CASE("treaties: 'to' right after the first word after 'the' joins the name") {
  auto fs = Run("Kosovo accepted the Agreement on the Path to Normalisation in Brussels.");
  CHECK(Get(fs, "Agreement on the Path to Normalisation", "treaty"));
  // elsewhere "to" ends it: what follows is the verb's
  fs = Run("Kenya sent the Convention on Cybercrime to Parliament.");
  CHECK(Get(fs, "Convention on Cybercrime", "treaty"));
  CHECK_FALSE(Get(fs, "Convention on Cybercrime to Parliament", "treaty"));
  fs = Run("Japan explained the Agreement on the Path to Ukraine.");
  CHECK_FALSE(Get(fs, "Agreement on the Path to Ukraine", "treaty"));
}
