// Round 11 of entity fixes: described treaties that bring in another document
// ("a separate fisheries agreement", "a pact with a third state"), and the other
// entity shapes reporters use for parties and bodies.
#include <algorithm>

#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

const char kLede[] = "Ghana and Togo signed the Volta Basin Fisheries Accord on Monday. ";
const char kAccord[] = "treaty:volta-basin-fisheries-accord";

}  // namespace

TEST_CASE("round11: a separate, own or another described treaty is another document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, std::string(kLede) + "Ghana and Benin signed a separate fisheries pact in 2017.");
  const Found* f = Get(fs, "separate fisheries pact", "treaty");
  REQUIRE(f);
  CHECK(f->node != kAccord);
  fs = Run(r, std::string(kLede) + "Benin signed its own fisheries accord with Togo in 2019.");
  f = Get(fs, "own fisheries accord", "treaty");
  REQUIRE(f);
  CHECK(f->node != kAccord);
  // look-alike: the definite description still refers back
  fs = Run(r, std::string(kLede) + "Togo will ratify the fisheries accord next month.");
  f = Get(fs, "fisheries accord", "treaty");
  if (f) CHECK(f->node == kAccord);
}

TEST_CASE("round11: an indefinite description with a third state is another document") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, std::string(kLede) +
                 "Ghana had also signed a fisheries cooperation agreement with Benin in 2021.");
  const Found* f = Get(fs, "fisheries cooperation agreement", "treaty");
  REQUIRE(f);
  CHECK(f->node != kAccord);
  // look-alike: the parties of the named treaty describing it again
  fs = Run(r, std::string(kLede) +
                  "Ghana and Togo concluded a bilateral fisheries agreement after long talks.");
  f = Get(fs, "bilateral fisheries agreement", "treaty");
  REQUIRE(f);
  CHECK(f->node == kAccord);
  // a state named only next to "the treaty" anaphor is no party of it
  fs = Run(r, std::string(kLede) + "Benin refused to endorse the accord. " +
                  "Ghana had also signed a fisheries agreement with Benin in 2021.");
  f = Get(fs, "fisheries agreement", "treaty");
  REQUIRE(f);
  CHECK(f->node != kAccord);
}

TEST_CASE("round11: a named partnership is a treaty, a firm's limited partnership is not") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Ghana and Togo signed the Gulf of Guinea Fisheries Partnership on Monday. "
                "Benin has not signed the partnership.");
  const Found* f = Get(fs, "Gulf of Guinea Fisheries Partnership", "treaty");
  REQUIRE(f);
  const Found* a = Get(fs, "partnership", "treaty");
  REQUIRE(a);
  CHECK(a->node == f->node);
  // look-alikes: a company's partnership, a firm's legal name
  fs = Run(r, "Zentrix announced a partnership with Quorix Networks on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Acme Corp., a unit of Harbor Partners Limited Partnership, sold its stake.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE(
    "round11: 'the protocol' is never the previous one it replaces; 'no agreement' names none") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r,
          "Ghana and Togo signed a new fisheries protocol on Monday. It replaces the previous "
          "protocol, which expired in May. Benin backed the protocol.");
  const Found* n = Get(fs, "new fisheries protocol", "treaty");
  REQUIRE(n);
  int anaphors = 0;
  for (const Found& f : fs)
    if (f.type == "treaty" && f.text == "protocol") {
      ++anaphors;
      CHECK(f.node == n->node);
    }
  CHECK(anaphors == 1);
  // look-alike: "the previous protocol" itself stays a treaty of its own
  const Found* p = Get(fs, "previous protocol", "treaty");
  REQUIRE(p);
  CHECK(p->node != n->node);
  fs = Run(r, "\"No single agreement can manage the stock,\" she said.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("round11: 'It was signed by' is the first treaty of the sentence before") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, std::string(kLede) +
                       "The accord was drafted by Benin, building on the Lome Trade Protocol. "
                       "It was signed by Anna Berg.");
  const Found* it = Get(fs, "It", "treaty");
  REQUIRE(it);
  CHECK(it->node == kAccord);
}

TEST_CASE("round11: a new treaty's label names the state it is made with") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Benin has never signed an extradition treaty with the Netherlands.");
  const Found* f = Get(fs, "extradition treaty", "treaty");
  REQUIRE(f);
  CHECK(f->label == "extradition treaty with the Netherlands");
  CHECK(Get(fs, "Netherlands", "state"));  // still a mention of its own
  // look-alikes: a people's adjective, a firm named after a state
  fs = Run(r, "Acme signed a supply deal with Japanese rival Zentrix.");
  f = Get(fs, "supply deal", "treaty");
  if (f) CHECK(f->label == "supply deal");
  // "the extradition treaty between the two countries" is the one named before
  fs = Run(r,
           "Ghana accused Togo of breaking their bilateral extradition treaty. The extradition "
           "treaty between the two countries was signed in 2019.");
  std::vector<std::string> nodes = NodesOf(fs, "treaty");
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0] == nodes[1]);
}

TEST_CASE("round11: blocs, coalitions and federations named before or after their kind") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "On Monday the Halden bloc opposed the treaty.");
  CHECK(Get(fs, "Halden", "organization"));
  fs = Run(r, "said Ana Ruiz, the secretary-general of the Portuguese fishing federation Apesca.");
  CHECK(Get(fs, "Apesca", "organization"));
  fs = Run(r, "Cities, grouped in the Blue Sky Is Ours coalition, said they backed it.");
  CHECK(Get(fs, "Blue Sky Is Ours", "organization"));
  fs = Run(r, "In the parliament, the Greens/NFA group said it would vote against the deal.");
  CHECK(Get(fs, "Greens/NFA", "organization"));
  // look-alikes: a people's or a compass word's bloc is no body's name
  fs = Run(r, "The Soviet bloc collapsed, and the Eastern bloc was poor.");
  CHECK(NodesOf(fs, "organization").empty());
}

TEST_CASE("round11: a number right after a treaty's head is part of its name") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "It ignored the Lome Labour Convention 144, which Ghana ratified in 2008.");
  CHECK(Get(fs, "Lome Labour Convention 144", "treaty"));
  // look-alike: an amount after the name
  fs = Run(r, "The Lome Labour Convention 10 years on is weak.");
  CHECK(Get(fs, "Lome Labour Convention", "treaty"));
}

TEST_CASE("round11: 'a protocol on the transfer of X' is described by its topic") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs =
      Run(r, "Anna Berg proposed a protocol on the transfer of criminal proceedings to Togo.");
  const Found* f = Get(fs, "protocol on the transfer of criminal proceedings", "treaty");
  REQUIRE(f);
  CHECK(f->label == "protocol on the transfer of criminal proceedings");
  // look-alikes: an idiom after "on the" is no topic
  fs = Run(r, "Farm groups opposed the proposal on the grounds that it cost too much.");
  CHECK_FALSE(Get(fs, "proposal on the grounds", "treaty"));
  fs = Run(r, "The ministers signed a deal on the sidelines of the summit.");
  CHECK_FALSE(Get(fs, "deal on the sidelines", "treaty"));
}
