// KnowledgeGraph: nodes by id, edges by key, evidence and mention records in
// document order. Add() and Merge() follow the same rules (see graph.h).
#include "actorgraph/graph.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "actorgraph/util.h"
#include "graph/graph_internal.h"

namespace actorgraph {
namespace {

std::string EvidenceId(const std::string& key, const Evidence& ev) {
  std::string s = key;
  s += '\x1f';
  s += ev.doc;
  s += '\x1f';
  s += std::to_string(ev.start);
  s += '\x1f';
  s += std::to_string(ev.end);
  s += '\x1f';
  s += ev.rule;
  return s;
}

// Folds one more evidence into the edge's date (earliest) and confidence (max).
void Fold(EdgeProps* e, const Evidence& ev) {
  if (e->evidence.size() == 1) {
    e->date = ev.date;
    e->confidence = ev.confidence;
    return;
  }
  if (!ev.date.empty() && (e->date.empty() || CompareDates(ev.date, e->date) < 0))
    e->date = ev.date;
  e->confidence = std::max(e->confidence, ev.confidence);
}

using MentionKey =
    std::tuple<std::string, uint32_t, uint32_t, std::string, std::string, std::string>;
MentionKey KeyOf(const MentionRecord& m) {
  return {m.doc, m.start, m.end, m.type, m.node, m.value};
}

}  // namespace

std::string EdgeKey(const std::string& relation, const std::string& source,
                    const std::string& target, Modality modality) {
  return relation + "|" + source + "|" + target + "|" + ModalityName(modality);
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& o)
    : g_(o.g_),
      index_(o.index_),
      evidence_seen_(o.evidence_seen_),
      documents_(o.documents_),
      doc_order_(o.doc_order_),
      mentions_(o.mentions_) {
  RebuildEdgeIndex();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& o) {
  if (this != &o) {
    KnowledgeGraph copy(o);
    *this = std::move(copy);
  }
  return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& o) noexcept { *this = std::move(o); }

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& o) noexcept {
  if (this != &o) {
    g_ = std::move(o.g_);
    index_ = std::move(o.index_);
    evidence_seen_ = std::move(o.evidence_seen_);
    documents_ = std::move(o.documents_);
    doc_order_ = std::move(o.doc_order_);
    mentions_ = std::move(o.mentions_);
    RebuildEdgeIndex();
    o.g_ = Graph();  // leave the source empty and consistent
    o.index_.clear();
    o.edge_index_.clear();
    o.evidence_seen_.clear();
    o.documents_.clear();
    o.doc_order_.clear();
    o.mentions_.clear();
  }
  return *this;
}

void KnowledgeGraph::RebuildEdgeIndex() {
  edge_index_.clear();
  for (auto [it, end] = boost::edges(g_); it != end; ++it) edge_index_[g_[*it].key] = *it;
}

bool KnowledgeGraph::Find(const std::string& id, Vertex* v) const {
  auto it = index_.find(id);
  if (it == index_.end()) return false;
  if (v) *v = it->second;
  return true;
}

bool KnowledgeGraph::FindEdge(const std::string& key, Edge* e) const {
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) return false;
  if (e) *e = it->second;
  return true;
}

KnowledgeGraph::Vertex KnowledgeGraph::AddNode(const NodeProps& props) {
  auto it = index_.find(props.id);
  if (it == index_.end()) {
    Vertex v = boost::add_vertex(props, g_);
    index_.emplace(props.id, v);
    g_[v].aliases.erase(g_[v].label);
    return v;
  }
  NodeProps& n = g_[it->second];
  if (n.type.empty()) n.type = props.type;
  if (n.label.empty()) {
    n.label = props.label;
    n.aliases.erase(n.label);
  }
  for (const std::string& a : props.aliases)
    if (a != n.label) n.aliases.insert(a);
  if (props.label != n.label && !props.label.empty()) n.aliases.insert(props.label);
  n.roles.insert(props.roles.begin(), props.roles.end());
  n.mentions += props.mentions;
  return it->second;
}

bool KnowledgeGraph::AddDocument(const DocumentInfo& d) {
  if (doc_order_.count(d.id)) return false;
  doc_order_.emplace(d.id, documents_.size());
  documents_.push_back(d);
  return true;
}

size_t KnowledgeGraph::DocRank(const std::string& doc) const {
  auto it = doc_order_.find(doc);
  return it == doc_order_.end() ? std::numeric_limits<size_t>::max() : it->second;
}

