// Loading broken rule files: every problem is reported with file:line (and
// column for JSON syntax), and a bad rule set never half-loads.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/relations.h"
#include "relations/rules_dir.h"

namespace actorgraph {
namespace {

struct Loaded {
  bool ok = false;
  std::vector<Diagnostic> diags;
  std::string All() const {
    std::string s;
    for (const auto& d : diags) s += d.ToString() + "\n";
    return s;
  }
  // The diagnostic whose text contains `needle`, or nullptr.
  const Diagnostic* Find(const std::string& needle) const {
    for (const auto& d : diags)
      if (d.ToString().find(needle) != std::string::npos) return &d;
    return nullptr;
  }
};

Loaded Load(const testing::RulesDir& dir) {
  Loaded l;
  auto r = RuleSet::Load(dir.path(), &l.diags);
  l.ok = r.ok();
  if (!l.ok) CHECK(r.status().code() == Status::Code::kRulesInvalid);
  return l;
}

const char kGood[] = R"({
  "schema_version": 1,
  "relation": "signed",
  "rules": [
    {"id": "ok", "pattern": "{source:STATE} signed {target:TREATY}",
     "examples": [{"text": "Chile signed the Paris Agreement.",
                   "edges": [["Chile", "signed", "Paris Agreement"]]}]}
  ]
}
)";

TEST_CASE("a good file loads; its examples carry file, line and edges") {
  testing::RulesDir dir;
  std::string path = dir.Write("signed.json", kGood);
  std::vector<Diagnostic> diags;
  auto r = RuleSet::Load(dir.path(), &diags);
  REQUIRE(r.ok());
  CHECK(diags.empty());
  REQUIRE((*r)->examples().size() == 1);
  const RuleExample& ex = (*r)->examples()[0];
  CHECK(ex.file == path);
  CHECK(ex.line == 6);
  CHECK(ex.relation == "signed");
  REQUIRE(ex.edges.size() == 1);
  CHECK(ex.edges[0].target == "Paris Agreement");
  CHECK(ex.edges[0].modality.empty());
}

TEST_CASE("JSON syntax errors give file:line:col") {
  testing::RulesDir dir;
  std::string path = dir.Write(
      "signed.json", "// comment\n{\n  \"schema_version\": 1,\n  \"relation\" \"signed\"\n}\n");
  Loaded l = Load(dir);
  CHECK_FALSE(l.ok);
  REQUIRE(l.diags.size() == 1);
  CHECK(l.diags[0].file == path);
  CHECK(l.diags[0].line == 4);
  CHECK(l.diags[0].column == 21);  // nlohmann points at the end of the bad token
  CHECK(l.diags[0].ToString().find(path + ":4:21: JSON syntax error") == 0);
}

TEST_CASE("a key written twice in one object is an error at its second line") {
  testing::RulesDir dir;
  std::string path = dir.Write("signed.json", R"({
  "schema_version": 1,
  "relation": "signed",
  "rules": [
    {"id": "ok", "pattern": "{source:STATE} signed {target:TREATY}",
     "examples": [{"text": "Chile signed the Paris Agreement.",
                   "edges": [["Chile", "signed", "Paris Agreement"]]}],
     "counter_examples": [{"text": "Chile has not signed the Paris Agreement."}],
     "counter_examples": [{"text": "Chile may sign the Paris Agreement."}]}
  ]
}
)");
  Loaded l = Load(dir);
  CHECK_FALSE(l.ok);
  const Diagnostic* d = l.Find("duplicate key");
  REQUIRE(d != nullptr);
  CHECK(d->file == path);
  CHECK(d->line == 9);
  CHECK(d->field == "counter_examples");
  // The same key in two different objects is fine.
  testing::RulesDir good;
  good.Write("signed.json", kGood);
  CHECK(Load(good).ok);
}

