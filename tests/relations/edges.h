// Reading sentences with the real rules and the test name table: the edges of
// one relation type as "source target modality" strings.
#ifndef ACTORGRAPH_TESTS_RELATIONS_EDGES_H_
#define ACTORGRAPH_TESTS_RELATIONS_EDGES_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/relations.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace testing {

inline std::vector<std::string> Edges(const std::string& text, const std::string& type) {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &diags);
  REQUIRE(rs.ok());
  Document doc = MakeDoc(text);
  std::vector<Mention> ms = MarkNames(doc, ExampleNames());
  std::vector<std::string> out;
  for (const Relation& r : (*rs)->Extract(doc, ms))
    if (r.type == type)
      out.push_back(ms[r.source].label + " " + ms[r.target].label + " " + ModalityName(r.modality));
  return out;
}

inline bool Has(const std::vector<std::string>& es, const std::string& e) {
  for (const auto& x : es)
    if (x == e) return true;
  return false;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_RELATIONS_EDGES_H_