bool KnowledgeGraph::EvidenceLess(const Evidence& a, const Evidence& b) const {
  size_t ra = DocRank(a.doc), rb = DocRank(b.doc);
  return std::tie(ra, a.doc, a.start, a.end, a.rule) < std::tie(rb, b.doc, b.start, b.end, b.rule);
}

KnowledgeGraph::Edge KnowledgeGraph::AddEdge(const std::string& source, const std::string& target,
                                             const std::string& relation, Modality modality) {
  std::string key = EdgeKey(relation, source, target, modality);
  auto it = edge_index_.find(key);
  if (it != edge_index_.end()) return it->second;
  Vertex s, t;
  if (!Find(source, &s)) s = AddNode(NodeProps{source, "", "", {}, {}, 0});
  if (!Find(target, &t)) t = AddNode(NodeProps{target, "", "", {}, {}, 0});
  EdgeProps props;
  props.key = key;
  props.relation = relation;
  props.modality = modality;
  Edge e = boost::add_edge(s, t, props, g_).first;
  edge_index_.emplace(key, e);
  return e;
}

void KnowledgeGraph::AddEvidence(const std::string& source, const std::string& target,
                                 const std::string& relation, const Evidence& ev) {
  if (source == target || source.empty() || target.empty()) return;
  std::string key = EdgeKey(relation, source, target, ev.modality);
  if (!evidence_seen_.insert(EvidenceId(key, ev)).second) return;
  EdgeProps& e = g_[AddEdge(source, target, relation, ev.modality)];
  // Usually the new evidence comes last (documents arrive in order).
  const size_t rank = DocRank(ev.doc);
  auto before = [this, rank](const Evidence& a, const Evidence& b) {  // b is ev
    size_t ra = DocRank(a.doc);
    return std::tie(ra, a.doc, a.start, a.end, a.rule) <
           std::tie(rank, b.doc, b.start, b.end, b.rule);
  };
  if (e.evidence.empty() || before(e.evidence.back(), ev)) {
    e.evidence.push_back(ev);
  } else {
    auto pos = std::partition_point(e.evidence.begin(), e.evidence.end(),
                                    [&](const Evidence& a) { return before(a, ev); });
    e.evidence.insert(pos, ev);
  }
  Fold(&e, ev);
}