TEST_CASE("every problem of a file is reported, each at its rule's line") {
  testing::RulesDir dir;
  std::string path = dir.Write("signed.json", R"({
  "schema_version": 1,
  "relation": "signed",
  "lexicon": {"EMPTY": [], "lower": ["x"]},
  "rules": [
    {"id": "types", "pattern": "{source:COUNTRY} signed {target:TREATY}"},
    {"id": "class",
     "pattern": "{source:STATE} @NOPE {target:TREATY}"},
    {"id": "noslot", "pattern": "{source:STATE} signed"},
    {"pattern": "{source:STATE} signed {target:TREATY}"},
    {"id": "nopattern"},
    {"id": "fields", "pattern": "{source:STATE} signed {target:TREATY}", "confidance": 0.5,
     "confidence": 7, "priority": "high", "modality": "sure", "unless": ["@NOPE"]},
    {"id": "dup", "pattern": "{source:STATE} signed {target:TREATY}"},
    {"id": "dup", "pattern": "{source:STATE} ratified {target:TREATY}"},
    {"id": "ex", "pattern": "{source:STATE} signed {target:TREATY}",
     "examples": [{"text": "A signed B.", "edges": [["A", "sign", "B", "maybe"]]}, {"edges": []}],
     "counter_examples": [{"text": "x", "edges": [["A", "signed", "B"]]}]}
  ]
}
)");
  Loaded l = Load(dir);
  INFO(l.All());
  CHECK_FALSE(l.ok);
  auto at = [&](const std::string& needle) {
    const Diagnostic* d = l.Find(needle);
    REQUIRE_MESSAGE(d != nullptr, needle);
    CHECK(d->file == path);
    return d->line;
  };
  CHECK(at("lexicon.EMPTY: empty word class") == 4);
  CHECK(at("lexicon.lower: class names are CAPITALS") == 4);
  CHECK(at("rule 'signed.types' pattern: unknown entity type 'COUNTRY'") == 6);
  CHECK(at("rule 'signed.class' pattern: unknown word class @NOPE") == 7);
  CHECK(at("rule 'signed.noslot' pattern: a pattern needs") == 9);
  CHECK(at("id: missing rule id") == 10);
  CHECK(at("rule 'signed.nopattern' pattern: missing pattern") == 11);
  CHECK(at("rule 'signed.fields' confidance: unknown field") == 12);
  CHECK(at("rule 'signed.fields' confidence: must be") == 12);
  CHECK(at("rule 'signed.fields' priority: must be a whole number") == 12);
  CHECK(at("rule 'signed.fields' modality: must be") == 12);
  CHECK(at("rule 'signed.fields' unless[0]: unknown word class @NOPE") == 12);
  CHECK(at("rule 'signed.dup' id: duplicate rule id") == 15);
  CHECK(at("unknown relation \"sign\"") == 17);
  CHECK(at("unknown modality \"maybe\"") == 17);
  CHECK(at("examples[1]: needs a \"text\"") == 16);
  CHECK(at("counter_examples[0]: a counter-example lists no edges") == 18);
}

TEST_CASE("file-level problems: relation, schema version, unknown fields, stray files") {
  testing::RulesDir dir;
  dir.Write("a.json", "{\"schema_version\": 2, \"relation\": \"signed\", \"rules\": []}");
  dir.Write("b.json", "{\"schema_version\": 1,\n\"relation\": \"hugged\", \"rules\": []}");
  dir.Write("c.json", "{\"schema_version\": 1, \"relation\": \"signed\",\n \"rulez\": []}");
  dir.Write("_extra.json", "{}");
  Loaded l = Load(dir);
  INFO(l.All());
  CHECK_FALSE(l.ok);
  CHECK(l.Find("a.json:1: schema_version: must be 1"));
  CHECK(l.Find("b.json:2: relation: unknown relation \"hugged\""));
  CHECK(l.Find("c.json:2: rulez: unknown field"));
  CHECK(l.Find("c.json:1: rules: missing list of rules"));
  CHECK(l.Find("_extra.json: unknown shared file"));
}

