// k best simple paths with distinct node sequences: Yen's algorithm over a hop graph (one arc per
// ordered pair of nodes, carrying every usable parallel edge). The spur search is a hop-bounded
// Bellman-Ford from the target followed by a greedy walk from the spur node, which gives the best
// path by (cost, hops, node-id sequence) exactly, so ties are broken the same way every time.
#include "graph/path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/error.h"

namespace ergraph::graph {

namespace {

/// A step between two search vertices with every usable edge between them, best first.
struct Arc {
  std::size_t from = 0, to = 0;
  std::vector<HopEdge> edges;
  std::int64_t cost = 1;  ///< 1 per hop, or confidence_cost() of the best edge
};

/// The search graph's vertices are the graph's nodes (same index) plus, for a CONCEPT node whose
/// edges come from several documents (a graph written before concept nodes were per document),
/// one vertex per document: an edge reaches the copies of its documents, so a path through the
/// concept enters and leaves it by edges of one article. The endpoints of the query are never split.
struct Search {
  std::vector<NodeIndex> real;               ///< search vertex -> graph node
  std::vector<std::size_t> rank;             ///< search vertex -> order (node id, then copy)
  std::vector<char> blocked;                 ///< search vertex -> may not be an intermediate node
  std::vector<Arc> arcs;
  std::vector<std::vector<std::size_t>> out;  ///< search vertex -> arcs leaving it, by rank of target
  std::size_t size() const { return real.size(); }
};

/// The documents an edge stands for at a split concept node ("" when it names none).
std::vector<std::string> edge_docs(const EdgeData& e) {
  if (e.documents.empty()) return {std::string()};
  return {e.documents.begin(), e.documents.end()};
}

/// Orders the usable edges of a hop: highest confidence first, then smallest edge id.
void sort_best_first(const KnowledgeGraph& g, std::vector<HopEdge>& edges) {
  std::sort(edges.begin(), edges.end(), [&](const HopEdge& a, const HopEdge& b) {
    const EdgeData& x = g.edge(a.edge);
    const EdgeData& y = g.edge(b.edge);
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    if (x.id != y.id) return x.id < y.id;
    return a.forward && !b.forward;
  });
}

/// Per CONCEPT node (not an endpoint) used by edges of two or more documents: document -> vertex.
std::map<NodeIndex, std::map<std::string, std::size_t>> split_concepts(const KnowledgeGraph& g, const EdgeFilter& filter,
                                                                       NodeIndex from, NodeIndex to, Search& s) {
  std::map<NodeIndex, std::set<std::string>> docs;
  for (EdgeIndex e : g.edges()) {
    if (!filter.usable(g.edge(e))) continue;
    for (NodeIndex v : {g.source(e), g.target(e)}) {
      if (v == from || v == to || g.node(v).type != core::EntityType::Concept) continue;
      for (std::string& d : edge_docs(g.edge(e))) docs[v].insert(std::move(d));
    }
  }
  std::map<NodeIndex, std::map<std::string, std::size_t>> split;
  for (auto& [v, ds] : docs) {
    if (ds.size() < 2) continue;
    for (const std::string& d : ds) {
      split[v][d] = s.real.size();
      s.real.push_back(v);
    }
  }
  return split;
}

Search build_search(const KnowledgeGraph& g, const PathOptions& opts, const EdgeFilter& filter, NodeIndex query_from,
                    NodeIndex query_to) {
  Search s;
  s.real.resize(g.node_count());
  for (NodeIndex v = 0; v < g.node_count(); ++v) s.real[v] = v;
  const auto split = split_concepts(g, filter, query_from, query_to, s);

  // Rank: graph nodes in id order (nodes() is sorted by id), the copies of a node after it.
  std::vector<std::size_t> node_rank(g.node_count());
  std::size_t r = 0;
  for (NodeIndex v : g.nodes()) node_rank[v] = r++;
  std::vector<std::size_t> order(s.size());
  for (std::size_t v = 0; v < s.size(); ++v) order[v] = v;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(node_rank[s.real[a]], a) < std::pair(node_rank[s.real[b]], b);
  });
  s.rank.resize(s.size());
  for (std::size_t i = 0; i < order.size(); ++i) s.rank[order[i]] = i;

  s.blocked.resize(s.size());
  for (std::size_t v = 0; v < s.size(); ++v) {
    const NodeIndex n = s.real[v];
    s.blocked[v] = n != query_from && n != query_to && !filter.passable(g.node(n).type);
  }

