#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "actorgraph/io.h"
#include "actorgraph/util.h"
#include "io/io_fixtures.h"

namespace actorgraph {
namespace {

using namespace testing;  // NOLINT
using Json = nlohmann::json;

TEST_CASE("JSON export follows the node-link contract") {
  Json j = Json::parse(Serialize(SampleGraph()));
  CHECK(j["schema_version"] == 1);
  CHECK(j["generator"] == std::string("actorgraph ") + ACTORGRAPH_VERSION);
  CHECK(j["directed"] == true);
  CHECK(j["multigraph"] == true);
  const Json& docs = j["graph"]["documents"];
  REQUIRE(docs.size() == 4);
  CHECK(docs[0]["id"] == "d1");
  CHECK(docs[0]["source"] == "test/d1");
  CHECK(docs[0]["date"].is_null());
  CHECK_FALSE(docs[0].contains("utf8_repaired"));
  CHECK(docs[1]["date"] == "2016-01-10");
  CHECK(docs[3]["utf8_repaired"] == true);
  CHECK(docs[0]["bytes"].get<uint64_t>() > 0);

  const Json& nodes = j["nodes"];
  std::vector<std::string> ids;
  for (const Json& n : nodes) ids.push_back(n["id"]);
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  for (const Json& n : nodes) {
    if (n["id"] == "state:RUS") {
      CHECK(n["label"] == "Russia");
      CHECK(n["type"] == "state");
      CHECK(n["aliases"] == Json::array({"Moscow", "Russian"}));
      CHECK(n["mentions"] == 3);
      CHECK_FALSE(n.contains("roles"));
    }
    if (n["id"] == "person:vladimir-putin") CHECK(n["roles"] == Json::array({"President"}));
  }

  const Json& edges = j["edges"];
  std::vector<std::string> keys;
  for (const Json& e : edges) keys.push_back(e["key"]);
  CHECK(std::is_sorted(keys.begin(), keys.end()));
  bool seen = false;
  for (const Json& e : edges) {
    if (e["key"] != "signed|state:CHN|treaty:budapest-convention|asserted") continue;
    seen = true;
    CHECK(e["source"] == "state:CHN");
    CHECK(e["target"] == "treaty:budapest-convention");
    CHECK(e["relation"] == "signed");
    CHECK(e["date"] == "2015-Q2");
    CHECK(e["modality"] == "asserted");
    CHECK(e["confidence"] == 0.95);
    CHECK(e["count"] == 2);
    REQUIRE(e["evidence"].size() == 2);
    const Json& ev = e["evidence"][0];
    CHECK(ev["doc"] == "d1");
    CHECK(ev["start"] == 0);
    CHECK(ev["text"] == "Russia and China signed the Budapest Convention in May 2015.");
    CHECK(ev["end"] == ev["text"].get<std::string>().size());
    CHECK(ev["rule"] == "signed.verb");
    CHECK(ev["date"] == "2015-05");
    CHECK(ev["modality"] == "asserted");
    CHECK_FALSE(ev.contains("cue"));
  }
  CHECK(seen);

  const Json& mentions = j["mentions"];
  REQUIRE(mentions.size() > 10);
  CHECK(mentions[0] == Json::parse(R"({"doc":"d1","start":0,"end":6,"text":"Russia",
                                       "type":"state","node":"state:RUS"})"));
  CHECK(mentions[3]["value"] == "2015-05");
  CHECK_FALSE(mentions[3].contains("node"));
}

TEST_CASE("JSON stays valid UTF-8 and keeps cues") {
  KnowledgeGraph g = SampleGraph();
  Evidence ev;
  ev.doc = "bad";
  ev.text = "caf\xE9 \xFF";
  ev.rule = "r";
  g.AddEvidence("state:IRN", "state:TUR", "accused", ev);
  std::string s = Serialize(g);
  CHECK(IsValidUtf8(s));
  CHECK(s.find("caf\xEF\xBF\xBD \xEF\xBF\xBD") != std::string::npos);
  CHECK(s.find("\"cue\": \"reportedly\"") != std::string::npos);
  CHECK(s.find("\\u0001") != std::string::npos);  // control characters escaped
}

TEST_CASE("JSON and JSONL are laid out exactly as nlohmann's dump, across buffer blocks") {
  KnowledgeGraph g = SampleGraph();
  g.AddDocument(DocumentInfo{"escapes", "e.txt", "", 300000, false});
  Evidence ev;
  ev.doc = "escapes";
  ev.text = std::string("q\" b\\ \b\f\n\r\t \x01\x1f \x7f caf\xC3\xA9 \xE9 ") +
            std::string(70000, 'x') + "\"end";
  ev.rule = "r";
  ev.cue = "cue";
  ev.confidence = 0.35;
  g.AddEvidence("state:IRN", "state:TUR", "accused", ev);
  g.AddMentionRecord(
      MentionRecord{"escapes", 0, 9, std::string(200000, 'y') + "\\", "state", "state:IRN", ""});
  g.SortMentions();
  std::string json = Serialize(g);
  REQUIRE(json.size() > 270000);
  CHECK(json == nlohmann::ordered_json::parse(json).dump(1) + "\n");
  std::string jsonl = Serialize(g, Format::kJsonl);
  size_t lines = 0;
  for (size_t at = 0; at < jsonl.size(); ++lines) {
    size_t nl = jsonl.find('\n', at);
    REQUIRE(nl != std::string::npos);
    std::string line = jsonl.substr(at, nl - at);
    CHECK(line == nlohmann::ordered_json::parse(line).dump());
    at = nl + 1;
  }
  CHECK(lines == g.documents().size());
  CHECK(jsonl.find(std::string(70000, 'x') + "\\\"end") != std::string::npos);
}

TEST_CASE("JSON round trip: write, read, write is byte-identical") {
  TempDir dir("json-rt");
  KnowledgeGraph g = SampleGraph();
  std::string first = Serialize(g);
  REQUIRE(WriteGraphFile(g, Format::kJson, dir / "g.json").ok());
  CHECK(ReadAll(dir / "g.json") == first);
  auto back = ReadGraphFile(dir / "g.json");
  REQUIRE(back.ok());
  CHECK(Serialize(*back) == first);
  CHECK(back->num_nodes() == g.num_nodes());
  CHECK(back->num_edges() == g.num_edges());
}

TEST_CASE("merge is associative and equals one run, compared as JSON") {
  KnowledgeGraph a = GraphOf({Doc1()}), b = GraphOf({Doc2(), AwkwardDoc()}), c = GraphOf({Doc3()});
  KnowledgeGraph left = a;
  left.Merge(b);
  left.Merge(c);
  KnowledgeGraph bc = b;
  bc.Merge(c);
  KnowledgeGraph right = a;
  right.Merge(bc);
  KnowledgeGraph one = GraphOf({Doc1(), Doc2(), AwkwardDoc(), Doc3()});
  CHECK(Serialize(left) == Serialize(one));
  CHECK(Serialize(right) == Serialize(one));
  // The same through files, as `actorgraph merge` does it.
  TempDir dir("merge");
  REQUIRE(WriteGraphFile(a, Format::kJson, dir / "a.json").ok());
  REQUIRE(WriteGraphFile(bc, Format::kJsonl, dir / "bc.jsonl").ok());
  auto ra = ReadGraphFile(dir / "a.json");
  auto rbc = ReadGraphFile(dir / "bc.jsonl");
  REQUIRE(ra.ok());
  REQUIRE(rbc.ok());
  ra->Merge(*rbc);
  CHECK(Serialize(*ra) == Serialize(one));
  // Merging a graph with a copy of itself counts nothing twice.
  KnowledgeGraph twice = one;
  twice.Merge(KnowledgeGraph(one));
  CHECK(Serialize(twice) == Serialize(one));
}

TEST_CASE("JSONL: one document graph a line, read back equals the JSON") {
  KnowledgeGraph g = SampleGraph();
  std::string jsonl = Serialize(g, Format::kJsonl);
  std::istringstream in(jsonl);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    Json j = Json::parse(line);
    CHECK(j["nodes"].is_array());
    CHECK(j["edges"].is_array());
    REQUIRE(j["graph"]["documents"].size() == 1);
    ++n;
  }
  CHECK(n == 4);
  KnowledgeGraph d1 = g.DocumentGraph("d1");
  CHECK(jsonl.substr(0, jsonl.find('\n')) == DocumentJsonLine(d1));
  TempDir dir("jsonl");
  WriteAll(dir / "g.jsonl", jsonl);
  auto back = ReadGraphFile(dir / "g.jsonl");
  REQUIRE(back.ok());
  CHECK(Serialize(*back) == Serialize(g));
}

TEST_CASE("reader errors say where") {
  TempDir dir("errors");
  auto missing = ReadGraphFile(dir / "nope.json");
  CHECK(missing.status().code() == Status::Code::kNotFound);
  WriteAll(dir / "bad.json", "{\n \"nodes\": [\n");
  auto bad = ReadGraphFile(dir / "bad.json");
  CHECK(bad.status().code() == Status::Code::kCorruption);
  CHECK(bad.status().message().find("bad.json") != std::string::npos);
  CHECK(bad.status().message().find("line") != std::string::npos);
  KnowledgeGraph g = GraphOf({Doc1()});
  WriteAll(dir / "bad.jsonl", DocumentJsonLine(g) + "\n\n{\"nodes\": [}\n");
  auto badl = ReadGraphFile(dir / "bad.jsonl");
  CHECK(badl.status().code() == Status::Code::kCorruption);
  CHECK(badl.status().message().find("bad.jsonl:3: malformed JSON: parse error at column 12") !=
        std::string::npos);
  WriteAll(dir / "shape.json", R"({"nodes": [{"label": "x"}], "edges": []})");
  auto shape = ReadGraphFile(dir / "shape.json");
  CHECK(shape.status().code() == Status::Code::kCorruption);
  CHECK(shape.status().message().find("nodes[0]: missing 'id'") != std::string::npos);
  WriteAll(dir / "noedges.json", R"({"nodes": []})");
  CHECK_FALSE(ReadGraphFile(dir / "noedges.json").ok());
  WriteAll(dir / "mod.json",
           R"({"nodes": [], "edges": [{"source": "a", "target": "b", "relation": "signed",
               "modality": "maybe"}]})");
  auto mod = ReadGraphFile(dir / "mod.json");
  CHECK(mod.status().message().find("unknown modality") != std::string::npos);
}