TEST_CASE("the rules load the same on one thread and on several") {
  testing::RulesDir dir;
  dir.Write("a.json", "{\"schema_version\": 2, \"relation\": \"signed\", \"rules\": []}");
  dir.Write("b.json", "{\"schema_version\": 1,\n\"relation\": \"hugged\", \"rules\": []}");
  dir.Write("signed.json", kGood);
  dir.Write("signed2.json", R"({"schema_version": 1, "relation": "signed",
  "rules": [
    {"id": "signed.ok", "pattern": "{source:STATE} inked {target:TREATY}"},
    {"id": "bad", "pattern": "{source:STATE} @NOPE {target:TREATY}"}]})");
  dir.Write("_extra.json", "{}");
  std::vector<std::string> seen;
  for (int threads : {1, 2, 4, 0}) {
    std::vector<Diagnostic> diags;
    CHECK_FALSE(RuleSet::Load(dir.path(), &diags, threads).ok());
    std::string all;
    for (const Diagnostic& d : diags) all += d.ToString() + "\n";
    seen.push_back(all);
  }
  CHECK(seen[0].find("duplicate rule id") != std::string::npos);
  CHECK(seen[0].find("unknown word class @NOPE") != std::string::npos);
  for (const std::string& s : seen) CHECK(s == seen[0]);

  // A good set: the same rules and examples, in the same order.
  testing::RulesDir good;
  good.Write("signed.json", kGood);
  good.Write("supported.json", R"({"schema_version": 1, "relation": "supported",
  "rules": [{"id": "backs", "pattern": "{source:STATE} backed {target:TREATY}",
             "examples": [{"text": "Peru backed the Paris Agreement.",
                           "edges": [["Peru", "supported", "Paris Agreement"]]}]}]})");
  auto one = RuleSet::Load(good.path(), nullptr, 1);
  auto four = RuleSet::Load(good.path(), nullptr, 4);
  REQUIRE(one.ok());
  REQUIRE(four.ok());
  CHECK((*one)->rule_count() == 2);
  CHECK((*four)->rule_count() == 2);
  REQUIRE((*four)->examples().size() == 2);
  for (size_t i = 0; i < 2; ++i) CHECK((*one)->examples()[i].text == (*four)->examples()[i].text);
  CHECK((*four)->examples()[0].relation == "signed");
}

TEST_CASE("duplicate ids across files, and one bad file fails the whole set") {
  testing::RulesDir dir;
  dir.Write("signed.json", kGood);
  dir.Write("signed2.json", R"({"schema_version": 1, "relation": "signed",
  "rules": [
    {"id": "signed.ok", "pattern": "{source:STATE} inked {target:TREATY}"}]})");
  Loaded l = Load(dir);
  INFO(l.All());
  CHECK_FALSE(l.ok);
  const Diagnostic* d = l.Find("duplicate rule id (first at ");
  REQUIRE(d != nullptr);
  CHECK(d->line == 3);
  CHECK(d->rule_id == "signed.ok");
}

TEST_CASE("a missing relations directory and a broken cue file are errors") {
  std::vector<Diagnostic> diags;
  CHECK_FALSE(RuleSet::Load("/nonexistent/rules", &diags).ok());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message.find("not found") != std::string::npos);

  testing::RulesDir dir;
  dir.Write("signed.json", kGood);
  dir.Write("_cues.json",
            "{\"schema_version\": 1, \"window\": 99,\n \"negated\": [\"\"], \"maybe\": []}");
  Loaded l = Load(dir);
  INFO(l.All());
  CHECK_FALSE(l.ok);
  CHECK(l.Find("window: must be a whole number"));
  CHECK(l.Find("negated: holds an empty cue"));
  CHECK(l.Find("maybe: unknown field"));
}

TEST_CASE("a pattern beyond the memory limit is reported, never run") {
  testing::RulesDir dir;
  std::string words;
  for (int i = 0; i < 100000; ++i)
    words +=
        (i ? ", \"w" : "\"w") + std::to_string(i) + "q" + std::to_string(i * 7919 % 100003) + "z\"";
  dir.Write("signed.json",
            "{\"schema_version\": 1, \"relation\": \"signed\",\n \"lexicon\": {\"BIG\": [" + words +
                "]},\n \"rules\": [\n {\"id\": \"huge\", \"pattern\": "
                "\"{source:STATE} @BIG {target:TREATY}\"}]}");
  Loaded l = Load(dir);
  CHECK_FALSE(l.ok);
  const Diagnostic* d = l.Find("does not compile within the memory limit");
  REQUIRE(d != nullptr);
  CHECK(d->line == 4);
  CHECK(d->rule_id == "signed.huge");
}

}  // namespace
}  // namespace actorgraph
