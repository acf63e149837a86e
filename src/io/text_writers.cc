// Cytoscape.js elements, Graphviz DOT and Gephi spreadsheet CSV writers.
#include <nlohmann/json.hpp>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {
namespace {

using Json = nlohmann::ordered_json;

std::string Utf8(std::string_view s) {
  std::string t(s);
  RepairUtf8(&t);
  return t;
}

// A DOT double-quoted string: quotes and backslashes escaped, one line.
std::string DotQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : OneLine(CleanText(s))) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// RFC 4180: quoted when it holds a comma, quote, CR or LF (or edge spaces).
std::string CsvField(std::string_view s) {
  std::string v = Utf8(s);
  bool quote = v.find_first_of(",\"\r\n") != std::string::npos ||
               (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void CsvRow(std::ostream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out << ',';
    first = false;
    out << CsvField(f);
  }
  out << "\r\n";
}

}  // namespace

Status WriteCyjs(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  Json nodes = Json::array(), edges = Json::array();
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    Json d = {{"id", n.id},           {"label", LabelOf(n)}, {"type", n.type},
              {"aliases", n.aliases}, {"roles", n.roles},    {"mentions", n.mentions}};
    nodes.push_back(Json{{"data", std::move(d)}});
  }
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    Json d = {{"id", p.key},
              {"source", g[boost::source(e, g)].id},
              {"target", g[boost::target(e, g)].id},
              {"label", p.relation},
              {"relation", p.relation},
              {"modality", ModalityName(p.modality)},
              {"date", p.date.empty() ? Json(nullptr) : Json(p.date)},
              {"confidence", p.confidence},
              {"weight", std::max<size_t>(1, p.evidence.size())},
              {"count", p.evidence.size()}};
    if (!p.evidence.empty()) {
      d["evidence"] = p.evidence.front().text;
      d["rule"] = p.evidence.front().rule;
      d["doc"] = p.evidence.front().doc;
    }
    edges.push_back(Json{{"data", std::move(d)}});
  }
  Json j = {{"elements", {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}}};
  try {
    out << j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } catch (const std::exception& e) {
    return Status::IOError(std::string("writing Cytoscape.js JSON: ") + e.what());
  }
  return out ? Status::OK() : Status::IOError("writing Cytoscape.js JSON failed");
}

Status WriteDot(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  out << "digraph \"actorgraph\" {\n  graph [charset=\"UTF-8\"];\n";
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    out << "  " << DotQuote(n.id) << " [label=" << DotQuote(LabelOf(n))
        << ", type=" << DotQuote(n.type) << ", mentions=\"" << n.mentions << "\"];\n";
  }
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    out << "  " << DotQuote(g[boost::source(e, g)].id) << " -> "
        << DotQuote(g[boost::target(e, g)].id) << " [key=" << DotQuote(p.key)
        << ", label=" << DotQuote(p.relation) << ", relation=" << DotQuote(p.relation)
        << ", modality=" << DotQuote(ModalityName(p.modality)) << ", weight=\""
        << std::max<size_t>(1, p.evidence.size()) << "\""
        << ", confidence=\"" << FormatDouble(p.confidence) << "\"";
    if (!p.date.empty()) out << ", date=" << DotQuote(p.date);
    if (p.modality != Modality::kAsserted) out << ", style=\"dashed\"";
    out << "];\n";
  }
  out << "}\n";
  return out ? Status::OK() : Status::IOError("writing DOT failed");
}

Status WriteCsvNodes(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  CsvRow(out, {"Id", "Label", "type", "aliases", "mentions"});
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    CsvRow(out, {n.id, LabelOf(n), n.type, JoinSet(n.aliases), std::to_string(n.mentions)});
  }
  return out ? Status::OK() : Status::IOError("writing CSV failed");
}

Status WriteCsvEdges(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  CsvRow(out, {"Source", "Target", "Type", "Kind", "Label", "Id", "Weight", "date", "modality",
               "confidence", "evidence", "rule"});
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    const Evidence* first = p.evidence.empty() ? nullptr : &p.evidence.front();
    CsvRow(out, {g[boost::source(e, g)].id, g[boost::target(e, g)].id, "Directed", p.relation,
                 p.relation, p.key, std::to_string(std::max<size_t>(1, p.evidence.size())), p.date,
                 ModalityName(p.modality), FormatDouble(p.confidence),
                 first ? OneLine(first->text) : "", first ? first->rule : ""});
  }
  return out ? Status::OK() : Status::IOError("writing CSV failed");
}

}  // namespace io_internal
}  // namespace actorgraph
