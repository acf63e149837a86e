#include <doctest/doctest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <nlohmann/json.hpp>

#include "actorgraph/io.h"
#include "io/io_fixtures.h"

namespace actorgraph {
namespace {

using namespace testing;  // NOLINT

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

struct VProps {
  std::string label, type;
  long mentions = 0;
};
struct EProps {
  std::string relation, key;
  double weight = 0;
};
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VProps, EProps>;

TEST_CASE("GraphML reads back with boost::read_graphml") {
  KnowledgeGraph g = SampleGraph();
  std::string xml = Serialize(g, Format::kGraphml);
  BoostGraph bg;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&VProps::label, bg));
  dp.property("type", boost::get(&VProps::type, bg));
  dp.property("mentions", boost::get(&VProps::mentions, bg));
  dp.property("relation", boost::get(&EProps::relation, bg));
  dp.property("edge_key", boost::get(&EProps::key, bg));
  dp.property("weight", boost::get(&EProps::weight, bg));
  std::istringstream in(xml);
  REQUIRE_NOTHROW(boost::read_graphml(in, bg, dp));
  REQUIRE(boost::num_vertices(bg) == g.num_nodes());
  REQUIRE(boost::num_edges(bg) == g.num_edges());
  // Nodes come in id order, so vertex i is our i-th node.
  auto nodes = g.SortedNodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const NodeProps& n = g.graph()[nodes[i]];
    CHECK(bg[i].label == (n.label.empty() ? n.id : n.label));
    CHECK(bg[i].type == n.type);
    CHECK(bg[i].mentions == static_cast<long>(n.mentions));
    CHECK(xml.find("<node id=\"" + n.id + "\">") != std::string::npos);
  }
  std::set<std::string> keys;
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const EProps& e = bg[*it];
    KnowledgeGraph::Edge ours;
    REQUIRE(g.FindEdge(e.key, &ours));
    CHECK(e.relation == g.graph()[ours].relation);
    CHECK(e.weight == static_cast<double>(g.graph()[ours].evidence.size()));
    CHECK(bg[boost::source(*it, bg)].label == g.graph()[boost::source(ours, g.graph())].label);
    keys.insert(e.key);
  }
  CHECK(keys.size() == g.num_edges());
}

TEST_CASE("GraphML: semantic keys, nodes before edges, XML-invalid text stripped") {
  std::string xml = Serialize(SampleGraph(), Format::kGraphml);
  CHECK(xml.find("\x01") == std::string::npos);
  CHECK(xml.find("key id=\"d3\"") == std::string::npos);
  CHECK(xml.find("<key id=\"label\" for=\"node\" attr.name=\"label\"") != std::string::npos);
  CHECK(xml.find("<key id=\"edge_label\" for=\"edge\" attr.name=\"label\"") != std::string::npos);
  CHECK(xml.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"") !=
        std::string::npos);
  CHECK(xml.rfind("<node ") < xml.find("<edge "));
  CHECK(xml.find("Deal &amp; \"Pact\" &lt;1&gt;") != std::string::npos);
  CHECK(xml.find("<edge id=\"signed.state:CHN.treaty:budapest-convention.asserted\"") !=
        std::string::npos);
  CHECK(xml.find("attr.type=\"int\"") == std::string::npos);  // mentions is long
}

TEST_CASE("GEXF: dynamic, one edge per JSON edge, spells at first days, kinds with modality") {
  KnowledgeGraph g = SampleGraph();
  std::string gexf = Serialize(g, Format::kGexf);
  CHECK(gexf.find("mode=\"dynamic\"") != std::string::npos);
  CHECK(gexf.find("timeformat=\"date\"") != std::string::npos);
  CHECK(Count(gexf, "<edge ") == g.num_edges());
  CHECK(Count(gexf, "<node ") == g.num_nodes());
  CHECK(gexf.find("\x01") == std::string::npos);
  // China signed: 2015-05 (d1) and 2015-Q2 (d3).
  CHECK(gexf.find("<spell start=\"2015-04-01\" end=\"2015-04-01\"/><spell start=\"2015-05-01\" "
                  "end=\"2015-05-01\"/>") != std::string::npos);
  CHECK(gexf.find("start=\"2015-06-01\"") != std::string::npos);  // 2015-SU
  CHECK(gexf.find("kind=\"opposed/hypothetical\"") != std::string::npos);
  CHECK(gexf.find("kind=\"opposed\"") != std::string::npos);
  // X and *_REF values get no spell but keep the exact value.
  size_t attack = gexf.find("<edge id=\"alleged-attack|state:PRK|state:USA|alleged\"");
  REQUIRE(attack != std::string::npos);
  std::string edge = gexf.substr(attack, gexf.find("</edge>", attack) - attack);
  CHECK(edge.find("<spell") == std::string::npos);
  CHECK(edge.find("value=\"XXXX-09-27\"") != std::string::npos);
}