  // Every usable step (from, to, edge), then grouped by (from, to) in that order: one flat
  // vector sorted once instead of a tree of small vectors (the tree and its frees were most of
  // the search's set-up on large graphs). stable_sort keeps the edges of a pair in graph order,
  // as the tree did.
  struct Step {
    std::size_t from, to;
    HopEdge hop;
  };
  std::vector<Step> steps;
  steps.reserve(g.edge_count() * (opts.directed ? 1 : 2));
  for (EdgeIndex e : g.edges()) {
    const NodeIndex from = g.source(e), to = g.target(e);
    if (from == to || !filter.usable(g.edge(e))) continue;  // self-loops: never in a simple path
    const auto fs = split.find(from), ts = split.find(to);
    auto add = [&](std::size_t a, std::size_t b) {
      steps.push_back(Step{a, b, HopEdge{e, true}});
      if (!opts.directed) steps.push_back(Step{b, a, HopEdge{e, false}});
    };
    if (fs == split.end() && ts == split.end()) {
      add(from, to);
      continue;
    }
    for (const std::string& d : edge_docs(g.edge(e)))  // the copies of one document
      add(fs == split.end() ? from : fs->second.at(d), ts == split.end() ? to : ts->second.at(d));
  }
  std::stable_sort(steps.begin(), steps.end(),
                   [](const Step& a, const Step& b) { return std::pair(a.from, a.to) < std::pair(b.from, b.to); });
  s.out.resize(s.size());
  for (std::size_t i = 0; i < steps.size();) {
    std::size_t j = i;
    std::vector<HopEdge> edges;
    while (j < steps.size() && steps[j].from == steps[i].from && steps[j].to == steps[i].to) edges.push_back(steps[j++].hop);
    sort_best_first(g, edges);
    const std::int64_t cost =
        opts.cost == PathCost::Hops ? 1 : confidence_cost(g.edge(edges.front().edge).confidence);
    s.out[steps[i].from].push_back(s.arcs.size());
    s.arcs.push_back(Arc{steps[i].from, steps[i].to, std::move(edges), cost});
    i = j;
  }
  for (auto& arcs : s.out)
    std::sort(arcs.begin(), arcs.end(), [&](std::size_t a, std::size_t b) { return s.rank[s.arcs[a].to] < s.rank[s.arcs[b].to]; });
  return s;
}

/// A search path: its vertices and the arcs between them.
struct SearchPath {
  std::vector<std::size_t> vertices;
  std::vector<std::size_t> arcs;
};

/// (cost, hops) of the best rest of a path; max() when there is none.
using Label = std::pair<std::int64_t, int>;
constexpr Label kNone{std::numeric_limits<std::int64_t>::max(), std::numeric_limits<int>::max()};

/// The best path from `from` to `to` by (cost, hops, rank sequence) with at most `limit` hops,
/// avoiding removed arcs, removed graph nodes and blocked vertices.
std::optional<SearchPath> best_path(const Search& s, const std::vector<char>& removed_arcs,
                                    const std::vector<char>& removed_nodes, std::size_t from, std::size_t to,
                                    int limit) {
  if (limit <= 0) return std::nullopt;
  const std::size_t n = s.size();
  auto open = [&](std::size_t v) { return v == to || v == from || (!s.blocked[v] && !removed_nodes[s.real[v]]); };
  // best[h][v]: the best (cost, hops) from v to `to` within h hops. Layers stop once they repeat.
  std::vector<std::vector<Label>> best(1, std::vector<Label>(n, kNone));
  best[0][to] = {0, 0};
  for (int h = 1; h <= limit; ++h) {
    std::vector<Label> next = best.back();
    for (std::size_t a = 0; a < s.arcs.size(); ++a) {
      const Arc& arc = s.arcs[a];
      if (removed_arcs[a] || arc.from == to || !open(arc.from) || !open(arc.to)) continue;
      const Label rest = best.back()[arc.to];
      if (rest == kNone) continue;
      const Label cand{rest.first + arc.cost, rest.second + 1};
      if (cand < next[arc.from]) next[arc.from] = cand;
    }
    const bool same = next == best.back();
    best.push_back(std::move(next));
    if (same) break;
  }
  auto layer = [&](int h) -> const std::vector<Label>& { return best[std::min<std::size_t>(h, best.size() - 1)]; };
  if (layer(limit)[from] == kNone) return std::nullopt;
  SearchPath p;
  p.vertices.push_back(from);
  for (std::size_t v = from, left = static_cast<std::size_t>(limit); v != to; --left) {
    const Label want = layer(static_cast<int>(left))[v];
    bool moved = false;
    for (std::size_t a : s.out[v]) {  // smallest rank first: the lexicographically first best path
      const Arc& arc = s.arcs[a];
      if (removed_arcs[a] || !open(arc.to)) continue;
      const Label rest = layer(static_cast<int>(left) - 1)[arc.to];
      if (rest == kNone || Label{rest.first + arc.cost, rest.second + 1} != want) continue;
      p.arcs.push_back(a);
      p.vertices.push_back(arc.to);
      v = arc.to;
      moved = true;
      break;
    }
    if (!moved) throw GraphError("E399", "path search lost its way (internal error)");
  }
  return p;
}

