// Constructions of news about pacts and blocs: a title-case headline's verb
// ends a treaty's name, a title used as a common noun before a name in
// apposition, and "the bloc" / "the alliance" referring back to a listed body.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {
// the project's own rules: the bodies, states and treaties are listed there
std::vector<Found> RunReal(const std::string& text) {
  static const auto r = Recognizer(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules");
  return Run(*r, text);
}
}  // namespace

TEST_CASE("pacts: a headline's capitalised verb ends the treaty name on its left") {
  auto fs =
      RunReal("Armenia Ratifies Rome Statute Despite Warnings\n\nThe vote was held on Tuesday.");
  CHECK(Get(fs, "Rome Statute", "treaty"));
  CHECK_FALSE(Get(fs, "Armenia Ratifies Rome Statute", "treaty"));
  CHECK(Get(fs, "Armenia", "state"));
  fs = RunReal("Kenya Signs Nairobi Security Pact\n\nOfficials met.");
  CHECK_FALSE(Get(fs, "Kenya Signs Nairobi Security Pact", "treaty"));
  // a name without a verb in it stays whole
  fs = RunReal("Russia China Cybersecurity Agreement\n\nThe two states met.");
  CHECK(Get(fs, "Russia China Cybersecurity Agreement", "treaty"));
}

TEST_CASE("pacts: a title as a common noun, the name in apposition after it") {
  auto fs = RunReal("Australia's foreign minister, Marise Payne, said Canberra was disappointed.");
  const Found* p = Get(fs, "Marise Payne", "person");
  REQUIRE(p);
  CHECK(p->role == "foreign minister");
  // a list of states after the comma is no name
  fs = RunReal("The foreign ministers, France and Germany among them, met in Rome.");
  CHECK(NodesOf(fs, "person").empty());
}

TEST_CASE("pacts: 'the bloc' and 'the alliance' are the listed body named before") {
  auto fs = RunReal("Leaders of BRICS met in Johannesburg. Indonesia joined the bloc in 2025.");
  const Found* b = Get(fs, "bloc", "organization");
  REQUIRE(b);
  CHECK(b->node == "organization:brics");
  fs = RunReal("NATO leaders met in Vilnius. Finland joined the alliance in April.");
  REQUIRE(Get(fs, "alliance", "organization"));
  CHECK(Get(fs, "alliance", "organization")->node ==
        "organization:north-atlantic-treaty-organization");
  // no listed body before: no mention
  fs = RunReal("The talks ended. Finland joined the alliance in April.");
  CHECK_FALSE(Get(fs, "alliance", "organization"));
  // only a body the noun may mean: the company named last is no alliance
  fs = RunReal("NATO met. Microsoft said so. Finland joined the alliance.");
  REQUIRE(Get(fs, "alliance", "organization"));
  CHECK(Get(fs, "alliance", "organization")->node ==
        "organization:north-atlantic-treaty-organization");
  // a modifier, not the head of its phrase
  fs = RunReal("NATO met in Vilnius. The alliance leaders agreed.");
  CHECK_FALSE(Get(fs, "alliance", "organization"));
  fs = RunReal("NATO met in Vilnius. The organisation of the bloc summit was poor.");
  CHECK_FALSE(Get(fs, "organisation", "organization"));
}

TEST_CASE("pacts: 'on behalf of' names the signer, not the treaty's topic") {
  auto fs = RunReal("Mauro Vieira signed a trade agreement on behalf of Brazil.");
  CHECK(Get(fs, "trade agreement", "treaty"));
  CHECK_FALSE(Get(fs, "trade agreement on behalf of Brazil", "treaty"));
  fs = RunReal("They signed a new agreement on cybercrime.");
  CHECK(Get(fs, "new agreement on cybercrime", "treaty"));
}

TEST_CASE("pacts: a description in apposition to a named treaty is that treaty") {
  auto fs = RunReal("Russia signed the Paris Agreement, a landmark climate accord, in 2016.");
  const Found* d = Get(fs, "landmark climate accord", "treaty");
  REQUIRE(d);
  CHECK(d->node == "treaty:paris-agreement");
  // a list names several
  fs = RunReal("Russia signed the Paris Agreement, a trade deal and a defence pact.");
  REQUIRE(Get(fs, "trade deal", "treaty"));
  CHECK(Get(fs, "trade deal", "treaty")->node != "treaty:paris-agreement");
}

TEST_CASE("pacts: a longer body's distinctive first word, written alone, is that body") {
  auto fs = RunReal(
      "Analysts at the Carnegie Endowment for International Peace agreed. Hannah Oyelaran, a "
      "senior fellow at Carnegie, said so.");
  const Found* c = Get(fs, "Carnegie", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:carnegie-endowment-for-international-peace");
  // a place's name starting a body's name stays the place
  fs = RunReal("The Texas Research League met in Austin. Farmers in Texas, he said, are angry.");
  CHECK_FALSE(Get(fs, "Texas", "organization"));
  // an adjective says what kind of body, not which
  fs = RunReal("The Islamic Jihad Union met. Islamic scholars, he said, disagreed.");
  CHECK_FALSE(Get(fs, "Islamic", "organization"));
}

TEST_CASE("pacts: a name coordinated with a body is no short name of both") {
  // "the Vorstbank and Finance Ministry" read as one name: later "Vorstbank" is not that pair
  auto fs = RunReal(
      "Talks between the Vorstbank and Finance Ministry officials ended on Friday. Since then, "
      "Baker has criticized the Vorstbank rate increases.");
  for (const Found& f : fs)
    if (f.text == "Vorstbank") CHECK(f.node != "organization:vorstbank-and-finance-ministry");
  // the Bundesbank is a listed body of its own
  fs = RunReal("The Bundesbank and Finance Ministry disagreed. Baker criticized the Bundesbank.");
  const Found* b = Get(fs, "Bundesbank", "organization");
  REQUIRE(b);
  CHECK(b->node == "organization:deutsche-bundesbank");
}

TEST_CASE("pacts: 'a three way deal' counts parties and names no document") {
  auto fs = RunReal("Russia and China signed a three way deal with Iran in May.");
  for (const Found& f : fs) CHECK(f.type != "treaty");
  fs = RunReal("Russia and China signed a bilateral deal in May.");
  CHECK(Get(fs, "bilateral deal", "treaty"));
}
