// The JSON export of DESIGN.md §4 (networkx node-link + provenance) and its
// one-line-per-document JSONL form.
#include <nlohmann/json.hpp>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {
namespace {

using Json = nlohmann::ordered_json;

Json DateOrNull(const std::string& d) { return d.empty() ? Json(nullptr) : Json(d); }

Json ToJson(const KnowledgeGraph& kg) {
  const auto& g = kg.graph();
  Json docs = Json::array();
  for (const DocumentInfo& d : kg.documents()) {
    Json j = {{"id", d.id}, {"source", d.source}, {"bytes", d.bytes}, {"date", DateOrNull(d.date)}};
    if (d.utf8_repaired) j["utf8_repaired"] = true;
    docs.push_back(std::move(j));
  }
  Json nodes = Json::array();
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    Json j = {{"id", n.id}, {"type", n.type}, {"label", LabelOf(n)}, {"aliases", n.aliases}};
    if (!n.roles.empty()) j["roles"] = n.roles;
    j["mentions"] = n.mentions;
    nodes.push_back(std::move(j));
  }
  Json edges = Json::array();
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    Json ev = Json::array();
    for (const Evidence& x : p.evidence) {
      Json j = {{"doc", x.doc},         {"sentence", x.sentence},
                {"start", x.start},     {"end", x.end},
                {"text", x.text},       {"rule", x.rule},
                {"date", DateOrNull(x.date)}, {"modality", ModalityName(x.modality)},
                {"confidence", x.confidence}};
      if (!x.cue.empty()) j["cue"] = x.cue;
      ev.push_back(std::move(j));
    }
    edges.push_back(Json{{"key", p.key},
                         {"source", g[boost::source(e, g)].id},
                         {"target", g[boost::target(e, g)].id},
                         {"relation", p.relation},
                         {"date", DateOrNull(p.date)},
                         {"modality", ModalityName(p.modality)},
                         {"confidence", p.confidence},
                         {"count", p.evidence.size()},
                         {"evidence", std::move(ev)}});
  }
  Json mentions = Json::array();
  for (const MentionRecord& m : kg.mentions()) {
    Json j = {{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}, {"type", m.type}};
    if (m.type == "date" || m.node.empty())
      j["value"] = m.value;
    else
      j["node"] = m.node;
    mentions.push_back(std::move(j));
  }
  return Json{{"schema_version", 1},
              {"generator", std::string("actorgraph ") + ACTORGRAPH_VERSION},
              {"directed", true},
              {"multigraph", true},
              {"graph", {{"documents", std::move(docs)}}},
              {"nodes", std::move(nodes)},
              {"edges", std::move(edges)},
              {"mentions", std::move(mentions)}};
}

std::string Dump(const KnowledgeGraph& g, int indent) {
  return ToJson(g).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string FormatDouble(double d) { return nlohmann::json(d).dump(); }

Status WriteJson(const KnowledgeGraph& g, std::ostream& out) {
  try {
    out << Dump(g, 1) << '\n';
  } catch (const std::exception& e) {
    return Status::IOError(std::string("writing JSON: ") + e.what());
  }
  return out ? Status::OK() : Status::IOError("writing JSON failed");
}

Status WriteJsonl(const KnowledgeGraph& g, std::ostream& out) {
  try {
    if (g.documents().empty()) {
      if (g.num_nodes() > 0) out << DocumentJsonLine(g) << '\n';
    } else {
      for (const DocumentInfo& d : g.documents())
        out << DocumentJsonLine(g.DocumentGraph(d.id)) << '\n';
    }
  } catch (const std::exception& e) {
    return Status::IOError(std::string("writing JSONL: ") + e.what());
  }
  return out ? Status::OK() : Status::IOError("writing JSONL failed");
}

}  // namespace io_internal

std::string DocumentJsonLine(const KnowledgeGraph& single_document_graph) {
  try {
    return io_internal::Dump(single_document_graph, -1);
  } catch (const std::exception&) {
    return "{}";  // unreachable: replacement handles bad UTF-8
  }
}

}  // namespace actorgraph
