// Generic texts and document anaphors: a deal described only by its price or
// its revision ("the $2.5 billion deal", "the modernised text", "an inter se
// agreement") is no treaty of its own, and "the document" / "the text" signed
// or adopted is the treaty named before.
#include <algorithm>

#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

const char kLede[] = "Ghana and Togo finalised the Volta Basin Accord on Monday. ";
const char kAccord[] = "treaty:volta-basin-accord";

// Every treaty node found is the accord.
bool OnlyAccord(const std::vector<Found>& fs) {
  const std::vector<std::string> nodes = NodesOf(fs, "treaty");
  return !nodes.empty() &&
         std::all_of(nodes.begin(), nodes.end(), [](const std::string& n) { return n == kAccord; });
}

}  // namespace

TEST_CASE("treaty10: a deal told apart only by its price or revision is no treaty of its own") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Ghana signed a new agreement with Togo on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Ghana signed an inter se agreement with Togo on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Ghana signed a $2.5 billion deal with Togo on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  // after a named treaty, the definite ones refer back to it
  fs = Run(r, std::string(kLede) + "Ghana signed an inter se agreement with Togo on Tuesday.");
  CHECK(OnlyAccord(fs));
  fs = Run(r, std::string(kLede) + "The $2.5 billion deal was signed by Anna Berg and Tom Holt.");
  CHECK(OnlyAccord(fs));
  CHECK(HasText(fs, "$2.5 billion deal"));
  fs = Run(r, std::string(kLede) + "The modernised text was signed by Anna Berg and Tom Holt.");
  CHECK(OnlyAccord(fs));
  CHECK(HasText(fs, "modernised text"));
  fs = Run(r, std::string(kLede) + "Togo signed the revised text on Tuesday.");
  CHECK(HasText(fs, "revised text"));
  CHECK(OnlyAccord(fs));
  // a price with a description is a loan's or a firm's deal more often: none
  fs = Run(r, "The bank signed a 3.1 billion yen bullet loan agreement on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Ghana signed a 25-year agreement to supply crude oil.");
  CHECK(NodesOf(fs, "treaty").empty());
  // counted, not priced: no article before the number
  fs = Run(r, std::string(kLede) + "The two states signed 12 agreements on Tuesday.");
  CHECK(OnlyAccord(fs));
}

TEST_CASE("treaty10: 'the latter accord', 'this agreement' are the treaty named before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, std::string(kLede) + "Ghana and Togo signed the latter accord on Tuesday.");
  CHECK(OnlyAccord(fs));
  fs = Run(r, std::string(kLede) + "Ghana and Togo signed this agreement on Tuesday.");
  CHECK(OnlyAccord(fs));
}

TEST_CASE("treaty10: 'the document' and 'the text' signed are the treaty named before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, std::string(kLede) +
                 "The text was signed on Tuesday by the foreign ministers of Ghana and Togo.");
  const Found* t = Get(fs, "text", "treaty");
  REQUIRE(t);
  CHECK(t->node == kAccord);
  fs = Run(r, std::string(kLede) +
                  "The document, which runs to 40 pages, was signed by Anna Berg and Tom Holt.");
  const Found* d = Get(fs, "document", "treaty");
  REQUIRE(d);
  CHECK(d->node == kAccord);
  fs = Run(r, std::string(kLede) + "Togo signed the 40-page document on Tuesday.");
  CHECK(OnlyAccord(fs));
  CHECK(HasText(fs, "40-page document"));
  // a document nothing signs, adopts or backs is no treaty
  fs = Run(r, std::string(kLede) + "The document said the border would reopen.");
  CHECK_FALSE(HasText(fs, "document"));
  fs = Run(r, std::string(kLede) + "Reporters had seen the document before.");
  CHECK_FALSE(HasText(fs, "document"));
  fs = Run(r, std::string(kLede) + "The document was leaked to reporters.");
  CHECK_FALSE(HasText(fs, "document"));
  // no treaty named before: nothing to refer to
  fs = Run(r, "The document was signed by Anna Berg and Tom Holt.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("treaty10: far from any named treaty, the signed text is the story's main treaty") {
  const EntityRecognizer& r = RealRecognizer();
  std::string text =
      "Ghana, Togo Sign Volta Basin Accord\n\n"
      "Ghana and Togo agreed on Friday to share the river. Both also pledged to revive a 1998 "
      "general agreement on transit. ";
  for (int i = 0; i < 4; ++i) text += "The weather was fine. ";
  text += "The modernised text was signed by Anna Berg and Tom Holt.";
  auto fs = Run(r, text);
  const Found* t = Get(fs, "modernised text", "treaty");
  REQUIRE(t);
  CHECK(t->node == kAccord);
}

TEST_CASE("treaty10: 'the bilateral agreement' refers back; 'the previous agreement' does not") {
  const EntityRecognizer& r = RealRecognizer();
  for (const char* np : {"the bilateral agreement", "the interim deal",
                         "the legally binding agreement", "the aforementioned agreement"}) {
    auto fs = Run(r, std::string(kLede) + "Anna Berg signed " + np + " on Tuesday.");
    CAPTURE(np);
    CHECK(OnlyAccord(fs));
  }
  auto fs = Run(r, std::string(kLede) + "Anna Berg signed the previous agreement in 2019.");
  CHECK(Get(fs, "previous agreement", "treaty"));
  CHECK_FALSE(OnlyAccord(fs));
  // an indefinite one with a word of kind is a treaty of its own, as before
  fs = Run(r, "Ghana signed a bilateral agreement with Togo on Monday.");
  CHECK(Get(fs, "bilateral agreement", "treaty"));
}

TEST_CASE("treaty10: 'It was signed by', 'The document, signed by' stand for the treaty before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, std::string(kLede) + "It was signed by Anna Berg and Tom Holt.");
  const Found* it = Get(fs, "It", "treaty");
  REQUIRE(it);
  CHECK(it->node == kAccord);
  // only the treaty of the sentence before: farther back "it" may be anything
  fs = Run(r, std::string(kLede) + "The weather was fine. It was signed by Anna Berg.");
  CHECK_FALSE(Get(fs, "It", "treaty"));
  // not a passive of signing
  fs = Run(r, std::string(kLede) + "It was welcomed by Anna Berg.");
  CHECK_FALSE(Get(fs, "It", "treaty"));
  fs = Run(r, std::string(kLede) +
                  "The document, signed by Anna Berg and Tom Holt, enters into force in May.");
  CHECK(OnlyAccord(fs));
  CHECK(HasText(fs, "document"));
  fs = Run(r, std::string(kLede) + "The two-page document was formally signed by Anna Berg.");
  CHECK(OnlyAccord(fs));
  CHECK(HasText(fs, "two-page document"));
}
