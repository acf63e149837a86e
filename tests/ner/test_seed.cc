// The seed article with the project's real rules: every entity of its gold
// graph, by type and name.
#include <fstream>
#include <set>
#include <sstream>

#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

std::vector<Found> RunSeed() {
  static std::shared_ptr<const EntityRecognizer> r =
      Recognizer(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules");
  std::ifstream in(std::string(ACTORGRAPH_SOURCE_DIR) + "/seeds/russia-china-cybersecurity.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  return Run(*r, ss.str());
}

}  // namespace

TEST_CASE("seed: states, with capitals and demonyms") {
  auto fs = RunSeed();
  for (const char* s : {"Russia", "China", "Argentina", "Australia", "Japan", "Turkey",
                        "United States", "Nigeria", "India"})
    CHECK_MESSAGE(Get(fs, s, "state"), s);
  CHECK(NodeOf(fs, "U.S.", "state") == "state:USA");
  CHECK(NodeOf(fs, "Moscow", "state") == "state:RUS");
  CHECK(NodeOf(fs, "Chinese", "state") == "state:CHN");
  CHECK(NodeOf(fs, "Sino", "state") == "state:CHN");
  CHECK_FALSE(HasText(fs, "Washington"));  // "a conference in Washington"
}

TEST_CASE("seed: organizations") {
  auto fs = RunSeed();
  std::set<std::string> labels;
  for (const Found& f : fs)
    if (f.type == "organization") labels.insert(f.label);
  for (const char* t : {"Centre for Technology and Global Affairs", "University of Oxford",
                        "Shanghai Cooperation Organization", "Council of Europe", "Twitter",
                        "Facebook", "Huffington Post", "United Nations"})
    CHECK_MESSAGE(HasText(fs, t), t);
  bool proofpoint = false, state_dept = false;
  for (const Found& f : fs) {
    proofpoint = proofpoint || (f.type == "organization" && f.text.rfind("Proofpoint", 0) == 0);
    state_dept = state_dept || (f.type == "organization" && f.text == "State Department");
  }
  CHECK(proofpoint);
  CHECK(state_dept);
  CHECK(NodeOf(fs, "U.S. State Department", "organization") ==
        NodeOf(fs, "State Department", "organization"));
  // The state inside the government body's name is a mention of its own.
  int us = 0;
  for (const Found& f : fs) us += f.text == "U.S." && f.node == "state:USA";
  CHECK(us == 3);
}

TEST_CASE("seed: persons and treaties") {
  auto fs = RunSeed();
  CHECK(Get(fs, "Valentin Weber", "person"));
  const Found* m = Get(fs, "Michele Markoff", "person");
  REQUIRE(m);
  CHECK(m->role == "senior cyber affairs adviser");
  const std::string rucn = NodeOf(fs, "Russia China Cybersecurity Agreement", "treaty");
  CHECK_FALSE(rucn.empty());
  CHECK(NodeOf(fs, "bilateral cybersecurity agreement", "treaty") == rucn);
  CHECK(NodeOf(fs, "non-aggression pact", "treaty") == rucn);
  const std::string budapest = NodeOf(fs, "Budapest Convention of the Council of Europe", "treaty");
  CHECK_FALSE(budapest.empty());
  CHECK(NodeOf(fs, "Convention", "treaty") == budapest);
  CHECK(NodeOf(fs, "treaty", "treaty") == budapest);
  CHECK(Get(fs, "national code of conduct in the field of cyberspace", "treaty"));
  const Found* un = Get(fs, "new UN treaty on cybercrime", "treaty");
  REQUIRE(un);
  CHECK(un->label == "UN treaty on cybercrime");
  // No person, treaty or organization beyond the expected ones.
  std::set<std::string> nodes;
  for (const Found& f : fs)
    if (f.type != "state") nodes.insert(f.node);
  CHECK(nodes.size() <= 20);
}
