// A predicate coordinated with the first shares its subject also when the
// subject is a person under a title ("Russian Foreign Minister X called ...
// and accused ...").
#include <doctest/doctest.h>

#include <memory>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

std::string SourceRules() { return std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"; }

std::vector<std::string> Edges(const std::string& text, const std::string& type) {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(SourceRules(), &diags);
  REQUIRE(rs.ok());
  Document doc = testing::MakeDoc(text);
  std::vector<Mention> ms = testing::MarkNames(doc, testing::ExampleNames());
  std::vector<std::string> out;
  for (const Relation& r : (*rs)->Extract(doc, ms))
    if (r.type == type)
      out.push_back(ms[r.source].label + " " + ms[r.target].label + " " + ModalityName(r.modality));
  return out;
}

bool Has(const std::vector<std::string>& es, const std::string& e) {
  for (const auto& x : es)
    if (x == e) return true;
  return false;
}

TEST_CASE("coordinated predicates: a titled person is the subject of both") {
  auto es = Edges(
      "Russian Foreign Minister Sergei Lavrov called the decision a provocation and accused "
      "Ukraine of lying to its allies.",
      "accused");
  CHECK(Has(es, "Sergei Lavrov Ukraine asserted"));
  es = Edges(
      "Russia's foreign minister Sergei Lavrov called the plan reckless and accused Germany of "
      "bad faith.",
      "accused");
  CHECK(Has(es, "Sergei Lavrov Germany asserted"));
  // the state before the title does not accuse
  CHECK_FALSE(Has(es, "Russia Germany asserted"));
  // a speech verb stops the reading: the verbs after it are another's
  es = Edges("Foreign Minister Sergei Lavrov said Iran attacked and accused France.", "accused");
  CHECK_FALSE(Has(es, "Sergei Lavrov France asserted"));
}

TEST_CASE("coordinated predicates: a body's people before the verb leave the body the subject") {
  auto es = Edges("NATO allies voiced alarm and supported Germany after the attack.", "supported");
  CHECK(Has(es, "NATO Germany asserted"));
  es = Edges("Chinese officials rejected the report and accused Japan of meddling.", "accused");
  CHECK(Has(es, "China Japan asserted"));
  // a noun outside the class: no shared subject
  es = Edges("NATO summits voiced alarm and supported Germany after the attack.", "supported");
  CHECK_FALSE(Has(es, "NATO Germany asserted"));
}

}  // namespace
}  // namespace actorgraph
