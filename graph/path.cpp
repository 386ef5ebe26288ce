// k shortest simple paths by hop count: Yen's algorithm over Boost.Graph breadth_first_search
// (on a filtered compressed_sparse_row_graph view of the KnowledgeGraph).
#include "graph/path.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "core/error.h"

namespace ergraph::graph {

namespace {

/// One traversable direction of a KnowledgeGraph edge.
struct Arc {
  EdgeIndex edge = 0;
  bool forward = true;
};

/// The traversal view, rebuilt per query: one arc per edge (directed) or two (undirected), in a
/// compressed_sparse_row_graph whose out-edges are sorted by (source, edge id), so BFS visits
/// neighbours in edge-id order. CSR: built in O(E) from a sorted list, compact and fast to scan.
using SearchGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc>;
using SearchArc = boost::graph_traits<SearchGraph>::edge_descriptor;

/// Yen's removals: edges (both arcs) and nodes that the spur search may not use.
struct ArcFilter {
  const SearchGraph* sg = nullptr;
  const std::vector<char>* removed = nullptr;
  bool operator()(const SearchArc& a) const { return (*removed)[(*sg)[a].edge] == 0; }
};
struct NodeFilter {
  const std::vector<char>* removed = nullptr;  ///< by graph node: all copies of a node go together
  const std::vector<NodeIndex>* real = nullptr;
  bool operator()(std::size_t v) const { return (*removed)[(*real)[v]] == 0; }
};
using FilteredGraph = boost::filtered_graph<SearchGraph, ArcFilter, NodeFilter>;

/// Thrown by the BFS visitor to end the search early (the way the BGL documentation suggests).
struct StopSearch {};

/// Records the BFS tree (the first arc that discovers a node is its predecessor) and stops once
/// `target` is discovered or the frontier reaches `limit` hops.
class BfsRecorder : public boost::default_bfs_visitor {
 public:
  BfsRecorder(std::vector<SearchArc>& pred, std::vector<int>& dist, NodeIndex target, int limit)
      : pred_(&pred), dist_(&dist), target_(target), limit_(limit) {}
  void examine_vertex(NodeIndex u, const FilteredGraph&) const {
    if ((*dist_)[u] >= limit_) throw StopSearch{};
  }
  void tree_edge(const SearchArc& a, const FilteredGraph& g) const {
    const NodeIndex v = boost::target(a, g);
    (*pred_)[v] = a;
    (*dist_)[v] = (*dist_)[boost::source(a, g)] + 1;
    if (v == target_) throw StopSearch{};
  }

