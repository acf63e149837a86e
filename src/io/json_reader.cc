// Reads the JSON export (and JSONL of document graphs) back into a
// KnowledgeGraph. Every nlohmann exception is caught here.
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace {

using Json = nlohmann::json;

// Field access with messages that say where the problem is.
class Reader {
 public:
  std::string error;

  const Json* Get(const Json& obj, const char* key, const std::string& where) {
    if (!obj.is_object()) return Fail(where + ": not an object");
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
  }
  bool Str(const Json& obj, const char* key, const std::string& where, std::string* out,
           bool required) {
    const Json* v = Get(obj, key, where);
    if (!error.empty()) return false;
    if (!v || v->is_null()) return required ? Fail(where + ": missing '" + key + "'") != nullptr
                                            : true;
    if (!v->is_string()) return Fail(where + ": '" + key + "' is not a string") != nullptr;
    *out = v->get<std::string>();
    return true;
  }
  template <typename T>
  bool Num(const Json& obj, const char* key, const std::string& where, T* out) {
    const Json* v = Get(obj, key, where);
    if (!error.empty()) return false;
    if (!v || v->is_null()) return true;
    if (!v->is_number()) return Fail(where + ": '" + key + "' is not a number") != nullptr;
    *out = v->get<T>();
    return true;
  }
  bool Mod(const Json& obj, const std::string& where, Modality* out) {
    std::string m;
    if (!Str(obj, "modality", where, &m, false)) return false;
    if (!m.empty() && !ParseModality(m, out))
      return Fail(where + ": unknown modality '" + m + "'") != nullptr;
    return true;
  }
  const Json* Fail(const std::string& m) {
    if (error.empty()) error = m;
    return nullptr;
  }
};

Status FromJson(const Json& j, KnowledgeGraph* g) {
  Reader r;
  if (!j.is_object()) return Status::Corruption("not a JSON object");
  const Json* nodes = r.Get(j, "nodes", "graph");
  const Json* edges = j.contains("edges") ? &j["edges"] : r.Get(j, "links", "graph");
  if (!nodes || !nodes->is_array()) return Status::Corruption("no 'nodes' array");
  if (!edges || !edges->is_array()) return Status::Corruption("no 'edges' array");
  if (const Json* gr = r.Get(j, "graph", "graph"); gr && gr->is_object()) {
    if (const Json* docs = r.Get(*gr, "documents", "graph"); docs && docs->is_array()) {
      for (size_t i = 0; i < docs->size(); ++i) {
        const Json& d = (*docs)[i];
        std::string w = "graph.documents[" + std::to_string(i) + "]";
        DocumentInfo info;
        r.Str(d, "id", w, &info.id, true) && r.Str(d, "source", w, &info.source, false) &&
            r.Str(d, "date", w, &info.date, false) && r.Num(d, "bytes", w, &info.bytes);
        if (d.is_object() && d.contains("utf8_repaired") && d["utf8_repaired"].is_boolean())
          info.utf8_repaired = d["utf8_repaired"].get<bool>();
        if (!r.error.empty()) return Status::Corruption(r.error);
        g->AddDocument(info);
      }
    }
  }
  for (size_t i = 0; i < nodes->size(); ++i) {
    const Json& n = (*nodes)[i];
    std::string w = "nodes[" + std::to_string(i) + "]";
    NodeProps p;
    r.Str(n, "id", w, &p.id, true) && r.Str(n, "type", w, &p.type, false) &&
        r.Str(n, "label", w, &p.label, false) && r.Num(n, "mentions", w, &p.mentions);
    for (const char* list : {"aliases", "roles"}) {
      const Json* a = r.Get(n, list, w);
      if (!a || a->is_null()) continue;
      if (!a->is_array()) return Status::Corruption(w + ": '" + list + "' is not a list");
      for (const Json& s : *a) {
        if (!s.is_string()) return Status::Corruption(w + ": '" + list + "' holds a non-string");
        (list[0] == 'a' ? p.aliases : p.roles).insert(s.get<std::string>());
      }
    }
    if (!r.error.empty()) return Status::Corruption(r.error);
    g->AddNode(p);
  }
  for (size_t i = 0; i < edges->size(); ++i) {
    const Json& e = (*edges)[i];
    std::string w = "edges[" + std::to_string(i) + "]";
    std::string source, target, relation, date;
    Modality mod = Modality::kAsserted;
    double confidence = 0.0;
    r.Str(e, "source", w, &source, true) && r.Str(e, "target", w, &target, true) &&
        r.Str(e, "relation", w, &relation, true) && r.Mod(e, w, &mod) &&
        r.Str(e, "date", w, &date, false) && r.Num(e, "confidence", w, &confidence);
    if (!r.error.empty()) return Status::Corruption(r.error);
    const Json* ev = r.Get(e, "evidence", w);
    if (!ev || ev->is_null() || (ev->is_array() && ev->empty())) {
      EdgeProps& p = g->mutable_graph()[g->AddEdge(source, target, relation, mod)];
      if (p.evidence.empty()) {
        p.date = date;
        p.confidence = confidence;
      }
      continue;
    }
    if (!ev->is_array()) return Status::Corruption(w + ": 'evidence' is not a list");
    for (size_t k = 0; k < ev->size(); ++k) {
      const Json& x = (*ev)[k];
      std::string wx = w + ".evidence[" + std::to_string(k) + "]";
      Evidence v;
      v.modality = mod;
      v.confidence = confidence;
      r.Str(x, "doc", wx, &v.doc, true) && r.Num(x, "sentence", wx, &v.sentence) &&
          r.Num(x, "start", wx, &v.start) && r.Num(x, "end", wx, &v.end) &&
          r.Str(x, "text", wx, &v.text, false) && r.Str(x, "rule", wx, &v.rule, false) &&
          r.Str(x, "date", wx, &v.date, false) && r.Mod(x, wx, &v.modality) &&
          r.Str(x, "cue", wx, &v.cue, false) && r.Num(x, "confidence", wx, &v.confidence);
      if (!r.error.empty()) return Status::Corruption(r.error);
      v.modality = mod;  // the edge's key decides where the evidence lives
      g->AddEvidence(source, target, relation, v);
    }
  }
  if (const Json* ms = r.Get(j, "mentions", "graph"); ms && !ms->is_null()) {
    if (!ms->is_array()) return Status::Corruption("'mentions' is not a list");
    for (size_t i = 0; i < ms->size(); ++i) {
      const Json& m = (*ms)[i];
      std::string w = "mentions[" + std::to_string(i) + "]";
      MentionRecord rec;
      r.Str(m, "doc", w, &rec.doc, true) && r.Num(m, "start", w, &rec.start) &&
          r.Num(m, "end", w, &rec.end) && r.Str(m, "text", w, &rec.text, false) &&
          r.Str(m, "type", w, &rec.type, false) && r.Str(m, "node", w, &rec.node, false) &&
          r.Str(m, "value", w, &rec.value, false);
      if (!r.error.empty()) return Status::Corruption(r.error);
      g->mutable_mentions().push_back(std::move(rec));
    }
    g->SortMentions();
  }
  return Status::OK();
}

Status ParseOne(const std::string& text, const std::string& where, KnowledgeGraph* g) {
  try {
    Json j = Json::parse(text);
    Status s = FromJson(j, g);
    return s.ok() ? s : Status::Corruption(where + ": " + s.message());
  } catch (const Json::parse_error& e) {
    return Status::Corruption(where + ": malformed JSON: " + e.what());
  } catch (const std::exception& e) {
    return Status::Corruption(where + ": " + e.what());
  }
}

}  // namespace

Result<KnowledgeGraph> ReadGraphFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  bool jsonl = EndsWith(path, ".jsonl");
  if (!jsonl) {
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) return Status::IOError("cannot read " + path);
    KnowledgeGraph g;
    Status s = ParseOne(buf.str(), path, &g);
    if (s.ok()) return g;
    // A .json file may still hold JSON lines; try that before giving up.
    std::string text = buf.str();
    size_t nl = std::string_view(text).find_first_of('\n', text.find_first_not_of(" \t\r\n"));
    if (nl == std::string::npos || !Json::accept(text.substr(0, nl))) return s;
    in.clear();
    in.seekg(0);
  }
  KnowledgeGraph all;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (Trim(line).empty()) continue;
    KnowledgeGraph one;
    Status s = ParseOne(line, path + ":" + std::to_string(lineno), &one);
    if (!s.ok()) return s;
    all.Merge(one);
  }
  if (in.bad()) return Status::IOError("cannot read " + path);
  return all;
}

}  // namespace actorgraph
