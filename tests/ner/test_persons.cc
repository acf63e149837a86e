#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("persons: titles stay out of the span and become the role") {
  auto fs = Run("President Barack Obama met Foreign Minister Sergei Lavrov and Gen. Tom Ridge.");
  const Found* o = Get(fs, "Barack Obama", "person");
  REQUIRE(o);
  CHECK(o->role == "President");
  CHECK(o->node == "person:barack-obama");
  const Found* l = Get(fs, "Sergei Lavrov", "person");
  REQUIRE(l);
  CHECK(l->role == "Foreign Minister");
  const Found* r = Get(fs, "Tom Ridge", "person");
  REQUIRE(r);
  CHECK(r->role == "Gen.");
  // A demonym before the title is a state of its own.
  fs = Run("Russian President Vladimir Putin spoke.");
  CHECK(Get(fs, "Vladimir Putin", "person"));
  CHECK(Get(fs, "Russian", "state"));
  // "former" alone is no title.
  CHECK_FALSE(Get(Run("The former England captain retired."), "England", "person"));
}

TEST_CASE("persons: given names, verbs of saying, appositions") {
  auto fs = Run("Valentin Weber is a candidate.");
  CHECK(Get(fs, "Valentin Weber", "person"));
  // A verb of saying marks a name with a known part (given name or surname).
  fs = Run("Chris Kowalczyk said the deal was dead, according to Lena Markoff.");
  CHECK(Get(fs, "Chris Kowalczyk", "person"));
  CHECK(Get(fs, "Lena Markoff", "person"));
  fs = Run("Texas Instruments said sales rose.");
  CHECK_FALSE(Get(fs, "Texas Instruments", "person"));
  fs = Run("Michele Markoff, a senior cyber affairs adviser at the State Department, spoke.");
  const Found* m = Get(fs, "Michele Markoff", "person");
  REQUIRE(m);
  CHECK(m->role == "senior cyber affairs adviser");
  fs = Run("Tomas Brenner, a senior adviser at the ministry, resigned.");
  const Found* b = Get(fs, "Tomas Brenner", "person");
  REQUIRE(b);
  CHECK(b->role == "senior adviser");
  fs = Run("Results: P. Simmons 4-38, A. Dale 69.");
  CHECK(Get(fs, "P. Simmons", "person"));
  CHECK(Get(fs, "A. Dale", "person"));
}

TEST_CASE("persons: an ambiguous given name needs a second cue") {
  // At a sentence start an ambiguous name may be an ordinary word.
  CHECK_FALSE(Get(Run("May Day parades began."), "May Day", "person"));
  // Inside a sentence, capitalised and followed by a name, it is a given name.
  CHECK(Get(Run("Fans cheered May Brennan loudly."), "May Brennan", "person"));
  CHECK(
      Get(Run("May Lindqvist, a spokeswoman for the party, declined."), "May Lindqvist", "person"));
}

TEST_CASE("persons: places, organizations and states are not persons") {
  auto fs = Run("Wall Street said nothing. The Commerce Department said prices rose.");
  for (const Found& f : fs) CHECK(f.type != "person");
  fs = Run("John Kerry flew to Moscow.");
  CHECK(Get(fs, "John Kerry", "person"));
  CHECK_FALSE(HasText(fs, "Moscow"));
}

TEST_CASE("persons: a surname alone joins the full name") {
  auto fs = Run("Michele Markoff spoke first. Later Markoff said the talks failed.");
  const Found* full = Get(fs, "Michele Markoff", "person");
  const Found* sur = Get(fs, "Markoff", "person");
  REQUIRE(full);
  REQUIRE(sur);
  CHECK(sur->node == full->node);
  CHECK(sur->label == "Michele Markoff");
}

TEST_CASE("persons: family names first, known surnames, nationality in brackets") {
  auto fs = Run("Chinese Foreign Minister Wang Yi met Xi Jinping in Beijing.");
  CHECK(Get(fs, "Wang Yi", "person"));
  CHECK(Get(fs, "Xi Jinping", "person"));
  // a headline capitalises the verb after the name
  fs = Run("Wang Yi Freed From House Arrest, Lawyers Say");
  CHECK(Get(fs, "Wang Yi", "person"));
  CHECK_FALSE(Get(fs, "Wang Yi Freed", "person"));
  fs = Run("The delegation was led by Piotr Kowalczyk.");
  CHECK(Get(fs, "Piotr Kowalczyk", "person"));
  fs = Run("Results:\nTomas Berdych ( Germany ) beat Lleyton Hewitt ( United States ) 6-3 6-4");
  CHECK(Get(fs, "Tomas Berdych", "person"));
  CHECK(Get(fs, "Lleyton Hewitt", "person"));
}

