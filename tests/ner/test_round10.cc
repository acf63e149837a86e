// Round 10: precision of entities on news (a plural or a work's name in a
// list of persons, a ministry's fields, a capitalised embassy, a surname
// that only modifies the noun after it).
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("a plural noun glued to a listed name, or a work's name, is no person") {
  const EntityRecognizer& r = RealRecognizer();
  // a plural before a given name says what they are: the name is the rest
  auto fs = Run(r, "The ministers met Doctors Amal Reyes, Ana Soto and Mark Dunne on Friday.");
  CHECK_FALSE(Get(fs, "Doctors Amal Reyes", "person"));
  CHECK(Get(fs, "Amal Reyes", "person"));
  CHECK(Get(fs, "Ana Soto", "person"));
  fs = Run(r, "The leaders included PMs Ana Soto and Mark Dunne.");
  CHECK_FALSE(Get(fs, "PMs Ana Soto", "person"));
  CHECK(Get(fs, "Mark Dunne", "person"));
  fs = Run(r, "The award went to Senators Arda Kaya and Mark Dunne.");
  CHECK_FALSE(Get(fs, "Senators Arda Kaya", "person"));
  // a film company, a label, a band: a work's or a firm's name, no person's
  fs = Run(r, "The festival honoured Mark Dunne and Showtime Independent Films.");
  CHECK_FALSE(Get(fs, "Showtime Independent Films", "person"));
  fs = Run(r, "The deal tied Ana Soto, Velvet Harbor Records and Mark Dunne together.");
  CHECK_FALSE(Get(fs, "Velvet Harbor Records", "person"));
  fs = Run(r, "The lineup named Mark Dunne and Blue Lantern Band.");
  CHECK_FALSE(Get(fs, "Blue Lantern Band", "person"));
  // a given name before such a noun names a firm, not a person
  fs = Run(r, "The backers were Velvet Harbor Records and Samuel Dunne Films.");
  CHECK_FALSE(Get(fs, "Samuel Dunne Films", "person"));
  CHECK_FALSE(Get(fs, "Samuel Dunne", "person"));
  CHECK_FALSE(Get(fs, "Films", "person"));
  // a plural of a post as the last word: a body, no person
  fs = Run(r, "The report cited Ana Soto and Coastal District Judges.");
  CHECK_FALSE(Get(fs, "Coastal District Judges", "person"));
  // names that end in -s stay persons
  fs = Run(r, "Police questioned Ana Soto, Serkan Bulut and Arda Matthews.");
  CHECK(Get(fs, "Arda Matthews", "person"));
  fs = Run(r, "Police questioned Mark Dunne and Carlos Reyes.");
  CHECK(Get(fs, "Carlos Reyes", "person"));
}

TEST_CASE("a ministry named with its fields is one body, no fragment of it") {
  const EntityRecognizer& r = RealRecognizer();
  struct {
    const char* text;
    const char* body;
    const char* fragment;
  } cases[] = {
      {"Japan's Ministry of Economy, Trade and Industry said it would review the deal.",
       "Ministry of Economy, Trade and Industry", "Ministry of Economy"},
      {"Japan's Ministry of Agriculture, Forestry and Fisheries criticized the deal.",
       "Ministry of Agriculture, Forestry and Fisheries", "Ministry of Agriculture"},
      {"The Ministry of Agriculture, Forestry and Fisheries criticized the deal.",
       "Ministry of Agriculture, Forestry and Fisheries", "Ministry of Agriculture"},
      {"Britain's Department for Environment, Food and Rural Affairs fined the firm.",
       "Department for Environment, Food and Rural Affairs", "Department for Environment"},
      {"The Department for Business, Energy and Industrial Strategy said the plan was sound.",
       "Department for Business, Energy and Industrial Strategy", "Department for Business"},
  };
  for (const auto& k : cases) {
    auto fs = Run(r, k.text);
    CHECK_MESSAGE(Get(fs, k.body, "organization"), k.text);
    CHECK_MESSAGE(!Get(fs, k.fragment, "organization"), k.text);
  }
  // the body is the state's
  auto fs = Run(r, "Japan's Ministry of Agriculture, Forestry and Fisheries criticized the deal.");
  const Found* b = Get(fs, "Ministry of Agriculture, Forestry and Fisheries", "organization");
  REQUIRE(b);
  CHECK(b->node == "organization:japan-ministry-of-agriculture-forestry-and-fisheries");
  // a trade minister after the body is no field
  fs = Run(r, "The Ministry of Defence, Trade Minister Ana Soto and Airbus signed the contract.");
  CHECK(Get(fs, "Ministry of Defence", "organization"));
  CHECK(Get(fs, "Ana Soto", "person"));
}

