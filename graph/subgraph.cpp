#include "graph/subgraph.h"

#include <algorithm>
#include <map>
#include <set>

namespace ergraph::graph {
namespace {

/// Sorts by id and fills in the edges of the window between selected nodes.
Subgraph finish(const KnowledgeGraph& g, std::set<NodeIndex> nodes, const SubgraphOptions& opts,
                std::size_t left_out) {
  Subgraph s;
  s.nodes.assign(nodes.begin(), nodes.end());
  std::sort(s.nodes.begin(), s.nodes.end(), [&](NodeIndex a, NodeIndex b) { return g.node(a).id < g.node(b).id; });
  for (NodeIndex n : s.nodes)
    for (EdgeIndex e : g.out_edges(n))
      if (nodes.count(g.target(e)) && in_window(g.edge(e), opts.since, opts.until)) s.edges.push_back(e);
  std::sort(s.edges.begin(), s.edges.end(), [&](EdgeIndex a, EdgeIndex b) { return g.edge(a).id < g.edge(b).id; });
  s.left_out = left_out;
  return s;
}

/// Neighbours of `n` over edges in the window, with the triples (counts) joining them.
std::map<NodeIndex, std::uint64_t> neighbours(const KnowledgeGraph& g, NodeIndex n, const SubgraphOptions& opts) {
  std::map<NodeIndex, std::uint64_t> out;
  for (EdgeIndex e : g.out_edges(n))
    if (g.target(e) != n && in_window(g.edge(e), opts.since, opts.until)) out[g.target(e)] += g.edge(e).count;
  for (EdgeIndex e : g.in_edges(n))
    if (g.source(e) != n && in_window(g.edge(e), opts.since, opts.until)) out[g.source(e)] += g.edge(e).count;
  return out;
}

}  // namespace

bool in_window(const EdgeData& e, const std::string& since, const std::string& until) {
  if (since.empty() && until.empty()) return true;
  const auto from = since.empty() ? e.dates.begin() : e.dates.lower_bound(since);
  return from != e.dates.end() && (until.empty() || *from <= until);
}

Subgraph whole_graph(const KnowledgeGraph& g, const SubgraphOptions& opts) {
  Subgraph s;
  s.nodes = g.nodes();
  for (EdgeIndex e : g.edges())
    if (in_window(g.edge(e), opts.since, opts.until)) s.edges.push_back(e);
  if (!opts.since.empty() || !opts.until.empty()) {
    // A window keeps only the entities its edges join.
    std::set<NodeIndex> used;
    for (EdgeIndex e : s.edges) used.insert(g.source(e)), used.insert(g.target(e));
    std::erase_if(s.nodes, [&](NodeIndex n) { return !used.count(n); });
  }
  return s;
}

Subgraph around(const KnowledgeGraph& g, NodeIndex center, int depth, const SubgraphOptions& opts) {
  std::set<NodeIndex> taken = {center};
  std::vector<NodeIndex> frontier = {center};
  std::size_t left_out = 0;
  const std::size_t budget = opts.budget ? opts.budget : static_cast<std::size_t>(-1);
  for (int d = 0; d < depth && !frontier.empty(); ++d) {
    // Candidates at distance d + 1, with the triples joining them to the frontier.
    std::map<NodeIndex, std::uint64_t> weight;
    for (NodeIndex n : frontier)
      for (const auto& [m, w] : neighbours(g, n, opts))
        if (!taken.count(m)) weight[m] += w;
    std::vector<std::pair<NodeIndex, std::uint64_t>> ranked(weight.begin(), weight.end());
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      if (a.second != b.second) return a.second > b.second;
      return g.node(a.first).id < g.node(b.first).id;
    });
    frontier.clear();
    for (const auto& [m, w] : ranked) {
      if (taken.size() >= budget) {
        ++left_out;
        continue;
      }
      taken.insert(m);
      frontier.push_back(m);
    }
  }
  return finish(g, std::move(taken), opts, left_out);
}

Subgraph top_entities(const KnowledgeGraph& g, std::size_t n, Rank by, const SubgraphOptions& opts) {
  if (opts.budget) n = std::min(n, opts.budget);
  std::vector<std::pair<NodeIndex, std::uint64_t>> ranked;
  for (NodeIndex v : g.nodes()) {
    const auto nb = neighbours(g, v, opts);
    if (nb.empty()) continue;
    std::uint64_t score = 0;
    if (by == Rank::Degree) score = nb.size();
    else
      for (const auto& [m, w] : nb) score += w;
    ranked.emplace_back(v, score);
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return g.node(a.first).id < g.node(b.first).id;
  });
  std::set<NodeIndex> taken;
  for (std::size_t i = 0; i < ranked.size() && i < n; ++i) taken.insert(ranked[i].first);
  return finish(g, std::move(taken), opts, ranked.size() > n ? ranked.size() - n : 0);
}

Subgraph path_subgraph(const KnowledgeGraph& g, const std::vector<Path>& paths, const SubgraphOptions& opts) {
  std::set<NodeIndex> nodes;
  std::set<std::pair<NodeIndex, NodeIndex>> steps;
  for (const Path& p : paths)
    for (const Hop& h : p.hops) {
      nodes.insert(h.from);
      nodes.insert(h.to);
      steps.emplace(std::min(h.from, h.to), std::max(h.from, h.to));
    }
  Subgraph s = finish(g, nodes, opts, 0);
  // Only the edges along the routes, not every edge among their nodes.
  std::erase_if(s.edges, [&](EdgeIndex e) {
    const NodeIndex a = g.source(e), b = g.target(e);
    return !steps.count({std::min(a, b), std::max(a, b)});
  });
  return s;
}

}  // namespace ergraph::graph