/// Orders candidate paths: cost, hops, then the rank sequence of their vertices.
using PathKey = std::tuple<std::int64_t, std::size_t, std::vector<std::size_t>>;

PathKey key_of(const Search& s, const SearchPath& p) {
  std::int64_t cost = 0;
  for (std::size_t a : p.arcs) cost += s.arcs[a].cost;
  std::vector<std::size_t> ranks;
  for (std::size_t v : p.vertices) ranks.push_back(s.rank[v]);
  return {cost, p.arcs.size(), std::move(ranks)};
}

/// Yen's step: every spur deviation from the last accepted path, added to `candidates`.
void add_deviations(const Search& s, const std::vector<SearchPath>& accepted, std::size_t to, int max_hops,
                    std::set<std::vector<std::size_t>>& seen, std::map<PathKey, SearchPath>& candidates,
                    std::size_t node_count) {
  const SearchPath& last = accepted.back();
  std::vector<char> removed_arcs(s.arcs.size()), removed_nodes(node_count);
  for (std::size_t i = 0; i < last.arcs.size(); ++i) {
    std::fill(removed_arcs.begin(), removed_arcs.end(), 0);
    std::fill(removed_nodes.begin(), removed_nodes.end(), 0);
    for (const SearchPath& p : accepted)
      if (p.arcs.size() > i && std::equal(p.vertices.begin(), p.vertices.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                          last.vertices.begin()))
        removed_arcs[p.arcs[i]] = 1;
    for (std::size_t j = 0; j < i; ++j) removed_nodes[s.real[last.vertices[j]]] = 1;
    auto spur = best_path(s, removed_arcs, removed_nodes, last.vertices[i], to, max_hops - static_cast<int>(i));
    if (!spur) continue;
    SearchPath total;
    total.vertices.assign(last.vertices.begin(), last.vertices.begin() + static_cast<std::ptrdiff_t>(i));
    total.arcs.assign(last.arcs.begin(), last.arcs.begin() + static_cast<std::ptrdiff_t>(i));
    total.vertices.insert(total.vertices.end(), spur->vertices.begin(), spur->vertices.end());
    total.arcs.insert(total.arcs.end(), spur->arcs.begin(), spur->arcs.end());
    if (seen.insert(total.vertices).second) candidates.emplace(key_of(s, total), std::move(total));
  }
}

Path to_path(const KnowledgeGraph& g, const Search& s, const SearchPath& sp) {
  Path p;
  for (std::size_t a : sp.arcs) {
    const Arc& arc = s.arcs[a];
    const HopEdge& best = arc.edges.front();
    p.hops.push_back(Hop{s.real[arc.from], s.real[arc.to], best.edge, best.forward, arc.edges});
    p.confidence *= g.edge(best.edge).confidence;
  }
  return p;
}

/// The usable edges between `n` and its neighbours, grouped by neighbour, best first.
std::map<NodeIndex, std::vector<HopEdge>> adjacent(const KnowledgeGraph& g, NodeIndex n, const PathOptions& opts,
                                                   const EdgeFilter& filter) {
  std::map<NodeIndex, std::vector<HopEdge>> out;
  for (EdgeIndex e : g.out_edges(n))
    if (g.target(e) != n && filter.usable(g.edge(e))) out[g.target(e)].push_back(HopEdge{e, true});
  if (!opts.directed)
    for (EdgeIndex e : g.in_edges(n))
      if (g.source(e) != n && filter.usable(g.edge(e))) out[g.source(e)].push_back(HopEdge{e, false});
  for (auto& [v, edges] : out) sort_best_first(g, edges);
  return out;
}

}  // namespace

