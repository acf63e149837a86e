// Golden test: the seed article against its expected graph, seeds/*.expected.json.
// The expected file lists the node ids (with types) and the edges as
// [source, relation, target, modality]; the extracted graph must have exactly
// these, and every evidence and mention must slice the document to its text.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "actorgraph/graph.h"
#include "actorgraph/io.h"
#include "actorgraph/pipeline.h"

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::shared_ptr<const actorgraph::Knowledge> Rules() {
  static std::shared_ptr<const actorgraph::Knowledge> k = [] {
    std::vector<actorgraph::Diagnostic> diags;
    auto r = actorgraph::Knowledge::Load(ACTORGRAPH_SOURCE_DIR "/rules", &diags);
    for (const auto& d : diags) MESSAGE(d.ToString());
    REQUIRE(r.ok());
    return *r;
  }();
  return k;
}

nlohmann::json ExtractJson(const std::string& path) {
  actorgraph::Document doc;
  doc.id = std::filesystem::path(path).filename().string();
  doc.source = path;
  doc.text = Slurp(path);
  doc.bytes = doc.text.size();
  actorgraph::KnowledgeGraph g;
  g.Add(actorgraph::Extract(std::move(doc), *Rules()));
  std::ostringstream out;
  REQUIRE(actorgraph::WriteGraph(g, actorgraph::Format::kJson, out).ok());
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("seed articles give exactly their expected graphs") {
  int seeds = 0;
  for (const auto& entry : std::filesystem::directory_iterator(ACTORGRAPH_SOURCE_DIR "/seeds")) {
    std::string p = entry.path().string();
    if (entry.path().extension() != ".txt") continue;
    std::string expected_path = p.substr(0, p.size() - 4) + ".expected.json";
    REQUIRE_MESSAGE(std::filesystem::exists(expected_path), expected_path);
    ++seeds;
    nlohmann::json want = nlohmann::json::parse(Slurp(expected_path), nullptr, true, true);
    nlohmann::json got = ExtractJson(p);

    std::set<std::string> want_nodes, got_nodes;
    for (const auto& n : want["nodes"])
      want_nodes.insert(n[0].get<std::string>() + " " + n[1].get<std::string>());
    for (const auto& n : got["nodes"])
      got_nodes.insert(n["id"].get<std::string>() + " " + n["type"].get<std::string>());
    for (const auto& n : want_nodes) CHECK_MESSAGE(got_nodes.count(n), "missing node " << n);
    for (const auto& n : got_nodes) CHECK_MESSAGE(want_nodes.count(n), "unexpected node " << n);

    std::set<std::string> want_edges, got_edges;
    for (const auto& e : want["edges"]) {
      want_edges.insert(e[0].get<std::string>() + " " + e[1].get<std::string>() + " " +
                        e[2].get<std::string>() + " " + e[3].get<std::string>());
    }
    for (const auto& e : got["edges"]) {
      got_edges.insert(e["source"].get<std::string>() + " " + e["relation"].get<std::string>() +
                       " " + e["target"].get<std::string>() + " " +
                       e["modality"].get<std::string>());
    }
    for (const auto& e : want_edges) CHECK_MESSAGE(got_edges.count(e), "missing edge " << e);
    for (const auto& e : got_edges) CHECK_MESSAGE(want_edges.count(e), "unexpected edge " << e);

    // Dated edges carry the date of their own sentence.
    if (want.contains("dates")) {
      for (const auto& [key, date] : want["dates"].items()) {
        bool found = false;
        for (const auto& e : got["edges"])
          if (e["key"] == key) {
            found = true;
            CHECK_MESSAGE(e["date"] == date, key);
          }
        CHECK_MESSAGE(found, "no edge " << key);
      }
    }

    // Provenance: every evidence and mention slices the document to its text.
    std::string text = Slurp(p);
    for (const auto& e : got["edges"]) {
      REQUIRE(!e["evidence"].empty());
      for (const auto& ev : e["evidence"]) {
        size_t s = ev["start"], t = ev["end"];
        CHECK(text.substr(s, t - s) == ev["text"].get<std::string>());
      }
    }
    for (const auto& m : got["mentions"]) {
      size_t s = m["start"], t = m["end"];
      CHECK(text.substr(s, t - s) == m["text"].get<std::string>());
    }
  }
  CHECK(seeds >= 1);
}

TEST_CASE("every rule example and counter-example passes through the whole pipeline") {
  size_t run = 0;
  auto fails = actorgraph::CheckRuleExamples(*Rules(), &run);
  for (const auto& d : fails) MESSAGE(d.ToString());
  CHECK(fails.empty());
  CHECK(run >= 60);
}

TEST_CASE("output does not depend on the number of threads") {
  // The rules compiled on four threads are the rules compiled on one.
  std::vector<actorgraph::Diagnostic> diags;
  auto four = actorgraph::Knowledge::Load(ACTORGRAPH_SOURCE_DIR "/rules", &diags, 4);
  REQUIRE(four.ok());
  CHECK(diags.empty());
  CHECK((*four)->relations->rule_count() == Rules()->relations->rule_count());
  REQUIRE((*four)->relations->examples().size() == Rules()->relations->examples().size());
  for (size_t e = 0; e < Rules()->relations->examples().size(); ++e) {
    const actorgraph::RuleExample& a = Rules()->relations->examples()[e];
    const actorgraph::RuleExample& b = (*four)->relations->examples()[e];
    CHECK(a.text == b.text);
    CHECK(a.line == b.line);
  }
  std::string out[4];
  int i = 0;
  for (int jobs : {1, 2, 3, 0}) {
    auto reader =
        actorgraph::DocumentReader::Open({ACTORGRAPH_SOURCE_DIR "/tests/data/corpus.jsonl"}, {});
    REQUIRE(reader.ok());
    actorgraph::KnowledgeGraph g;
    actorgraph::RunOptions opts;
    opts.jobs = jobs;
    auto st = actorgraph::RunCorpus(
        reader->get(), jobs ? *Rules() : **four, opts, [&](actorgraph::Extraction& x) { g.Add(x); },
        [](const actorgraph::InputProblem&) {});
    CHECK(st.documents == 8);
    std::ostringstream s;
    REQUIRE(actorgraph::WriteGraph(g, actorgraph::Format::kJson, s).ok());
    out[i++] = s.str();
  }
  CHECK(out[0] == out[1]);
  CHECK(out[0] == out[2]);
  CHECK(out[0] == out[3]);  // all cores, with the rules compiled on four threads
  CHECK(out[0].find("\"edges\"") != std::string::npos);
}

TEST_CASE("a year before a treaty's head dates it and stays out of its name") {
  actorgraph::Document doc;
  doc.id = "year";
  doc.text = "Talks on the 2015 nuclear deal stalled. Russia signed the 2015 agreement.";
  doc.bytes = doc.text.size();
  actorgraph::Extraction x = actorgraph::Extract(std::move(doc), *Rules());
  const actorgraph::Mention* deal = nullptr;
  for (const actorgraph::Mention& m : x.mentions)
    if (m.type == actorgraph::EntityType::kTreaty && m.label == "nuclear deal") deal = &m;
  REQUIRE(deal);
  REQUIRE(x.relations.size() == 1);
  const actorgraph::Relation& r = x.relations[0];
  CHECK(r.type == "signed");
  CHECK(x.mentions[r.source].label == "Russia");
  CHECK(x.mentions[r.target].node == deal->node);  // "the 2015 agreement" is the deal
  CHECK(r.date == "2015");
}
