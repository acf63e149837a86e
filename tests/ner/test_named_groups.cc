#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("groups: a name before a group noun, after a determiner") {
  auto fs = Run("Police blamed the Varela Norte cartel for the killings.");
  CHECK(Get(fs, "Varela Norte", "organization"));
  fs = Run("The K41 rebels seized the town.");
  CHECK(Get(fs, "K41", "organization"));
  fs = Run("Files were stolen by the Ravenbit ransomware gang last year.");
  CHECK(Get(fs, "Ravenbit", "organization"));
  // a demonym opens a name that ends in a head word of its own
  fs = Run("Clashes broke out after the French Forces party called a strike.");
  const Found* f = Get(fs, "French Forces", "organization");
  REQUIRE(f);
  CHECK(Get(fs, "French", "state"));
  // an adjective is no group's name; a bare name needs its determiner
  CHECK(NodesOf(Run("Officials said the Kurdish militia withdrew."), "organization").empty());
  CHECK(NodesOf(Run("Dutch gangs fought over the port."), "organization").empty());
  CHECK_FALSE(Get(Run("The Georgian Dream party is a phrase."), "Georgian Dream", "organization"));
}

TEST_CASE("groups: a name after a group or company noun, and 'tracked as'") {
  auto fs = Run("Analysts said the hacktivist group KillByte(7) had claimed the attacks.");
  CHECK(Get(fs, "KillByte(7)", "organization") == nullptr);  // no digit before the bracket
  fs = Run("Analysts said the hacktivist group NoSleep042(9) had claimed the attacks.");
  CHECK(Get(fs, "NoSleep042(9)", "organization"));
  fs = Run("Security firm Brightwall said the flaw was old.");
  CHECK(Get(fs, "Brightwall", "organization"));
  fs = Run("Investigators linked the breach to a cluster they track as UNC9999.");
  CHECK_FALSE(Get(fs, "UNC9999", "organization"));  // "track as": no third person
  fs = Run("Investigators linked the breach to a cluster it tracks as TA9876.");
  CHECK(Get(fs, "TA9876", "organization"));
  // a person's name after a noun stays a person ("the actor John Smith")
  CHECK_FALSE(Get(Run("He met the actor John Markoff."), "John Markoff", "organization"));
  // a longer name goes on after the word: no fragment
  fs = Run("Telvora Cloud, a unit of New York-based Acme Corp, grew.");
  CHECK_FALSE(Get(fs, "New York", "organization"));
}

TEST_CASE("groups: parents and parts of organizations") {
  auto fs = Run("Quillmark, a unit of Ostrava Holdings, released a chip.");
  CHECK(Get(fs, "Quillmark", "organization"));
  fs = Run("Ferrolink, the Ukrainian mobile operator owned by Baltcom, went offline.");
  CHECK(Get(fs, "Ferrolink", "organization"));
  CHECK(Get(fs, "Baltcom", "organization"));
  fs = Run("The Guarda Real, a branch of the Ukrainian security forces, made arrests.");
  CHECK(Get(fs, "Guarda Real", "organization"));
  // a sentence's first word before a comma is no name when it is an adverb
  CHECK(NodesOf(Run("Separately, the firm, which makes chips, said so."), "organization").empty());
}

TEST_CASE("groups: a state's body in lower case after 'the' and its demonym") {
  auto fs = Run("Hackers breached the Ukrainian finance ministry in May.");
  const Found* m = Get(fs, "finance ministry", "organization");
  REQUIRE(m);
  CHECK(m->node == "organization:ukraine-finance-ministry");
  CHECK(Get(fs, "Ukrainian", "state"));
  fs = Run("The report blamed the Russian air force for the strike.");
  m = Get(fs, "air force", "organization");
  REQUIRE(m);
  CHECK(m->node == "organization:russia-air-force");
  // bare, as a modifier, or speaking: the state itself
  CHECK(NodesOf(Run("Chinese police may operate there."), "organization").empty());
  CHECK(NodesOf(Run("The French army officers resigned."), "organization").empty());
  CHECK(NodesOf(Run("The German army said the drill was over."), "organization").empty());
  CHECK(NodesOf(Run("The Dutch government said no."), "organization").empty());
}

TEST_CASE("organizations: hyphenated acronyms and a people's possessive on the left") {
  auto fs = Run("The ABCD-EFGH party won the vote.");
  CHECK(Get(fs, "ABCD-EFGH", "organization"));
  CHECK_FALSE(Get(fs, "ABCD", "organization"));
  fs = Run("The Ogaden People's Liberation Front claimed the attack.");
  CHECK(Get(fs, "Ogaden People's Liberation Front", "organization"));
}
