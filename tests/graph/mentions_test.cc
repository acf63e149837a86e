// Mention records as the graph stores them: interned strings, texts in
// blocks, document ranks; through copies, moves, sorting and merges.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "actorgraph/graph.h"

namespace actorgraph {
namespace {

MentionRecord Rec(const std::string& doc, uint32_t start, const std::string& text,
                  const std::string& type, const std::string& node, const std::string& value = "") {
  return MentionRecord{doc,  start, static_cast<uint32_t>(start + text.size()), text, type,
                       node, value};
}

std::string Line(const MentionView& m) {
  return m.doc + " " + std::to_string(m.start) + "-" + std::to_string(m.end) + " " +
         std::string(m.text.substr(0, 20)) + " " + std::to_string(m.text.size()) + " " + m.type +
         " " + m.node + " " + m.value;
}

std::vector<std::string> Lines(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (const MentionView m : g.mentions()) out.push_back(Line(m));
  return out;
}

// Many distinct strings (the string table grows many times) and texts that
// fill several blocks, one larger than a block.
KnowledgeGraph BigGraph() {
  KnowledgeGraph g;
  g.AddDocument(DocumentInfo{"d0", "src", "", 0, false});
  for (uint32_t i = 0; i < 3000; ++i)
    g.AddMentionRecord(Rec("d0", 10 * i, "Name " + std::to_string(i), "organization",
                           "organization:name-" + std::to_string(i)));
  g.AddMentionRecord(Rec("d0", 40000, std::string(700000, 'a'), "treaty", "treaty:a"));
  g.AddMentionRecord(Rec("d0", 800000, std::string(1500000, 'b'), "treaty", "treaty:b"));
  g.AddMentionRecord(Rec("d0", 2400000, "May 2015", "date", "", "2015-05"));
  g.SortMentions();
  return g;
}

TEST_CASE("mention records keep every string through growth, copies and moves") {
  KnowledgeGraph g = BigGraph();
  REQUIRE(g.mentions().size() == 3003);
  CHECK(g.mentions()[0].text == "Name 0");
  CHECK(g.mentions()[2999].node == "organization:name-2999");
  CHECK(g.mentions()[3000].text == std::string(700000, 'a'));
  CHECK(g.mentions()[3001].text == std::string(1500000, 'b'));
  CHECK(g.mentions()[3002].value == "2015-05");
  CHECK(g.mentions()[3002].node.empty());
  const std::vector<std::string> lines = Lines(g);

  KnowledgeGraph copy(g);
  CHECK(Lines(copy) == lines);
  copy.AddMentionRecord(Rec("d0", 1, "Name 0", "organization", "organization:name-0"));
  copy.SortMentions();
  CHECK(copy.mentions().size() == 3004);
  CHECK(copy.mentions()[1].start == 1);
  CHECK(Lines(g) == lines);  // the copy shares nothing

  KnowledgeGraph moved(std::move(g));
  CHECK(Lines(moved) == lines);
  CHECK(g.mentions().empty());  // NOLINT(bugprone-use-after-move): left empty and usable
  g.AddMentionRecord(Rec("x", 0, "Russia", "state", "state:RUS"));
  CHECK(Line(g.mentions()[0]) == "x 0-6 Russia 6 state state:RUS ");
  KnowledgeGraph assigned;
  assigned = moved;
  CHECK(Lines(assigned) == lines);
}

TEST_CASE("mentions sort by document order, unlisted documents last by id, then span and strings") {
  KnowledgeGraph g;
  g.AddDocument(DocumentInfo{"b", "", "", 0, false});
  g.AddMentionRecord(Rec("zz", 0, "Russia", "state", "state:RUS"));
  g.AddMentionRecord(Rec("aa", 5, "China", "state", "state:CHN"));
  g.AddMentionRecord(Rec("b", 9, "Putin", "person", "person:putin"));
  g.AddMentionRecord(Rec("b", 3, "UN", "organization", "organization:un"));
  g.AddMentionRecord(Rec("b", 3, "UN", "organization", "organization:umbrella"));
  g.AddMentionRecord(Rec("a", 0, "May", "date", "", "2015-05"));
  g.SortMentions();
  std::vector<std::string> want = {"b 3-5 UN 2 organization organization:umbrella ",
                                   "b 3-5 UN 2 organization organization:un ",
                                   "b 9-14 Putin 5 person person:putin ",
                                   "a 0-3 May 3 date  2015-05",
                                   "aa 5-10 China 5 state state:CHN ",
                                   "zz 0-6 Russia 6 state state:RUS "};
  CHECK(Lines(g) == want);
  CHECK(g.HasDocument("b"));
  CHECK_FALSE(g.HasDocument("aa"));
  // Listing a document later moves its records up once they are sorted again.
  g.AddDocument(DocumentInfo{"zz", "", "", 0, false});
  g.SortAll();
  CHECK(Line(g.mentions()[3]) == "zz 0-6 Russia 6 state state:RUS ");
  CHECK(g.HasDocument("zz"));
}

TEST_CASE("Merge takes the records of unlisted documents once, and counts only what it adds") {
  KnowledgeGraph a, b;
  NodeProps rus{"state:RUS", "state", "Russia", {}, {}, 1};
  a.AddNode(rus);
  a.AddMentionRecord(Rec("x", 0, "Russia", "state", "state:RUS"));
  rus.mentions = 2;
  b.AddNode(rus);
  b.AddMentionRecord(Rec("x", 0, "Russia", "state", "state:RUS"));
  b.AddMentionRecord(Rec("x", 20, "Russia", "state", "state:RUS"));
  b.SortMentions();
  a.Merge(b);
  REQUIRE(a.mentions().size() == 2);
  CHECK(a.mentions()[1].start == 20);
  KnowledgeGraph::Vertex v{};
  REQUIRE(a.Find("state:RUS", &v));
  CHECK(a.graph()[v].mentions == 2);  // 1, plus b's 2 less the record a already had
  a.Merge(b);                         // again: nothing new
  CHECK(a.mentions().size() == 2);
  CHECK(a.graph()[v].mentions == 2);
}

}  // namespace
}  // namespace actorgraph
