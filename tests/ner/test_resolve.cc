#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("resolve: anaphors refer to the last compatible treaty") {
  auto fs =
      Run("Russia wants to replace the Budapest Convention. The Convention is old. "
          "Many countries have signed the treaty. Member states adopted a resolution. "
          "Officials warned that the proposal was dangerous.");
  const Found* conv = Get(fs, "Convention", "treaty");
  const Found* treaty = Get(fs, "treaty", "treaty");
  const Found* proposal = Get(fs, "proposal", "treaty");
  REQUIRE(conv);
  REQUIRE(treaty);
  REQUIRE(proposal);
  CHECK(conv->node == "treaty:budapest-convention");
  CHECK((conv->flags & kAnaphor) != 0);
  CHECK(treaty->node == "treaty:budapest-convention");
  CHECK(proposal->node == "treaty:resolution");  // a proposal refers to a resolution
}

TEST_CASE("resolve: an anaphor skips a treaty inside an aside of its sentence") {
  auto fs =
      Run("Japan and the Philippines signed a reciprocal access agreement. The United States, "
          "which has a mutual defence treaty with Manila, welcomed the agreement.");
  std::vector<std::string> nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[2] == "treaty:reciprocal-access-agreement");
  // outside an aside the nearest treaty is the one, unless an earlier one is
  // written with the anaphor's own noun
  fs =
      Run("Japan signed a reciprocal access agreement. The United States has a mutual defence "
          "treaty with Manila and welcomed the treaty.");
  nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[2] == "treaty:mutual-defence-treaty");
  fs =
      Run("Japan signed a reciprocal access agreement. The United States has a mutual defence "
          "treaty with Manila and welcomed the agreement.");
  nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[2] == "treaty:reciprocal-access-agreement");
}

TEST_CASE("resolve: a bare anaphor looks back a few sentences, and 'agreement' is no charter") {
  std::string text = "Russia signed the Budapest Convention in 2001.";
  for (int i = 0; i < 9; ++i) text += " The weather was fine.";
  text += " Officials praised the treaty.";
  auto fs = Run(text);
  CHECK_FALSE(Get(fs, "treaty", "treaty"));  // nine sentences on, nothing is meant
  fs = Run("Members upheld the Charter of the United Nations. Later Russia signed the agreement.");
  CHECK_FALSE(Get(fs, "agreement", "treaty"));
}

TEST_CASE("resolve: descriptions join the treaty they describe") {
  auto fs =
      Run("Russia China Cybersecurity Agreement\n\n"
          "Two months after the signing of the cybersecurity pact, attacks began. "
          "Russia and China concluded a bilateral cybersecurity agreement in May 2015, "
          "described by some media as a \xE2\x80\x9Enon-aggression pact.\xE2\x80\x9C "
          "The framework of the pact was borrowed.");
  const std::string node = "treaty:russia-china-cybersecurity-agreement";
  for (const char* t :
       {"cybersecurity pact", "bilateral cybersecurity agreement", "non-aggression pact", "pact"}) {
    const Found* f = Get(fs, t, "treaty");
    REQUIRE_MESSAGE(f, t);
    CHECK_MESSAGE(f->node == node, t);
    CHECK(f->label == "Russia China Cybersecurity Agreement");
  }
}

TEST_CASE("resolve: unrelated descriptions stay apart") {
  auto fs =
      Run("They signed a bilateral trade agreement. Later they signed a nuclear arms "
          "treaty.");
  const Found* a = Get(fs, "bilateral trade agreement", "treaty");
  const Found* b = Get(fs, "nuclear arms treaty", "treaty");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->node != b->node);
}

TEST_CASE("resolve: ids and labels") {
  auto fs = Run("Barack Obama met Angela Merkel in Berlin. Obama said Merkel agreed.");
  const Found* o = Get(fs, "Obama", "person");
  REQUIRE(o);
  CHECK(o->node == "person:barack-obama");
  const Found* m = Get(fs, "Merkel", "person");
  REQUIRE(m);
  CHECK(m->node == "person:angela-merkel");
  for (const Found& f : fs) CHECK_FALSE(f.node.empty());
}

