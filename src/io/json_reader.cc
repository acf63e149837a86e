// Reading one element of the JSON export (a document, node, edge or mention)
// into a KnowledgeGraph, with messages that say which element is wrong.
#include "io/json_reader.h"

#include "actorgraph/util.h"

namespace actorgraph {
namespace io_internal {
namespace {

using Json = nlohmann::json;

// Field access that remembers the first problem.
class Fields {
 public:
  Fields(const Json& obj, std::string where) : obj_(obj), where_(std::move(where)) {
    if (!obj_.is_object()) Fail("not an object");
  }
  const std::string& error() const { return error_; }

  const Json* Get(const char* key) {
    if (!error_.empty()) return nullptr;
    auto it = obj_.find(key);
    return it == obj_.end() || it->is_null() ? nullptr : &*it;
  }
  void Str(const char* key, std::string* out, bool required = false) {
    const Json* v = Get(key);
    if (!v) {
      if (required) Fail(std::string("missing '") + key + "'");
      return;
    }
    if (!v->is_string()) return Fail(std::string("'") + key + "' is not a string");
    *out = v->get<std::string>();
  }
  template <typename T>
  void Num(const char* key, T* out) {
    const Json* v = Get(key);
    if (!v) return;
    if (!v->is_number()) return Fail(std::string("'") + key + "' is not a number");
    if (std::is_integral<T>::value && !v->is_number_unsigned())
      return Fail(std::string("'") + key + "' is not a non-negative integer");
    *out = v->get<T>();
  }
  void Mod(Modality* out) {
    std::string m;
    Str("modality", &m);
    if (!m.empty() && !ParseModality(m, out)) Fail("unknown modality '" + m + "'");
  }
  void Strings(const char* key, std::set<std::string>* out) {
    const Json* a = Get(key);
    if (!a) return;
    if (!a->is_array()) return Fail(std::string("'") + key + "' is not a list");
    for (const Json& s : *a) {
      if (!s.is_string()) return Fail(std::string("'") + key + "' holds a non-string");
      out->insert(s.get<std::string>());
    }
  }
  void Fail(const std::string& m) {
    if (error_.empty()) error_ = where_ + ": " + m;
  }

 private:
  const Json& obj_;
  std::string where_;
  std::string error_;
};

Status Done(const Fields& f) {
  return f.error().empty() ? Status::OK() : Status::Corruption(f.error());
}

std::string Where(const char* list, size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

}  // namespace

Status ReadDocumentElement(const Json& d, size_t i, KnowledgeGraph* g) {
  Fields f(d, Where("graph.documents", i));
  DocumentInfo info;
  f.Str("id", &info.id, true);
  f.Str("source", &info.source);
  f.Str("date", &info.date);
  f.Num("bytes", &info.bytes);
  if (const Json* r = f.Get("utf8_repaired")) {
    if (!r->is_boolean())
      f.Fail("'utf8_repaired' is not a boolean");
    else
      info.utf8_repaired = r->get<bool>();
  }
  if (f.error().empty()) g->AddDocument(info);
  return Done(f);
}

Status ReadNodeElement(const Json& n, size_t i, KnowledgeGraph* g) {
  Fields f(n, Where("nodes", i));
  NodeProps p;
  f.Str("id", &p.id, true);
  f.Str("type", &p.type);
  f.Str("label", &p.label);
  f.Num("mentions", &p.mentions);
  f.Strings("aliases", &p.aliases);
  f.Strings("roles", &p.roles);
  if (f.error().empty()) g->AddNode(p);
  return Done(f);
}

Status ReadEdgeElement(const Json& e, size_t i, KnowledgeGraph* g) {
  Fields f(e, Where("edges", i));
  std::string source, target, relation, date;
  Modality mod = Modality::kAsserted;
  double confidence = 0.0;
  f.Str("source", &source, true);
  f.Str("target", &target, true);
  f.Str("relation", &relation, true);
  f.Mod(&mod);
  f.Str("date", &date);
  f.Num("confidence", &confidence);
  const Json* ev = f.Get("evidence");
  if (!f.error().empty()) return Done(f);
  if (ev && !ev->is_array()) f.Fail("'evidence' is not a list");
  if (!ev || !f.error().empty() || ev->empty()) {
    if (f.error().empty()) {
      EdgeProps& p = g->mutable_graph()[g->AddEdge(source, target, relation, mod)];
      if (p.evidence.empty()) {
        p.date = date;
        p.confidence = std::max(p.confidence, confidence);
      }
    }
    return Done(f);
  }
  std::string where = Where("edges", i);
  for (size_t k = 0; k < ev->size(); ++k) {
    Fields x((*ev)[k], where + ".evidence[" + std::to_string(k) + "]");
    Evidence v;
    v.modality = mod;
    v.confidence = confidence;  // older files may leave it to the edge
    x.Str("doc", &v.doc, true);
    x.Num("sentence", &v.sentence);
    x.Num("start", &v.start);
    x.Num("end", &v.end);
    x.Str("text", &v.text);
    x.Str("rule", &v.rule);
    x.Str("date", &v.date);
    x.Mod(&v.modality);
    x.Str("cue", &v.cue);
    x.Num("confidence", &v.confidence);
    if (!x.error().empty()) return Done(x);
    v.modality = mod;  // the edge's key decides where the evidence lives
    g->AddEvidence(source, target, relation, v);
  }
  return Status::OK();
}

Status ReadMentionElement(const Json& m, size_t i, KnowledgeGraph* g) {
  Fields f(m, Where("mentions", i));
  MentionRecord rec;
  f.Str("doc", &rec.doc, true);
  f.Num("start", &rec.start);
  f.Num("end", &rec.end);
  f.Str("text", &rec.text);
  f.Str("type", &rec.type);
  f.Str("node", &rec.node);
  f.Str("value", &rec.value);
  if (f.error().empty()) g->AddMentionRecord(rec);
  return Done(f);
}

}  // namespace io_internal
}  // namespace actorgraph