TEST_CASE("reader: documents after edges, JSON lines in a .json file, links, unknown keys") {
  TempDir dir("reader");
  KnowledgeGraph g = SampleGraph();
  Json j = Json::parse(Serialize(g));
  // Same content with "graph" (the document list) last and extra keys.
  Json moved = Json::object();
  moved["extra"] = {{"nested", {1, 2, {{"x", nullptr}}}}};
  for (const char* k : {"directed", "multigraph", "nodes", "edges", "mentions", "graph"})
    moved[k] = j[k];
  WriteAll(dir / "moved.json", moved.dump());
  auto back = ReadGraphFile(dir / "moved.json");
  REQUIRE(back.ok());
  CHECK(Serialize(*back) == Serialize(g));
  // networkx < 3.6 calls the list "links".
  Json links = j;
  links["links"] = links["edges"];
  links.erase("edges");
  WriteAll(dir / "links.json", links.dump());
  auto l = ReadGraphFile(dir / "links.json");
  REQUIRE(l.ok());
  CHECK(l->num_edges() == g.num_edges());
  // JSON lines saved as .json are read as JSON lines.
  WriteAll(dir / "lines.json", Serialize(g, Format::kJsonl));
  auto lines = ReadGraphFile(dir / "lines.json");
  REQUIRE(lines.ok());
  CHECK(Serialize(*lines) == Serialize(g));
}

TEST_CASE("format names and extensions") {
  CHECK(*ParseFormat("graphml") == Format::kGraphml);
  CHECK(*ParseFormat("CYJS") == Format::kCyjs);
  CHECK_FALSE(ParseFormat("xml").ok());
  CHECK(*FormatFromPath("out/a.cyjs.json") == Format::kCyjs);
  CHECK(*FormatFromPath("a.json") == Format::kJson);
  CHECK(*FormatFromPath("a.jsonl") == Format::kJsonl);
  CHECK(*FormatFromPath("a.GEXF") == Format::kGexf);
  CHECK(*FormatFromPath("a.gv") == Format::kDot);
  CHECK(*FormatFromPath("a.csv") == Format::kCsv);
  CHECK_FALSE(FormatFromPath("a.txt").ok());
  for (Format f : {Format::kJson, Format::kGraphml, Format::kGexf, Format::kCyjs, Format::kDot,
                   Format::kCsv, Format::kJsonl})
    CHECK(*ParseFormat(FormatName(f)) == f);
}

}  // namespace
}  // namespace actorgraph
