// A bare name of a United States body ("Congress", "Senate") resolves to it
// only in a story about the United States.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

const char* kBodies =
    "organization:united-states-congress\torganization\tUnited States Congress\t"
    "United States Congress|Congress|U.S. Congress\n";

const EntityRecognizer& Bodies() {
  static std::shared_ptr<const EntityRecognizer> r = FixtureWith("bodies", kBodies);
  return *r;
}

}  // namespace

TEST_CASE("resolve: a bare 'Congress' is the US Congress only where the US is spoken of") {
  auto fs =
      Run(Bodies(), "Congress leader John Reid told reporters in Jordan the front would fall.");
  const Found* c = Get(fs, "Congress", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:congress");
  fs = Run(Bodies(), "Congress leader John Reid said the United States budget is late.");
  c = Get(fs, "Congress", "organization");
  REQUIRE(c);
  CHECK(c->node == "organization:united-states-congress");
}

namespace {

const char* kOffices =
    "state:GBR\tstate\tUnited Kingdom\tUnited Kingdom|Britain|UK|British^\n"
    "organization:fcdo\torganization\tForeign, Commonwealth and Development Office\t"
    "Foreign Office|FCDO|British Foreign Office\n";

const EntityRecognizer& Offices() {
  static std::shared_ptr<const EntityRecognizer> r = FixtureWith("offices", kOffices);
  return *r;
}

}  // namespace

TEST_CASE("resolve: a generic body is the body of the state written before it") {
  auto fs = Run(Fixture(),
                "China's Foreign Ministry said it was hacked. The Russian Foreign Ministry "
                "denied it. The Chinese Foreign Ministry repeated the charge.");
  std::vector<std::string> nodes, labels;
  for (const Found& f : fs)
    if (f.type == "organization") {
      nodes.push_back(f.node);
      labels.push_back(f.label);
    }
  REQUIRE(nodes.size() == 3);
  CHECK(nodes[0] == "organization:china-foreign-ministry");
  CHECK(labels[0] == "China's Foreign Ministry");
  CHECK(nodes[1] == "organization:russia-foreign-ministry");
  CHECK(labels[1] == "Russian Foreign Ministry");
  CHECK(nodes[2] == "organization:china-foreign-ministry");  // one node, however written
  // The states stay mentions of their own.
  CHECK(Get(fs, "China", "state"));
  CHECK(Get(fs, "Russian", "state"));
  // Without a state before it, a body keeps its bare name.
  fs = Run(Fixture(), "The Foreign Ministry said the talks had failed.");
  REQUIRE(Get(fs, "Foreign Ministry", "organization"));
  CHECK(Get(fs, "Foreign Ministry", "organization")->node == "organization:foreign-ministry");
}

TEST_CASE("resolve: a listed body of one state is not another state's body") {
  auto fs = Run(Offices(), "The German Foreign Office said Berlin would send envoys.");
  const Found* o = Get(fs, "Foreign Office", "organization");
  REQUIRE(o);
  CHECK(o->node == "organization:germany-foreign-office");
  CHECK(o->label == "German Foreign Office");
  for (const char* text : {"The British Foreign Office said it would send envoys.",
                           "Britain's Foreign Office said it would send envoys.",
                           "The Foreign Office said it would send envoys."}) {
    CAPTURE(text);
    fs = Run(Offices(), text);
    bool fcdo = false;
    for (const Found& f : fs) fcdo = fcdo || f.node == "organization:fcdo";
    CHECK(fcdo);
  }
  // A listed body whose aliases name no state keeps its node whoever is
  // written before it.
  fs = Run(Fixture(), "The American State Department said it would send envoys.");
  o = Get(fs, "State Department", "organization");
  REQUIRE(o);
  CHECK(o->node == "organization:state-department");
}
