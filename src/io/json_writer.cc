// The JSON export of DESIGN.md §4 (networkx node-link + provenance) and its
// one-line-per-document JSONL form. Streamed: no document tree is built, so
// writing a large graph costs no more memory than the graph itself.
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {
namespace {

// Writes JSON in nlohmann's dump() layout: `indent` spaces per level, or
// compact when indent < 0; empty containers as [] and {}. Text is built in a
// string and handed to `sink` (if any) in large blocks.
class JsonWriter {
 public:
  JsonWriter(std::string* buf, std::ostream* sink, int indent)
      : buf_(*buf), sink_(sink), indent_(indent) {}
  ~JsonWriter() { Flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // `k` is a plain ASCII name: nothing to escape.
  template <size_t N>
  void Key(const char (&k)[N]) {
    Element();
    char out[N + 3];
    out[0] = '"';
    std::memcpy(out + 1, k, N - 1);
    out[N] = '"';
    out[N + 1] = ':';
    out[N + 2] = ' ';
    buf_.append(out, indent_ < 0 ? N + 2 : N + 3);
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
    char digits[24];
    auto r = std::to_chars(digits, digits + sizeof digits, v);
    buf_.append(digits, r.ptr);
  }
  void Double(double d) {
    Element();
    buf_ += FormatDouble(d);
  }
  void Bool(bool b) {
    Element();
    buf_ += b ? "true" : "false";
  }
  void Null() {
    Element();
    buf_ += "null";
  }
  template <typename Set>
  void Strings(const Set& s) {
    BeginArray();
    for (const std::string& x : s) String(x);
    EndArray();
  }
  void Flush() {
    if (!sink_ || buf_.empty()) return;
    sink_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr size_t kBlock = 1 << 16;

  void Newline() {
    if (indent_ < 0) return;
    static const std::string kIndent = "\n" + std::string(64, ' ');
    size_t n = counts_.size() * static_cast<size_t>(indent_);
    if (n < kIndent.size()) {
      buf_.append(kIndent.data(), n + 1);
    } else {
      buf_ += '\n';
      buf_.append(n, ' ');
    }
  }
  // Separator and indentation before a value or key.
  void Element() {
    if (sink_ && buf_.size() >= kBlock) Flush();
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) buf_ += ',';
    Newline();
  }
  void Open(char c) {
    Element();
    buf_ += c;
    counts_.push_back(0);
  }
  void Close(char c) {
    size_t n = counts_.back();
    counts_.pop_back();
    if (n > 0) Newline();
    buf_ += c;
  }
  static bool Plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }
  void WriteString(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && Plain(static_cast<unsigned char>(s[i]))) ++i;
    buf_ += '"';
    if (i == s.size()) {  // the common case: printable ASCII only
      buf_.append(s.data(), s.size());
      buf_ += '"';
      return;
    }
    std::string repaired;
    if (!IsValidUtf8(s.substr(i))) {
      repaired = std::string(s);
      RepairUtf8(&repaired);
      s = repaired;
    }
    static const char kHex[] = "0123456789abcdef";
    size_t run = 0;  // start of the pending run of plain bytes
    for (; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      buf_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"':
          buf_ += "\\\"";
          break;
        case '\\':
          buf_ += "\\\\";
          break;
        case '\b':
          buf_ += "\\b";
          break;
        case '\f':
          buf_ += "\\f";
          break;
        case '\n':
          buf_ += "\\n";
          break;
        case '\r':
          buf_ += "\\r";
          break;
        case '\t':
          buf_ += "\\t";
          break;
        default:
          buf_ += "\\u00";
          buf_ += kHex[c >> 4];
          buf_ += kHex[c & 15];
      }
    }
    buf_.append(s.data() + run, s.size() - run);
    buf_ += '"';
  }

  std::string& buf_;
  std::ostream* sink_;
  int indent_;
  std::vector<size_t> counts_;  // elements written so far in each open container
  bool after_key_ = false;
};

// Writes into `buf`, handing the text to `sink` when it has one (then `buf`
// is left empty).
void WriteGraphJson(const KnowledgeGraph& kg, int indent, std::string* buf, std::ostream* sink) {
  const auto& g = kg.graph();
  JsonWriter w(buf, sink, indent);
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
  for (const MentionView m : kg.mentions()) {
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
  std::string buf;
  WriteGraphJson(g, 1, &buf, &out);
  out << '\n';
  return out ? Status::OK() : Status::IOError("writing JSON failed");
}

Status WriteJsonl(const KnowledgeGraph& g, std::ostream& out) {
  if (g.documents().empty()) {
    if (g.num_nodes() > 0) out << DocumentJsonLine(g) << '\n';
  } else {
    std::string buf;
    g.ForEachDocumentGraph([&out, &buf](const KnowledgeGraph& one) {
      WriteGraphJson(one, -1, &buf, nullptr);
      buf += '\n';
      if (buf.size() >= (1 << 16)) {
        out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
        buf.clear();
      }
    });
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  }
  return out ? Status::OK() : Status::IOError("writing JSONL failed");
}

}  // namespace io_internal

std::string DocumentJsonLine(const KnowledgeGraph& single_document_graph) {
  std::string line;
  io_internal::WriteGraphJson(single_document_graph, -1, &line, nullptr);
  return line;
}

}  // namespace actorgraph
