#include "actorgraph/query.h"

#include <doctest/doctest.h>

#include <sstream>

#include "graph/fixtures.h"
#include "graph/query_parse.h"

namespace actorgraph {
namespace {

using testing::Doc1;
using testing::Doc2;
using testing::Doc3;
using testing::GraphOf;

struct Answer {
  Status status;
  std::string text;
};

Answer Ask(const std::string& q, QueryOptions opts = {}) {
  static const KnowledgeGraph g = GraphOf({Doc1(), Doc2(), Doc3()});
  std::ostringstream out;
  Status s = RunQuery(g, q, opts, out);
  return {s, out.str()};
}

size_t Lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

TEST_CASE("relation words in any form map to the relation") {
  using query_internal::CanonicalRelation;
  CHECK(CanonicalRelation("supported") == "supported");
  CHECK(CanonicalRelation("supports") == "supported");
  CHECK(CanonicalRelation("backed") == "supported");
  CHECK(CanonicalRelation("signs") == "signed");
  CHECK(CanonicalRelation("attacked") == "alleged-attack");
  CHECK(CanonicalRelation("alleged-attack") == "alleged-attack");
  CHECK(CanonicalRelation("affiliated with") == "affiliated-with");
  CHECK(CanonicalRelation("Part Of") == "part-of");
  CHECK(CanonicalRelation("accuses") == "accused");
  CHECK(CanonicalRelation("opposing") == "opposed");
  CHECK(CanonicalRelation("proposed") == "proposed");
  CHECK(CanonicalRelation("ate") == "");
}

TEST_CASE("question patterns parse into sides and relation") {
  using query_internal::ParseQuestion;
  auto p = ParseQuestion("who supported what?");
  REQUIRE(p.ok());
  CHECK(p->relation == "supported");
  CHECK(p->source.wildcard);
  CHECK(p->target.wildcard);
  p = ParseQuestion("? signed 'Budapest Convention'");
  REQUIRE(p.ok());
  CHECK(p->source.wildcard);
  CHECK(p->target.name == "Budapest Convention");
  p = ParseQuestion("Russia is part of ?");
  REQUIRE(p.ok());
  CHECK(p->relation == "part-of");
  CHECK(p->source.name == "Russia");
  p = ParseQuestion("who was accused by China");
  REQUIRE(p.ok());
  CHECK(p->source.name == "China");
  CHECK(p->target.wildcard);
  p = ParseQuestion("which countries signed what");
  REQUIRE(p.ok());
  CHECK(p->source.type == "state");
  p = ParseQuestion("which treaties did China sign?");
  REQUIRE(p.ok());
  CHECK(p->source.name == "China");
  CHECK(p->target.type == "treaty");
  CHECK_FALSE(ParseQuestion("Russia and China").ok());
}

TEST_CASE("who supported what lists every supported edge as an aligned table") {
  Answer a = Ask("who supported what");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("source") == 0);
  CHECK(a.text.find("Russia") != std::string::npos);
  CHECK(a.text.find("negated") != std::string::npos);
  CHECK(a.text.find("asserted") != std::string::npos);
  CHECK(a.text.find("2 edges") != std::string::npos);
  // Columns line up: "relation" starts at the same column on every row.
  std::istringstream in(a.text);
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  size_t col = header.find("relation");
  CHECK(row.substr(col, 9) == "supported");
  // Dated rows come first.
  CHECK(row.find("2014") != std::string::npos);
}

TEST_CASE("name on either side, by label or alias, any case, quotes optional") {
  Answer a = Ask("china signed ?");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("1 edge") != std::string::npos);
  CHECK(a.text.find("Budapest Convention") != std::string::npos);
  a = Ask("? signed 'Budapest Convention'");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("2 edges") != std::string::npos);
  a = Ask("who accused the United States");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("Vladimir Putin") != std::string::npos);
  a = Ask("Moscow backs \"budapest convention\"");  // alias, other inflection
  REQUIRE(a.status.ok());
  CHECK(a.text.find("2 edges") != std::string::npos);
  a = Ask("North Korea attacked United States");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("alleged") != std::string::npos);
  CHECK(a.text.find("XXXX-09-27") != std::string::npos);
  a = Ask("Russia and China signed what");  // two names
  REQUIRE(a.status.ok());
  CHECK(a.text.find("2 edges") != std::string::npos);
  a = Ask("what did North Korea attack");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("United States") != std::string::npos);
  a = Ask("who was accused by Vladimir Putin");  // passive
  REQUIRE(a.status.ok());
  CHECK(a.text.find("United States") != std::string::npos);
  CHECK(a.text.find("1 edge") != std::string::npos);
  a = Ask("Korea attacked ?");  // whole words of a longer name
  REQUIRE(a.status.ok());
  CHECK(a.text.find("North Korea") != std::string::npos);
  a = Ask("Putin affiliated with ?");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("1 edge") != std::string::npos);
  a = Ask("Vladimir Putin affiliated with ?");
  REQUIRE(a.status.ok());
  CHECK(a.text.find("affiliated-with") != std::string::npos);
}