TEST_CASE("resolve: a described proposal never joins an agreement sharing its words") {
  auto fs =
      Run("The Soviet-American Agreement on Trade was signed in 1972. Later the Soviet proposal on "
          "trade was rejected.");
  const Found* agreement = Get(fs, "Soviet-American Agreement on Trade", "treaty");
  const Found* proposal = Get(fs, "Soviet proposal on trade", "treaty");
  REQUIRE(agreement);
  REQUIRE(proposal);
  CHECK(proposal->node != agreement->node);
}

TEST_CASE("resolve: 'the alliance' is the organization it may mean, named last") {
  auto fs =
      Run("NATO leaders met in Vilnius on Tuesday. Finland joined the alliance in 2023, and "
          "the 32-member alliance has grown since. The Council of Europe met. The bloc agreed.");
  std::vector<std::string> nodes = NodesOf(fs, "organization");
  REQUIRE(nodes.size() == 5);
  CHECK(nodes[1] == "organization:nato");
  CHECK(nodes[2] == "organization:nato");
  CHECK(nodes[4] == "organization:council-of-europe");  // the later of the two
  const Found* a = Get(fs, "alliance", "organization");
  REQUIRE(a);
  CHECK(a->label == "North Atlantic Treaty Organization");
  CHECK(a->rule == "org.anaphor");
}

TEST_CASE("resolve: 'the agency' is the body named before whose name holds the word") {
  auto fs = Run("The National Water Agency met on Monday. Peru accused the agency of hiding data.");
  const Found* a = Get(fs, "agency", "organization");
  REQUIRE(a);
  CHECK(a->label == "National Water Agency");
  CHECK(a->rule == "org.anaphor");
  // no body so named before; "of" after no verb of accusing describes another
  CHECK(Get(Run("NATO met. Peru accused the agency of hiding data."), "agency", "organization") ==
        nullptr);
  CHECK(Get(Run("The National Water Agency met. Peru praised the agency of Chile."), "agency",
            "organization") == nullptr);
}

TEST_CASE("resolve: 'the alliance' with none of its organizations before names nothing") {
  CHECK(Get(Run("Finland joined the alliance in 2023."), "alliance", "organization") == nullptr);
  // too far back
  std::string text = "NATO met.";
  for (int i = 0; i < 9; ++i) text += " It rained.";
  CHECK(Get(Run(text + " Finland joined the alliance."), "alliance", "organization") == nullptr);
  // a new alliance described, not the one named
  auto fs = Run("NATO met. Russia praised the alliance of Russia and Belarus.");
  CHECK(Get(fs, "alliance", "organization") == nullptr);
}

TEST_CASE("resolve: org_anaphors.txt may name only organizations of the gazetteers") {
  namespace fs = std::filesystem;
  fs::path root = ScratchDir("anaphors");
  fs::copy(FixtureRules(), root,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::ofstream(root / "entities/org_anaphors.txt") << "# heads\nalliance\torganization:nato\n"
                                                    << "bloc\torganization:no-such-bloc\n";
  std::vector<Diagnostic> diags;
  auto r = EntityRecognizer::Load(root.string(), &diags);
  CHECK_FALSE(r.ok());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].line == 3);
  CHECK(diags[0].message.find("organization:no-such-bloc") != std::string::npos);
  fs::remove_all(root);
}

TEST_CASE("resolve: a bare anaphor signed at a place is a document of that place") {
  auto fs =
      Run("Both states recalled the Budapest Convention. They cited the treaty signed at Lisbon "
          "in 1992 by three presidents.");
  for (const Found& f : fs)
    if (f.type == "treaty" && f.text == "treaty") CHECK(f.node != "treaty:budapest-convention");
  // without a place the treaty is still the one named before
  fs = Run("Both states recalled the Budapest Convention. They cited the treaty signed in 1992.");
  const Found* t = Get(fs, "treaty", "treaty");
  REQUIRE(t);
  CHECK(t->node == "treaty:budapest-convention");
}
