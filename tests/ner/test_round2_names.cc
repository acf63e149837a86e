#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE(
    "persons: a name in brackets after a title, or between commas after 'a spokesman for X'") {
  auto fs = Run("The pact was signed by Peru's defence minister (Tomas Valdero) and two others.");
  CHECK(Get(fs, "Tomas Valdero", "person"));
  fs = Run("A spokesman for the Northern Regional Council, Darel Ostrovan, denied the reports.");
  CHECK(Get(fs, "Darel Ostrovan", "person"));
  // a list of places after the body is no name
  fs = Run("He is the executive for Trade Europe, Middle East, Africa and Asia.");
  CHECK_FALSE(Get(fs, "Middle East", "person"));
}

TEST_CASE("persons: San Marino's title, and 'Said' inside an Arabic name") {
  auto fs = Run("Captain Regent Paolo Verdani signed the convention.");
  CHECK(Get(fs, "Paolo Verdani", "person"));
  CHECK_FALSE(Get(fs, "Regent Paolo Verdani", "person"));
  fs = Run("The commission accused former minister Valentin Said Tourabi of fraud.");
  CHECK(Get(fs, "Valentin Said Tourabi", "person"));
}

TEST_CASE("organizations: a group noun after a name, a possessive inside a name, an acronym") {
  auto fs = Run("The Mai-Mai Korvalo militia denied the attack.");
  CHECK(Get(fs, "Mai-Mai Korvalo", "organization"));
  CHECK_FALSE(Get(fs, "Mai-Mai Korvalo", "person"));
  fs = Run("The Lord's Liberation Army attacked a village.");
  CHECK(Get(fs, "Lord's Liberation Army", "organization"));
  fs = Run("The Labour Party and the People's Democratic Movement traded insults.");
  CHECK(Get(fs, "People's Democratic Movement", "organization"));
  fs = Run("Quito left the Andean Alliance for the Peoples of Our Region (AAPR) in 2024.");
  CHECK(Get(fs, "Andean Alliance for the Peoples of Our Region", "organization"));
  // a head word after "of" starts a body of its own
  fs = Run("The Ministry of Labour and the United Nations Development Programme (UNDP) met.");
  CHECK_FALSE(
      Get(fs, "Ministry of Labour and the United Nations Development Programme", "organization"));
}

TEST_CASE("organizations: unknown names listed with a known organization") {
  auto fs = Run("Brightmoor Trust, NATO and Verity Watch accused the firm of fraud.");
  CHECK(Get(fs, "Brightmoor Trust", "organization"));
  CHECK(Get(fs, "Verity Watch", "organization"));
  fs = Run("The gang hit Calder-Voss and NATO last year.");
  CHECK(Get(fs, "Calder-Voss", "organization"));
  // a state in the list proves nothing; nor a name after "of"; nor a possessive
  fs = Run("NATO, Russia and Kervania held talks.");
  CHECK_FALSE(Get(fs, "Kervania", "organization"));
  fs = Run("He heads the Centre for Vision, NATO and Signal Processing.");
  CHECK_FALSE(Get(fs, "Vision", "organization"));
  fs = Run("Buyers want both the Zeltron DS and NATO's new console.");
  CHECK_FALSE(Get(fs, "Zeltron DS", "organization"));
}

TEST_CASE("groups: the gendarmerie after 'the' and a demonym, acting") {
  auto fs = Run("Officers of the French gendarmerie arrested 12 smugglers.");
  CHECK(Get(fs, "gendarmerie", "organization"));
  CHECK(NodesOf(Run("The Dutch air force jets landed."), "organization").empty());
}

TEST_CASE("persons and organizations: lists of 'name of body' pairs") {
  auto fs =
      Run("The board comprises Valentin Orlov of NATO, Halvard Ostby of Brennvik and "
          "Ingrid Saelen of Tornqvist.");
  CHECK(Get(fs, "Brennvik", "organization"));
  CHECK(Get(fs, "Tornqvist", "organization"));
  fs =
      Run("Foreign ministers Valentin Orlov of France and Halvard Ostby of Germany signed the "
          "protocol.");
  CHECK(Get(fs, "Halvard Ostby", "person"));
  // a place names no organization
  fs = Run("He met Valentin Orlov of NATO and Halvard Ostby of Texas.");
  CHECK_FALSE(Get(fs, "Texas", "organization"));
}

TEST_CASE("organizations: names a plural company noun introduces") {
  // (one name in the list is known already, here as a person's)
  auto fs = Run("Two shipping firms (Brennvik and Wang Lun) lobbied against the tax.");
  CHECK(Get(fs, "Brennvik", "organization"));
  CHECK(Get(fs, "Wang Lun", "organization"));
  fs = Run("Players come from companies such as Zeltron, NATO and Tornqvist as well.");
  CHECK(Get(fs, "Zeltron", "organization"));
  // actors are people; a state in the list stops it
  fs = Run("The cast has actors including Valentin Orlov and Halvard Ostby.");
  CHECK_FALSE(Get(fs, "Halvard Ostby", "organization"));
  fs = Run("Two firms (Brennvik and France) were named.");
  CHECK_FALSE(Get(fs, "Brennvik", "organization"));
}

TEST_CASE("groups: a hyphenated name after a group noun") {
  auto fs = Run("Charges were levelled by the monitoring group Vendo-LEX in October.");
  CHECK(Get(fs, "Vendo-LEX", "organization"));
}
