#include "graph/analysis.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/detail/bgl.h"

namespace ergraph::graph {
namespace {

/// The `top` best of `scores` (higher first, then smaller id).
std::vector<RankedNode> best(const KnowledgeGraph& g, const std::vector<double>& scores, std::size_t top) {
  std::vector<RankedNode> all;
  for (NodeIndex n = 0; n < scores.size(); ++n) all.push_back({n, scores[n]});
  std::sort(all.begin(), all.end(), [&](const RankedNode& a, const RankedNode& b) {
    if (a.score != b.score) return a.score > b.score;
    return g.node(a.node).id < g.node(b.node).id;
  });
  if (all.size() > top) all.resize(top);
  return all;
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& g, std::size_t top) {
  GraphStats s;
  s.nodes = g.node_count();
  s.edges = g.edge_count();
  std::set<std::string> docs;
  std::vector<std::set<NodeIndex>> neighbours(s.nodes);
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Undirected u(s.nodes);
  Directed d(s.nodes);
  std::map<std::string, RelationCount> relations;
  for (NodeIndex n = 0; n < s.nodes; ++n) {
    ++s.by_type[g.node(n).type];
    docs.insert(g.node(n).documents.begin(), g.node(n).documents.end());
  }
  std::set<std::pair<NodeIndex, NodeIndex>> arcs;
  std::vector<bool> touched(s.nodes, false);  // has an edge (a self-loop counts)
  for (EdgeIndex e = 0; e < s.edges; ++e) {
    const EdgeData& ed = g.edge(e);
    const NodeIndex a = g.source(e), b = g.target(e);
    touched[a] = touched[b] = true;
    s.triples += ed.count;
    if (ed.polarity == core::Polarity::Negative) ++s.negative_edges;
    if (ed.modality == core::Modality::Hedged) ++s.hedged_edges;
    docs.insert(ed.documents.begin(), ed.documents.end());
    if (a != b) {
      neighbours[a].insert(b);
      neighbours[b].insert(a);
      boost::add_edge(a, b, u);
      if (arcs.emplace(a, b).second) boost::add_edge(a, b, d);  // parallel relations count once
    }
    auto& r = relations[ed.relation];
    r.relation = ed.relation;
    ++r.edges;
    r.triples += ed.count;
    if (!ed.dates.empty()) {
      widen_dates(s.first_day, s.last_day, ed.first_seen());
      widen_dates(s.first_day, s.last_day, ed.last_seen());
    }
  }
  s.documents = docs.size();
  std::vector<double> degree(s.nodes);
  std::size_t total = 0;
  for (NodeIndex n = 0; n < s.nodes; ++n) {
    degree[n] = static_cast<double>(neighbours[n].size());
    total += neighbours[n].size();
    s.max_degree = std::max(s.max_degree, neighbours[n].size());
    if (!touched[n]) ++s.isolated;
  }
  s.mean_degree = s.nodes ? static_cast<double>(total) / static_cast<double>(s.nodes) : 0.0;
  s.top_degree = best(g, degree, top);

  if (s.nodes > 0) {
    std::vector<int> component(s.nodes);
    s.components = static_cast<std::size_t>(boost::connected_components(u, component.data()));
    std::vector<std::size_t> size(s.components, 0);
    for (int c : component) ++size[static_cast<std::size_t>(c)];
    s.largest_component = *std::max_element(size.begin(), size.end());

    std::vector<double> rank(s.nodes, 0.0);
    boost::graph::page_rank(d, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, d)),
                            boost::graph::n_iterations(50), 0.85);
    // Boost's page_rank lets the rank of nodes without out-edges leak: normalize to sum 1.
    double sum = 0;
    for (double r : rank) sum += r;
    if (sum > 0)
      for (double& r : rank) r /= sum;
    for (double& r : rank) r = std::round(r * 1e6) / 1e6;  // platform-independent ties
    s.top_pagerank = best(g, rank, top);
  }
  std::vector<RelationCount> rels;
  for (auto& [name, r] : relations) rels.push_back(std::move(r));
  std::stable_sort(rels.begin(), rels.end(), [](const RelationCount& a, const RelationCount& b) {
    return a.triples != b.triples ? a.triples > b.triples : a.edges > b.edges;
  });
  if (rels.size() > top) rels.resize(top);
  s.top_relations = std::move(rels);
  return s;
}

GraphDiff compare(const KnowledgeGraph& before, const KnowledgeGraph& after) {
  GraphDiff d;
  for (NodeIndex n : after.nodes())
    if (!before.find_node(after.node(n).id)) d.added_nodes.push_back(n);
  for (NodeIndex n : before.nodes())
    if (!after.find_node(before.node(n).id)) d.removed_nodes.push_back(n);
  std::map<std::string, EdgeIndex> old_edges, new_edges;
  for (EdgeIndex e : before.edges()) old_edges.emplace(before.edge(e).id, e);
  for (EdgeIndex e : after.edges()) new_edges.emplace(after.edge(e).id, e);
  for (const auto& [id, e] : new_edges) {
    const auto it = old_edges.find(id);
    if (it == old_edges.end()) {
      d.added_edges.push_back(e);
      continue;
    }
    const EdgeData &a = before.edge(it->second), &b = after.edge(e);
    if (a.count != b.count || std::abs(a.confidence - b.confidence) > 1e-4 || a.factuality != b.factuality ||
        a.documents != b.documents)
      d.changed_edges.push_back({it->second, e});
  }
  for (const auto& [id, e] : old_edges)
    if (!new_edges.count(id)) d.removed_edges.push_back(e);
  return d;
}

}  // namespace ergraph::graph
