#include "actorgraph/graph.h"

#include <doctest/doctest.h>

#include "graph/fixtures.h"

namespace actorgraph {
namespace {

using testing::Doc1;
using testing::Doc2;
using testing::Doc3;
using testing::GraphOf;

const NodeProps& Node(const KnowledgeGraph& g, const std::string& id) {
  KnowledgeGraph::Vertex v{};
  REQUIRE(g.Find(id, &v));
  return g.graph()[v];
}

const EdgeProps& EdgeOf(const KnowledgeGraph& g, const std::string& key) {
  KnowledgeGraph::Edge e;
  REQUIRE(g.FindEdge(key, &e));
  return g.graph()[e];
}

// Everything a graph holds, as text, for comparisons in this file.
std::string Describe(const KnowledgeGraph& g) {
  std::string s;
  for (const DocumentInfo& d : g.documents()) s += "doc " + d.id + "\n";
  for (auto v : g.SortedNodes()) {
    const NodeProps& n = g.graph()[v];
    s += n.id + " " + n.type + " " + n.label + " m=" + std::to_string(n.mentions) + " a=";
    for (const auto& a : n.aliases) s += a + ";";
    s += " r=";
    for (const auto& r : n.roles) s += r + ";";
    s += "\n";
  }
  for (auto e : g.SortedEdges()) {
    const EdgeProps& p = g.graph()[e];
    s += p.key + " " + p.date + " " + std::to_string(p.confidence) + "\n";
    for (const Evidence& ev : p.evidence)
      s += "  " + ev.doc + ":" + std::to_string(ev.start) + "-" + std::to_string(ev.end) + " " +
           ev.rule + "\n";
  }
  for (const MentionView m : g.mentions())
    s += m.doc + ":" + std::to_string(m.start) + " " + m.type + " " + m.node + m.value + "\n";
  return s;
}

TEST_CASE("Add builds nodes with aliases, roles and mention counts") {
  KnowledgeGraph g = GraphOf({Doc1(), Doc2()});
  const NodeProps& rus = Node(g, "state:RUS");
  CHECK(rus.label == "Russia");
  CHECK(rus.type == "state");
  CHECK(rus.aliases == std::set<std::string>{"Moscow", "Russian"});
  CHECK(rus.mentions == 3);  // Russia, Moscow (d1), Russian (d2)
  CHECK(Node(g, "treaty:budapest-convention").mentions == 3);
  CHECK(Node(g, "treaty:budapest-convention").aliases.empty());
  const NodeProps& putin = Node(g, "person:vladimir-putin");
  CHECK(putin.roles == std::set<std::string>{"President"});
  CHECK(g.num_nodes() == 5);  // RUS, CHN, treaty, Putin, USA
  CHECK(g.documents().size() == 2);
  CHECK(g.documents()[1].date == "2016-01-10");
}

TEST_CASE("Add records every entity and date mention, dates with their value") {
  KnowledgeGraph g = GraphOf({Doc1()});
  REQUIRE(g.mentions().size() == 6);
  const MentionView date = g.mentions()[3];
  CHECK(date.type == "date");
  CHECK(date.value == "2015-05");
  CHECK(date.text == "May 2015");
  CHECK(date.node.empty());
  CHECK(g.mentions()[0].node == "state:RUS");
  for (size_t i = 1; i < g.mentions().size(); ++i)
    CHECK(g.mentions()[i - 1].start < g.mentions()[i].start);
}

TEST_CASE("date nodes (--date-nodes) become nodes of type date; unresolved entities are skipped") {
  testing::DocBuilder b("dn", "Russia signed it in May 2015 with Someone.");
  uint32_t rus = b.Ent("Russia", EntityType::kState, "state:RUS", "Russia");
  uint32_t date = b.Date("May 2015", "2015-05");
  b.Ent("Someone", EntityType::kPerson, "", "");
  Extraction x = b.x();
  x.mentions[date].node = "date:2015-05";
  x.relations.push_back(Relation{});
  x.relations.back().type = "signed";
  x.relations.back().source = rus;
  x.relations.back().target = date;
  x.relations.back().evidence = b.Find("Russia signed it in May 2015");
  KnowledgeGraph g;
  g.Add(x);
  CHECK(Node(g, "date:2015-05").type == "date");
  CHECK(Node(g, "date:2015-05").label == "2015-05");
  CHECK(Node(g, "date:2015-05").aliases == std::set<std::string>{"May 2015"});
  CHECK(g.mentions().size() == 2);
  CHECK(g.mentions()[1].value == "2015-05");
  CHECK(g.mentions()[1].node == "date:2015-05");
  CHECK(g.num_edges() == 1);
}

TEST_CASE("Add turns relations into keyed edges with exact evidence") {
  KnowledgeGraph g = GraphOf({Doc1()});
  CHECK(g.num_edges() == 3);  // the self loop Russia -> Moscow is dropped
  const EdgeProps& e = EdgeOf(g, "signed|state:RUS|treaty:budapest-convention|asserted");
  REQUIRE(e.evidence.size() == 1);
  const Evidence& ev = e.evidence[0];
  CHECK(ev.doc == "d1");
  CHECK(ev.start == 0);
  CHECK(ev.text == "Russia and China signed the Budapest Convention in May 2015.");
  CHECK(ev.end == ev.text.size());
  CHECK(ev.rule == "signed.verb");
  CHECK(e.date == "2015-05");
  CHECK(e.confidence == doctest::Approx(0.9));
  const EdgeProps& neg = EdgeOf(g, "supported|state:RUS|treaty:budapest-convention|negated");
  CHECK(neg.modality == Modality::kNegated);
  CHECK(neg.evidence[0].cue == "not");
  CHECK(neg.date.empty());
}

TEST_CASE("edge date is the earliest by first day, confidence the maximum, evidence in order") {
  KnowledgeGraph g = GraphOf({Doc1(), Doc2(), Doc3()});
  const EdgeProps& e = EdgeOf(g, "signed|state:CHN|treaty:budapest-convention|asserted");
  REQUIRE(e.evidence.size() == 2);
  CHECK(e.evidence[0].doc == "d1");
  CHECK(e.evidence[1].doc == "d3");
  CHECK(e.date == "2015-Q2");  // 2015-04-01 < 2015-05-01
  CHECK(e.confidence == doctest::Approx(0.95));
  // An X date is kept when nothing else is known.
  CHECK(EdgeOf(g, "alleged-attack|state:PRK|state:USA|alleged").date == "XXXX-09-27");
  // Adding the same document again changes nothing.
  std::string before = Describe(g);
  g.Add(Doc1());
  CHECK(Describe(g) == before);
}

TEST_CASE("FirstDay places every TIMEX3 form on its first day") {
  CHECK(FirstDay("2015") == "2015-01-01");
  CHECK(FirstDay("2015-05") == "2015-05-01");
  CHECK(FirstDay("2015-05-14") == "2015-05-14");
  CHECK(FirstDay("2015-05-14T15:59") == "2015-05-14");
  CHECK(FirstDay("2015-05-14TMO") == "2015-05-14");
  CHECK(FirstDay("2015-W20") == "2015-05-11");     // Monday of ISO week 20
  CHECK(FirstDay("2015-W01") == "2014-12-29");     // ISO week 1 starts in December
  CHECK(FirstDay("2015-W20-WE") == "2015-05-16");  // its Saturday
  CHECK(FirstDay("2015-Q2") == "2015-04-01");
  CHECK(FirstDay("2015-Q4") == "2015-10-01");
  CHECK(FirstDay("2015-H2") == "2015-07-01");
  CHECK(FirstDay("2015-SP") == "2015-03-01");
  CHECK(FirstDay("2015-SU") == "2015-06-01");
  CHECK(FirstDay("2015-FA") == "2015-09-01");
  CHECK(FirstDay("2015-WI") == "2015-01-01");
  CHECK(FirstDay("199") == "1990-01-01");
  CHECK(FirstDay("19") == "1900-01-01");
  CHECK(FirstDay("2015-XX-14") == "2015-01-01");
  CHECK(FirstDay("2016-02-30") == "2016-02-01");  // impossible day: keep the month
  CHECK(FirstDay("XXXX-09-27") == "");
  CHECK(FirstDay("PRESENT_REF") == "");
  CHECK(FirstDay("PAST_REF") == "");
  CHECK(FirstDay("FUTURE_REF") == "");
  CHECK(FirstDay("P3Y") == "");
  CHECK(FirstDay("") == "");
}

TEST_CASE("CompareDates orders by first day, unknown dates last, ties by string") {
  CHECK(CompareDates("2015-Q2", "2015-05") < 0);
  CHECK(CompareDates("2015-W20", "2015-05-12") < 0);
  CHECK(CompareDates("2015-05-12", "2015-W20") > 0);
  CHECK(CompareDates("199", "1990-06") < 0);
  CHECK(CompareDates("2015-SU", "2015-06-02") < 0);
  CHECK(CompareDates("2014", "2015-Q1") < 0);
  CHECK(CompareDates("2015", "2015-01") < 0);  // same day: string order decides
  CHECK(CompareDates("2015-01", "2015") > 0);
  CHECK(CompareDates("2015", "2015") == 0);
  CHECK(CompareDates("2099", "XXXX-01-01") < 0);
  CHECK(CompareDates("2099", "PRESENT_REF") < 0);
  CHECK(CompareDates("PRESENT_REF", "") < 0);
  CHECK(CompareDates("", "2015") > 0);
}

TEST_CASE("Merge equals adding all documents; self merge and repeats change nothing") {
  KnowledgeGraph all = GraphOf({Doc1(), Doc2(), Doc3()});
  KnowledgeGraph a = GraphOf({Doc1()}), b = GraphOf({Doc2()}), c = GraphOf({Doc3()});
  KnowledgeGraph ab = a;
  ab.Merge(b);
  KnowledgeGraph abc = ab;
  abc.Merge(c);
  KnowledgeGraph bc = b;
  bc.Merge(c);
  KnowledgeGraph a_bc = a;
  a_bc.Merge(bc);
  CHECK(Describe(abc) == Describe(all));
  CHECK(Describe(a_bc) == Describe(all));
  KnowledgeGraph twice = all;
  twice.Merge(all);
  CHECK(Describe(twice) == Describe(all));
  KnowledgeGraph overlap = ab;  // d2 arrives twice
  overlap.Merge(bc);
  CHECK(Describe(overlap) == Describe(all));
  CHECK(Node(overlap, "state:RUS").mentions == 3);
}

TEST_CASE("Merge unions aliases and roles; the first label wins") {
  KnowledgeGraph a, b;
  a.AddNode({"state:RUS", "state", "Russia", {"Moscow"}, {}, 2});
  b.AddNode({"state:RUS", "state", "Russian Federation", {"Russia", "Kremlin"}, {"x"}, 1});
  a.Merge(b);
  const NodeProps& n = Node(a, "state:RUS");
  CHECK(n.label == "Russia");
  CHECK(n.aliases == std::set<std::string>{"Kremlin", "Moscow", "Russian Federation"});
  CHECK(n.roles == std::set<std::string>{"x"});
  CHECK(n.mentions == 3);
}

TEST_CASE("DocumentGraph holds one document's share, and merging the shares restores the graph") {
  KnowledgeGraph all = GraphOf({Doc1(), Doc2(), Doc3()});
  KnowledgeGraph d2 = all.DocumentGraph("d2");
  CHECK(d2.documents().size() == 1);
  CHECK(Node(d2, "state:RUS").mentions == 1);
  CHECK(Node(d2, "state:RUS").aliases == std::set<std::string>{"Russian"});
  CHECK(d2.num_edges() == 3);
  CHECK(EdgeOf(d2, "supported|state:RUS|treaty:budapest-convention|asserted").evidence.size() == 1);
  KnowledgeGraph merged;
  for (const char* id : {"d1", "d2", "d3"}) merged.Merge(all.DocumentGraph(id));
  CHECK(Describe(merged) == Describe(all));
}

TEST_CASE("AddEvidence ignores self loops and duplicate evidence; copies keep the edge index") {
  KnowledgeGraph g;
  Evidence ev;
  ev.doc = "x";
  ev.start = 1;
  ev.end = 5;
  ev.rule = "r";
  ev.confidence = 0.4;
  g.AddEvidence("a:1", "a:1", "supported", ev);
  CHECK(g.num_edges() == 0);
  g.AddEvidence("a:1", "b:2", "supported", ev);
  g.AddEvidence("a:1", "b:2", "supported", ev);
  KnowledgeGraph copy = g;
  ev.start = 7;
  copy.AddEvidence("a:1", "b:2", "supported", ev);
  CHECK(EdgeOf(g, "supported|a:1|b:2|asserted").evidence.size() == 1);
  CHECK(EdgeOf(copy, "supported|a:1|b:2|asserted").evidence.size() == 2);
  CHECK(copy.num_edges() == 1);
}

}  // namespace
}  // namespace actorgraph