TEST_CASE("Cytoscape.js elements, DOT and CSV") {
  KnowledgeGraph g = SampleGraph();
  auto cy = nlohmann::json::parse(Serialize(g, Format::kCyjs));
  CHECK(cy["elements"]["nodes"].size() == g.num_nodes());
  CHECK(cy["elements"]["edges"].size() == g.num_edges());
  CHECK(cy["elements"]["edges"][0]["data"].contains("source"));
  CHECK(cy["elements"]["nodes"][0]["data"]["id"].is_string());

  std::string dot = Serialize(g, Format::kDot);
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("\"state:RUS\" [label=\"Russia\"") != std::string::npos);
  CHECK(dot.find("\"state:CHN\" -> \"treaty:budapest-convention\"") != std::string::npos);
  CHECK(dot.find("label=\"Deal & \\\"Pact\\\" <1>\"") != std::string::npos);

  TempDir dir("csv");
  REQUIRE(WriteGraphFile(g, Format::kCsv, dir / "kg.csv").ok());
  std::string nodes = ReadAll(dir / "kg.nodes.csv");
  std::string edges = ReadAll(dir / "kg.edges.csv");
  CHECK_FALSE(std::filesystem::exists(dir / "kg.csv"));
  CHECK(nodes.rfind("Id,Label,type,aliases,mentions\r\n", 0) == 0);
  CHECK(edges.rfind("Source,Target,Type,Kind,Label,Id,Weight,date,modality,confidence,evidence,"
                    "rule\r\n",
                    0) == 0);
  CHECK(nodes.find("state:RUS,Russia,state,Moscow|Russian,3\r\n") != std::string::npos);
  CHECK(nodes.find("treaty:deal,\"Deal & \"\"Pact\"\" <1>\",treaty,<Deal>,2\r\n") !=
        std::string::npos);
  CHECK(edges.find(",Directed,signed,signed,signed|state:CHN|treaty:budapest-convention|asserted,"
                   "2,2015-Q2,asserted,0.95,") != std::string::npos);
  CHECK(Count(edges, "\r\n") == g.num_edges() + 1);
}

TEST_CASE("atomic writes: a failed write leaves the old file; parents are created") {
  TempDir dir("atomic");
  KnowledgeGraph g = SampleGraph();
  WriteAll(dir / "keep.json", "old");
  // A directory where the file should go: the write fails, no temp file remains.
  std::filesystem::create_directories(dir / "keep.json.d");
  CHECK_FALSE(WriteGraphFile(g, Format::kJson, dir / "keep.json.d").ok());
  // A parent path that is a file: cannot create the directory.
  WriteAll(dir / "file", "x");
  Status s = WriteGraphFile(g, Format::kJson, dir / "file/out.json");
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(ReadAll(dir / "keep.json") == "old");
  CHECK(ReadAll(dir / "file") == "x");
  // Success replaces the file and leaves no temporary behind.
  REQUIRE(WriteGraphFile(g, Format::kJson, dir / "keep.json").ok());
  CHECK(ReadAll(dir / "keep.json") == Serialize(g));
  REQUIRE(WriteGraphFile(g, Format::kGraphml, dir / "new/sub/g.graphml").ok());
  CHECK(std::filesystem::exists(dir / "new/sub/g.graphml"));
  size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path())) {
    CHECK(e.path().string().find(".tmp.") == std::string::npos);
    files += e.is_regular_file();
  }
  CHECK(files == 3);
}

}  // namespace
}  // namespace actorgraph
