// Loading rules/relations/*.json: every problem becomes a Diagnostic with
// file:line; a rule set with any problem does not load.
#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

using nlohmann::json;

// Calls fn(0) ... fn(n - 1), on up to `threads` threads (the calling one
// among them); each index once.
template <typename Fn>
void ForEachIndex(size_t n, int threads, const Fn& fn) {
  size_t workers = std::min(n, static_cast<size_t>(std::max(threads, 1)));
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < workers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

const char* const kRelations[] = {"signed",         "proposed", "supported",       "opposed",
                                  "alleged-attack", "accused",  "affiliated-with", "part-of"};

// Offsets of the '{' opening each object of the array under the top-level
// key `key` ("rules"), skipping strings and // comments.
std::vector<size_t> ArrayObjectStarts(const std::string& raw, const std::string& key) {
  std::vector<size_t> out;
  int depth = 0, target = -1;
  std::string last_string;
  bool key_pending = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '/' && i + 1 < raw.size() && raw[i + 1] == '/') {
      while (i < raw.size() && raw[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < raw.size() && raw[i + 1] == '*') {
      size_t e = raw.find("*/", i + 2);
      i = e == std::string::npos ? raw.size() : e + 1;
      continue;
    }
    if (c == '"') {
      size_t j = i + 1;
      std::string s;
      while (j < raw.size() && raw[j] != '"') {
        if (raw[j] == '\\') ++j;
        if (j < raw.size()) s.push_back(raw[j]);
        ++j;
      }
      if (depth == 1) {
        last_string = s;
        key_pending = true;
      }
      i = j;
      continue;
    }
    if (c == '{' || c == '[') {
      if (c == '{' && depth == target) out.push_back(i);
      if (c == '[' && depth == 1 && key_pending && last_string == key) target = depth + 1;
      ++depth;
      key_pending = false;
    } else if (c == '}' || c == ']') {
      --depth;
      if (target >= 0 && depth < target) target = -2;
    } else if (c == ',') {
      key_pending = false;
    }
  }
  return out;
}

int LineOf(const std::string& raw, size_t byte) {
  // Lines only (LineCol also counts columns): memchr finds the newlines.
  const char* p = raw.data();
  const char* end = p + std::min(byte, raw.size());
  int line = 1;
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p))))) {
    ++line;
    ++p;
  }
  return line;
}

// The line where `needle` first occurs at or after `from`; `fallback` if never.
int FindLine(const std::string& raw, const std::string& needle, size_t from, int fallback) {
  size_t p = raw.find(needle, from);
  return p == std::string::npos ? fallback : LineOf(raw, p);
}

struct FileCtx {
  std::string path;
  std::string raw;
  std::vector<Diagnostic>* diags;
  bool ok = true;
  void Error(int line, const std::string& rule, const std::string& field, const std::string& msg) {
    diags->push_back({path, line, 0, rule, field, msg});
    ok = false;
  }
};

// Reads "lexicon": {"CLASS": ["word", ...]} into *lex (overriding classes of
// the same name).
void ReadLexicon(const json& j, FileCtx* f, Lexicon* lex) {
  if (!j.is_object())
    return f->Error(FindLine(f->raw, "\"lexicon\"", 0, 0), "", "lexicon",
                    "must be an object of word classes");
  for (auto it = j.begin(); it != j.end(); ++it) {
    int line = FindLine(f->raw, "\"" + it.key() + "\"", 0, 0);
    std::string field = "lexicon." + it.key();
    if (it.key().empty() ||
        it.key().find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != std::string::npos) {
      f->Error(line, "", field, "class names are CAPITALS, digits and '_'");
      continue;
    }
    if (!it->is_array()) {
      f->Error(line, "", field, "must be a list of words or phrases");
      continue;
    }
    std::vector<std::string> words;
    for (const json& w : *it) {
      if (!w.is_string() || Trim(w.get<std::string>()).empty()) {
        f->Error(line, "", field, "entries must be non-empty strings");
        continue;
      }
      words.push_back(std::string(Trim(w.get<std::string>())));
    }
    if (it->empty()) f->Error(line, "", field, "empty word class");
    (*lex)[it.key()] = std::move(words);
  }
}

