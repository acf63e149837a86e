// The real rules/: they load, every rule carries an example, and every
// example and counter-example holds with the test name table (the full
// pipeline check is `actorgraph rules check`).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "actorgraph/relations.h"
#include "actorgraph/util.h"
#include "relations/fixture.h"

namespace actorgraph {
namespace {

std::string RulesDir() { return std::string(ACTORGRAPH_SOURCE_DIR) + "/rules"; }

bool Matches(const std::vector<Mention>& ms, const Document& doc, uint32_t i,
             const std::string& name) {
  std::string want = FoldCase(name);
  if (FoldCase(ms[i].label) == want) return true;
  for (const Mention& o : ms)
    if (o.node == ms[i].node && FoldCase(doc.Text(o.span)) == want) return true;
  return false;
}

std::string Show(const std::vector<Mention>& ms, const std::vector<Relation>& rs) {
  std::string out;
  for (const Relation& r : rs)
    out += "\n  " + ms[r.source].label + " " + r.type + " " + ms[r.target].label + " (" +
           ModalityName(r.modality) + (r.cue.empty() ? "" : " '" + r.cue + "'") + ", " + r.rule +
           ")";
  return out.empty() ? "\n  (no edge)" : out;
}

TEST_CASE("the real rules load, with at least 60 rules") {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(RulesDir(), &diags);
  std::string all;
  for (const auto& d : diags) all += d.ToString() + "\n";
  INFO(all);
  REQUIRE(rs.ok());
  CHECK(diags.empty());
  CHECK((*rs)->rule_count() >= 60);
  MESSAGE("rules: " << (*rs)->rule_count() << ", examples: " << (*rs)->examples().size());
}

TEST_CASE("every rule has an example, and every negation or hedge a counter-example") {
  namespace fs = std::filesystem;
  for (const auto& e : fs::directory_iterator(RulesDir() + "/relations")) {
    std::string name = e.path().filename().string();
    if (name[0] == '_') continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    auto j = nlohmann::json::parse(ss.str(), nullptr, true, true);
    int counters = 0;
    for (const auto& r : j["rules"]) {
      INFO(name << " rule " << r["id"]);
      CHECK(r.contains("examples"));
      CHECK(!r["examples"].empty());
      if (r.contains("counter_examples"))
        counters += static_cast<int>(r["counter_examples"].size());
    }
    INFO(name);
    CHECK(counters >= 1);  // each relation shows its negated and hedged forms
  }
}

TEST_CASE("every rule example holds with the test name table") {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(RulesDir(), &diags);
  REQUIRE(rs.ok());
  int run = 0;
  for (const RuleExample& ex : (*rs)->examples()) {
    ++run;
    Document doc = testing::MakeDoc(ex.text);
    std::vector<Mention> ms = testing::MarkNames(doc, testing::ExampleNames());
    std::vector<Relation> got = (*rs)->Extract(doc, ms);
    INFO(ex.file << ":" << ex.line << ": " << ex.text << Show(ms, got));
    if (ex.counter) {
      for (const Relation& r : got) {
        bool positive = r.modality == Modality::kAsserted || r.modality == Modality::kAlleged;
        CHECK_FALSE((r.type == ex.relation && positive));
      }
      continue;
    }
    for (const auto& e : ex.edges) {
      bool found = false;
      for (const Relation& r : got) {
        if (r.type != e.relation) continue;
        bool mod_ok = e.modality.empty()
                          ? (r.modality == Modality::kAsserted || r.modality == Modality::kAlleged)
                          : e.modality == ModalityName(r.modality);
        if (mod_ok && Matches(ms, doc, r.source, e.source) && Matches(ms, doc, r.target, e.target))
          found = true;
      }
      INFO("wanted " << e.source << " " << e.relation << " " << e.target << " " << e.modality);
      CHECK(found);
    }
  }
  CHECK(run >= 60);
}

}  // namespace
}  // namespace actorgraph
