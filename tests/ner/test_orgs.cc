#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("organizations: keyword patterns") {
  auto fs =
      Run("She is a partner at the Centre for Technology and Global Affairs at the "
          "University of Oxford and lectured at Stanford University.");
  const Found* c = Get(fs, "Centre for Technology and Global Affairs", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:centre-for-technology-and-global-affairs");
  CHECK(Get(fs, "University of Oxford", "organization"));
  CHECK(Get(fs, "Stanford University", "organization"));
  fs = Run("The Ministry of Defence and the Commerce Department disagreed.");
  CHECK(Get(fs, "Ministry of Defence", "organization"));
  CHECK(Get(fs, "Commerce Department", "organization"));
  // A compass word makes a place: not a bank.
  CHECK_FALSE(Get(Run("Settlers in the West Bank protested."), "West Bank", "organization"));
}

TEST_CASE("organizations: company suffixes, also glued") {
  auto fs = Run("Shares of Acme Widgets Inc. rose.");
  const Found* a = Get(fs, "Acme Widgets Inc.", "organization");
  REQUIRE(a);
  CHECK(a->label == "Acme Widgets");
  fs = Run("A report by Cyberguard.Inc, a security company, said so.");
  const Found* g = Get(fs, "Cyberguard.Inc", "organization");
  REQUIRE(g);
  CHECK(g->label == "Cyberguard");
  CHECK(g->node == "organization:cyberguard");
}

TEST_CASE("organizations: acronyms defined in the text") {
  auto fs = Run("The Eurasian Economic Organization (EEO) met. Later the EEO agreed.");
  const Found* full = Get(fs, "Eurasian Economic Organization", "organization");
  REQUIRE(full);
  int acronyms = 0;
  for (const Found& f : fs)
    if (f.text == "EEO") {
      ++acronyms;
      CHECK(f.node == full->node);
      CHECK((f.flags & kAcronym) != 0);
    }
  CHECK(acronyms == 2);
}

TEST_CASE("organizations: a known acronym stands for another name spelled out before it") {
  auto r = FixtureWith("acronyms",
                       "organization:international-criminal-court\torganization\t"
                       "International Criminal Court\tInternational Criminal Court|ICC\n"
                       "organization:opec\torganization\tOrganization of the Petroleum Exporting "
                       "Countries\tOrganization of the Petroleum Exporting Countries|OPEC\n");
  auto fs = Run(*r, "The Interstate Commerce Commission met. The ICC approved the merger.");
  const Found* icc = Get(fs, "ICC", "organization");
  REQUIRE(icc);
  CHECK(icc->label == "Interstate Commerce Commission");
  // without a rival spelled out, the gazetteer's reading stands
  fs = Run(*r, "The ICC opened an inquiry.");
  REQUIRE(Get(fs, "ICC", "organization"));
  CHECK(Get(fs, "ICC", "organization")->node == "organization:international-criminal-court");
  // a variant spelling of the same name is no rival
  fs = Run(*r, "The Organization of Petroleum Exporting Countries met. OPEC cut output.");
  REQUIRE(Get(fs, "OPEC", "organization"));
  CHECK(Get(fs, "OPEC", "organization")->node == "organization:opec");
}

TEST_CASE("organizations: state-named government bodies nest the state") {
  auto fs = Run("The U.S. State Department is working on it. The State Department said no.");
  const Found* sd = Get(fs, "U.S. State Department", "organization");
  REQUIRE(sd);
  CHECK(sd->label == "State Department");
  CHECK(sd->node == "organization:state-department");
  const Found* us = Get(fs, "U.S.", "state");
  REQUIRE(us);
  CHECK(us->node == "state:USA");
  fs =
      Run("The U.S. Agriculture Department said prices rose. The Agriculture Department "
          "expects more.");
  const Found* full = Get(fs, "U.S. Agriculture Department", "organization");
  const Found* part = Get(fs, "Agriculture Department", "organization");
  REQUIRE(full);
  REQUIRE(part);
  CHECK(part->node == full->node);
  // A demonym stays outside the organization.
  fs = Run("German Foreign Ministry spokesman Martin Erdmann said so.");
  CHECK(Get(fs, "Foreign Ministry", "organization"));
  CHECK(Get(fs, "German", "state"));
}

