// STUB: replaced by the graph module implementation.
#include "actorgraph/graph.h"
namespace actorgraph {
void KnowledgeGraph::Add(const Extraction&) {}
void KnowledgeGraph::Merge(const KnowledgeGraph&) {}
std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::SortedNodes() const { return {}; }
std::vector<KnowledgeGraph::Edge> KnowledgeGraph::SortedEdges() const { return {}; }
int CompareDates(const std::string& a, const std::string& b) { return a.compare(b); }
}  // namespace actorgraph