TEST_CASE("'the DEMONYM Embassy' capitalised is the state's mission too") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "The Norwegian Embassy in Ankara dismissed the accusations as groundless.");
  const Found* e = Get(fs, "Embassy", "organization");
  REQUIRE(e);
  CHECK(e->node == "organization:norway-embassy");
  CHECK(e->label == "Norwegian Embassy");
  CHECK(Get(fs, "Norwegian", "state"));
  fs = Run(r, "The Norwegian Embassy said the claims were false.");
  CHECK(Get(fs, "Embassy", "organization"));
  fs = Run(r, "Protesters gathered outside the Kenyan Consulate in Dubai.");
  CHECK(Get(fs, "Consulate", "organization"));
  fs = Run(r, "Ukraine's Embassy in Oslo criticized the decision.");
  e = Get(fs, "Embassy", "organization");
  REQUIRE(e);
  CHECK(e->node == "organization:ukraine-embassy");
  // the lower-case form and the capitalised one are one body
  fs = Run(r,
           "The Norwegian Embassy in Ankara protested. The Norwegian embassy in Ankara "
           "dismissed the accusations.");
  const auto nodes = NodesOf(fs, "organization");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] == nodes[1]);
  // no state before it: nothing new
  fs = Run(r, "Guests at the Embassy Suites hotel left early.");
  CHECK_FALSE(Get(fs, "Embassy", "organization"));
}

TEST_CASE("a bare surname that modifies a plural of people is no mention of the person") {
  const EntityRecognizer& r = RealRecognizer();
  for (const char* text : {"Ana Vidal won the vote. Vidal aides said Peru had lied.",
                           "Ana Vidal won the vote. Vidal allies criticized Peru.",
                           "Ana Vidal won the vote. Vidal officials accused Peru of lying.",
                           "Ana Vidal won the vote. Vidal supporters rallied in Lima."}) {
    auto fs = Run(r, text);
    CHECK_MESSAGE(Get(fs, "Ana Vidal", "person"), text);
    CHECK_MESSAGE(!Get(fs, "Vidal", "person"), text);
  }
  // the surname acting, or before a verb ending in -s, is the person
  auto fs = Run(r, "Ana Vidal won the vote. Vidal said Peru had lied.");
  CHECK(Get(fs, "Vidal", "person"));
  fs = Run(r, "Ana Vidal won the vote. Vidal criticizes Peru often.");
  CHECK(Get(fs, "Vidal", "person"));
  fs = Run(r, "Ana Vidal won the vote. Peru criticized Vidal and her aides.");
  CHECK(Get(fs, "Vidal", "person"));
  // a plural that is also a verb: the surname acts
  fs = Run(r, "Ana Vidal won the vote. Vidal heads the party's list in Lima.");
  CHECK(Get(fs, "Vidal", "person"));
  fs = Run(r, "Ana Vidal won the vote. Vidal partners with Peru on trade.");
  CHECK(Get(fs, "Vidal", "person"));
}

TEST_CASE("a state's body named 'HEAD of (the) STATE' keeps the state inside its name") {
  const EntityRecognizer& r = RealRecognizer();
  struct {
    const char* text;
    const char* body;
    const char* state;
  } cases[] = {
      {"The Ministry of Defence of Ukraine accused Russia of shelling the port.",
       "Ministry of Defence of Ukraine", "Ukraine"},
      {"The Foreign Ministry of Italy criticized the plan.", "Foreign Ministry of Italy", "Italy"},
      {"The Ministry of Foreign Affairs of the Philippines criticized the plan.",
       "Ministry of Foreign Affairs of the Philippines", "Philippines"},
      // a state's name ending in a head word of bodies is still the state
      {"The Ministry of Defense of the Russian Federation accused Ukraine of lying.",
       "Ministry of Defense of the Russian Federation", "Russian Federation"},
      {"The Embassy of Mexico in Madrid criticized the plan.", "Embassy of Mexico", "Mexico"},
  };
  for (const auto& k : cases) {
    auto fs = Run(r, k.text);
    CHECK_MESSAGE(Get(fs, k.body, "organization"), k.text);
    CHECK_MESSAGE(Get(fs, k.state, "state"), k.text);
  }
  // no state's body: the state stays no mention of its own inside the name
  auto fs = Run(r, "The University of Malta hosted the talks.");
  CHECK_FALSE(Get(fs, "Malta", "state"));
  fs = Run(r, "The Muslim Council of Britain criticized the plan.");
  CHECK_FALSE(Get(fs, "Britain", "state"));
  // a town's or a province's body is not the state's
  fs = Run(r, "The plant is co-owned by the Municipal Power Authority of Chile.");
  CHECK_FALSE(Get(fs, "Chile", "state"));
}

TEST_CASE("a family name written alone keeps its capitalised particle") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Filip De Wilde saved twice. The shot was tipped over by De Wilde late on.");
  const Found* p = Get(fs, "De Wilde", "person");
  REQUIRE(p);
  CHECK(p->node == "person:filip-de-wilde");
  CHECK_FALSE(Get(fs, "Wilde", "person"));
  // without the particle the family name is still the person
  fs = Run(r, "Filip De Wilde saved twice. Wilde was praised.");
  CHECK(Get(fs, "Wilde", "person"));
}