// A regex of the pattern compiler, compiled when first needed. One that may
// be too large for its budget (InstructionBound) is compiled now, so that
// its error is a load error; the others surely compile.
std::unique_ptr<LazyRegex> CompileRegex(const std::string& regex, std::string* error) {
  auto re = std::make_unique<LazyRegex>(regex, kRuleMaxMem);
  if (InstructionBound(regex) > kSurelyCompiles) {
    *error = re->error();
    if (!error->empty()) return nullptr;
  }
  return re;
}

// Adds the words of a veto or not_after list to the rule's vocabulary, so the
// compacted skeleton the rule reads keeps them.
void KeepWords(const CompiledPattern& cp, Rule* rule) {
  rule->words.insert(rule->words.end(), cp.words.begin(), cp.words.end());
  rule->prefixes.insert(rule->prefixes.end(), cp.prefixes.begin(), cp.prefixes.end());
}

// "not_after": words or @CLASSes that must not stand right before a match
// ("in Malaysia have expressed concern": Malaysia is a place, not an actor).
std::unique_ptr<LazyRegex> CompileNotAfter(const json& list, const Lexicon& lex, Rule* rule,
                                           std::string* error) {
  if (!list.is_array()) {
    *error = "must be a list of words or @CLASSes";
    return nullptr;
  }
  if (list.empty()) return nullptr;
  std::string alts;
  for (const json& w : list) {
    if (!w.is_string() || Trim(w.get<std::string>()).empty()) {
      *error = "must be a list of words or @CLASSes";
      return nullptr;
    }
    alts += (alts.empty() ? "" : " | ") + w.get<std::string>();
  }
  CompiledPattern cp = CompilePattern("(" + alts + ")", lex);
  if (!cp.error.empty()) {
    *error = cp.error;
    return nullptr;
  }
  KeepWords(cp, rule);
  return CompileRegex(cp.regex + "$", error);
}

void ReadExamples(const json& list, bool counter, const std::string& relation, size_t rule_at,
                  int rule_line, const std::string& id, FileCtx* f, Compiled* out) {
  const char* field = counter ? "counter_examples" : "examples";
  if (!list.is_array()) return f->Error(rule_line, id, field, "must be a list");
  for (size_t i = 0; i < list.size(); ++i) {
    const json& e = list[i];
    std::string fname = std::string(field) + "[" + std::to_string(i) + "]";
    if (!e.is_object() || !e.contains("text") || !e["text"].is_string()) {
      f->Error(rule_line, id, fname, "needs a \"text\"");
      continue;
    }
    RuleExample ex;
    ex.file = f->path;
    ex.relation = relation;
    ex.text = e["text"].get<std::string>();
    ex.counter = counter;
    ex.line = FindLine(f->raw, json(ex.text).dump(), rule_at, rule_line);
    for (auto it = e.begin(); it != e.end(); ++it) {
      if (it.key() != "text" && it.key() != "edges" && it.key() != "note")
        f->Error(ex.line, id, fname, "unknown field \"" + it.key() + "\"");
    }
    if (e.contains("edges")) {
      if (counter) f->Error(ex.line, id, fname, "a counter-example lists no edges");
      const json& edges = e["edges"];
      for (size_t k = 0; edges.is_array() && k < edges.size(); ++k) {
        const json& g = edges[k];
        bool good = g.is_array() && (g.size() == 3 || g.size() == 4);
        for (size_t m = 0; good && m < g.size(); ++m) good = g[m].is_string();
        if (!good) {
          f->Error(ex.line, id, fname,
                   "an edge is [\"source\", \"relation\", \"target\"] with an "
                   "optional modality");
          continue;
        }
        RuleExample::Edge edge{g[0].get<std::string>(), g[1].get<std::string>(),
                               g[2].get<std::string>(),
                               g.size() == 4 ? g[3].get<std::string>() : ""};
        Modality m;
        if (!KnownRelation(edge.relation))
          f->Error(ex.line, id, fname, "unknown relation \"" + edge.relation + "\"");
        if (!edge.modality.empty() && !ParseModality(edge.modality, &m))
          f->Error(ex.line, id, fname, "unknown modality \"" + edge.modality + "\"");
        ex.edges.push_back(std::move(edge));
      }
      if (!edges.is_array() || (!counter && edges.empty()))
        f->Error(ex.line, id, fname, "\"edges\" must be a non-empty list");
    } else if (!counter) {
      f->Error(ex.line, id, fname, "an example needs \"edges\"");
    }
    out->examples.push_back(std::move(ex));
  }
}

