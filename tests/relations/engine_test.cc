// Extraction with small hand-written rule sets: the prefilter, unless
// vetoes, the overlap policy, modality scoping, dates and inner names.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "actorgraph/relations.h"
#include "relations/fixture.h"
#include "relations/rules_dir.h"

namespace actorgraph {
namespace {

const char kCues[] = R"({
  "schema_version": 1, "window": 5,
  "negated": ["not", "n't", "never", "refused to", "withheld"],
  "alleged": ["allegedly", "allegations"],
  "hypothetical": ["may", "would", "plans to"],
  "ignore": ["not only"],
  "clause_breaks": [",", ";", "but", "which"]
})";

std::string File(const std::string& relation, const std::string& rules,
                 const std::string& extra = "") {
  return "// test rules\n{\"schema_version\": 1, \"relation\": \"" + relation + "\"," + extra +
         "\n \"rules\": [" + rules + "]}\n";
}

struct Fixture {
  testing::RulesDir dir;
  std::shared_ptr<const RuleSet> rules;
  Document doc;
  std::vector<Mention> ms;

  void Load() {
    dir.Write("_cues.json", kCues);
    std::vector<Diagnostic> diags;
    auto r = RuleSet::Load(dir.path(), &diags);
    std::string all;
    for (const auto& d : diags) all += d.ToString() + "\n";
    REQUIRE_MESSAGE(r.ok(), all);
    rules = *r;
  }
  std::vector<Relation> Run(const std::string& text) {
    doc = testing::MakeDoc(text);
    ms = testing::MarkNames(doc, testing::ExampleNames());
    return rules->Extract(doc, ms);
  }
  std::string Edge(const Relation& r) const {
    return ms[r.source].label + " " + r.type + " " + ms[r.target].label + " " +
           ModalityName(r.modality);
  }
};

const char kSigned[] = R"(
  {"id": "sign", "pattern": "{source+:STATE} ~3 !signed (the)? {target:TREATY}",
   "unless": ["signed ~2 {TREATY} into law"]},
  {"id": "long", "pattern": "{source+:STATE} ~3 signed (the)? {target:TREATY} in full", "confidence": 0.6},
  {"id": "passive", "pattern": "{target:TREATY} was signed by {source+:STATE}", "priority": 2})";

TEST_CASE("lists give one edge per member; rule id, confidence, evidence") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  CHECK(f.rules->rule_count() == 3);
  auto rs =
      f.Run("Not relevant here. Brazil, Chile and the United States signed the Paris Agreement.");
  REQUIRE(rs.size() == 3);
  CHECK(f.Edge(rs[0]) == "Brazil signed Paris Agreement asserted");
  CHECK(f.Edge(rs[2]) == "United States signed Paris Agreement asserted");
  CHECK(rs[0].rule == "signed.sign");
  CHECK(rs[0].confidence == doctest::Approx(0.8));
  CHECK(rs[0].sentence == 1);
  CHECK(f.doc.Text(rs[0].evidence) ==
        "Brazil, Chile and the United States signed the Paris Agreement.");
  CHECK(f.doc.Text(rs[0].trigger) == "signed");
}

TEST_CASE("an {each+:...} list gives an edge each way between every two members") {
  Fixture f;
  f.dir.Write("accused.json", File("accused", R"js({"id": "each", "pattern":
                   "{each+:STATE} ~2 !accused (each other|one another)"})js"));
  f.Load();
  auto rs = f.Run("Brazil, Chile and Russia accused each other of spying.");
  std::vector<std::string> edges;
  for (const Relation& r : rs) edges.push_back(f.Edge(r));
  std::sort(edges.begin(), edges.end());
  CHECK(edges == std::vector<std::string>{
                     "Brazil accused Chile asserted", "Brazil accused Russia asserted",
                     "Chile accused Brazil asserted", "Chile accused Russia asserted",
                     "Russia accused Brazil asserted", "Russia accused Chile asserted"});
  CHECK(f.Run("Russia accused each other of spying.").empty());  // one name: no pair
}