TEST_CASE("organizations: acronyms in running text, teams in results lines") {
  auto fs = Run("The FOMC kept rates unchanged, while GDP grew.");
  const Found* f = Get(fs, "FOMC", "organization");
  REQUIRE(f);
  CHECK((f->flags & kAcronym) != 0);
  CHECK_FALSE(HasText(fs, "GDP"));  // listed as no organization
  fs = Run("Scores on Friday:\nRedbridge 83 and 174 , Northfield 296 .\nRedbridge 22 points .");
  CHECK(Get(fs, "Redbridge", "organization"));
  CHECK(Get(fs, "Northfield", "organization"));
}

TEST_CASE("organizations: a coordinated organization of its own ends the name") {
  auto fs = Run("Scholars of the University of Oxford and Stanford University met.");
  CHECK(Get(fs, "University of Oxford", "organization"));
  CHECK(Get(fs, "Stanford University", "organization"));
}

TEST_CASE("organizations: a title and a name end an organization's name") {
  auto fs =
      Run("Bank of Japan Governor Satoshi Sumita said so. The Office of the Attorney General "
          "agreed.");
  CHECK(Get(fs, "Bank of Japan", "organization"));
  const Found* p = Get(fs, "Satoshi Sumita", "person");
  REQUIRE(p);
  CHECK(p->role == "Governor");
  CHECK(Get(fs, "Office of the Attorney General", "organization"));
}

TEST_CASE("organizations: unknown names the text says are one") {
  auto fs = Run("The attack on Telvora, the country's largest mobile operator, cut services.");
  const Found* t = Get(fs, "Telvora", "organization");
  REQUIRE(t);
  CHECK(t->label == "Telvora");
  CHECK(Get(Run("A hacktivist group called Vostrazhnik claimed the outage."), "Vostrazhnik",
            "organization"));
  // the end of a longer name, a person's apposition, a town: no organization
  CHECK_FALSE(Get(Run("He founded Friends of the Harbour, a local charity, in 1991."), "Harbour",
                  "organization"));
  CHECK_FALSE(Get(Run("She met Marek Dvorak, a bank executive, on Monday."), "Marek Dvorak",
                  "organization"));
  CHECK_FALSE(
      Get(Run("Shells fell on Sotkavan, a town near the border."), "Sotkavan", "organization"));
  // a state after its city, the end of a name joined by '&' or '-', a relative clause
  CHECK_FALSE(Get(Run("The mill is owned by Pacificorp, a Portland, Ore., holding company."),
                  "Ore.", "organization"));
  CHECK_FALSE(Get(Run("The data came from Dun & Marlowe, a business service firm."), "Marlowe",
                  "organization"));
  CHECK_FALSE(Get(Run("Divestitures followed at Kerr-Siegler, a diversified conglomerate."),
                  "Siegler", "organization"));
  CHECK_FALSE(Get(Run("He was named chief executive, replacing Morton Fry, who has left the "
                      "company."),
                  "Morton Fry", "organization"));
}

TEST_CASE("organizations: a party named between its standing and 'party'") {
  auto fs = Run("Voters rejected the ruling Georgian Dream party in October.");
  CHECK(Get(fs, "Georgian Dream", "organization"));
  fs = Run("The main opposition Civic Platform party won the vote.");
  CHECK(Get(fs, "Civic Platform", "organization"));
  // without a standing before it, a demonym and a word are no party
  fs = Run("The Georgian Dream party is a phrase.");
  CHECK_FALSE(Get(fs, "Georgian Dream", "organization"));
  fs = Run("The ruling party won the vote.");
  CHECK(NodesOf(fs, "organization").empty());
}

TEST_CASE("organizations: a name nothing knows before a company post's possessive") {
  auto fs = Run("The airline said Ryanair's chief executive, Michael O'Leary, was angry.");
  CHECK(Get(fs, "Ryanair", "organization"));
  fs = Run("The firm said Telvora's CEO Anna Berg resigned.");
  CHECK(Get(fs, "Telvora", "organization"));
  // the short form of a name found already is left to the other readings
  fs = Run("Avon Products Inc reported a loss. Analysts said Avon's chairman resigned.");
  const Found* avon = Get(fs, "Avon", "organization");
  CHECK((avon == nullptr || avon->rule != "org.post"));
}
