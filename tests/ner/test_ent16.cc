// Round 16 (entities): a state's body in lower case that holds a named post,
// that opens its sentence after the possessive, or that is a mission abroad
// with a spokesman.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("ent16: a lower-case state body before a post held by a named person is a body") {
  const EntityRecognizer& r = RealRecognizer();
  struct {
    const char* text;
    const char* body;
    const char* node;
  } cases[] = {
      {"Estonian foreign ministry spokesman Ana Vidal rejected the claim.", "foreign ministry",
       "organization:estonia-foreign-ministry"},
      {"Estonian oil ministry spokesman Ana Vidal denied it.", "oil ministry",
       "organization:estonia-oil-ministry"},
      {"Talks began. Estonian central bank head Ana Vidal held talks.", "central bank",
       "organization:estonia-central-bank"},
      {"Chile's foreign ministry spokeswoman Ana Vidal said Peru lied.", "foreign ministry",
       "organization:chile-foreign-ministry"},
  };
  for (const auto& k : cases) {
    auto fs = Run(r, k.text);
    const Found* b = Get(fs, k.body, "organization");
    REQUIRE_MESSAGE(b, k.text);
    CHECK(b->node == k.node);
  }
  // counter-examples: the body only modifies a plural or a thing; no name
  // after the post; a comma before the name (the state holds the post)
  for (const char* text : {"Estonian coast guard vessels fired on the boat.",
                           "An Estonian foreign ministry official said the talks had failed.",
                           "Peru's foreign ministry spokesman, Ana Vidal, rejected the claim."}) {
    auto fs = Run(r, text);
    CHECK_MESSAGE(NodesOf(fs, "organization").empty(), text);
  }
}

TEST_CASE("ent16: the possessive's body opening its sentence before a verb acts") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Estonia's foreign ministry went further on Thursday.");
  const Found* b = Get(fs, "foreign ministry", "organization");
  REQUIRE(b);
  CHECK(b->node == "organization:estonia-foreign-ministry");
  // counter-examples: a list, a post with a comma, no body phrase, not the opening
  for (const char* text : {"Estonia's foreign ministry, the OAS and NATO met.",
                           "Estonia's foreign ministry spokesman, Ana Vidal, spoke.",
                           "Estonia's foreign policy has changed.",
                           "Ana Vidal has run Estonia's finance ministry since March."}) {
    fs = Run(r, text);
    CHECK_MESSAGE(!HasText(fs, "foreign ministry"), text);
    CHECK_MESSAGE(!HasText(fs, "finance ministry"), text);
  }
}

TEST_CASE("ent16: a spokesman for a state's embassy holds a post in the mission") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Ana Vidal, a spokesman for the Estonian embassy in Oslo, said it was false.");
  const Found* b = Get(fs, "embassy", "organization");
  REQUIRE(b);
  CHECK(b->node == "organization:estonia-embassy");
  // counter-example: a spokesman for a ministry at home speaks for the state
  fs = Run(r, "A spokesman for the Estonian foreign ministry, Ana Vidal, said it was false.");
  CHECK_FALSE(HasText(fs, "foreign ministry"));
}

TEST_CASE("ent16: an apposition naming the kind of body: compounds, glued codes, places after") {
  const EntityRecognizer& r = RealRecognizer();
  for (const char* text :
       {"The attack was carried out by Orvexlane, a pro-Estonian hacker group, which denied it.",
        "The attack was carried out by Orvex057(16), a hacker group, last year.",
        "Officials named Kestrel Trading, a freight forwarder registered in Halden.",
        "Rebels hit Kestrel Power, a utility serving Halden, last week.",
        "The attack on the Halden Klinikum, a public hospital network based in Ostby, began."}) {
    auto fs = Run(r, text);
    CHECK_MESSAGE(NodesOf(fs, "organization").size() == 1, text);
  }
  auto fs = Run(r, "Officials blamed a hacker group known as Orvex057(16). The group denied it.");
  CHECK(Get(fs, "Orvex057(16)", "organization"));
  fs = Run(r, "The attack was carried out by Orvex057(16), a hacker group, last year.");
  CHECK(Get(fs, "Orvex057(16)", "organization"));
  // counter-examples: a post, a person said to be something, a bracket with a space
  for (const char* text : {"Officials named Orvexlane, a group leader in Halden.",
                           "Ana Vidal, a hospital nurse in Halden, said it was false.",
                           "Officials named Orvexlane, a bank robber serving time."}) {
    fs = Run(r, text);
    CHECK_MESSAGE(NodesOf(fs, "organization").empty(), text);
  }
}

TEST_CASE("ent16: a capitalised 'All' inside a sentence opens a body's name") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "In Ostland, the All Ostland Farmers Federation accused the government.");
  CHECK(Get(fs, "All Ostland Farmers Federation", "organization"));
  fs = Run(r, "The ruling All Progressives Congress won the vote.");
  CHECK(Get(fs, "All Progressives Congress", "organization"));
  // counter-examples: a sentence's first word is a quantifier; a name known by itself
  fs = Run(r, "All Halden Farmers Federation members marched.");
  CHECK(Get(fs, "Halden Farmers Federation", "organization"));
  CHECK_FALSE(Get(fs, "All Halden Farmers Federation", "organization"));
  fs = Run(r, "He said All European Union members agreed.");
  CHECK(Get(fs, "European Union", "organization"));
  CHECK_FALSE(Get(fs, "All European Union", "organization"));
}

TEST_CASE("ent16: an acronym spelled out in brackets here beats the gazetteer's body") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The Security and Intelligence Service (SIS) of Ostland blamed Norland. "
                "The SIS said the network was run from abroad.");
  const auto nodes = NodesOf(fs, "organization");
  REQUIRE(nodes.size() == 3);  // name, bracket, later acronym
  CHECK(nodes[0] == nodes[1]);
  CHECK(nodes[1] == nodes[2]);
  CHECK(nodes[2] != "organization:mi6");
  // counter-examples: not spelled out here; spelled out as the gazetteer's own name
  fs = Run(r, "The SIS said the network was run from abroad.");
  CHECK(NodesOf(fs, "organization") == std::vector<std::string>{"organization:mi6"});
  // the gazetteer's longer name opening with the words spelled out is the same body
  fs = Run(r, "The Liberal Democratic Party (LDP) met. The LDP chose a leader.");
  CHECK(Get(fs, "LDP", "organization"));
  CHECK(NodesOf(fs, "organization").back() == "organization:liberal-democratic-party-of-japan");
  fs = Run(r, "The European Central Bank (ECB) met. The ECB cut rates.");
  for (const std::string& n : NodesOf(fs, "organization"))
    CHECK(n == "organization:european-central-bank");
}

TEST_CASE("ent16: a family name before a hyphenated Korean given name is a person") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "The pact was signed by the minister, Park Min-seo. Park said it was good.");
  CHECK(Get(fs, "Park Min-seo", "person"));
  for (const std::string& id : NodesOf(fs, "person")) CHECK(id == "person:park-min-seo");
  fs = Run(r, "The deal was signed by Moon Jae-in on Monday.");
  CHECK(Get(fs, "Moon Jae-in", "person"));
  // counter-examples: an English word after the hyphen, a longer place name
  for (const char* text : {"The Park Hyatt-style hotel opened.", "Central Park Ex-im deals.",
                           "Park Hyatt-run hotels and the Moon Bay-area shops."}) {
    fs = Run(r, text);
    CHECK_MESSAGE(NodesOf(fs, "person").empty(), text);
  }
}
