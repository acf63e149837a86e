// WriteStats: counts, most connected actors (Boost.Graph degrees) and weakly
// connected components (union-find over the edges).
#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <map>

#include "actorgraph/query.h"

namespace actorgraph {
namespace {

void Counts(std::ostream& out, const char* title, const std::map<std::string, size_t>& m) {
  out << "  " << title << ":\n";
  if (m.empty()) out << "    (none)\n";
  size_t w = 0;
  for (const auto& [k, n] : m) w = std::max(w, k.size());
  for (const auto& [k, n] : m)
    out << "    " << k << std::string(w - k.size() + 2, ' ') << n << '\n';
}

}  // namespace

void WriteStats(const KnowledgeGraph& kg, std::ostream& out) {
  using Graph = KnowledgeGraph::Graph;
  const Graph& g = kg.graph();
  std::map<std::string, size_t> by_type, by_relation, by_modality;
  size_t evidence = 0;
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    ++by_type[g[*it].type.empty() ? "(untyped)" : g[*it].type];
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    ++by_relation[g[*it].relation];
    ++by_modality[ModalityName(g[*it].modality)];
    evidence += g[*it].evidence.size();
  }
  size_t entity_mentions = 0, date_mentions = 0;
  for (const MentionView m : kg.mentions()) (m.type == "date" ? date_mentions : entity_mentions)++;

  out << "documents: " << kg.documents().size() << '\n'
      << "mentions:  " << kg.mentions().size() << " (" << entity_mentions << " entity, "
      << date_mentions << " date)\n"
      << "nodes:     " << kg.num_nodes() << '\n';
  Counts(out, "by type", by_type);
  out << "edges:     " << kg.num_edges() << " (" << evidence << " evidence)\n";
  Counts(out, "by relation", by_relation);
  Counts(out, "by modality", by_modality);

  // Most connected actors: states, organizations and persons by in + out degree.
  struct Actor {
    size_t degree, in, out;
    std::string id, label;
  };
  std::vector<Actor> actors;
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    if (n.type == "treaty" || n.type == "date") continue;
    size_t in = boost::in_degree(v, g), o = boost::out_degree(v, g);
    if (in + o == 0) continue;
    actors.push_back({in + o, in, o, n.id, n.label.empty() ? n.id : n.label});
  }
  std::stable_sort(actors.begin(), actors.end(),
                   [](const Actor& a, const Actor& b) { return a.degree > b.degree; });
  out << "most connected actors (edges in + out):\n";
  if (actors.empty()) out << "  (none)\n";
  for (size_t i = 0; i < actors.size() && i < 10; ++i) {
    const Actor& a = actors[i];
    out << "  " << (i + 1) << ". " << a.label << " (" << a.id << "): " << a.degree << " (out "
        << a.out << ", in " << a.in << ")\n";
  }

  // Weakly connected components.
  size_t n = kg.num_nodes();
  std::vector<size_t> rank(n), parent(n);
  boost::disjoint_sets<size_t*, size_t*> ds(rank.data(), parent.data());
  for (size_t v = 0; v < n; ++v) ds.make_set(v);
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    ds.union_set(boost::source(*it, g), boost::target(*it, g));
  std::map<size_t, size_t> size_of;
  for (size_t v = 0; v < n; ++v) ++size_of[ds.find_set(v)];
  std::vector<size_t> sizes;
  for (const auto& [root, s] : size_of) sizes.push_back(s);
  std::sort(sizes.rbegin(), sizes.rend());
  out << "components (weakly connected): " << sizes.size();
  if (!sizes.empty()) {
    out << "; sizes ";
    for (size_t i = 0; i < sizes.size() && i < 10; ++i) out << (i ? ", " : "") << sizes[i];
    if (sizes.size() > 10) out << ", \u2026";
  }
  out << '\n';
}

}  // namespace actorgraph
