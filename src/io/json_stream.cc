// Streaming reader of the JSON export: a SAX handler builds one element
// (node, edge, mention) at a time and hands it to the element readers, so a
// large export is read in memory proportional to the graph, not the text.
// ReadGraphFile (JSON and JSONL) lives here too.
#include <fstream>
#include <sstream>
#include <vector>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/json_reader.h"

namespace actorgraph {
namespace io_internal {
namespace {

using Json = nlohmann::json;

// Builds a json value from SAX events.
class Builder {
 public:
  bool active() const { return active_; }
  void Start() {
    root_ = Json();
    stack_.clear();
    active_ = true;
  }
  // Adds a scalar or opens a container; true when the value is complete.
  bool Value(Json v) {
    bool container = v.is_object() || v.is_array();
    Json* slot = Place(std::move(v));
    if (container) stack_.push_back(slot);
    return stack_.empty();
  }
  void Key(std::string k) { key_ = std::move(k); }
  bool Close() {
    stack_.pop_back();
    return stack_.empty();
  }
  Json Take() {
    active_ = false;
    return std::move(root_);
  }

 private:
  Json* Place(Json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& top = *stack_.back();
    if (top.is_object()) return &(top[key_] = std::move(v));
    top.push_back(std::move(v));
    return &top.back();
  }
  Json root_;
  std::vector<Json*> stack_;
  std::string key_;
  bool active_ = false;
};

class GraphSax {
 public:
  explicit GraphSax(KnowledgeGraph* g) : g_(g) {}
  Status status() const { return status_; }
  bool late_documents() const { return late_documents_; }
  bool seen(const std::string& s) const { return seen_arrays_.count(s) > 0; }

  bool null() { return Scalar(nullptr); }
  bool boolean(bool b) { return Scalar(b); }
  bool number_integer(Json::number_integer_t v) { return Scalar(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return Scalar(v); }
  bool number_float(Json::number_float_t v, const std::string&) { return Scalar(v); }
  bool string(std::string& s) { return Scalar(std::move(s)); }
  bool binary(Json::binary_t&) { return Fail("binary values are not JSON"); }
  bool key(std::string& k) {
    if (builder_.active())
      builder_.Key(std::move(k));
    else if (depth_ == 1)
      section_ = std::move(k);
    return true;
  }
  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) {
    if (!builder_.active() && depth_ == 1 && IsList(section_)) {
      depth_ = 2;
      index_ = 0;
      seen_arrays_.insert(section_ == "links" ? "edges" : section_);
      return true;
    }
    return Open(Json::array());
  }
  bool end_object() { return CloseContainer(); }
  bool end_array() { return CloseContainer(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();
    if (size_t p = what.find("] "); what.rfind("[json.exception", 0) == 0 && p != std::string::npos)
      what = what.substr(p + 2);
    return Fail("malformed JSON: " + what);
  }

 private:
  static bool IsList(const std::string& s) {
    return s == "nodes" || s == "edges" || s == "links" || s == "mentions";
  }
  bool Fail(const std::string& m) {
    if (status_.ok()) status_ = Status::Corruption(m);
    return false;
  }
  bool Scalar(Json v) {
    if (builder_.active()) return builder_.Value(std::move(v)) ? Dispatch() : true;
    if (depth_ == 0) return Fail("not a JSON object");
    if (depth_ == 1) {
      if (IsList(section_) && !v.is_null()) return Fail("'" + section_ + "' is not a list");
      return true;  // schema_version, generator, directed, multigraph
    }
    builder_.Start();
    builder_.Value(std::move(v));
    return Dispatch();
  }
  bool Open(Json container) {
    if (builder_.active()) {
      builder_.Value(std::move(container));
      return true;
    }
    if (depth_ == 0) {
      if (!container.is_object()) return Fail("not a JSON object");
      depth_ = 1;
      return true;
    }
    if (depth_ == 1 && IsList(section_)) return Fail("'" + section_ + "' is not a list");
    builder_.Start();  // "graph" at depth 1, or one element at depth 2
    builder_.Value(std::move(container));
    return true;
  }
  bool CloseContainer() {
    if (builder_.active()) return builder_.Close() ? Dispatch() : true;
    --depth_;
    return true;
  }
  // A complete value from the builder: an element of a list, or a top-level value.
  bool Dispatch() {
    Json v = builder_.Take();
    Status s;
    if (depth_ == 2) {
      size_t i = index_++;
      if (section_ == "nodes")
        s = ReadNodeElement(v, i, g_);
      else if (section_ == "mentions")
        s = ReadMentionElement(v, i, g_);
      else
        s = ReadEdgeElement(v, i, g_);
      if (section_ != "nodes") records_ = true;
    } else if (section_ == "graph" && v.is_object()) {
      auto docs = v.find("documents");
      if (docs != v.end() && !docs->is_null()) {
        if (!docs->is_array()) return Fail("graph.documents is not a list");
        late_documents_ = records_;
        for (size_t i = 0; i < docs->size() && s.ok(); ++i)
          s = ReadDocumentElement((*docs)[i], i, g_);
      }
    }
    return s.ok() ? true : Fail(s.message());
  }

  KnowledgeGraph* g_;
  Builder builder_;
  Status status_;
  int depth_ = 0;  // 1 inside the top-level object, 2 inside one of its lists
  std::string section_;
  size_t index_ = 0;
  std::set<std::string> seen_arrays_;
  bool records_ = false, late_documents_ = false;
};

template <typename Input>
Status Parse(Input&& in, KnowledgeGraph* g) {
  GraphSax sax(g);
  bool ok = false;
  try {
    ok = Json::sax_parse(std::forward<Input>(in), &sax);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("malformed JSON: ") + e.what());
  }
  if (!ok) return sax.status().ok() ? Status::Corruption("malformed JSON") : sax.status();
  if (!sax.seen("nodes")) return Status::Corruption("no 'nodes' list");
  if (!sax.seen("edges")) return Status::Corruption("no 'edges' list");
  if (sax.late_documents())
    g->SortAll();
  else
    g->SortMentions();
  return Status::OK();
}

}  // namespace

Status ParseGraphJson(std::istream& in, KnowledgeGraph* g) { return Parse(in, g); }
Status ParseGraphJson(const std::string& text, KnowledgeGraph* g) { return Parse(text, g); }

}  // namespace io_internal

Result<KnowledgeGraph> ReadGraphFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  if (!EndsWith(AsciiLower(path), ".jsonl")) {
    KnowledgeGraph g;
    Status s = io_internal::ParseGraphJson(in, &g);
    if (s.ok()) return g;
    if (in.bad()) return Status::IOError("cannot read " + path);
    // A .json file may still hold JSON lines: try that before giving up.
    in.clear();
    in.seekg(0);
    std::string first;
    while (std::getline(in, first) && Trim(first).empty()) {
    }
    bool more = false;
    for (std::string next; !more && std::getline(in, next);) more = !Trim(next).empty();
    if (!more || !nlohmann::json::accept(first))
      return Status::Corruption(path + ": " + s.message());
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
    Status s = io_internal::ParseGraphJson(line, &one);
    if (!s.ok()) {
      std::string m = s.message();  // the line number is ours; keep only the column
      if (size_t at = m.find("at line 1, column "); at != std::string::npos) m.erase(at + 3, 8);
      return Status::Corruption(path + ":" + std::to_string(lineno) + ": " + m);
    }
    all.Merge(one);
  }
  if (in.bad()) return Status::IOError("cannot read " + path);
  return all;
}

}  // namespace actorgraph