EdgeFilter::EdgeFilter(const PathOptions& opts) : opts_(&opts) {
  auto compile = [](const std::vector<std::string>& patterns, std::vector<std::regex>& out) {
    for (const std::string& p : patterns) {
      try {
        out.emplace_back(p, std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        throw GraphError("E306", "bad relation pattern '" + p + "': " + e.what());
      }
    }
  };
  compile(opts.relations, include_);
  compile(opts.exclude_relations, exclude_);
}

bool EdgeFilter::usable(const EdgeData& e) const {
  const PathOptions& o = *opts_;
  if (o.asserted_only && e.factuality != core::Factuality::CertainPos) return false;
  if (e.confidence < o.min_confidence || e.count < o.min_support) return false;
  if (!o.since.empty() || !o.until.empty()) {
    const bool in_window = std::any_of(e.dates.begin(), e.dates.end(), [&](const std::string& d) {
      return (o.since.empty() || d >= o.since) && (o.until.empty() || d <= o.until);
    });
    if (!in_window) return false;
  }
  auto matches = [&](const std::regex& re) { return std::regex_search(e.relation, re); };
  if (!include_.empty() && std::none_of(include_.begin(), include_.end(), matches)) return false;
  return std::none_of(exclude_.begin(), exclude_.end(), matches);
}

bool EdgeFilter::passable(core::EntityType t) const {
  const auto& types = opts_->node_types;
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

bool usable_edge(const EdgeData& e, const PathOptions& opts) { return EdgeFilter(opts).usable(e); }

std::int64_t confidence_cost(double c) {
  const double clamped = std::clamp(std::isnan(c) ? 0.0 : c, 1e-9, 1.0);
  return std::llround(-std::log(clamped) * 1e6);
}

std::vector<Path> shortest_paths(const KnowledgeGraph& g, NodeIndex from, NodeIndex to, const PathOptions& opts) {
  if (from >= g.node_count() || to >= g.node_count())
    throw GraphError("E305", "path endpoint out of range");
  const EdgeFilter filter(opts);
  if (opts.k <= 0 || opts.max_hops < 0) return {};
  if (from == to) return {Path{}};
  const Search s = build_search(g, opts, filter, from, to);
  const std::vector<char> no_arcs(s.arcs.size()), no_nodes(g.node_count());
  auto first = best_path(s, no_arcs, no_nodes, from, to, opts.max_hops);
  if (!first) return {};

  std::vector<SearchPath> accepted{std::move(*first)};
  std::set<std::vector<std::size_t>> seen{accepted.front().vertices};
  std::map<PathKey, SearchPath> candidates;  // Yen's B, best first
  std::vector<Path> out{to_path(g, s, accepted.front())};
  // Node sequences already given: copies of a split concept node could repeat one.
  std::set<std::vector<NodeIndex>> given;
  auto nodes_of = [&](const SearchPath& p) {
    std::vector<NodeIndex> v;
    for (std::size_t x : p.vertices) v.push_back(s.real[x]);
    return v;
  };
  given.insert(nodes_of(accepted.front()));
  while (out.size() < static_cast<std::size_t>(opts.k)) {
    add_deviations(s, accepted, to, opts.max_hops, seen, candidates, g.node_count());
    if (candidates.empty()) break;
    accepted.push_back(std::move(candidates.begin()->second));
    candidates.erase(candidates.begin());
    if (given.insert(nodes_of(accepted.back())).second) out.push_back(to_path(g, s, accepted.back()));
  }
  return out;
}

std::vector<Neighbor> neighborhood(const KnowledgeGraph& g, NodeIndex start, int depth, const PathOptions& opts) {
  if (start >= g.node_count()) throw GraphError("E305", "neighborhood start out of range");
  const EdgeFilter filter(opts);
  std::vector<std::size_t> rank(g.node_count());
  std::size_t r = 0;
  for (NodeIndex v : g.nodes()) rank[v] = r++;
  auto by_rank = [&](NodeIndex a, NodeIndex b) { return rank[a] < rank[b]; };

  std::vector<Neighbor> out;
  std::vector<char> seen(g.node_count());
  seen[start] = 1;
  std::vector<NodeIndex> level{start};
  for (int d = 1; d <= depth && !level.empty(); ++d) {
    std::vector<NodeIndex> next;
    for (NodeIndex u : level) {
      if (u != start && g.node(u).type == core::EntityType::Concept) continue;  // one article's noun
      std::vector<std::pair<NodeIndex, std::vector<HopEdge>>> around;
      for (auto& [v, edges] : adjacent(g, u, opts, filter)) around.emplace_back(v, std::move(edges));
      std::sort(around.begin(), around.end(), [&](const auto& a, const auto& b) { return by_rank(a.first, b.first); });
      for (auto& [v, edges] : around) {
        if (seen[v] || !filter.passable(g.node(v).type)) continue;
        seen[v] = 1;
        out.push_back(Neighbor{v, d, u, std::move(edges)});
        next.push_back(v);
      }
    }
    std::sort(next.begin(), next.end(), by_rank);
    level = std::move(next);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Neighbor& a, const Neighbor& b) {
    return a.depth != b.depth ? a.depth < b.depth : rank[a.node] < rank[b.node];
  });
  return out;
}

// --- on an edge source (a snapshot index, a GraphML index) ---------------------------------

namespace {

/// Undirected adjacency of an edge source (compressed rows).
struct IndexAdjacency {
  std::vector<std::uint32_t> start, next;  // next[start[v] .. start[v+1]) = neighbours of v
  explicit IndexAdjacency(const EdgeSource& index) {
    const std::size_t n = index.node_count(), m = index.edge_count();
    start.assign(n + 1, 0);
    for (std::size_t e = 0; e < m; ++e) ++start[index.source(e) + 1], ++start[index.target(e) + 1];
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    next.resize(start[n]);
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (std::size_t e = 0; e < m; ++e) {
      next[fill[index.source(e)]++] = index.target(e);
      next[fill[index.target(e)]++] = index.source(e);
    }
  }
  /// Hops from `from` over every edge, up to `limit` (farther: limit + 1).
  std::vector<int> distances(std::uint32_t from, int limit) const {
    std::vector<int> d(start.size() - 1, limit + 1);
    std::vector<std::uint32_t> frontier{from}, following;
    d[from] = 0;
    for (int depth = 1; depth <= limit && !frontier.empty(); ++depth) {
      following.clear();
      for (const std::uint32_t u : frontier)
        for (std::uint32_t k = start[u]; k < start[u + 1]; ++k)
          if (d[next[k]] > depth) d[next[k]] = depth, following.push_back(next[k]);
      frontier.swap(following);
    }
    return d;
  }
};

void check_index_graph(const EdgeSource& index, const KnowledgeGraph& g) {
  if (g.node_count() != index.node_count()) throw GraphError("E303", "the graph is not the edge source's nodes");
}

}  // namespace

std::vector<Path> shortest_paths(const EdgeSource& index, KnowledgeGraph& g, NodeIndex from, NodeIndex to,
                                 const PathOptions& opts) {
  check_index_graph(index, g);
  if (from >= g.node_count() || to >= g.node_count() || from == to || opts.k <= 0 || opts.max_hops < 1)
    return shortest_paths(g, from, to, opts);
  const IndexAdjacency adj(index);
  const int max_hops = opts.max_hops;
  const auto ds = adj.distances(static_cast<std::uint32_t>(from), max_hops);
  const auto dt = adj.distances(static_cast<std::uint32_t>(to), max_hops);
  if (ds[to] > max_hops) return shortest_paths(g, from, to, opts);  // not even without filters
  std::vector<char> added(index.edge_count(), 0);
  for (int bound = opts.cost == PathCost::Hops ? ds[to] : max_hops;; ++bound) {
    std::vector<std::uint32_t> more;
    for (std::size_t e = 0; e < index.edge_count(); ++e) {
      if (added[e]) continue;
      const std::uint32_t u = index.source(e), v = index.target(e);
      if (std::min(ds[u] + 1 + dt[v], ds[v] + 1 + dt[u]) > bound) continue;
      added[e] = 1;
      more.push_back(static_cast<std::uint32_t>(e));
    }
    index.add_edges(g, more);
    auto paths = shortest_paths(g, from, to, opts);
    const bool within = std::all_of(paths.begin(), paths.end(),
                                    [&](const Path& p) { return static_cast<int>(p.hops.size()) <= bound; });
    if (bound >= max_hops || (static_cast<int>(paths.size()) >= opts.k && within)) return paths;
  }
}

std::vector<Neighbor> neighborhood(const EdgeSource& index, KnowledgeGraph& g, NodeIndex start, int depth,
                                   const PathOptions& opts) {
  check_index_graph(index, g);
  if (start >= g.node_count() || depth < 1) return neighborhood(g, start, depth, opts);
  const IndexAdjacency adj(index);
  const auto d = adj.distances(static_cast<std::uint32_t>(start), depth);
  std::vector<std::uint32_t> keep;
  for (std::size_t e = 0; e < index.edge_count(); ++e)
    if (std::min(d[index.source(e)], d[index.target(e)]) < depth) keep.push_back(static_cast<std::uint32_t>(e));
  index.add_edges(g, keep);
  return neighborhood(g, start, depth, opts);
}

}  // namespace ergraph::graph
