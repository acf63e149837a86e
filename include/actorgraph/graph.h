// graph: the knowledge graph, a Boost.Graph adjacency_list with bundled
// properties. Add() merges extractions by entity id; Merge() merges graphs by
// the same rules, so merging is associative.
#ifndef ACTORGRAPH_GRAPH_H_
#define ACTORGRAPH_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <deque>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/types.h"

namespace actorgraph {

struct NodeProps {
  std::string id;     // "state:RUS", "organization:university-of-oxford"
  std::string type;   // "state", "organization", "person", "treaty", "date"
  std::string label;  // canonical label (empty only for a node known just as an edge end)
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
  std::vector<Evidence> evidence;  // sorted by (doc order, start, end, rule); count = size()
};

struct DocumentInfo {
  std::string id, source, date;
  uint64_t bytes = 0;
  bool utf8_repaired = false;
};

// A mention record to add (readers): see KnowledgeGraph::AddMentionRecord.
struct MentionRecord {
  std::string doc;
  uint32_t start = 0, end = 0;
  std::string text, type, node, value;
};

// A stored mention record, read in place: the strings live in the graph (each
// distinct type, node id and value once, the texts in large blocks; a record is
// ten integers), so a view is valid until the graph is next changed.
struct MentionView {
  const std::string& doc;
  uint32_t start, end;
  std::string_view text;     // == document bytes [start, end)
  const std::string& type;   // "state", ..., "date"
  const std::string& node;   // "" for a date without a date node
  const std::string& value;  // TIMEX3 value of a date, else ""
};

class KnowledgeGraph;

// The mention records of a graph, by (doc order, start, end, type, node, value).
class MentionList {
 public:
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = MentionView;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = MentionView;
    iterator(const KnowledgeGraph* g, size_t i) : g_(g), i_(i) {}
    MentionView operator*() const;
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const iterator& o) const { return i_ == o.i_; }
    bool operator!=(const iterator& o) const { return i_ != o.i_; }

   private:
    const KnowledgeGraph* g_;
    size_t i_;
  };
  explicit MentionList(const KnowledgeGraph* g) : g_(g) {}
  size_t size() const;
  bool empty() const { return size() == 0; }
  MentionView operator[](size_t i) const;
  iterator begin() const { return iterator(g_, 0); }
  iterator end() const { return iterator(g_, size()); }

 private:
  const KnowledgeGraph* g_;
};