void ReadRule(const json& r, size_t at, const std::string& relation, const Lexicon& lex,
              double default_conf, bool default_cues, const json& file_not_after, FileCtx* f,
              Compiled* out) {
  int line = LineOf(f->raw, at);
  if (!r.is_object()) return f->Error(line, "", "rules", "each rule is an object");
  std::string id = r.contains("id") && r["id"].is_string() ? r["id"].get<std::string>() : "";
  if (id.empty()) return f->Error(line, "", "id", "missing rule id");
  if (id.find('.') == std::string::npos) id = relation + "." + id;
  Rule rule;
  rule.id = id;
  rule.relation = relation;
  rule.relation_id = RelationId(relation);
  rule.file = f->path;
  rule.line = line;
  rule.confidence = default_conf;
  rule.use_cues = default_cues;
  static const std::set<std::string> kFields = {
      "id",       "pattern",  "confidence", "priority",         "unless", "not_after",
      "modality", "use_cues", "examples",   "counter_examples", "note",   "comment"};
  for (auto it = r.begin(); it != r.end(); ++it)
    if (!kFields.count(it.key())) f->Error(line, id, it.key(), "unknown field");
  if (!r.contains("pattern") || !r["pattern"].is_string()) {
    f->Error(line, id, "pattern", "missing pattern");
  } else {
    rule.pattern = r["pattern"].get<std::string>();
    CompiledPattern cp = CompilePattern(rule.pattern, lex);
    bool has_source = false, has_target = false, has_each = false;
    for (const Slot& s : cp.slots) {
      has_source = has_source || s.role == "source";
      has_target = has_target || s.role == "target";
      has_each = has_each || s.role == "each";
    }
    for (const Slot& s : cp.slots)
      if (cp.error.empty() && s.role == "each" && !s.list)
        cp.error = "an {each:...} slot must be a list: {each+:...}";
    if (cp.error.empty() && has_each && (has_source || has_target))
      cp.error = "an {each+:...} slot stands alone: no {source:...} or {target:...} beside it";
    if (cp.error.empty() && !has_each && (!has_source || !has_target))
      cp.error = "a pattern needs a {source:...} and a {target:...} slot, or an {each+:...} list";
    if (!cp.error.empty()) {
      f->Error(line, id, "pattern", cp.error);
    } else {
      std::string err;
      rule.re = CompileRegex(cp.regex, &err);
      if (!rule.re) {
        f->Error(line, id, "pattern", err);
      } else {
        const std::map<std::string, int> groups = CaptureGroups(rule.re->pattern());
        rule.slots = cp.slots;
        rule.words = std::move(cp.words);
        rule.prefixes = std::move(cp.prefixes);
        rule.anchors = std::move(cp.anchors);
        rule.required = std::move(cp.required);
        for (const Slot& sl : cp.slots) {
          if (sl.role != "target") rule.source_types |= sl.types;
          if (sl.role != "source") rule.target_types |= sl.types;
        }
        for (size_t k = 0; k < rule.slots.size(); ++k)
          rule.slots[k].group = groups.at("s" + std::to_string(k));
        auto t = groups.find("trig");
        rule.trigger_group = t == groups.end() ? 0 : t->second;
        rule.inside = cp.inside;
      }
    }
  }
  if (r.contains("confidence")) {
    const json& c = r["confidence"];
    if (!c.is_number() || c.get<double>() <= 0 || c.get<double>() > 1)
      f->Error(line, id, "confidence", "must be a number above 0 and at most 1");
    else
      rule.confidence = c.get<double>();
  }
  if (r.contains("priority")) {
    if (!r["priority"].is_number_integer())
      f->Error(line, id, "priority", "must be a whole number");
    else
      rule.priority = r["priority"].get<int>();
  }
  if (r.contains("modality")) {
    if (!r["modality"].is_string() ||
        !ParseModality(r["modality"].get<std::string>(), &rule.modality))
      f->Error(line, id, "modality", "must be asserted, alleged, negated or hypothetical");
    rule.has_modality = true;
  }
  if (r.contains("use_cues")) {
    if (!r["use_cues"].is_boolean())
      f->Error(line, id, "use_cues", "must be true or false");
    else
      rule.use_cues = r["use_cues"].get<bool>();
  }
  if (r.contains("unless")) {
    const json& u = r["unless"];
    if (!u.is_array()) {
      f->Error(line, id, "unless", "must be a list of patterns");
    } else {
      for (size_t k = 0; k < u.size(); ++k) {
        std::string field = "unless[" + std::to_string(k) + "]";
        if (!u[k].is_string()) {
          f->Error(line, id, field, "must be a pattern string");
          continue;
        }
        CompiledPattern cp = CompilePattern(u[k].get<std::string>(), lex);
        KeepWords(cp, &rule);
        std::string err = cp.error;
        std::unique_ptr<LazyRegex> re = err.empty() ? CompileRegex(cp.regex, &err) : nullptr;
        if (!re)
          f->Error(line, id, field, err);
        else {
          rule.unless.push_back(std::move(re));
          rule.unless_anchors.push_back(std::move(cp.anchors));
        }
      }
    }
  }
  {
    // The file's list guards rules that start with a name; a rule's own list
    // always applies ([] turns the file's off).
    static const json kNone;
    bool starts_with_slot = !Trim(rule.pattern).empty() && Trim(rule.pattern)[0] == '{';
    const json& na = r.contains("not_after") ? r["not_after"]
                     : starts_with_slot      ? file_not_after
                                             : kNone;
    std::string err;
    if (!na.is_null()) rule.not_after = CompileNotAfter(na, lex, &rule, &err);
    if (!err.empty()) f->Error(line, id, "not_after", err);
  }
  if (r.contains("examples")) ReadExamples(r["examples"], false, relation, at, line, id, f, out);
  if (r.contains("counter_examples"))
    ReadExamples(r["counter_examples"], true, relation, at, line, id, f, out);
  out->rules.push_back(std::move(rule));
}

