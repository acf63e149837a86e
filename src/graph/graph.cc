// KnowledgeGraph: nodes by id, edges by key, evidence and mention records in
// document order. Add() and Merge() follow the same rules (see graph.h).
#include "actorgraph/graph.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <map>
#include <set>
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

constexpr uint32_t kUnmapped = std::numeric_limits<uint32_t>::max();

}  // namespace

std::string EdgeKey(const std::string& relation, const std::string& source,
                    const std::string& target, Modality modality) {
  return relation + "|" + source + "|" + target + "|" + ModalityName(modality);
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& o)
    : g_(o.g_),
      evidence_seen_(o.evidence_seen_),
      documents_(o.documents_),
      doc_names_(o.doc_names_),
      doc_rank_(o.doc_rank_),
      strings_(o.strings_),
      node_vertex_(o.node_vertex_),
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
    evidence_seen_ = std::move(o.evidence_seen_);
    documents_ = std::move(o.documents_);
    doc_names_ = std::move(o.doc_names_);
    doc_rank_ = std::move(o.doc_rank_);
    strings_ = std::move(o.strings_);
    node_vertex_ = std::move(o.node_vertex_);
    mentions_ = std::move(o.mentions_);
    RebuildEdgeIndex();
    o.g_ = Graph();  // leave the source empty and consistent
    o.edge_index_.clear();
    o.evidence_seen_.clear();
    o.documents_.clear();
    o.doc_names_.Clear();
    o.doc_rank_.clear();
    o.strings_.Clear();
    o.node_vertex_.clear();
    o.mentions_.clear();
  }
  return *this;
}

void KnowledgeGraph::RebuildEdgeIndex() {
  edge_index_.clear();
  for (auto [it, end] = boost::edges(g_); it != end; ++it) edge_index_[g_[*it].key] = *it;
}

bool KnowledgeGraph::Find(const std::string& id, Vertex* v) const {
  uint32_t sid = 0;
  if (!strings_.Find(id, &sid) || sid >= node_vertex_.size() || node_vertex_[sid] == 0)
    return false;
  if (v) *v = node_vertex_[sid] - 1;
  return true;
}

uint32_t& KnowledgeGraph::NodeSlot(uint32_t id_string) {
  if (id_string >= node_vertex_.size()) node_vertex_.resize(strings_.size(), 0);
  return node_vertex_[id_string];
}

bool KnowledgeGraph::FindEdge(const std::string& key, Edge* e) const {
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) return false;
  if (e) *e = it->second;
  return true;
}

KnowledgeGraph::Vertex KnowledgeGraph::AddNode(const NodeProps& props) {
  uint32_t& slot = NodeSlot(strings_.Intern(props.id));
  if (slot == 0) {
    Vertex v = boost::add_vertex(props, g_);
    slot = static_cast<uint32_t>(v + 1);
    g_[v].aliases.erase(g_[v].label);
    return v;
  }
  const Vertex v = slot - 1;
  NodeProps& n = g_[v];
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
  return v;
}

uint32_t KnowledgeGraph::DocSlot(std::string_view doc) {
  uint32_t slot = doc_names_.Intern(doc);
  if (slot >= doc_rank_.size()) doc_rank_.resize(slot + 1, kNoRank);
  return slot;
}

bool KnowledgeGraph::AddDocument(const DocumentInfo& d) {
  uint32_t slot = DocSlot(d.id);
  if (doc_rank_[slot] != kNoRank) return false;
  doc_rank_[slot] = documents_.size();
  documents_.push_back(d);
  return true;
}

