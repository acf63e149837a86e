// Round 9: kinds of entities unseen articles missed (a state's body named in
// lower case after the state's own name in the possessive).
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("a state's body in lower case after the state's possessive is that state's body") {
  const EntityRecognizer& r = RealRecognizer();
  struct {
    const char* text;
    const char* body;
    const char* label;
  } cases[] = {
      {"Chile's foreign ministry accused Peru of stalling the talks.", "foreign ministry",
       "Chile's foreign ministry"},
      {"Gabon's finance ministry also rejected the loan.", "finance ministry",
       "Gabon's finance ministry"},
      // the body that speaks is named too, as its capitalised form is
      {"Peru's foreign ministry said the envoy had left.", "foreign ministry",
       "Peru's foreign ministry"},
  };
  for (const auto& k : cases) {
    auto fs = Run(r, k.text);
    const Found* b = Get(fs, k.body, "organization");
    REQUIRE_MESSAGE(b, k.text);
    CHECK(b->label == k.label);
    CHECK(NodesOf(fs, "state").size() >= 1);
  }
  // the body only modifies the noun after it, or holds a post, or is listed:
  // the state is the one named
  for (const char* text : {"Peru's foreign ministry spokesman, Ana Vidal, rejected the claim.",
                           "Ana Vidal has run Gabon's finance ministry since March.",
                           "Ana Vidal, chief of staff at Norway's defence ministry, resigned.",
                           "Peru's foreign ministry, the OAS and NATO met."}) {
    auto fs = Run(r, text);
    CHECK_MESSAGE(!HasText(fs, "foreign ministry"), text);
    CHECK_MESSAGE(!HasText(fs, "finance ministry"), text);
    CHECK_MESSAGE(!HasText(fs, "defence ministry"), text);
  }
  // no body phrase after the possessive: nothing new
  auto fs = Run(r, "Peru's foreign policy has changed.");
  CHECK(NodesOf(fs, "organization").empty());
  // two states' ministries stay two nodes
  fs = Run(r, "Chile's foreign ministry accused Peru, and Peru's foreign ministry denied it.");
  const auto nodes = NodesOf(fs, "organization");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] != nodes[1]);
}

TEST_CASE("a state body's name runs on over a list of its fields") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, "The Ministry of Housing, Communities and Local Government said the plan was sound.");
  CHECK(Get(fs, "Ministry of Housing, Communities and Local Government", "organization"));
  fs = Run(r, "Officials at the Department of Culture, Media and Sport agreed.");
  CHECK(Get(fs, "Department of Culture, Media and Sport", "organization"));
  // a list of known organizations after the body is no field list
  fs = Run(r, "The Ministry of Defence, Airbus and Boeing signed the contract.");
  CHECK(Get(fs, "Ministry of Defence", "organization"));
  CHECK(Get(fs, "Airbus", "organization"));
  // no state body: "the Bank of Portugal, Lisbon and Porto" stays the bank
  fs = Run(r, "The Bank of Portugal, Lisbon and Porto were closed.");
  CHECK(!HasText(fs, "Bank of Portugal, Lisbon and Porto"));
}

TEST_CASE("a CamelCase word where a person's post is held is an organization") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Environmental lawyers at ClientEarth had opposed it for years.");
  CHECK(Get(fs, "ClientEarth", "organization"));
  fs = Run(r, "Ana Vidal, an analyst at GlobalData, said the deal was weak.");
  CHECK(Get(fs, "GlobalData", "organization"));
  // a family name's prefix is no CamelCase; no post before "at": nothing
  fs = Run(r, "He met lawyers at McDonald on Friday.");
  CHECK(!Get(fs, "McDonald", "organization"));
  fs = Run(r, "The ship docked at PortLouis on Friday.");
  CHECK(!Get(fs, "PortLouis", "organization"));
}

TEST_CASE("unknown two- and three-word names listed with a person's full name are persons") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The sanctions also target three officials: Arda Kaya, Serkan Bulut and "
                "Mustafa Alper Deniz.");
  CHECK(Get(fs, "Arda Kaya", "person"));
  CHECK(Get(fs, "Serkan Bulut", "person"));
  CHECK(Get(fs, "Mustafa Alper Deniz", "person"));
  fs = Run(r, "Talks between Mustafa Alper Deniz and Serkan Bulut failed.");
  CHECK(Get(fs, "Serkan Bulut", "person"));
  // an apposition that says what they are: firms, not persons
  fs = Run(r, "Cheung Lok and Varrow Holt, two firms owned by tycoon Li Wen, rose.");
  CHECK_FALSE(Get(fs, "Varrow Holt", "person"));
  // a list with an organization in it proves nothing; nor does a sentence's first word
  fs = Run(r, "Police questioned Mustafa Alper Deniz, Varrow Holt and Boeing.");
  CHECK_FALSE(Get(fs, "Varrow Holt", "person"));
  fs = Run(r, "Sprinters Arda Kaya and Mustafa Alper Deniz were cleared.");
  CHECK_FALSE(Get(fs, "Sprinters Arda Kaya", "person"));
}
