// Hand-built extractions for the graph, query and io tests.
#ifndef ACTORGRAPH_TESTS_GRAPH_FIXTURES_H_
#define ACTORGRAPH_TESTS_GRAPH_FIXTURES_H_

#include <stdexcept>
#include <string>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/types.h"

namespace actorgraph {
namespace testing {

// Builds one document's Extraction by naming surface strings in its text.
class DocBuilder {
 public:
  DocBuilder(std::string id, std::string text, std::string date = "") {
    x_.doc.id = id;
    x_.doc.source = "test/" + id;
    x_.doc.text = std::move(text);
    x_.doc.bytes = x_.doc.text.size();
    x_.doc.date = std::move(date);
  }

  // The n-th occurrence (0-based) of `surface`.
  Span Find(std::string_view surface, int n = 0) const {
    size_t at = x_.doc.text.find(surface);
    for (int i = 0; i < n && at != std::string::npos; ++i) at = x_.doc.text.find(surface, at + 1);
    if (at == std::string::npos) throw std::runtime_error("no '" + std::string(surface) + "'");
    return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  }

  uint32_t Ent(std::string_view surface, EntityType type, std::string node, std::string label,
               int n = 0, uint32_t flags = 0, std::string role = "") {
    Mention m;
    m.span = Find(surface, n);
    m.type = type;
    m.node = std::move(node);
    m.label = std::move(label);
    m.flags = flags;
    m.role = std::move(role);
    m.rule = "gazetteer";
    x_.mentions.push_back(m);
    return static_cast<uint32_t>(x_.mentions.size() - 1);
  }

  uint32_t Date(std::string_view surface, std::string value, int n = 0) {
    Mention m;
    m.span = Find(surface, n);
    m.type = EntityType::kDate;
    m.value = std::move(value);
    m.rule = "date.test";
    x_.mentions.push_back(m);
    return static_cast<uint32_t>(x_.mentions.size() - 1);
  }

  // A relation read from the sentence `evidence` (its n-th occurrence).
  DocBuilder& Rel(std::string type, uint32_t source, uint32_t target, std::string_view evidence,
                  std::string date, double confidence, std::string rule,
                  Modality modality = Modality::kAsserted, std::string cue = "", int n = 0) {
    Relation r;
    r.type = std::move(type);
    r.source = source;
    r.target = target;
    r.evidence = Find(evidence, n);
    r.trigger = r.evidence;
    r.date = std::move(date);
    r.confidence = confidence;
    r.rule = std::move(rule);
    r.modality = modality;
    r.cue = std::move(cue);
    x_.relations.push_back(r);
    return *this;
  }

  const Extraction& x() const { return x_; }

 private:
  Extraction x_;
};

// Three documents with overlapping entities and edges.
inline Extraction Doc1() {
  DocBuilder b("d1",
               "Russia and China signed the Budapest Convention in May 2015. "
               "Moscow did not support the Budapest Convention.");
  uint32_t rus = b.Ent("Russia", EntityType::kState, "state:RUS", "Russia");
  uint32_t chn = b.Ent("China", EntityType::kState, "state:CHN", "China");
  uint32_t bc = b.Ent("Budapest Convention", EntityType::kTreaty, "treaty:budapest-convention",
                      "Budapest Convention");
  b.Date("May 2015", "2015-05");
  uint32_t mos = b.Ent("Moscow", EntityType::kState, "state:RUS", "Russia", 0, kMetonym);
  uint32_t bc2 = b.Ent("Budapest Convention", EntityType::kTreaty, "treaty:budapest-convention",
                       "Budapest Convention", 1);
  const char* s1 = "Russia and China signed the Budapest Convention in May 2015.";
  const char* s2 = "Moscow did not support the Budapest Convention.";
  b.Rel("signed", rus, bc, s1, "2015-05", 0.9, "signed.verb");
  b.Rel("signed", chn, bc, s1, "2015-05", 0.8, "signed.verb");
  b.Rel("supported", mos, bc2, s2, "", 0.7, "supported.verb", Modality::kNegated, "not");
  b.Rel("supported", rus, mos, s2, "", 0.5, "bogus.self-loop");  // same node: no edge
  return b.x();
}

inline Extraction Doc2() {
  DocBuilder b("d2",
               "In 2014 Russian officials backed the Budapest Convention. "
               "President Vladimir Putin accused the United States of hacking in 2015-W20.",
               "2016-01-10");
  b.Date("2014", "2014");
  uint32_t rus = b.Ent("Russian", EntityType::kState, "state:RUS", "Russia", 0, kDemonym);
  uint32_t bc = b.Ent("Budapest Convention", EntityType::kTreaty, "treaty:budapest-convention",
                      "Budapest Convention");
  uint32_t putin = b.Ent("Vladimir Putin", EntityType::kPerson, "person:vladimir-putin",
                         "Vladimir Putin", 0, 0, "President");
  uint32_t usa = b.Ent("United States", EntityType::kState, "state:USA", "United States");
  b.Date("2015-W20", "2015-W20");
  const char* s1 = "In 2014 Russian officials backed the Budapest Convention.";
  const char* s2 = "President Vladimir Putin accused the United States of hacking in 2015-W20.";
  b.Rel("supported", rus, bc, s1, "2014", 0.8, "supported.back");
  b.Rel("accused", putin, usa, s2, "2015-W20", 0.85, "accused.verb");
  b.Rel("affiliated-with", putin, rus, s2, "", 0.6, "affiliated.title");
  return b.x();
}

inline Extraction Doc3() {
  DocBuilder b("d3",
               "China signed the Budapest Convention in 2015-Q2, the ministry said. "
               "North Korea allegedly attacked the United States on 09-27.");
  uint32_t chn = b.Ent("China", EntityType::kState, "state:CHN", "China");
  uint32_t bc = b.Ent("Budapest Convention", EntityType::kTreaty, "treaty:budapest-convention",
                      "Budapest Convention");
  b.Date("2015-Q2", "2015-Q2");
  uint32_t prk = b.Ent("North Korea", EntityType::kState, "state:PRK", "North Korea");
  uint32_t usa = b.Ent("United States", EntityType::kState, "state:USA", "United States");
  b.Date("09-27", "XXXX-09-27");
  b.Rel("signed", chn, bc, "China signed the Budapest Convention in 2015-Q2, the ministry said.",
        "2015-Q2", 0.95, "signed.verb");
  b.Rel("alleged-attack", prk, usa, "North Korea allegedly attacked the United States on 09-27.",
        "XXXX-09-27", 0.75, "attack.verb", Modality::kAlleged, "allegedly");
  return b.x();
}

inline KnowledgeGraph GraphOf(std::initializer_list<Extraction> xs) {
  KnowledgeGraph g;
  for (const Extraction& x : xs) g.Add(x);
  return g;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_GRAPH_FIXTURES_H_