TEST_CASE("an {each:...} slot must be a list and stands alone") {
  Fixture f;
  f.dir.Write("_cues.json", kCues);
  f.dir.Write("accused.json", File("accused", R"js(
    {"id": "one", "pattern": "{each:STATE} accused each other"},
    {"id": "mixed", "pattern": "{each+:STATE} accused {target:STATE}"})js"));
  std::vector<Diagnostic> diags;
  CHECK_FALSE(RuleSet::Load(f.dir.path(), &diags).ok());
  std::string all;
  for (const auto& d : diags) all += d.ToString() + "\n";
  INFO(all);
  CHECK(all.find("'accused.one' pattern: an {each:...} slot must be a list") != std::string::npos);
  CHECK(all.find("'accused.mixed' pattern: an {each+:...} slot stands alone") != std::string::npos);
}

TEST_CASE("overlap: the higher priority wins, then the longer match") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  auto rs = f.Run("Brazil signed the Paris Agreement in full.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].rule == "signed.long");  // same priority, longer match
  CHECK(rs[0].confidence == doctest::Approx(0.6));
  rs = f.Run("The Paris Agreement was signed by Brazil.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].rule == "signed.passive");
}

TEST_CASE("an unless pattern vetoes an overlapping match only") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  CHECK(f.Run("Brazil signed the Paris Agreement into law.").empty());
  CHECK(f.Run("Brazil signed the Paris Agreement. Chile signed the Arms Trade Treaty into law.")
            .size() == 1);
}

TEST_CASE("sentences without two entities, or without a matching rule, give nothing") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  CHECK(f.Run("Brazil signed it.").empty());
  CHECK(f.Run("Brazil praised the Paris Agreement.").empty());
  CHECK(f.rules->Extract(Document{}, {}).empty());
}

TEST_CASE("modality: a cue governs the trigger only in its clause and quotation") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  auto one = [&](const std::string& text) {
    auto rs = f.Run(text);
    REQUIRE_MESSAGE(rs.size() == 1, text);
    return std::string(ModalityName(rs[0].modality)) + (rs[0].cue.empty() ? "" : ":" + rs[0].cue);
  };
  CHECK(one("Brazil has not signed the Paris Agreement.") == "negated:not");
  CHECK(one("Brazil has never signed the Paris Agreement.") == "negated:never");
  CHECK(one("Brazil refused to signed the Paris Agreement.") == "negated:refused to");
  CHECK(one("Brazil may have signed the Paris Agreement.") == "hypothetical:may");
  CHECK(one("Brazil would not have signed the Paris Agreement.") == "negated:not");
  CHECK(one("Brazil allegedly signed the Paris Agreement.") == "alleged:allegedly");
  CHECK(one("Brazil signed the Paris Agreement.") == "asserted");
  // Inside a quotation, outside the trigger's clause, or too far away: no effect.
  CHECK(one("Brazil \xE2\x80\x9Enever\xE2\x80\x9C signed the Paris Agreement.") == "asserted");
  CHECK(one("Brazil \"not\" signed the Paris Agreement.") == "asserted");
  CHECK(one("Chile did not, but Brazil signed the Paris Agreement.") == "asserted");
  CHECK(one("Not only Brazil signed the Paris Agreement.") == "asserted");
  // A later clause does not reach back.
  auto rs = f.Run("Brazil signed the Paris Agreement, but Chile did not.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kAsserted);
}