class KnowledgeGraph {
 public:
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  KnowledgeGraph() = default;
  // Copies and moves rebuild the edge index: edge descriptors point into the
  // adjacency_list, which Boost copies even when asked to move.
  KnowledgeGraph(const KnowledgeGraph& o);
  KnowledgeGraph& operator=(const KnowledgeGraph& o);
  KnowledgeGraph(KnowledgeGraph&& o) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&& o) noexcept;

  // Adds one document's extraction (nodes, edges, mentions, document info).
  // A document id already in the graph is skipped (first wins), so
  // Add(x) equals Merge(a graph holding only x).
  void Add(const Extraction& x);
  // Adds another graph: nodes by id (aliases and roles unioned, label and type
  // of the first), edges by key, documents by id (first wins). A document's
  // mentions and evidence are taken only from the first graph that brings it;
  // records of documents without a DocumentInfo are deduplicated by (doc,
  // start, end, rule) / (doc, start, end, type, node, value). Node mention
  // counts grow by the mention records actually added. Associative.
  void Merge(const KnowledgeGraph& other);

  const Graph& graph() const { return g_; }
  Graph& mutable_graph() { return g_; }
  // Vertex of a node id, or false.
  bool Find(const std::string& id, Vertex* v) const;
  bool FindEdge(const std::string& key, Edge* e) const;
  Vertex AddNode(const NodeProps& props);  // or merges into the existing one (mentions summed)
  // Adds evidence to the edge (source, relation, target, ev.modality), creating
  // it (and missing nodes) if needed; evidence already there (same doc, start,
  // end, rule) is ignored. Self loops are ignored. Updates date, confidence.
  void AddEvidence(const std::string& source, const std::string& target,
                   const std::string& relation, const Evidence& ev);
  // The edge for this key, created without evidence if missing (readers).
  Edge AddEdge(const std::string& source, const std::string& target, const std::string& relation,
               Modality modality);
  // Registers a document; false if its id is already known (nothing changed).
  bool AddDocument(const DocumentInfo& d);
  bool HasDocument(const std::string& id) const { return DocRank(id) != kNoRank; }

  // Deterministic views: nodes by id, edges by key, mentions by (doc order, start, end, type).
  std::vector<Vertex> SortedNodes() const;
  std::vector<Edge> SortedEdges() const;
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  // Edit fields in place only; add documents with AddDocument (it keeps the order index).
  std::vector<DocumentInfo>& mutable_documents() { return documents_; }
  // Views of the mention records, valid until the graph is next changed.
  MentionList mentions() const { return MentionList(this); }
  // Appends a mention record as it is (no node is touched); call SortMentions()
  // after the last one.
  void AddMentionRecord(const MentionRecord& m);
  void SortMentions();
  // Re-sorts mentions and every edge's evidence (after documents were
  // registered late, e.g. by a reader that met them after the edges).
  void SortAll();

  // The graph of one document: its DocumentInfo, mention records, the
  // evidence read from it (edges re-aggregated), and the nodes these touch
  // (mention counts and aliases from that document only; roles as in this graph).
  KnowledgeGraph DocumentGraph(const std::string& doc_id) const;
  // DocumentGraph of every listed document, in document order, in one pass.
  void ForEachDocumentGraph(const std::function<void(const KnowledgeGraph&)>& fn) const;

  size_t num_nodes() const { return boost::num_vertices(g_); }
  size_t num_edges() const { return boost::num_edges(g_); }

 private:
  friend class MentionList;
  // Distinct strings, each stored once at a stable address and named by a
  // dense id in order of arrival; id 0 is "". Found through an open-addressing
  // table of (hash, id) pairs.
  class StringPool {
   public:
    StringPool() { Clear(); }
    uint32_t Intern(std::string_view s);
    bool Find(std::string_view s, uint32_t* id) const;
    const std::string& operator[](uint32_t id) const { return strings_[id]; }
    size_t size() const { return strings_.size(); }
    void Clear();

   private:
    // The slot of `s` (hash `tag`): its own, or the empty one where it would go.
    size_t Probe(std::string_view s, uint32_t tag) const;
    void Grow();

    std::deque<std::string> strings_;
    std::vector<uint64_t> slots_;  // (hash tag << 32) | (id + 1); 0 is empty
  };
  // A mention record: `doc` indexes doc_names_, the strings index strings_
  // (a mention's text too: most are repeated, "United States" thousands of
  // times, so interning them keeps a large corpus's records small).
  struct StoredMention {
    uint32_t doc = 0, start = 0, end = 0;
    uint32_t text = 0, type = 0, node = 0, value = 0;
  };
  static constexpr size_t kNoRank = static_cast<size_t>(-1);

  size_t DocRank(const std::string& doc) const;
  uint32_t DocSlot(std::string_view doc);
  bool EvidenceLess(const Evidence& a, const Evidence& b) const;
  bool MentionLess(const StoredMention& a, const StoredMention& b) const;
  MentionView View(const StoredMention& m) const;
  // Ids of another graph's documents and strings in this one (kUnmapped until met).
  struct Remap {
    std::vector<uint32_t> docs, strings;
  };
  // `m` of graph `from` with its document and strings interned here.
  StoredMention Import(const KnowledgeGraph& from, const StoredMention& m, Remap* remap);
  void SortMentionsFrom(size_t first_new);
  // Merges a mention of node `id` (string `id_string`) into its node (as AddNode of a NodeProps
  // holding `label`, `surface` as alias unless empty, `role`, one mention).
  // node_vertex_'s entry for a string id.
  uint32_t& NodeSlot(uint32_t id_string);
  void CountMention(uint32_t id_string, const std::string& id, const char* type,
                    const std::string& label, const std::string& surface, const std::string& role);
  struct DocumentRecords {
    std::vector<const StoredMention*> mentions;
    std::vector<std::pair<Edge, const Evidence*>> evidence;
  };
  KnowledgeGraph BuildDocumentGraph(const std::string& doc_id, const DocumentRecords& recs) const;
  void RebuildEdgeIndex();

  Graph g_;
  std::unordered_map<std::string, Edge> edge_index_;
  std::unordered_set<std::string> evidence_seen_;  // "key\x1fdoc\x1fstart\x1fend\x1frule"
  std::vector<DocumentInfo> documents_;
  // Every document id met (listed or only named by a record), and its rank in
  // documents_ (kNoRank when not listed).
  StringPool doc_names_;
  std::vector<size_t> doc_rank_;
  StringPool strings_;
  // The vertex of each node, by the string id of its node id: vertex + 1, or 0.
  std::vector<uint32_t> node_vertex_;
  std::deque<StoredMention> mentions_;  // no reallocation spike as it grows
};

inline MentionView KnowledgeGraph::View(const StoredMention& m) const {
  return MentionView{doc_names_[m.doc], m.start,          m.end, strings_[m.text], strings_[m.type],
                     strings_[m.node],  strings_[m.value]};
}
inline size_t MentionList::size() const { return g_->mentions_.size(); }
inline MentionView MentionList::operator[](size_t i) const { return g_->View(g_->mentions_[i]); }
inline MentionView MentionList::iterator::operator*() const { return MentionList(g_)[i_]; }

// "relation|source|target|modality".
std::string EdgeKey(const std::string& relation, const std::string& source,
                    const std::string& target, Modality modality);

// Compares TIMEX3 values by the first day each can mean; values with no such
// day (X years, *_REF, durations) sort after every concrete date, and the
// empty value after everything. Ties (2015 vs 2015-01) are broken by the
// string, so the order is total. Returns <0, 0, >0.
int CompareDates(const std::string& a, const std::string& b);

// The first day a TIMEX3 value can mean, "YYYY-MM-DD", or "" when it has none:
// 2015 -> 2015-01-01, 199 (decade) -> 1990-01-01, 19 (century) -> 1900-01-01,
// 2015-05 -> 2015-05-01, 2015-05-14T15:59 -> 2015-05-14, 2015-W20 -> Monday of
// ISO week 20, 2015-W20-WE -> its Saturday, 2015-Q2 -> 2015-04-01, 2015-H2 ->
// 2015-07-01, seasons SP 03-01, SU 06-01, FA/AU 09-01, WI 01-01 (the winter
// that may have begun the year before). A later part of X's keeps the known
// prefix (2015-XX-14 -> 2015-01-01); an X year, *_REF or P... gives "".
std::string FirstDay(const std::string& timex);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_H_