 private:
  std::vector<SearchArc>* pred_;
  std::vector<int>* dist_;
  NodeIndex target_;
  int limit_;
};

/// The search graph's vertices are the graph's nodes (same index) plus, for a CONCEPT node whose
/// edges come from several documents (a graph written before concept nodes were per document),
/// one vertex per document: an edge reaches the copies of its documents, so a path through the
/// concept enters and leaves it by edges of one article. The endpoints of the query are never split.
struct Search {
  SearchGraph sg;
  std::vector<std::size_t> rank;  ///< EdgeIndex -> position in id order
  std::size_t node_count = 0;     ///< search vertices
  std::vector<NodeIndex> real;    ///< search vertex -> graph node
};

/// A hop between search vertices (public Hops name graph nodes).
struct SearchHop {
  std::size_t from = 0, to = 0;
  EdgeIndex edge = 0;
  bool forward = true;
};

/// The documents an edge stands for at a split concept node ("" when it names none).
std::vector<std::string> edge_docs(const EdgeData& e) {
  if (e.documents.empty()) return {std::string()};
  return {e.documents.begin(), e.documents.end()};
}

/// Per CONCEPT node (not an endpoint) used by edges of two or more documents: document -> vertex.
std::map<NodeIndex, std::map<std::string, std::size_t>> split_concepts(const KnowledgeGraph& g, const PathOptions& opts,
                                                                       NodeIndex from, NodeIndex to, Search& s) {
  std::map<NodeIndex, std::set<std::string>> docs;
  for (EdgeIndex e : g.edges()) {
    if (!usable_edge(g.edge(e), opts)) continue;
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

Search build_search(const KnowledgeGraph& g, const PathOptions& opts, NodeIndex query_from, NodeIndex query_to) {
  const bool directed = opts.directed;
  Search s;
  s.real.resize(g.node_count());
  for (NodeIndex v = 0; v < g.node_count(); ++v) s.real[v] = v;
  const auto split = split_concepts(g, opts, query_from, query_to, s);
  s.node_count = s.real.size();
  s.rank.resize(g.edge_count());
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  std::vector<Arc> arcs;
  auto add_arcs = [&](std::size_t a, std::size_t b, EdgeIndex e) {
    ends.emplace_back(a, b);
    arcs.push_back(Arc{e, true});
    if (directed) return;
    ends.emplace_back(b, a);
    arcs.push_back(Arc{e, false});
  };
  std::size_t r = 0;
  for (EdgeIndex e : g.edges()) {  // id order
    s.rank[e] = r++;
    const NodeIndex from = g.source(e), to = g.target(e);
    if (from == to || !usable_edge(g.edge(e), opts)) continue;  // self-loops: never in a simple path
    const auto fs = split.find(from), ts = split.find(to);
    if (fs == split.end() && ts == split.end()) {
      add_arcs(from, to, e);
      continue;
    }
    for (const std::string& d : edge_docs(g.edge(e))) {  // both split: the copies of one document
      const std::size_t a = fs == split.end() ? from : fs->second.at(d);
      const std::size_t b = ts == split.end() ? to : ts->second.at(d);
      add_arcs(a, b, e);
    }
  }
  // Group by source, keeping id order within a source (counting sort, stable).
  std::vector<std::size_t> start(s.node_count + 1, 0);
  for (const auto& [from, to] : ends) ++start[from + 1];
  for (std::size_t v = 0; v < s.node_count; ++v) start[v + 1] += start[v];
  std::vector<std::pair<std::size_t, std::size_t>> sorted_ends(ends.size());
  std::vector<Arc> sorted_arcs(arcs.size());
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const std::size_t at = start[ends[i].first]++;
    sorted_ends[at] = ends[i];
    sorted_arcs[at] = arcs[i];
  }
  s.sg = SearchGraph(boost::edges_are_sorted, sorted_ends.begin(), sorted_ends.end(), sorted_arcs.begin(),
                     s.node_count);
  return s;
}

/// The BFS path from `from` to `to` (search vertices) avoiding the removed edges and graph nodes,
/// if it has <= limit hops.
std::optional<std::vector<SearchHop>> bfs_path(const Search& s, const std::vector<char>& removed_edges,
                                               const std::vector<char>& removed_nodes, std::size_t from,
                                               std::size_t to, int limit) {
  if (limit <= 0) return std::nullopt;
  FilteredGraph fg(s.sg, ArcFilter{&s.sg, &removed_edges}, NodeFilter{&removed_nodes, &s.real});
  std::vector<SearchArc> pred(s.node_count);
  std::vector<int> dist(s.node_count, -1);
  dist[from] = 0;
  std::vector<boost::default_color_type> colors(s.node_count);
  try {
    boost::breadth_first_search(
        fg, from,
        boost::visitor(BfsRecorder(pred, dist, to, limit))
            .color_map(boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, s.sg))));
  } catch (const StopSearch&) {
  }
  if (dist[to] < 0) return std::nullopt;
  std::vector<SearchHop> hops(static_cast<std::size_t>(dist[to]));
  for (std::size_t v = to; v != from;) {
    const SearchArc a = pred[v];
    const std::size_t u = boost::source(a, s.sg);
    hops[static_cast<std::size_t>(dist[u])] = SearchHop{u, v, s.sg[a].edge, s.sg[a].forward};
    v = u;
  }
  return hops;
}

Path to_path(const Search& s, const std::vector<SearchHop>& hops) {
  Path p;
  for (const SearchHop& h : hops) p.hops.push_back(Hop{s.real[h.from], s.real[h.to], h.edge, h.forward});
  return p;
}

/// Orders candidate paths: fewer hops first, then by the sequence of edge ids.
using PathKey = std::pair<std::size_t, std::vector<std::size_t>>;

PathKey key_of(const Search& s, const std::vector<SearchHop>& hops) {
  PathKey k{hops.size(), {}};
  for (const SearchHop& h : hops) k.second.push_back(s.rank[h.edge]);
  return k;
}

bool same_root(const std::vector<SearchHop>& a, const std::vector<SearchHop>& b, std::size_t len) {
  for (std::size_t i = 0; i < len; ++i)
    if (a[i].edge != b[i].edge) return false;
  return true;
}

/// Yen's step: every spur deviation from the last accepted path, added to `candidates`.
using SearchPath = std::vector<SearchHop>;

void add_deviations(const Search& s, const std::vector<SearchPath>& accepted, std::size_t from, std::size_t to,
                    int max_hops, std::set<PathKey>& seen, std::map<PathKey, SearchPath>& candidates) {
  const SearchPath& last = accepted.back();
  std::vector<char> removed_edges(s.rank.size()), removed_nodes(s.node_count);
  for (std::size_t i = 0; i < last.size(); ++i) {
    std::fill(removed_edges.begin(), removed_edges.end(), 0);
    std::fill(removed_nodes.begin(), removed_nodes.end(), 0);
    const std::size_t spur = i == 0 ? from : last[i - 1].to;
    for (const SearchPath& p : accepted)
      if (p.size() > i && same_root(p, last, i)) removed_edges[p[i].edge] = 1;
    for (std::size_t j = 0; j < i; ++j) removed_nodes[s.real[last[j].from]] = 1;
    auto spur_path = bfs_path(s, removed_edges, removed_nodes, spur, to, max_hops - static_cast<int>(i));
    if (!spur_path) continue;
    SearchPath total(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i));
    total.insert(total.end(), spur_path->begin(), spur_path->end());
    PathKey k = key_of(s, total);
    if (seen.insert(k).second) candidates.emplace(std::move(k), std::move(total));
  }
}

}  // namespace

