// A capital acting after a comma-set sentence adverbial, and "the text" of UN
// reporting referring back to the draft named before it.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("a capital is its state across 'for its part', 'by contrast', 'however'") {
  auto fs = Run("Washington, for its part, signed the treaty in 1996.");
  const Found* w = Get(fs, "Washington", "state");
  REQUIRE(w);
  CHECK(w->node == "state:USA");
  fs = Run("Beijing, by contrast, acceded to the Arms Trade Treaty.");
  REQUIRE(Get(fs, "Beijing", "state"));
  fs = Run("Moscow, however, denied the report.");
  REQUIRE(Get(fs, "Moscow", "state"));
  // a description between commas is no sentence adverbial: the city stays a place
  fs = Run("Geneva, a city of bankers, hosted the talks.");
  CHECK_FALSE(Get(fs, "Geneva", "state"));
  // nor does an aside save a capital after a place preposition
  fs = Run("The talks in Moscow, for its part, ended.");
  CHECK_FALSE(Get(fs, "Moscow", "state"));
}

TEST_CASE("'the text' refers back to the last draft or resolution, and only so") {
  auto fs = Run("Russia vetoed a draft resolution on Thursday. The text had 13 votes.");
  const Found* text = Get(fs, "text", "treaty");
  REQUIRE(text);
  CHECK(text->node == "treaty:draft-resolution");
  // no proposal before it: nothing is meant
  fs = Run("Russia signed the Arms Trade Treaty. The text is long.");
  CHECK_FALSE(Get(fs, "text", "treaty"));
  // "the text of ..." says which document it is; a capitalised headline word is no name
  fs = Run("Members adopted a resolution. Russia rejected the text of the speech.");
  CHECK_FALSE(Get(fs, "text", "treaty"));
  fs = Run("Council Fails to Adopt Outer Space Text");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("a body found by the name finder describes the resolution after it") {
  auto fs = Run("Britain co-authored the original 2006 General Assembly resolution with Kenya.");
  std::vector<std::string> nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 1);
  CHECK(nodes[0] == "treaty:original-2006-general-assembly-resolution");
  // only before a resolution, draft or proposal: "the General Assembly agreement" is no
  // described treaty of the body
  fs = Run("Britain signed the General Assembly agreement with Kenya.");
  CHECK(NodesOf(fs, "treaty").empty());
  // nor the body addressed: proposals submitted to it are no text of its own
  fs = Run("Britain submitted to the General Assembly proposals on disarmament.");
  CHECK(NodesOf(fs, "treaty").empty());
}
