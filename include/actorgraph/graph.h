// graph: the knowledge graph, a Boost.Graph adjacency_list with bundled
// properties. Add() merges extractions by entity id; Merge() merges graphs by
// the same rules, so merging is associative.
#ifndef ACTORGRAPH_GRAPH_H_
#define ACTORGRAPH_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/types.h"

namespace actorgraph {

struct NodeProps {
  std::string id;     // "state:RUS", "organization:university-of-oxford"
  std::string type;   // "state", "organization", "person", "treaty", "date"
  std::string label;  // canonical label
  std::set<std::string> aliases;  // surface forms other than the label
  std::set<std::string> roles;    // persons: titles and roles seen
  uint64_t mentions = 0;
};

struct Evidence {
  std::string doc;
  uint32_t sentence = 0;
  uint32_t start = 0, end = 0;  // UTF-8 byte offsets into the document
  std::string text;             // == document bytes [start, end)
  std::string rule;
  std::string date;
  Modality modality = Modality::kAsserted;
  std::string cue;
  double confidence = 0.0;
};

struct EdgeProps {
  std::string key;  // "relation|source|target|modality"
  std::string relation;
  Modality modality = Modality::kAsserted;
  std::string date;  // earliest evidence date (by first day it can mean)
  double confidence = 0.0;
  std::vector<Evidence> evidence;  // sorted by (doc order, start); count = size()
};

struct DocumentInfo {
  std::string id, source, date;
  uint64_t bytes = 0;
  bool utf8_repaired = false;
};

struct MentionRecord {
  std::string doc;
  uint32_t start = 0, end = 0;
  std::string text, type, node, value;
};

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      NodeProps, EdgeProps>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // Adds one document's extraction (nodes, edges, mentions, document info).
  void Add(const Extraction& x);
  // Adds another graph: nodes by id, edges by key, evidence deduplicated by
  // (doc, start, end, rule), documents by id (first wins).
  void Merge(const KnowledgeGraph& other);

  const Graph& graph() const { return g_; }
  Graph& mutable_graph() { return g_; }
  // Vertex of a node id, or false.
  bool Find(const std::string& id, Vertex* v) const;
  Vertex AddNode(const NodeProps& props);  // or merges into the existing one
  void AddEvidence(const std::string& source, const std::string& target,
                   const std::string& relation, const Evidence& ev);

  // Deterministic views: nodes by id, edges by key, mentions by (doc order, start, end, type).
  std::vector<Vertex> SortedNodes() const;
  std::vector<Edge> SortedEdges() const;
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  std::vector<DocumentInfo>& mutable_documents() { return documents_; }
  const std::vector<MentionRecord>& mentions() const { return mentions_; }
  std::vector<MentionRecord>& mutable_mentions() { return mentions_; }
  void SortMentions();

  size_t num_nodes() const { return boost::num_vertices(g_); }
  size_t num_edges() const { return boost::num_edges(g_); }

 private:
  Graph g_;
  std::map<std::string, Vertex> index_;
  std::map<std::string, Edge> edge_index_;
  std::vector<DocumentInfo> documents_;
  std::map<std::string, size_t> doc_order_;
  std::vector<MentionRecord> mentions_;
};

// Compares TIMEX3 values by the first day each can mean; X dates and *_REF
// sort after every concrete date. Returns <0, 0, >0.
int CompareDates(const std::string& a, const std::string& b);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_H_