TEST_CASE("persons: names never run across a line break or into a longer name") {
  auto fs = Run("He thanked Barack\nObama left early.");
  CHECK_FALSE(Get(fs, "Barack\nObama", "person"));
  fs = Run("Fans of the San Barack Padres cheered.");
  CHECK_FALSE(Get(fs, "Barack Padres", "person"));
}

TEST_CASE("persons: a state's name as a surname") {
  auto fs = Run("Michael Jordan scored 30 points. Later Jordan said he was tired.");
  const Found* full = Get(fs, "Michael Jordan", "person");
  const Found* sur = Get(fs, "Jordan", "person");
  REQUIRE(full);
  REQUIRE(sur);
  CHECK(sur->node == full->node);
  CHECK_FALSE(Get(fs, "Jordan", "state"));
  CHECK(Get(Run("Jordan and Israel signed it."), "Jordan", "state"));
}

TEST_CASE("persons: one unknown word after a one-word title is no person") {
  CHECK(Run("He spoke in the General Debate yesterday.").empty());
  CHECK(Get(Run("Mr. Brennan agreed."), "Brennan", "person"));
  CHECK(Get(Run("President Markoff agreed."), "Markoff", "person"));  // a known surname
}

TEST_CASE("persons: hyphenated titles") {
  auto fs = Run("Secretary-General Jens Stoltenberg spoke.");
  const Found* p = Get(fs, "Jens Stoltenberg", "person");
  REQUIRE(p);
  CHECK(p->role == "Secretary-General");
}

TEST_CASE("persons: a given name that is also a month or word starts a name after a title") {
  auto fs = Run("Russian Foreign Minister Jan Korcek said the talks went well.");
  const Found* j = Get(fs, "Jan Korcek", "person");
  REQUIRE(j);
  CHECK(j->role == "Foreign Minister");
  // a date stays a date
  fs = Run("The minister said on Jan. 5 that prices rose.");
  for (const Found& f : fs) CHECK(f.type != "person");
  // a plural title goes with the first of several names
  fs = Run("Presidents Tomas Brenner of Slovakia and Lena Markoff of Estonia met.");
  CHECK(Get(fs, "Tomas Brenner", "person"));
  CHECK(Get(fs, "Lena Markoff", "person"));
}

TEST_CASE("persons: two names paired as a modifier are no hyphenated name") {
  auto fs = Run("The Barack-Angela talks ended on Monday.");
  CHECK_FALSE(Get(fs, "Barack-Angela", "person"));
  fs = Run("A Michael-based firm won the bid.");
  CHECK_FALSE(Get(fs, "Michael-based", "person"));
  // Before a speech verb it still is one: "Jean-Paul said".
  fs = Run("Michael-John said on Monday the talks had ended.");
  CHECK(Get(fs, "Michael-John", "person"));
}

TEST_CASE("persons: a role noun, a comma, then a name of unknown words") {
  auto fs =
      Run("The Treasury sanctioned the ministry and its minister, Ozrak Veltani, for the hack.");
  const Found* v = Get(fs, "Ozrak Veltani", "person");
  REQUIRE(v);
  CHECK(v->role == "minister");
  // no comma after the name: a list or a place may follow, no person is said
  CHECK_FALSE(
      Get(Run("He met the minister, Ozrak Veltani and others."), "Ozrak Veltani", "person"));
}

TEST_CASE("persons: an age set off by commas after a name of unknown words") {
  auto fs = Run("Roman Protasevich, 26, was detained on Sunday.");
  CHECK(Get(fs, "Roman Protasevich", "person"));
  fs = Run("The editor Sofia Sapega, 23, was detained on Sunday.");
  CHECK(Get(fs, "Sofia Sapega", "person"));
  // a one-word name, or a number that is no age, gives no person
  fs = Run("Boeing, 25, was sold.");
  CHECK_FALSE(Get(fs, "Boeing", "person"));
  fs = Run("Roman Protasevich, 2015, was a bad year.");
  CHECK_FALSE(Get(fs, "Roman Protasevich", "person"));
}
