// Names the real rules find in unseen policy news: spelling variants of listed
// bodies, watchdogs' names, given names that are also words.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

const EntityRecognizer& Real() {
  static std::shared_ptr<const EntityRecognizer> r =
      Recognizer(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules");
  return *r;
}

}  // namespace

TEST_CASE("recall: a listed body is found in its other spelling") {
  auto a = Run(Real(), "Observers of the Organisation for Security and Cooperation in Europe left.");
  const Found* o = Get(a, "Organisation for Security and Cooperation in Europe", "organization");
  REQUIRE(o);
  auto b = Run(Real(), "Observers of the Organization for Security and Co-operation in Europe left.");
  const Found* p = Get(b, "Organization for Security and Co-operation in Europe", "organization");
  REQUIRE(p);
  CHECK(o->node == p->node);
}

TEST_CASE("recall: watchdogs, monitors and forums are organizations") {
  auto fs = Run(Real(), "Lena Markoff, chairman of the Global Human Rights Monitor, said so.");
  CHECK(Get(fs, "Global Human Rights Monitor", "organization"));
  fs = Run(Real(), "The Syrian Observatory for Human Rights counted the dead.");
  CHECK(Get(fs, "Syrian Observatory for Human Rights", "organization"));
  // one word is no name
  fs = Run(Real(), "Watch the news tonight.");
  for (const Found& f : fs) CHECK(f.type != "organization");
}