size_t KnowledgeGraph::DocRank(const std::string& doc) const {
  uint32_t slot = 0;
  if (!doc_names_.Find(doc, &slot) || slot >= doc_rank_.size()) return kNoRank;
  return doc_rank_[slot];
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

void KnowledgeGraph::CountMention(uint32_t id_string, const std::string& id, const char* type,
                                  const std::string& label, const std::string& surface,
                                  const std::string& role) {
  uint32_t& cached = NodeSlot(id_string);
  if (cached == 0) {  // a new node, built in place
    const Vertex v = boost::add_vertex(g_);
    cached = static_cast<uint32_t>(v + 1);
    NodeProps& n = g_[v];
    n.id = id;
    n.type = type;
    n.label = label;
    if (!surface.empty() && surface != label) n.aliases.insert(surface);
    if (!role.empty()) n.roles.insert(role);
    n.mentions = 1;
    return;
  }
  // AddNode's merge of NodeProps{id, type, label, {surface}, {role}, 1}, without building it.
  NodeProps& n = g_[cached - 1];
  if (n.type.empty()) n.type = type;
  if (n.label.empty()) {
    n.label = label;
    n.aliases.erase(n.label);
  }
  if (!surface.empty() && surface != n.label) n.aliases.insert(surface);
  if (label != n.label && !label.empty()) n.aliases.insert(label);
  if (!role.empty()) n.roles.insert(role);
  ++n.mentions;
}

void KnowledgeGraph::Add(const Extraction& x) {
  const Document& doc = x.doc;
  // AddDocument, with one look-up of the id and the record moved in, not copied.
  const uint32_t doc_slot = DocSlot(doc.id);
  if (doc_rank_[doc_slot] != kNoRank) return;
  doc_rank_[doc_slot] = documents_.size();
  documents_.push_back(DocumentInfo{doc.id, doc.source, doc.date, doc.bytes, doc.utf8_repaired});
  auto text_of = [&doc](uint32_t b, uint32_t e) {
    e = std::min<uint32_t>(e, static_cast<uint32_t>(doc.text.size()));
    b = std::min(b, e);
    return std::string_view(doc.text).substr(b, e - b);
  };
  static const std::string kNone;
  uint32_t type_ids[static_cast<int>(EntityType::kDate) + 1] = {};
  size_t first_mention = mentions_.size();
  for (const Mention& m : x.mentions) {
    const bool date = m.type == EntityType::kDate;
    if (m.node.empty() && !date) continue;  // unresolved entity
    const char* type = EntityTypeName(m.type);
    const auto kind = static_cast<size_t>(m.type);
    uint32_t type_id = kind < std::size(type_ids) ? type_ids[kind] : 0;
    if (type_id == 0) type_id = strings_.Intern(type);
    if (kind < std::size(type_ids)) type_ids[kind] = type_id;
    std::string_view text = text_of(m.span.begin, m.span.end);
    StoredMention r;
    r.doc = doc_slot;
    r.start = m.span.begin;
    r.end = m.span.end;
    r.text = strings_.Intern(text);
    r.type = type_id;
    if (date) r.value = strings_.Intern(m.value);
    if (!m.node.empty()) {  // an entity, or a date node (--date-nodes)
      r.node = strings_.Intern(m.node);
      std::string surface = graph_internal::SquashSpace(text);
      const std::string& label = !m.label.empty()           ? m.label
                                 : date && !m.value.empty() ? m.value
                                                            : surface;
      bool alias = !(m.flags & kAnaphor) && !surface.empty() && surface != label;
      bool role = m.type == EntityType::kPerson && !m.role.empty();
      CountMention(r.node, m.node, type, label, alias ? surface : kNone, role ? m.role : kNone);
    }
    mentions_.push_back(r);
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
    ev.text = std::string(text_of(r.evidence.begin, r.evidence.end));
    ev.rule = r.rule;
    ev.date = r.date;
    ev.modality = r.modality;
    ev.cue = r.cue;
    ev.confidence = r.confidence;
    AddEvidence(s.node, t.node, r.type, ev);
  }
}

void KnowledgeGraph::AddMentionRecord(const MentionRecord& m) {
  StoredMention r;
  r.doc = DocSlot(m.doc);
  r.start = m.start;
  r.end = m.end;
  r.text = strings_.Intern(m.text);
  r.type = strings_.Intern(m.type);
  r.node = strings_.Intern(m.node);
  r.value = strings_.Intern(m.value);
  mentions_.push_back(r);
}

KnowledgeGraph::StoredMention KnowledgeGraph::Import(const KnowledgeGraph& from,
                                                     const StoredMention& m, Remap* remap) {
  auto str = [&](uint32_t id) {
    if (!remap) return strings_.Intern(from.strings_[id]);
    if (remap->strings.size() <= id) remap->strings.resize(from.strings_.size(), kUnmapped);
    uint32_t& to = remap->strings[id];
    if (to == kUnmapped) to = strings_.Intern(from.strings_[id]);
    return to;
  };
  StoredMention r = m;
  if (!remap) {
    r.doc = DocSlot(from.doc_names_[m.doc]);
  } else {
    if (remap->docs.size() <= m.doc) remap->docs.resize(from.doc_names_.size(), kUnmapped);
    uint32_t& to = remap->docs[m.doc];
    if (to == kUnmapped) to = DocSlot(from.doc_names_[m.doc]);
    r.doc = to;
  }
  r.text = str(m.text);
  r.type = str(m.type);
  r.node = str(m.node);
  r.value = str(m.value);
  return r;
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  if (&other == this) return;  // merging a graph with itself changes nothing
  // Documents this graph knew before the merge (ranks below `known`): their
  // records are not taken again.
  const size_t known = documents_.size();
  for (const DocumentInfo& d : other.documents_) AddDocument(d);
  auto take = [this, known](uint32_t slot) {
    size_t r = doc_rank_[slot];
    return r == kNoRank || r >= known;  // new document, or one without a DocumentInfo
  };
  auto listed = [this](uint32_t slot) { return doc_rank_[slot] != kNoRank; };

  // Records of documents nobody lists are deduplicated one by one, by their
  // (doc, start, end, type, node, value) in this graph's ids.
  using MentionKey = std::array<uint32_t, 6>;
  auto key_of = [](const StoredMention& m) {
    return MentionKey{m.doc, m.start, m.end, m.type, m.node, m.value};
  };
  Remap remap;
  auto doc_of = [&](const StoredMention& m) {
    if (remap.docs.size() <= m.doc) remap.docs.resize(other.doc_names_.size(), kUnmapped);
    uint32_t& to = remap.docs[m.doc];
    if (to == kUnmapped) to = DocSlot(other.doc_names_[m.doc]);
    return to;
  };
  std::set<MentionKey> seen;
  bool unlisted = std::any_of(other.mentions_.begin(), other.mentions_.end(),
                              [&](const StoredMention& m) { return !listed(doc_of(m)); });
  if (unlisted)
    for (const StoredMention& m : mentions_)
      if (!listed(m.doc)) seen.insert(key_of(m));
  // Node mention counts grow by what is actually added.
  std::map<std::string, int64_t> skipped;
  const size_t first_new = mentions_.size();
  for (const StoredMention& om : other.mentions_) {
    uint32_t doc = doc_of(om);
    bool fresh = false;
    if (take(doc)) {
      StoredMention m = Import(other, om, &remap);
      fresh = listed(doc) || seen.insert(key_of(m)).second;
      if (fresh) mentions_.push_back(m);
    }
    if (!fresh && om.node != 0) ++skipped[other.strings_[om.node]];
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
    for (const Evidence& ev : oe.evidence) {
      size_t r = DocRank(ev.doc);
      if (r == kNoRank || r >= known) AddEvidence(s, t, oe.relation, ev);
    }
  }
  SortMentionsFrom(first_new);
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::SortedNodes() const {
  std::vector<std::pair<const std::string*, Vertex>> by_id;
  by_id.reserve(num_nodes());
  for (uint32_t slot : node_vertex_)
    if (slot != 0) by_id.emplace_back(&g_[slot - 1].id, slot - 1);
  std::sort(by_id.begin(), by_id.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::vector<Vertex> out;
  out.reserve(by_id.size());
  for (const auto& p : by_id) out.push_back(p.second);
  return out;
}

std::vector<KnowledgeGraph::Edge> KnowledgeGraph::SortedEdges() const {
  std::vector<std::pair<const std::string*, Edge>> by_key;
  by_key.reserve(edge_index_.size());
  for (const auto& [key, e] : edge_index_) by_key.emplace_back(&key, e);
  std::sort(by_key.begin(), by_key.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::vector<Edge> out;
  out.reserve(by_key.size());
  for (const auto& p : by_key) out.push_back(p.second);
  return out;
}

bool KnowledgeGraph::MentionLess(const StoredMention& a, const StoredMention& b) const {
  if (a.doc != b.doc) {
    size_t ra = doc_rank_[a.doc], rb = doc_rank_[b.doc];
    if (ra != rb) return ra < rb;
    return doc_names_[a.doc] < doc_names_[b.doc];
  }
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end < b.end;
  // Equal ids are equal strings; different ids compare by their strings.
  if (a.type != b.type) return strings_[a.type] < strings_[b.type];
  if (a.node != b.node) return strings_[a.node] < strings_[b.node];
  if (a.value != b.value) return strings_[a.value] < strings_[b.value];
  return false;
}

void KnowledgeGraph::SortMentions() { SortMentionsFrom(0); }

void KnowledgeGraph::SortAll() {
  SortMentions();
  for (auto [it, end] = boost::edges(g_); it != end; ++it)
    std::stable_sort(g_[*it].evidence.begin(), g_[*it].evidence.end(),
                     [this](const Evidence& a, const Evidence& b) { return EvidenceLess(a, b); });
}

void KnowledgeGraph::SortMentionsFrom(size_t first_new) {
  auto less = [this](const StoredMention& a, const StoredMention& b) { return MentionLess(a, b); };
  auto mid = mentions_.begin() + static_cast<std::ptrdiff_t>(std::min(first_new, mentions_.size()));
  // Records usually arrive in order (a document's mentions sorted by span).
  if (!std::is_sorted(mid, mentions_.end(), less)) std::stable_sort(mid, mentions_.end(), less);
  // New documents rank after the old ones, so usually nothing is left to merge.
  if (mid != mentions_.begin() && mid != mentions_.end() && less(*mid, *(mid - 1)))
    std::inplace_merge(mentions_.begin(), mid, mentions_.end(), less);
}

}  // namespace actorgraph
