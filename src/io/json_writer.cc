// The JSON export of DESIGN.md §4 (networkx node-link + provenance) and its
// one-line-per-document JSONL form. Streamed: no document tree is built, so
// writing a large graph costs no more memory than the graph itself.
#include <nlohmann/json.hpp>
#include <string>

#include "actorgraph/io.h"
#include "io/internal.h"
#include "io/json_out.h"

namespace actorgraph {
namespace io_internal {
namespace {

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
    if (m.node.empty() || std::string_view(m.type) == "date") {  // an inline compare
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