void ReadRelationFile(const std::string& path, const Lexicon& shared, Compiled* out,
                      std::vector<Diagnostic>* diags) {
  FileCtx f{path, "", diags};
  json j;
  if (!ReadJsonFile(path, &f.raw, &j, diags)) return;
  if (!j.is_object()) return f.Error(1, "", "", "a rule file is one JSON object");
  static const std::set<std::string> kFields = {
      "schema_version", "relation",  "lexicon",  "rules",       "conflicts",
      "confidence",     "not_after", "use_cues", "description", "comment"};
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!kFields.count(it.key()))
      f.Error(FindLine(f.raw, "\"" + it.key() + "\"", 0, 0), "", it.key(), "unknown field");
  if (!j.contains("schema_version") || j["schema_version"] != 1)
    f.Error(FindLine(f.raw, "\"schema_version\"", 0, 1), "", "schema_version",
            "must be 1 (the version this program reads)");
  std::string relation =
      j.contains("relation") && j["relation"].is_string() ? j["relation"].get<std::string>() : "";
  int rel_line = FindLine(f.raw, "\"relation\"", 0, 1);
  if (relation.empty()) return f.Error(rel_line, "", "relation", "missing relation");
  if (!KnownRelation(relation))
    return f.Error(rel_line, "", "relation", "unknown relation \"" + relation + "\"");
  Lexicon lex = shared;
  if (j.contains("lexicon")) ReadLexicon(j["lexicon"], &f, &lex);
  double conf = 0.8;
  if (j.contains("confidence") && j["confidence"].is_number()) conf = j["confidence"].get<double>();
  if (j.contains("conflicts")) {
    const json& c = j["conflicts"];
    for (size_t k = 0; c.is_array() && k < c.size(); ++k) {
      std::string other = c[k].is_string() ? c[k].get<std::string>() : "";
      if (!KnownRelation(other))
        f.Error(FindLine(f.raw, "\"conflicts\"", 0, 0), "", "conflicts",
                "unknown relation \"" + other + "\"");
      else
        out->conflicts[relation].push_back(other);
    }
  }
  if (!j.contains("rules") || !j["rules"].is_array())
    return f.Error(FindLine(f.raw, "\"rules\"", 0, 1), "", "rules", "missing list of rules");
  std::vector<size_t> starts = ArrayObjectStarts(f.raw, "rules");
  const json& rules = j["rules"];
  const json file_not_after = j.contains("not_after") ? j["not_after"] : json();
  bool use_cues = true;
  if (j.contains("use_cues")) {
    if (!j["use_cues"].is_boolean())
      f.Error(FindLine(f.raw, "\"use_cues\"", 0, 0), "", "use_cues", "must be true or false");
    else
      use_cues = j["use_cues"].get<bool>();
  }
  for (size_t k = 0; k < rules.size(); ++k)
    ReadRule(rules[k], k < starts.size() ? starts[k] : 0, relation, lex, conf, use_cues,
             file_not_after, &f, out);
}

}  // namespace

