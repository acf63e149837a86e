// Per-document views of a KnowledgeGraph: the graph one document
// contributes (the JSONL form of the export).
#include <functional>
#include <map>

#include "actorgraph/graph.h"
#include "graph/graph_internal.h"

namespace actorgraph {

using graph_internal::SquashSpace;

KnowledgeGraph KnowledgeGraph::DocumentGraph(const std::string& doc_id) const {
  DocumentRecords recs;
  uint32_t slot = 0;
  if (doc_names_.Find(doc_id, &slot))
    for (const StoredMention& m : mentions_)
      if (m.doc == slot) recs.mentions.push_back(&m);
  for (Edge e : SortedEdges())
    for (const Evidence& ev : g_[e].evidence)
      if (ev.doc == doc_id) recs.evidence.emplace_back(e, &ev);
  return BuildDocumentGraph(doc_id, recs);
}

void KnowledgeGraph::ForEachDocumentGraph(
    const std::function<void(const KnowledgeGraph&)>& fn) const {
  // One pass over the records, bucketed by document rank.
  std::vector<DocumentRecords> by_doc(documents_.size());
  for (const StoredMention& m : mentions_)
    if (size_t r = doc_rank_[m.doc]; r < by_doc.size()) by_doc[r].mentions.push_back(&m);
  for (Edge e : SortedEdges())
    for (const Evidence& ev : g_[e].evidence)
      if (size_t r = DocRank(ev.doc); r < by_doc.size()) by_doc[r].evidence.emplace_back(e, &ev);
  for (size_t r = 0; r < documents_.size(); ++r) {
    fn(BuildDocumentGraph(documents_[r].id, by_doc[r]));
    by_doc[r] = DocumentRecords();
  }
}

KnowledgeGraph KnowledgeGraph::BuildDocumentGraph(const std::string& doc_id,
                                                  const DocumentRecords& recs) const {
  KnowledgeGraph out;
  if (size_t r = DocRank(doc_id); r != kNoRank) out.AddDocument(documents_[r]);
  std::map<std::string, NodeProps> nodes;
  auto node = [&](const std::string& id) -> NodeProps& {
    auto n = nodes.find(id);
    if (n != nodes.end()) return n->second;
    NodeProps p;
    Vertex v;
    if (Find(id, &v)) {
      const NodeProps& full = g_[v];
      p = NodeProps{full.id, full.type, full.label, {}, full.roles, 0};
    } else {
      p.id = id;
    }
    return nodes.emplace(id, std::move(p)).first->second;
  };
  for (const StoredMention* m : recs.mentions) {
    out.mentions_.push_back(out.Import(*this, *m, nullptr));
    if (m->node == 0) continue;  // no node
    const std::string& id = strings_[m->node];
    NodeProps& n = node(id);
    ++n.mentions;
    Vertex v;
    std::string surface = SquashSpace(strings_[m->text]);
    if (Find(id, &v) && g_[v].aliases.count(surface)) n.aliases.insert(surface);
  }
  for (const auto& [e, ev] : recs.evidence) {
    node(g_[boost::source(e, g_)].id);
    node(g_[boost::target(e, g_)].id);
  }
  for (const auto& [id, n] : nodes) out.AddNode(n);
  for (const auto& [e, ev] : recs.evidence)
    out.AddEvidence(g_[boost::source(e, g_)].id, g_[boost::target(e, g_)].id, g_[e].relation, *ev);
  return out;
}

}  // namespace actorgraph