void KnowledgeGraph::Add(const Extraction& x) {
  const Document& doc = x.doc;
  if (!AddDocument(DocumentInfo{doc.id, doc.source, doc.date, doc.bytes, doc.utf8_repaired}))
    return;
  auto text_of = [&doc](uint32_t b, uint32_t e) {
    e = std::min<uint32_t>(e, static_cast<uint32_t>(doc.text.size()));
    b = std::min(b, e);
    return doc.text.substr(b, e - b);
  };
  size_t first_mention = mentions_.size();
  for (const Mention& m : x.mentions) {
    MentionRecord r{doc.id,
                    m.span.begin,
                    m.span.end,
                    text_of(m.span.begin, m.span.end),
                    EntityTypeName(m.type),
                    "",
                    ""};
    if (m.type == EntityType::kDate) r.value = m.value;
    if (m.node.empty() && m.type != EntityType::kDate) continue;  // unresolved entity
    if (!m.node.empty()) {  // an entity, or a date node (--date-nodes)
      r.node = m.node;
      NodeProps n;
      n.id = m.node;
      n.type = EntityTypeName(m.type);
      n.label = !m.label.empty() ? m.label
                : m.type == EntityType::kDate && !m.value.empty()
                    ? m.value
                    : graph_internal::SquashSpace(r.text);
      std::string surface = graph_internal::SquashSpace(r.text);
      if (!(m.flags & kAnaphor) && !surface.empty() && surface != n.label)
        n.aliases.insert(surface);
      if (m.type == EntityType::kPerson && !m.role.empty()) n.roles.insert(m.role);
      n.mentions = 1;
      AddNode(n);
    }
    mentions_.push_back(std::move(r));
  }
  SortMentionsFrom(first_mention);
  for (const Relation& r : x.relations) {
    if (r.source >= x.mentions.size() || r.target >= x.mentions.size()) continue;
    const Mention& s = x.mentions[r.source];
    const Mention& t = x.mentions[r.target];
    if (s.node.empty() || t.node.empty() || s.node == t.node) continue;
    Evidence ev;
    ev.doc = doc.id;
    ev.sentence = r.sentence;
    ev.start = r.evidence.begin;
    ev.end = r.evidence.end;
    ev.text = text_of(r.evidence.begin, r.evidence.end);
    ev.rule = r.rule;
    ev.date = r.date;
    ev.modality = r.modality;
    ev.cue = r.cue;
    ev.confidence = r.confidence;
    AddEvidence(s.node, t.node, r.type, ev);
  }
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  if (&other == this) return;  // merging a graph with itself changes nothing
  // Documents this graph knew before the merge (ranks below `known`): their
  // records are not taken again.
  const size_t known = documents_.size();
  for (const DocumentInfo& d : other.documents_) AddDocument(d);
  auto take = [this, known](const std::string& doc) {
    size_t r = DocRank(doc);
    return r >= known;  // new document, or one without a DocumentInfo
  };
  auto listed = [this](const std::string& doc) { return doc_order_.count(doc) > 0; };

  // Records of documents nobody lists are deduplicated one by one.
  std::set<MentionKey> seen;
  bool unlisted = std::any_of(other.mentions_.begin(), other.mentions_.end(),
                              [&](const MentionRecord& m) { return !listed(m.doc); });
  if (unlisted)
    for (const MentionRecord& m : mentions_)
      if (!listed(m.doc)) seen.insert(KeyOf(m));
  // Node mention counts grow by what is actually added.
  std::map<std::string, int64_t> skipped;
  const size_t first_new = mentions_.size();
  for (const MentionRecord& m : other.mentions_) {
    bool fresh = take(m.doc) && (listed(m.doc) || seen.insert(KeyOf(m)).second);
    if (fresh)
      mentions_.push_back(m);
    else if (!m.node.empty())
      ++skipped[m.node];
  }
  for (auto [it, end] = boost::vertices(other.g_); it != end; ++it) {
    NodeProps n = other.g_[*it];
    auto sk = skipped.find(n.id);
    int64_t skip = sk == skipped.end() ? 0 : sk->second;
    n.mentions =
        static_cast<uint64_t>(std::max<int64_t>(0, static_cast<int64_t>(n.mentions) - skip));
    AddNode(n);
  }
  for (auto [it, end] = boost::edges(other.g_); it != end; ++it) {
    const EdgeProps& oe = other.g_[*it];
    const std::string& s = other.g_[boost::source(*it, other.g_)].id;
    const std::string& t = other.g_[boost::target(*it, other.g_)].id;
    if (oe.evidence.empty()) {
      Edge e = AddEdge(s, t, oe.relation, oe.modality);
      if (g_[e].evidence.empty()) {
        g_[e].date = g_[e].date.empty() ? oe.date : g_[e].date;
        g_[e].confidence = std::max(g_[e].confidence, oe.confidence);
      }
      continue;
    }
    for (const Evidence& ev : oe.evidence)
      if (take(ev.doc)) AddEvidence(s, t, oe.relation, ev);
  }
  SortMentionsFrom(first_new);
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::SortedNodes() const {
  std::vector<Vertex> out;
  out.reserve(index_.size());
  for (const auto& [id, v] : index_) out.push_back(v);
  return out;
}

std::vector<KnowledgeGraph::Edge> KnowledgeGraph::SortedEdges() const {
  std::vector<Edge> out;
  out.reserve(edge_index_.size());
  for (const auto& [key, e] : edge_index_) out.push_back(e);
  return out;
}

bool KnowledgeGraph::MentionLess(const MentionRecord& a, const MentionRecord& b) const {
  size_t ra = DocRank(a.doc), rb = DocRank(b.doc);
  return std::tie(ra, a.doc, a.start, a.end, a.type, a.node, a.value) <
         std::tie(rb, b.doc, b.start, b.end, b.type, b.node, b.value);
}

void KnowledgeGraph::SortMentions() { SortMentionsFrom(0); }

void KnowledgeGraph::SortAll() {
  SortMentions();
  for (auto [it, end] = boost::edges(g_); it != end; ++it)
    std::stable_sort(g_[*it].evidence.begin(), g_[*it].evidence.end(),
                     [this](const Evidence& a, const Evidence& b) { return EvidenceLess(a, b); });
}

void KnowledgeGraph::SortMentionsFrom(size_t first_new) {
  auto less = [this](const MentionRecord& a, const MentionRecord& b) { return MentionLess(a, b); };
  auto mid = mentions_.begin() + static_cast<std::ptrdiff_t>(std::min(first_new, mentions_.size()));
  std::stable_sort(mid, mentions_.end(), less);
  // New documents rank after the old ones, so usually nothing is left to merge.
  if (mid != mentions_.begin() && mid != mentions_.end() && less(*mid, *(mid - 1)))
    std::inplace_merge(mentions_.begin(), mid, mentions_.end(), less);
}

}  // namespace actorgraph