bool usable_edge(const EdgeData& e, const PathOptions& opts) {
  return !opts.asserted_only || e.factuality == core::Factuality::CertainPos;
}

std::vector<Path> shortest_paths(const KnowledgeGraph& g, NodeIndex from, NodeIndex to, const PathOptions& opts) {
  if (from >= g.node_count() || to >= g.node_count())
    throw GraphError("E305", "path endpoint out of range");
  if (opts.k <= 0 || opts.max_hops < 0) return {};
  if (from == to) return {Path{}};
  const Search s = build_search(g, opts, from, to);
  const std::vector<char> no_edges(s.rank.size()), no_nodes(g.node_count());
  auto first = bfs_path(s, no_edges, no_nodes, from, to, opts.max_hops);
  if (!first) return {};

  std::vector<SearchPath> accepted{std::move(*first)};
  std::set<PathKey> seen{key_of(s, accepted.front())};
  std::map<PathKey, SearchPath> candidates;  // Yen's B, best first
  while (accepted.size() < static_cast<std::size_t>(opts.k)) {
    add_deviations(s, accepted, from, to, opts.max_hops, seen, candidates);
    if (candidates.empty()) break;
    accepted.push_back(std::move(candidates.begin()->second));
    candidates.erase(candidates.begin());
  }
  std::vector<Path> out;
  out.reserve(accepted.size());
  for (const SearchPath& p : accepted) out.push_back(to_path(s, p));
  return out;
}

}  // namespace ergraph::graph