TEST_CASE("a cue further than the window from the trigger has no effect") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", R"(
    {"id": "far", "pattern": "{source:STATE} ~9 signed (the)? {target:TREATY}"})"));
  f.Load();
  auto rs = f.Run("Brazil not at any point in all these years signed the Paris Agreement.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kAsserted);
  rs = f.Run("Brazil had not at any point signed the Paris Agreement.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kNegated);
}

TEST_CASE("the date nearest the trigger in the same sentence; none gives none") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  auto rs =
      f.Run("Brazil signed the Paris Agreement in May 2015, years after talks began in 2002.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].date == "2015-05");
  rs =
      f.Run("In 2002 Brazil signed the Paris Agreement after talks that went on and on for years.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].date == "2002");
  rs = f.Run("It happened in 2002. Brazil signed the Paris Agreement.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].date.empty());
}

TEST_CASE("conflicting relations: the better of supported and opposed wins for a pair") {
  Fixture f;
  f.dir.Write("supported.json", File("supported", R"(
    {"id": "back", "pattern": "{source:STATE} ~4 !backed (the)? {target:TREATY}"})",
                                     R"("conflicts": ["opposed"],)"));
  f.dir.Write("opposed.json", File("opposed", R"(
    {"id": "withdraw", "pattern": "{source:STATE} withdrew the support it backed (the)? {target:TREATY}", "priority": 1})"));
  f.Load();
  auto rs = f.Run("Brazil withdrew the support it backed the Paris Agreement.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].type == "opposed");
  rs = f.Run("Brazil backed the Paris Agreement.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].type == "supported");
}

TEST_CASE("no self-edges; a rule's own modality is its default") {
  Fixture f;
  f.dir.Write("accused.json", File("accused", R"(
    {"id": "blamed", "pattern": "{source:STATE} ~2 blamed {target:STATE}", "modality": "alleged"})"));
  f.Load();
  CHECK(f.Run("Russia blamed Moscow.").empty());  // one node
  auto rs = f.Run("Russia blamed China.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kAlleged);
  rs = f.Run("Russia never blamed China.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kNegated);
}

TEST_CASE("use_cues: false keeps standing facts asserted whatever the verb around them") {
  Fixture f;
  f.dir.Write("affiliated-with.json", File("affiliated-with", R"(
    {"id": "title", "pattern": "{target:STATE} (minister|president) {source:PERSON}"},
    {"id": "verb", "pattern": "{source:PERSON} ~3 !leads {target:STATE}", "use_cues": true})",
                                           R"("use_cues": false,)"));
  f.Load();
  auto rs = f.Run("Chile may never meet Russian president Sergei Lavrov.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kAsserted);
  CHECK(rs[0].cue.empty());
  rs = f.Run("Sergei Lavrov no longer never leads Russia.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kNegated);
}

TEST_CASE("'=' rules read the words inside a long name that holds other names") {
  Fixture f;
  f.dir.Write("part-of.json", File("part-of", R"(
    {"id": "name-of", "pattern": "{source:ORG|TREATY} = ~6 of the {target:ORG}"})"));
  f.Load();
  auto rs = f.Run("The Budapest Convention of the Council of Europe is old.");
  REQUIRE(rs.size() == 1);
  CHECK(f.Edge(rs[0]) == "Convention on Cybercrime part-of Council of Europe asserted");
  CHECK(rs[0].rule == "part-of.name-of");
  // The same words as two separate names are no match for an '=' rule.
  CHECK(f.Run("The Paris Agreement of the Council of Europe is new.").empty());
}

TEST_CASE("not_after: a name right after a place word is no actor") {
  Fixture f;
  f.dir.Write("opposed.json", File("opposed", R"(
    {"id": "block", "pattern": "{source:ORG|STATE} ~3 !blocked (the)? {target:TREATY}"},
    {"id": "own", "pattern": "{source:STATE} ~3 !rejected (the)? {target:TREATY}", "not_after": []})",
                                   R"("not_after": ["in", "at"],)"));
  f.Load();
  CHECK(f.Run("Talks in Brazil blocked the Paris Agreement.").empty());
  CHECK(f.Run("Brazil blocked the Paris Agreement.").size() == 1);
  CHECK(f.Run("Talks in Brazil rejected the Paris Agreement.").size() == 1);  // rule's own []
}

TEST_CASE("a quoted cue after the trigger's quotation does not negate it") {
  Fixture f;
  f.dir.Write("proposed.json", File("proposed", R"(
    {"id": "passive", "pattern": "{target:TREATY} ,? ~8 !proposed by {source:STATE}"})"));
  f.Load();
  auto rs = f.Run(
      "The Paris Agreement, a \xE2\x80\x9E"
      "commitment not to pollute\xE2\x80\x9C proposed by Brazil, passed.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kAsserted);
  rs = f.Run("The Paris Agreement, a commitment not proposed by Brazil, passed.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].modality == Modality::kNegated);
}

TEST_CASE("long lists of names stay fast and give one edge per member") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", R"(
    {"id": "list", "pattern": "{source+:STATE} ~3 !signed (the)? {target+:TREATY}"})"));
  f.Load();
  std::string text;
  int n = 0;
  for (int rep = 0; rep < 4; ++rep)
    for (const char* s : {"Brazil", "Chile", "Peru", "Japan", "Canada", "Kenya", "Ghana", "Norway",
                          "Egypt", "Sweden", "Poland", "Austria"}) {
      text += std::string(n ? ", " : "") + s;
      ++n;
    }
  text += " and Mexico signed the Paris Agreement, the Arms Trade Treaty and the Rome Statute.";
  auto rs = f.Run(text);
  CHECK(rs.size() == static_cast<size_t>((n + 1) * 3));
  REQUIRE(!rs.empty());
  std::string last = f.Edge(rs.back());
  CHECK(last.find("Mexico signed") == 0);
}

TEST_CASE("Extract is deterministic and safe to call from many threads") {
  Fixture f;
  f.dir.Write("signed.json", File("signed", kSigned));
  f.Load();
  auto first =
      f.Run("Brazil and Chile signed the Paris Agreement. Peru signed the Arms Trade Treaty.");
  for (int i = 0; i < 3; ++i) {
    auto again = f.rules->Extract(f.doc, f.ms);
    REQUIRE(again.size() == first.size());
    for (size_t k = 0; k < first.size(); ++k) CHECK(f.Edge(again[k]) == f.Edge(first[k]));
  }
}

}  // namespace
}  // namespace actorgraph