TEST_CASE("filters: since, until, modality, min confidence, type") {
  QueryOptions o;
  o.since = "2015";
  Answer a = Ask("who signed what", o);
  REQUIRE(a.status.ok());
  CHECK(a.text.find("2 edges") != std::string::npos);
  o.until = "2015-04";
  a = Ask("who signed what", o);
  CHECK(a.text.find("1 edge") != std::string::npos);  // only China's 2015-Q2 evidence
  CHECK(a.text.find("China") != std::string::npos);
  o = {};
  o.modality = "negated";
  a = Ask("who supported what", o);
  CHECK(a.text.find("1 edge") != std::string::npos);
  o = {};
  o.min_confidence = 0.92;
  a = Ask("who signed what", o);
  CHECK(a.text.find("1 edge") != std::string::npos);
  CHECK(a.text.find("China") != std::string::npos);
  o = {};
  o.type = "person";
  a = Ask("who accused what", o);
  CHECK(a.text.find("1 edge") != std::string::npos);
  o.type = "treaty";
  a = Ask("who accused what", o);
  CHECK(a.text == "0 edges\n");
  o = {};
  o.modality = "sometimes";
  CHECK_FALSE(Ask("who signed what", o).status.ok());
  o = {};
  o.since = "May 2015";
  CHECK(Ask("who signed what", o).status.code() == Status::Code::kInvalidArgument);
}

TEST_CASE("json and csv outputs") {
  QueryOptions o;
  o.output = "json";
  Answer a = Ask("? signed 'Budapest Convention'", o);
  REQUIRE(a.status.ok());
  CHECK(a.text.front() == '[');
  CHECK(a.text.find("\"source\": \"state:CHN\"") != std::string::npos);
  CHECK(a.text.find("\"start\": 0") != std::string::npos);
  o.output = "csv";
  a = Ask("? signed 'Budapest Convention'", o);
  REQUIRE(a.status.ok());
  CHECK(a.text.find("source,relation,target,date") == 0);
  CHECK(Lines(a.text) == 3);
  o.output = "xml";
  CHECK_FALSE(Ask("who signed what", o).status.ok());
}

TEST_CASE("long evidence is shortened with an ellipsis") {
  KnowledgeGraph g;
  Evidence ev;
  ev.doc = "x";
  ev.text = std::string(200, 'a');
  ev.rule = "r";
  g.AddNode({"state:A", "state", "Aland", {}, {}, 1});
  g.AddNode({"state:B", "state", "Bland", {}, {}, 1});
  g.AddEvidence("state:A", "state:B", "opposed", ev);
  std::ostringstream out;
  REQUIRE(RunQuery(g, "Aland opposed Bland", {}, out).ok());
  CHECK(out.str().find(std::string(79, 'a') + "\u2026") != std::string::npos);
  CHECK(out.str().find(std::string(80, 'a')) == std::string::npos);
}

TEST_CASE("an unknown name fails with the closest known names") {
  Answer a = Ask("Rusia signed what");
  CHECK(a.status.code() == Status::Code::kNotFound);
  CHECK(a.status.message().find("Rusia") != std::string::npos);
  CHECK(a.status.message().find("Russia") != std::string::npos);
  a = Ask("Nort Korea attacked ?");
  CHECK_FALSE(a.status.ok());
  CHECK(a.status.message().find("did you mean North Korea?") != std::string::npos);
  a = Ask("Xyzzy signed ?");
  CHECK(a.status.code() == Status::Code::kNotFound);
  CHECK(a.status.message().find("closest known names: ") != std::string::npos);
}

TEST_CASE("stats counts, most connected actors and components") {
  KnowledgeGraph g = GraphOf({Doc1(), Doc2(), Doc3()});
  g.AddNode({"organization:lonely", "organization", "Lonely Org", {}, {}, 0});
  std::ostringstream out;
  WriteStats(g, out);
  std::string s = out.str();
  CHECK(s.find("documents: 3") != std::string::npos);
  CHECK(s.find("nodes:     7") != std::string::npos);
  CHECK(s.find("edges:     7") != std::string::npos);
  CHECK(s.find("    signed           2\n") != std::string::npos);
  CHECK(s.find("1. Russia (state:RUS): 4 (out 3, in 1)") != std::string::npos);
  CHECK(s.find("2. Vladimir Putin") != std::string::npos);
  CHECK(s.find("components (weakly connected): 2; sizes 6, 1") != std::string::npos);
  CHECK(s.find("date)") != std::string::npos);
}

}  // namespace
}  // namespace actorgraph