int RelationId(const std::string& name) {
  for (size_t i = 0; i < sizeof(kRelations) / sizeof(kRelations[0]); ++i)
    if (name == kRelations[i]) return static_cast<int>(i);
  return -1;
}

bool KnownRelation(const std::string& name) { return RelationId(name) >= 0; }

void LineCol(const std::string& raw, size_t byte, int* line, int* col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < byte && i < raw.size(); ++i) {
    if (raw[i] == '\n') {
      ++*line;
      *col = 1;
    } else if ((static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) {
      ++*col;
    }
  }
}

bool ReadJsonFile(const std::string& path, std::string* raw, void* json_out,
                  std::vector<Diagnostic>* diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->push_back({path, 0, 0, "", "", "cannot read file"});
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  *raw = ss.str();
  // nlohmann keeps the last of two equal keys in one object without a word:
  // a second "counter_examples" would silently drop the first list. Keys are
  // met in text order, so each is found in the text after the previous one
  // (for its line).
  std::vector<std::set<std::string>> open;  // keys of each object being read
  size_t cursor = 0;
  size_t dups_before = diags->size();
  auto on_event = [&](int, json::parse_event_t ev, json& parsed) {
    if (ev == json::parse_event_t::object_start) {
      open.emplace_back();
    } else if (ev == json::parse_event_t::object_end) {
      if (!open.empty()) open.pop_back();
    } else if (ev == json::parse_event_t::key && parsed.is_string() && !open.empty()) {
      const std::string key = parsed.get<std::string>();
      size_t at = raw->find(json(key).dump(), cursor);
      if (at != std::string::npos) cursor = at + 1;
      if (!open.back().insert(key).second) {
        int line = 0, col = 0;
        LineCol(*raw, at == std::string::npos ? 0 : at, &line, &col);
        diags->push_back(
            {path, line, col, "", key,
             "duplicate key in one object: the earlier \"" + key + "\" would be silently dropped"});
      }
    }
    return true;
  };
  try {
    *static_cast<json*>(json_out) = json::parse(*raw, on_event, true, /*ignore_comments=*/true);
  } catch (const json::exception& e) {
    size_t byte = 0;
    if (const auto* pe = dynamic_cast<const json::parse_error*>(&e)) byte = pe->byte;
    int line = 0, col = 0;
    LineCol(*raw, byte > 0 ? byte - 1 : 0, &line, &col);
    std::string msg = e.what();
    size_t cut = msg.find(": ");  // drop nlohmann's "[json.exception.parse_error.101] ..." prefix
    if (cut != std::string::npos && msg.rfind("[json.exception", 0) == 0) msg = msg.substr(cut + 2);
    diags->push_back({path, line, col, "", "", "JSON syntax error: " + msg});
    return false;
  }
  return diags->size() == dups_before;
}

