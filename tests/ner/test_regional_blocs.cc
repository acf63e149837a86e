// Names of regional-diplomacy news: Gulf and Horn of Africa names with a title-like
// particle, capitals that are given names, and declarations.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("persons: a title-like particle inside a name stays in it") {
  auto fs = Run("Somali President Hassan Sheikh Mohamud met Kuwait's foreign minister.");
  const Found* p = Get(fs, "Hassan Sheikh Mohamud", "person");
  REQUIRE(p);
  CHECK(p->role == "President");
  CHECK_FALSE(Get(fs, "Hassan", "person"));
  // At the start of a name it is still a title.
  fs = Run("Sheikh Tamim bin Hamad Al Thani arrived.");
  CHECK(Get(fs, "Tamim bin Hamad Al Thani", "person"));
}

TEST_CASE("treaties: a declaration signed, and 'the declaration' referring back") {
  auto fs = Run("Bahrain and Egypt signed a declaration with Qatar.");
  const Found* d = Get(fs, "declaration", "treaty");
  REQUIRE(d);
  CHECK_FALSE(Get(Run("He made a false declaration to the court."), "declaration", "treaty"));
  CHECK_FALSE(Get(Run("He made a declaration to the court."), "declaration", "treaty"));
  // The named declaration is meant, not the pact named since.
  fs =
      Run("Kenya and Uganda agreed the Nairobi Declaration in May. Egypt signed a defence pact "
          "with Somalia. The United States welcomed the declaration.");
  const Found* a = Get(fs, "declaration", "treaty");
  REQUIRE(a);
  CHECK(a->node == "treaty:nairobi-declaration");
  // "the agreement" still refers to the treaty named last.
  fs =
      Run("Kenya and Uganda agreed the Nairobi Declaration in May. Egypt signed a defence pact "
          "with Somalia. The United States welcomed the pact.");
  const Found* b = Get(fs, "pact", "treaty");
  REQUIRE(b);
  CHECK(b->node == "treaty:defence-pact");
}

TEST_CASE("persons: a given name that is also a capital heads a title's apposition") {
  // (the fixture's given names; a made-up state whose capital is one: "Santiago Cafiero")
  auto r = FixtureWith("capital-given",
                       "state:XVA\tstate\tValentinia\tValentinia|Valentin*\n"
                       "state:ARG\tstate\tArgentina\tArgentina|Argentine^\n");
  auto fs = Run(*r, "Argentina's foreign minister, Valentin Cafiero, told reporters.");
  const Found* p = Get(fs, "Valentin Cafiero", "person");
  REQUIRE(p);
  CHECK(p->role == "foreign minister");
  // without the title's apposition the capital stays no person's name
  fs = Run(*r, "Talks in Valentin Cafiero hosted failed.");
  CHECK_FALSE(Get(fs, "Valentin Cafiero", "person"));
}

TEST_CASE("treaties: an of-phrase describes an agreement; 'the deal' may be a declaration") {
  auto fs = Run("Bolivia signed a protocol of accession in July 2015.");
  CHECK(Get(fs, "protocol of accession", "treaty"));
  fs = Run("India and Russia signed a treaty of friendship and cooperation.");
  CHECK(Get(fs, "treaty of friendship and cooperation", "treaty"));
  // an of-phrase with an article names no document of its own
  CHECK_FALSE(Get(Run("It was the deal of the century."), "deal of the century", "treaty"));
  fs = Run("Six states signed the Nairobi Declaration on Tuesday. Kenya welcomed the deal.");
  const Found* d = Get(fs, "deal", "treaty");
  REQUIRE(d);
  CHECK(d->node == "treaty:nairobi-declaration");
}

TEST_CASE("headlines: a verb of signing and hyphenated capitals end no names") {
  auto fs = Run("Gulf Rift Ends as Russia and Jordan Sign Amman Declaration\n\nThe talks ended.");
  CHECK(Get(fs, "Amman Declaration", "treaty"));
  CHECK_FALSE(Get(fs, "Jordan Sign Amman Declaration", "treaty"));
  // the parts of a dateline's hyphenated city are no acronyms
  fs = Run("AL-ULA, Saudi Arabia (Reuters) - The FOMC met on Tuesday.");
  CHECK_FALSE(Get(fs, "AL", "organization"));
  CHECK_FALSE(Get(fs, "ULA", "organization"));
  CHECK(Get(fs, "FOMC", "organization"));
  // nor is a dateline's city in capitals before its date
  fs = Run("ALMATY, Jan. 8, 2022 (AP) - The FOMC met on Tuesday.");
  CHECK_FALSE(Get(fs, "ALMATY", "organization"));
  CHECK(Get(fs, "FOMC", "organization"));
  fs = Run("OHRID, North Macedonia, March 19, 2023 - The FOMC met on Tuesday.");
  CHECK_FALSE(Get(fs, "OHRID", "organization"));
  // an acronym opening a line without a date after its comma still is one
  fs = Run("OPCW, the watchdog, met on Tuesday.");
  CHECK(Get(fs, "OPCW", "organization"));
  // elsewhere a station's call sign before "-TV" is still one
  fs = Run("\"No,\" said Tommy Schenck, WRAZ-TV's general manager.");
  CHECK(Get(fs, "WRAZ", "organization"));
}

TEST_CASE("persons: an Arabic 'Al-' surname counts as one word of the name") {
  auto fs = Run("Kuwait's foreign minister, Sheikh Ahmad Nasser Al-Mohammad Al-Sabah, spoke.");
  CHECK(Get(fs, "Ahmad Nasser Al-Mohammad Al-Sabah", "person"));
  CHECK_FALSE(Get(fs, "Ahmad Nasser Al-Mohammad", "person"));
}

TEST_CASE("treaties: an agreement named by its parties is not an earlier one") {
  auto fs =
      Run("Jordan studied a free trade agreement with China. France backs the trade "
          "agreement between Germany and Jordan.");
  std::vector<std::string> nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] != nodes[1]);
  // without the parties it refers back
  fs = Run("Jordan studied a free trade agreement with China. France backs the trade agreement.");
  nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] == nodes[1]);
}

TEST_CASE("treaties: 'signed it' is the treaty named just before") {
  auto fs = Run("Russia signed the Budapest Convention. Jordan also signed it in May.");
  std::vector<std::string> nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[1] == nodes[0]);
  // with no treaty before it, "it" names nothing
  fs = Run("Jordan read the letter and signed it.");
  CHECK(NodesOf(fs, "treaty").empty());
  CHECK_FALSE(Get(Run("Russia signed the Budapest Convention. Jordan said it would wait."), "it",
                  "treaty"));
}

TEST_CASE("persons: a full name ending a longer one is that person") {
  auto fs = Run("Valentin Lacalle Pou spoke. Later Lacalle Pou said no.");
  std::vector<std::string> nodes = NodesOf(fs, "person");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] == nodes[1]);
  // two longer names end so: it joins neither
  fs = Run("Valentin Lacalle Pou and Michele Lacalle Pou spoke. Later Lacalle Pou said no.");
  nodes = NodesOf(fs, "person");
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[2] != nodes[0]);
  CHECK(nodes[2] != nodes[1]);
}
