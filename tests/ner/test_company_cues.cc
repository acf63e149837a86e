// Unknown companies and groups shown by the sentence: a possessive post, a
// company noun before the name, a name given in quotes.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("company cues: a possessive post of up to three words") {
  auto fs = Run("Maria Lopez, Zentrix's co-founder and chief executive, said so.");
  REQUIRE(Get(fs, "Zentrix", "organization"));
  CHECK(Get(fs, "Maria Lopez", "person"));
  CHECK(Get(Run("He said Voltaro\xE2\x80\x99s managing director resigned."), "Voltaro",
            "organization"));
  // a paragraph may open with it
  fs = Run("Hackers struck.\n\nVoltaro's chief executive, Maria Lopez, said so.");
  CHECK(Get(fs, "Voltaro", "organization"));
  // a known state keeps its reading; no post, no company
  fs = Run("He said Russia's chief executive quit and Voltaro's dog barked.");
  CHECK(NodesOf(fs, "organization").empty());
}

TEST_CASE("company cues: a company noun before the name") {
  CHECK(Get(Run("The cryptocurrency exchange Zentrix said it was hacked."), "Zentrix",
            "organization"));
  CHECK(Get(Run("The chipmaker Voltaro said it opposed the ban."), "Voltaro", "organization"));
  CHECK(Get(Run("The shipping line Norvik said its ship was hit."), "Norvik", "organization"));
  // "line" alone, and a company noun used as a verb, name nothing
  CHECK(NodesOf(Run("He toed the party line Monday and the line Norvik drew."), "organization")
            .empty());
  CHECK(NodesOf(Run("It offered to exchange Class B shares."), "organization").empty());
  // a particle and a state's name go on with the name
  auto fs = Run("The state oil company Petrolera de Ukraine said so.");
  CHECK(Get(fs, "Petrolera de Ukraine", "organization"));
  CHECK_FALSE(Get(fs, "Ukraine", "state"));
}

TEST_CASE("company cues: a group named in quotes") {
  auto fs =
      Run("Police attributed the attack to \"SilverFox\", the name it uses for a cluster of "
          "hackers.");
  CHECK(Get(fs, "SilverFox", "organization"));
  CHECK(Get(Run("It said a hacking group known as \xE2\x80\x9CQuartz Panda\xE2\x80\x9D struck."),
            "Quartz Panda", "organization"));
  CHECK(Get(Run("Another group named Voltaro struck too."), "Voltaro", "organization"));
  // no group in the apposition; the verb "named"
  CHECK(NodesOf(Run("He read \"Dune\", the name of a novel."), "organization").empty());
  fs = Run("The company named Zentrix as lead underwriter.");
  CHECK_FALSE(Get(fs, "Zentrix", "organization"));
}

TEST_CASE("company cues: \"the UN peacekeeping mission\" is a mission of the UN") {
  auto fs = Run(RealRecognizer(), "The UN peacekeeping mission, ABCMIS, was blamed by Chad.");
  const Found* un = Get(fs, "UN", "organization");
  REQUIRE(un);
  CHECK(un->node == "organization:united-nations");
  CHECK(Get(fs, "ABCMIS", "organization"));
}

TEST_CASE("acronyms: a name spelled out before or in apposition gives an acronym its node") {
  auto fs = Run("The Mekong River Commission met. Later the MRC accused Laos.");
  const Found* mrc = Get(fs, "MRC", "organization");
  REQUIRE(mrc);
  CHECK(mrc->node == "organization:mekong-river-commission");
  // spelled out only later, in another sentence: the acronym stays its own
  fs = Run("The MRC accused Laos. The Mekong River Commission met.");
  REQUIRE(Get(fs, "MRC", "organization"));
  CHECK(Get(fs, "MRC", "organization")->node == "organization:mrc");
  auto r = FixtureWith("acronyms2",
                       "organization:international-criminal-court\torganization\t"
                       "International Criminal Court\tInternational Criminal Court|ICC\n");
  fs = Run(*r, "The ICC, the International Cricket Council, fined Pakistan.");
  REQUIRE(Get(fs, "ICC", "organization"));
  CHECK(Get(fs, "ICC", "organization")->label == "International Cricket Council");
}

TEST_CASE("acronyms: \"the East African EAC\" is one name") {
  auto fs = Run(RealRecognizer(), "Kenya, Uganda and the East African EAC backed the plan.");
  const Found* eac = Get(fs, "East African EAC", "organization");
  REQUIRE(eac);
  CHECK(eac->node == "organization:east-african-community");
  // a state's demonym stays the state's
  fs = Run(RealRecognizer(), "The South African ANC backed it.");
  CHECK(Get(fs, "ANC", "organization"));
  CHECK(Get(fs, "South African", "state"));
}

TEST_CASE("company cues: a statement at a sentence's start, a share price") {
  CHECK(Get(Run("Nexperia said in a statement that it opposed the ban."), "Nexperia",
            "organization"));
  CHECK(Get(Run("It fell. Voltaro said in a stock exchange filing that it would sell."), "Voltaro",
            "organization"));
  // a plural noun, a person of the story, a quotation's speaker: no company
  CHECK(NodesOf(Run("Prosecutors said in a statement that it was over."), "organization").empty());
  auto fs = Run("Rich Vantora quit. Vantora said in a statement that he was tired.");
  CHECK(NodesOf(fs, "organization").empty());
  CHECK(NodesOf(Run("\"It is over,\" Vantora said in a statement."), "organization").empty());
  CHECK(Get(Run("Shares in Orsted fell 5 percent on Monday."), "Orsted", "organization"));
  CHECK(NodesOf(Run("It sold shares of Class B common stock."), "organization").empty());
}

TEST_CASE("named groups: a given name or a place's word inside a group's name") {
  CHECK(Get(Run("It said the Akira ransomware group had encrypted its systems."), "Akira",
            "organization"));
  CHECK(Get(Run("He said the Desert Falcons group broke into the servers."), "Desert Falcons",
            "organization"));
  CHECK(NodesOf(Run("He met the Maria group."), "organization").empty());
}

TEST_CASE("company cues: a company's post and \"of\" before the name") {
  auto fs = Run("Maria Lopez, chief executive officer of Zentrix, said so.");
  CHECK(Get(fs, "Zentrix", "organization"));
  CHECK(Get(Run("Maria Lopez, CEO of Voltaro, said so."), "Voltaro", "organization"));
  CHECK(Get(Run("He is the co-founder of Voltaro."), "Voltaro", "organization"));
  CHECK(Get(Run("He is chairman of the Voltaro conglomerate."), "Voltaro", "organization"));
  // a longer name, a noun the name modifies, a town: none
  CHECK(NodesOf(Run("He is the founder of Brothers to the Rescue."), "organization").empty());
  CHECK(NodesOf(Run("He is chairman of the Voltaro agriculture subcommittee."), "organization")
            .empty());
  CHECK(NodesOf(Run("She is chief executive of the Californian unit."), "organization").empty());
  CHECK(NodesOf(Run("Said the chairman of the Moonachie, N.J., maker of film."), "organization")
            .empty());
}

TEST_CASE("listed organizations: a plural company noun, a comma and \"including\"") {
  auto fs = Run(RealRecognizer(),
                "More than 40 organisations, including Voltaro, Dish Network and Norvik, were "
                "hit in 2023.");
  CHECK(Get(fs, "Voltaro", "organization"));
  CHECK(Get(fs, "Norvik", "organization"));
}
