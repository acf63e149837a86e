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
  namespace fs = std::filesystem;
  static std::shared_ptr<const EntityRecognizer> r = [] {
    fs::path root = fs::temp_directory_path() / ("ag-ner-bodies-" + std::to_string(::getpid()));
    fs::create_directories(root);
    fs::copy(FixtureRules(), root,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    std::ofstream(root / "gazetteers/bodies.tsv") << kBodies;
    return Recognizer(root.string());
  }();
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