bool LoadCompiled(const std::string& rules_dir, Compiled* out, std::vector<Diagnostic>* diags,
                  int threads) {
  namespace fs = std::filesystem;
  size_t before = diags->size();
  fs::path dir = fs::path(rules_dir) / "relations";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags->push_back({dir.string(), 0, 0, "", "", "relation rules directory not found"});
    return false;
  }
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  Lexicon shared;
  std::string lex_path = (dir / "_lexicon.json").string();
  if (fs::exists(lex_path, ec)) {
    FileCtx f{lex_path, "", diags};
    json j;
    if (ReadJsonFile(lex_path, &f.raw, &j, diags)) {
      if (!j.is_object() || !j.contains("lexicon"))
        f.Error(1, "", "lexicon", "the shared lexicon file needs a \"lexicon\" object");
      else
        ReadLexicon(j["lexicon"], &f, &shared);
    }
  }
  // "both countries", "the two nations": phrases that stand for the two
  // states just named (the shared class PAIR_ANAPHOR; absent: none).
  if (auto it = shared.find("PAIR_ANAPHOR"); it != shared.end()) {
    for (const std::string& entry : it->second) {
      std::vector<std::string> words;
      for (std::string_view w : Split(Trim(entry), ' '))
        if (!w.empty()) words.push_back(AsciiLower(w));
      if (words.size() < 2) continue;
      unsigned char first = static_cast<unsigned char>(words[0][0]);
      out->pair_first[first] = true;
      if (first >= 'a' && first <= 'z') out->pair_first[first - 'a' + 'A'] = true;
      out->pair_anaphors.push_back(std::move(words));
    }
  }
  // Subject anaphors by the type they stand for ("the country": a state).
  const std::pair<const char*, uint32_t> kSubjectClasses[] = {
      {"SUBJECT_ANAPHOR_STATE", 1u << static_cast<int>(EntityType::kState)},
      {"SUBJECT_ANAPHOR_ORG", 1u << static_cast<int>(EntityType::kOrganization)},
      {"SUBJECT_ANAPHOR_PERSON", 1u << static_cast<int>(EntityType::kPerson)},
      {"SUBJECT_ANAPHOR_ACTOR", (1u << static_cast<int>(EntityType::kState)) |
                                    (1u << static_cast<int>(EntityType::kOrganization))}};
  for (const auto& [cls, types] : kSubjectClasses) {
    auto it = shared.find(cls);
    if (it == shared.end()) continue;
    for (const std::string& entry : it->second) {
      Compiled::SubjectAnaphor a;
      for (std::string_view w : Split(Trim(entry), ' '))
        if (!w.empty()) a.words.push_back(AsciiLower(w));
      if (a.words.empty()) continue;
      a.types = types;
      // a pronoun ("it", "she") is one word; a noun phrase ("the group") more
      a.pronoun = a.words.size() == 1;
      out->subject_anaphors.push_back(std::move(a));
    }
  }
  if (auto it = shared.find("RELATIVE_OPENER"); it != shared.end())
    for (const std::string& entry : it->second) out->relative_openers.push_back(AsciiLower(entry));
  if (auto it = shared.find("DATE_BARRIER"); it != shared.end())
    for (const std::string& entry : it->second) out->date_barriers.insert(AsciiLower(entry));
  // ASIDE_FOLLOWER (words, "@CLASS" references one level deep and
  // "*suffix"es) and COORDINATION_STOP (words and "@CLASS" references).
  auto words_of = [&](const char* cls, std::set<std::string, std::less<>>* words,
                      std::vector<std::string>* suffixes) {
    auto it = shared.find(cls);
    if (it == shared.end()) return;
    for (const std::string& entry : it->second) {
      if (suffixes && entry.size() > 1 && entry[0] == '*') {
        suffixes->push_back(AsciiLower(entry.substr(1)));
      } else if (entry.size() > 1 && entry[0] == '@') {
        if (auto ref = shared.find(entry.substr(1)); ref != shared.end())
          for (const std::string& w : ref->second)
            if (w.find(' ') == std::string::npos && w[0] != '@') words->insert(AsciiLower(w));
      } else {
        words->insert(AsciiLower(entry));
      }
    }
  };
  words_of("ASIDE_FOLLOWER", &out->aside_followers, &out->aside_follower_suffixes);
  words_of("COORDINATION_STOP", &out->coordination_stops, nullptr);
  words_of("COORDINATION_SUBJECT_NOUN", &out->coordination_subject_nouns, nullptr);
  words_of("COORDINATION_PARTICIPLE", &out->coordination_participles, nullptr);
  words_of("OWN_POSSESSIVE_AFTER", &out->own_possessive_after, nullptr);
  words_of("RELATIVE_SUBJECT", &out->relative_subjects, nullptr);
  words_of("SUBJECT_OPENER", &out->subject_openers, nullptr);
  words_of("DET", &out->determiners, nullptr);
  words_of("APPOSITION_OPENER", &out->apposition_openers, nullptr);
  words_of("SENTENCE_ADVERB", &out->sentence_adverbs, nullptr);
  words_of("TREATY_VERB_ALONE", &out->treaty_verbs_alone, nullptr);
  words_of("OBJECTLESS_NEXT", &out->objectless_next, nullptr);
  words_of("TREATY_SUBJECT_NOUN", &out->treaty_subject_nouns, nullptr);
  words_of("TREATY_PRONOUN_VERB", &out->treaty_pronoun_verbs, nullptr);
  words_of("TREATY_PRONOUN_NEXT", &out->treaty_pronoun_next, nullptr);
  words_of("TREATY_PRONOUN_SIGN_VERB", &out->treaty_pronoun_sign_verbs, nullptr);
  words_of("TREATY_PRONOUN_SIGN_NEXT", &out->treaty_pronoun_sign_next, nullptr);
  words_of("TREATY_PRONOUN_STANCE_VERB", &out->treaty_pronoun_stance_verbs, nullptr);
  words_of("TREATY_PRONOUN_STANCE_NEXT", &out->treaty_pronoun_stance_next, nullptr);
  words_of("POSSESSIVE_ANAPHOR_ORG", &out->possessive_anaphor_nouns, nullptr);
  words_of("PO_BLOC_NOUN", &out->bloc_nouns, nullptr);
  words_of("PO_MEMBERSHIP_WORD", &out->membership_words, nullptr);
  words_of("EXPLETIVE_NEXT", &out->expletive_next, nullptr);
  words_of("SAY", &out->say_words, nullptr);
  words_of("AUX", &out->aux_words, nullptr);
  words_of("SAYER_HEAD_NOUN", &out->sayer_head_nouns, nullptr);
  words_of("NATIONAL_TITLE", &out->national_titles, nullptr);
  words_of("APPOSITION_FOLLOWER", &out->apposition_followers, nullptr);
  LoadCues((dir / "_cues.json").string(), &out->cues, diags);
  LoadKnownPersons(rules_dir, &out->known_persons, diags);
  // The files are read (and their regexes compiled) each on its own, then
  // joined in file order: rules, examples and diagnostics come out the same
  // on any number of threads.
  struct FilePart {
    Compiled c;
    std::vector<Diagnostic> diags;
  };
  std::vector<FilePart> parts(files.size());
  ForEachIndex(files.size(), threads, [&](size_t i) {
    const std::string& path = files[i];
    std::string name = fs::path(path).filename().string();
    if (name == "_lexicon.json" || name == "_cues.json") return;
    if (name[0] == '_') {
      parts[i].diags.push_back({path, 0, 0, "", "",
                                "unknown shared file (expected _lexicon.json or "
                                "_cues.json)"});
      return;
    }
    ReadRelationFile(path, shared, &parts[i].c, &parts[i].diags);
  });
  for (FilePart& p : parts) {
    diags->insert(diags->end(), p.diags.begin(), p.diags.end());
    for (Rule& r : p.c.rules) out->rules.push_back(std::move(r));
    for (RuleExample& e : p.c.examples) out->examples.push_back(std::move(e));
    for (auto& [relation, others] : p.c.conflicts)
      out->conflicts[relation].insert(out->conflicts[relation].end(), others.begin(), others.end());
  }
  std::map<std::string, const Rule*> ids;
  for (const Rule& r : out->rules) {
    auto [it, fresh] = ids.emplace(r.id, &r);
    if (!fresh)
      diags->push_back({r.file, r.line, 0, r.id, "id",
                        "duplicate rule id (first at " + it->second->file + ":" +
                            std::to_string(it->second->line) + ")"});
  }
  if (diags->size() > before) return false;
  std::map<std::vector<std::string>, size_t> group_of;  // anchor words -> group
  for (size_t i = 0; i < out->rules.size(); ++i) {
    const Rule& r = out->rules[i];
    auto [it, fresh] = group_of.emplace(r.anchors, out->groups.size());
    if (fresh) out->groups.emplace_back();
    Compiled::Group& g = out->groups[it->second];
    g.rules.push_back(i);
    g.source_types |= r.source_types;
    g.target_types |= r.target_types;
  }
  // A rule alone in its group always runs its own regex: only groups of two
  // or more get a Set (most groups are single rules). A Set is built when
  // first needed; one that does not fit its budget filters nothing, and the
  // group's rules then all run their own regexes.
  for (Compiled::Group& g : out->groups) {
    if (g.rules.size() < 2) continue;
    std::vector<std::string> patterns;
    for (size_t i : g.rules) patterns.push_back(out->rules[i].re->pattern());
    g.set = std::make_unique<LazySet>(std::move(patterns), kSetMaxMem);
  }
  out->IndexVocabulary();
  return true;
}

}  // namespace relations
}  // namespace actorgraph
