#include "actorgraph/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iterator>
#include <utility>

#include "actorgraph/text.h"
#include "actorgraph/util.h"

namespace actorgraph {

Result<std::shared_ptr<const Knowledge>> Knowledge::Load(const std::string& rules_dir,
                                                         std::vector<Diagnostic>* diags,
                                                         int threads) {
  threads = ThreadCount(threads);
  std::error_code ec;
  if (!std::filesystem::is_directory(rules_dir, ec)) {
    diags->push_back({rules_dir, 0, 0, "", "", "rules directory not found"});
    return Status::RulesInvalid("rules directory not found: " + rules_dir);
  }
  // Load every part so that all diagnostics are reported at once. With more
  // than one thread, dates and names load beside the relation rules (by far
  // the largest part); diagnostics keep the order dates, names, relations.
  std::vector<Diagnostic> early;
  auto load_small = [&] {
    auto d = DateRecognizer::Load(rules_dir, &early);
    auto e = EntityRecognizer::Load(rules_dir, &early);
    return std::make_pair(std::move(d), std::move(e));
  };
  std::future<decltype(load_small())> small;
  if (threads > 1) small = std::async(std::launch::async, load_small);
  std::vector<Diagnostic> late;
  auto relations = RuleSet::Load(rules_dir, &late, threads);
  auto [dates, entities] = threads > 1 ? small.get() : load_small();
  diags->insert(diags->end(), early.begin(), early.end());
  diags->insert(diags->end(), late.begin(), late.end());
  for (const Status* s : {&dates.status(), &entities.status(), &relations.status()})
    if (!s->ok()) return Status::RulesInvalid(s->message());
  auto k = std::make_shared<Knowledge>();
  k->dates = *dates;
  k->entities = *entities;
  k->relations = *relations;
  return std::shared_ptr<const Knowledge>(std::move(k));
}

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("ACTORGRAPH_RULES"); env && *env) return env;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory("rules/relations", ec)) return "rules";
  // Beside the executable: build/actorgraph -> rules/, or an installed share/ layout.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const char* rel : {"../rules", "rules", "../share/actorgraph/rules"}) {
      fs::path p = exe.parent_path() / rel;
      if (fs::is_directory(p / "relations", ec)) return fs::weakly_canonical(p, ec).string();
    }
  }
#ifdef ACTORGRAPH_DEFAULT_RULES
  return ACTORGRAPH_DEFAULT_RULES;
#else
  return "rules";
#endif
}

Extraction Extract(Document doc, const Knowledge& k) {
  Extraction x;
  Analyze(&doc);
  std::vector<Mention> dates = k.dates->Find(doc);
  std::vector<Mention> entities = k.entities->Find(doc, dates);
  k.entities->Resolve(doc, &entities);
  x.mentions.reserve(dates.size() + entities.size());
  std::merge(std::make_move_iterator(entities.begin()), std::make_move_iterator(entities.end()),
             std::make_move_iterator(dates.begin()), std::make_move_iterator(dates.end()),
             std::back_inserter(x.mentions),
             [](const Mention& a, const Mention& b) { return a.span < b.span; });
  x.relations = k.relations->Extract(doc, x.mentions);
  x.doc = std::move(doc);
  return x;
}

namespace {

// Does some mention of node `node` carry this name (label or surface text)?
bool NameMatches(const Extraction& x, uint32_t mention, const std::string& name) {
  const Mention& m = x.mentions[mention];
  std::string want = FoldCase(name);
  if (FoldCase(m.label) == want) return true;
  for (const Mention& o : x.mentions)
    if (o.node == m.node && !m.node.empty() && FoldCase(x.doc.Text(o.span)) == want) return true;
  return FoldCase(x.doc.Text(m.span)) == want;
}

std::string Describe(const Extraction& x, const Relation& r) {
  return x.mentions[r.source].label + " " + r.type + " " + x.mentions[r.target].label + " (" +
         ModalityName(r.modality) + ", rule " + r.rule + ")";
}

}  // namespace

std::vector<Diagnostic> CheckRuleExamples(const Knowledge& k, size_t* examples_run) {
  std::vector<Diagnostic> out;
  k.relations->CompileAll(&out, 0);
  size_t n = 0;
  for (const RuleExample& ex : k.relations->examples()) {
    ++n;
    Document doc;
    doc.id = "example";
    doc.text = ex.text;
    doc.bytes = ex.text.size();
    Extraction x = Extract(std::move(doc), k);
    auto fail = [&](const std::string& msg) {
      out.push_back({ex.file, ex.line, 0, "", ex.counter ? "counter_examples" : "examples", msg});
    };
    if (ex.counter) {
      for (const Relation& r : x.relations)
        if (r.type == ex.relation && r.modality != Modality::kNegated &&
            r.modality != Modality::kHypothetical)
          fail("counter-example \"" + ex.text + "\" gave " + Describe(x, r));
      continue;
    }
    for (const RuleExample::Edge& e : ex.edges) {
      bool found = false;
      for (const Relation& r : x.relations) {
        if (r.type != e.relation) continue;
        if (e.modality.empty()
                ? (r.modality != Modality::kAsserted && r.modality != Modality::kAlleged)
                : e.modality != ModalityName(r.modality))
          continue;
        if (NameMatches(x, r.source, e.source) && NameMatches(x, r.target, e.target)) {
          found = true;
          break;
        }
      }
      if (!found) {
        std::string got;
        for (const Relation& r : x.relations) got += "\n    got: " + Describe(x, r);
        fail("example \"" + ex.text + "\" should give " + e.source + " " + e.relation + " " +
             e.target + (e.modality.empty() ? "" : " (" + e.modality + ")") +
             (got.empty() ? "; it gave no edge" : got));
      }
    }
  }
  if (examples_run) *examples_run = n;
  return out;
}

}  // namespace actorgraph
