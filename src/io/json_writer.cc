// The JSON export of DESIGN.md §4 (networkx node-link + provenance) and its
// one-line-per-document JSONL form. Streamed: no document tree is built, so
// writing a large graph costs no more memory than the graph itself.
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {
namespace {

// Writes JSON in nlohmann's dump() layout: `indent` spaces per level, or
// compact when indent < 0; empty containers as [] and {}.
class JsonWriter {
 public:
  JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(const char* k) {
    Element();
    WriteString(k);
    out_ << (indent_ < 0 ? ":" : ": ");
    after_key_ = true;
  }
  void String(std::string_view s) {
    Element();
    WriteString(s);
  }
  void StringOrNull(const std::string& s) {
    if (s.empty())
      Null();
    else
      String(s);
  }
  void Uint(uint64_t v) {
    Element();
    out_ << v;
  }
  void Double(double d) {
    Element();
    out_ << FormatDouble(d);
  }
  void Bool(bool b) {
    Element();
    out_ << (b ? "true" : "false");
  }
  void Null() {
    Element();
    out_ << "null";
  }
  template <typename Set>
  void Strings(const Set& s) {
    BeginArray();
    for (const std::string& x : s) String(x);
    EndArray();
  }

 private:
  void Newline() {
    if (indent_ < 0) return;
    out_ << '\n';
    for (size_t i = 0; i < counts_.size() * static_cast<size_t>(indent_); ++i) out_ << ' ';
  }
  // Separator and indentation before a value or key.
  void Element() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_ << ',';
    Newline();
  }
  void Open(char c) {
    Element();
    out_ << c;
    counts_.push_back(0);
  }
  void Close(char c) {
    size_t n = counts_.back();
    counts_.pop_back();
    if (n > 0) Newline();
    out_ << c;
  }
  void WriteString(std::string_view s) {
    std::string repaired;
    if (!IsValidUtf8(s)) {
      repaired = std::string(s);
      RepairUtf8(&repaired);
      s = repaired;
    }
    static const char kHex[] = "0123456789abcdef";
    out_ << '"';
    size_t run = 0;  // start of the pending run of plain bytes
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.write(s.data() + run, static_cast<std::streamsize>(i - run));
      run = i + 1;
      switch (c) {
        case '"':
          out_ << "\\\"";
          break;
        case '\\':
          out_ << "\\\\";
          break;
        case '\b':
          out_ << "\\b";
          break;
        case '\f':
          out_ << "\\f";
          break;
        case '\n':
          out_ << "\\n";
          break;
        case '\r':
          out_ << "\\r";
          break;
        case '\t':
          out_ << "\\t";
          break;
        default:
          out_ << "\\u00" << kHex[c >> 4] << kHex[c & 15];
      }
    }
    out_.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
    out_ << '"';
  }

  std::ostream& out_;
  int indent_;
  std::vector<size_t> counts_;  // elements written so far in each open container
  bool after_key_ = false;
};

void WriteGraphJson(const KnowledgeGraph& kg, int indent, std::ostream& out) {
  const auto& g = kg.graph();
  JsonWriter w(out, indent);
  w.BeginObject();
  w.Key("schema_version");
  w.Uint(1);
  w.Key("generator");
  w.String(std::string("actorgraph ") + ACTORGRAPH_VERSION);
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.BeginObject();
  w.Key("documents");
  w.BeginArray();
  for (const DocumentInfo& d : kg.documents()) {
    w.BeginObject();
    w.Key("id");
    w.String(d.id);
    w.Key("source");
    w.String(d.source);
    w.Key("bytes");
    w.Uint(d.bytes);
    w.Key("date");
    w.StringOrNull(d.date);
    if (d.utf8_repaired) {
      w.Key("utf8_repaired");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  w.Key("nodes");
  w.BeginArray();
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    w.BeginObject();
    w.Key("id");
    w.String(n.id);
    w.Key("type");
    w.String(n.type);
    w.Key("label");
    w.String(LabelOf(n));
    w.Key("aliases");
    w.Strings(n.aliases);
    if (!n.roles.empty()) {
      w.Key("roles");
      w.Strings(n.roles);
    }
    w.Key("mentions");
    w.Uint(n.mentions);
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.BeginArray();
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    w.BeginObject();
    w.Key("key");
    w.String(p.key);
    w.Key("source");
    w.String(g[boost::source(e, g)].id);
    w.Key("target");
    w.String(g[boost::target(e, g)].id);
    w.Key("relation");
    w.String(p.relation);
    w.Key("date");
    w.StringOrNull(p.date);
    w.Key("modality");
    w.String(ModalityName(p.modality));
    w.Key("confidence");
    w.Double(p.confidence);
    w.Key("count");
    w.Uint(p.evidence.size());
    w.Key("evidence");
    w.BeginArray();
    for (const Evidence& x : p.evidence) {
      w.BeginObject();
      w.Key("doc");
      w.String(x.doc);
      w.Key("sentence");
      w.Uint(x.sentence);
      w.Key("start");
      w.Uint(x.start);
      w.Key("end");
      w.Uint(x.end);
      w.Key("text");
      w.String(x.text);
      w.Key("rule");
      w.String(x.rule);
      w.Key("date");
      w.StringOrNull(x.date);
      w.Key("modality");
      w.String(ModalityName(x.modality));
      w.Key("confidence");
      w.Double(x.confidence);
      if (!x.cue.empty()) {
        w.Key("cue");
        w.String(x.cue);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("mentions");
  w.BeginArray();
  for (const MentionRecord& m : kg.mentions()) {
    w.BeginObject();
    w.Key("doc");
    w.String(m.doc);
    w.Key("start");
    w.Uint(m.start);
    w.Key("end");
    w.Uint(m.end);
    w.Key("text");
    w.String(m.text);
    w.Key("type");
    w.String(m.type);
    if (!m.node.empty()) {
      w.Key("node");
      w.String(m.node);
    }
    if (m.type == "date" || m.node.empty()) {
      w.Key("value");
      w.String(m.value);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string FormatDouble(double d) { return nlohmann::json(d).dump(); }

Status WriteJson(const KnowledgeGraph& g, std::ostream& out) {
  WriteGraphJson(g, 1, out);
  out << '\n';
  return out ? Status::OK() : Status::IOError("writing JSON failed");
}

Status WriteJsonl(const KnowledgeGraph& g, std::ostream& out) {
  if (g.documents().empty()) {
    if (g.num_nodes() > 0) out << DocumentJsonLine(g) << '\n';
  } else {
    g.ForEachDocumentGraph([&out](const KnowledgeGraph& one) {
      WriteGraphJson(one, -1, out);
      out << '\n';
    });
  }
  return out ? Status::OK() : Status::IOError("writing JSONL failed");
}

}  // namespace io_internal

std::string DocumentJsonLine(const KnowledgeGraph& single_document_graph) {
  std::ostringstream out;
  io_internal::WriteGraphJson(single_document_graph, -1, out);
  return out.str();
}

}  // namespace actorgraph
