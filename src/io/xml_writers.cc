// GraphML 1.0 and GEXF 1.3 writers (DESIGN.md §5). Our own writers: stable,
// semantic ids, Gephi's label/weight conventions, XML-invalid text stripped.
#include <map>
#include <set>

#include "actorgraph/io.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {
namespace {

// GraphML ids are NMTOKENs: keep [A-Za-z0-9._:-], map the rest to '_', and
// make the result unique ("_2", "_3"...). Our node ids pass unchanged; an edge
// key "signed|state:RUS|treaty:x|asserted" becomes "signed.state:RUS.treaty:x.asserted".
class NmtokenIds {
 public:
  std::string Make(const std::string& raw) {
    std::string id;
    for (char c : raw) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '.' || c == '-' || c == '_' || c == ':';
      id += ok ? c : (c == '|' ? '.' : '_');
    }
    if (id.empty()) id = "_";
    std::string unique = id;
    for (int n = 2; !used_.insert(unique).second; ++n) unique = id + "_" + std::to_string(n);
    return unique;
  }

 private:
  std::set<std::string> used_;
};

void Data(std::ostream& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << "<data key=\"" << key << "\">" << XmlEscape(value, false) << "</data>";
}

void AttValue(std::ostream& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << "<attvalue for=\"" << key << "\" value=\"" << XmlEscape(value, true) << "\"/>";
}

}  // namespace

Status WriteGraphml(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    const char *id, *for_, *name, *type;
  };
  static const Key kKeys[] = {
      {"label", "node", "label", "string"},
      {"type", "node", "type", "string"},
      {"aliases", "node", "aliases", "string"},
      {"roles", "node", "roles", "string"},
      {"mentions", "node", "mentions", "long"},
      {"edge_label", "edge", "label", "string"},
      {"relation", "edge", "relation", "string"},
      {"weight", "edge", "weight", "double"},
      {"date", "edge", "date", "string"},
      {"modality", "edge", "modality", "string"},
      {"confidence", "edge", "confidence", "double"},
      {"evidence", "edge", "evidence", "string"},
      {"rule", "edge", "rule", "string"},
      {"doc", "edge", "doc", "string"},
      {"start", "edge", "start", "long"},
      {"end", "edge", "end", "long"},
      {"edge_key", "edge", "edge_key", "string"},
  };
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
  NmtokenIds ids;
  std::map<KnowledgeGraph::Vertex, std::string> node_id;
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    node_id[v] = ids.Make(n.id);
    out << "    <node id=\"" << XmlEscape(node_id[v], true) << "\">";
    Data(out, "label", LabelOf(n));
    Data(out, "type", n.type);
    Data(out, "aliases", JoinSet(n.aliases));
    Data(out, "roles", JoinSet(n.roles));
    Data(out, "mentions", std::to_string(n.mentions));
    out << "</node>\n";
  }
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    out << "    <edge id=\"" << XmlEscape(ids.Make(p.key), true) << "\" source=\""
        << XmlEscape(node_id[boost::source(e, g)], true) << "\" target=\""
        << XmlEscape(node_id[boost::target(e, g)], true) << "\">";
    Data(out, "edge_label", p.relation);
    Data(out, "relation", p.relation);
    Data(out, "weight", std::to_string(std::max<size_t>(1, p.evidence.size())));
    Data(out, "date", p.date);
    Data(out, "modality", ModalityName(p.modality));
    Data(out, "confidence", FormatDouble(p.confidence));
    if (!p.evidence.empty()) {
      const Evidence& first = p.evidence.front();
      Data(out, "evidence", first.text);
      Data(out, "rule", first.rule);
      Data(out, "doc", first.doc);
      Data(out, "start", std::to_string(first.start));
      Data(out, "end", std::to_string(first.end));
    }
    Data(out, "edge_key", p.key);
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return out ? Status::OK() : Status::IOError("writing GraphML failed");
}

Status WriteGexf(const KnowledgeGraph& kg, std::ostream& out) {
  const auto& g = kg.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
         "version=\"1.3\">\n"
         "  <meta><creator>actorgraph "
      << ACTORGRAPH_VERSION
      << "</creator><description>knowledge graph of actors and agreements</description></meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
         "timerepresentation=\"interval\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "      <attribute id=\"roles\" title=\"roles\" type=\"string\"/>\n"
         "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n";
  for (const char* a : {"relation", "modality", "date", "evidence", "rule", "doc", "edge_key"})
    out << "      <attribute id=\"" << a << "\" title=\"" << a << "\" type=\"string\"/>\n";
  out << "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
         "      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    out << "      <node id=\"" << XmlEscape(n.id, true) << "\" label=\""
        << XmlEscape(LabelOf(n), true) << "\"><attvalues>";
    AttValue(out, "type", n.type);
    AttValue(out, "aliases", JoinSet(n.aliases));
    AttValue(out, "roles", JoinSet(n.roles));
    AttValue(out, "mentions", std::to_string(n.mentions));
    out << "</attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& p = g[e];
    std::string kind = p.relation;
    if (p.modality != Modality::kAsserted) kind += std::string("/") + ModalityName(p.modality);
    out << "      <edge id=\"" << XmlEscape(p.key, true) << "\" source=\""
        << XmlEscape(g[boost::source(e, g)].id, true) << "\" target=\""
        << XmlEscape(g[boost::target(e, g)].id, true) << "\" label=\""
        << XmlEscape(p.relation, true) << "\" kind=\"" << XmlEscape(kind, true) << "\" weight=\""
        << std::max<size_t>(1, p.evidence.size()) << "\"><attvalues>";
    AttValue(out, "relation", p.relation);
    AttValue(out, "modality", ModalityName(p.modality));
    AttValue(out, "date", p.date);
    if (!p.evidence.empty()) {
      AttValue(out, "evidence", p.evidence.front().text);
      AttValue(out, "rule", p.evidence.front().rule);
      AttValue(out, "doc", p.evidence.front().doc);
    }
    AttValue(out, "edge_key", p.key);  // networkx reserves "key"
    AttValue(out, "confidence", FormatDouble(p.confidence));
    AttValue(out, "count", std::to_string(p.evidence.size()));
    out << "</attvalues>";
    // One spell per dated evidence, at the first day its value can mean; the
    // same day twice would be overlapping intervals, which Gephi rejects.
    std::set<std::string> days;
    for (const Evidence& ev : p.evidence)
      if (std::string d = FirstDay(ev.date); !d.empty()) days.insert(d);
    if (!days.empty()) {
      out << "<spells>";
      for (const std::string& d : days) out << "<spell start=\"" << d << "\" end=\"" << d << "\"/>";
      out << "</spells>";
    }
    out << "</edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out ? Status::OK() : Status::IOError("writing GEXF failed");
}

}  // namespace io_internal
}  // namespace actorgraph
