#pragma once
/// @file path.h
/// Path queries over a KnowledgeGraph: name lookup and the k shortest paths by hop count.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ergraph::graph {

/// Finds an entity by label or alias, case-insensitively (exact match after case folding and
/// whitespace squeezing). Several matches: the one with most mentions, then smallest id.
std::optional<NodeIndex> find_entity(const KnowledgeGraph& g, std::string_view name);

/// Up to `limit` labels close to `name` (edit distance / substring), best first, for error hints.
std::vector<std::string> suggest_entities(const KnowledgeGraph& g, std::string_view name, std::size_t limit = 5);

struct PathOptions {
  bool directed = false;   ///< follow edge direction; by default direction is ignored
  int max_hops = 6;        ///< longest path considered
  int k = 1;               ///< number of shortest simple paths wanted
};

struct Hop {
  NodeIndex from = 0, to = 0;  ///< in path order
  EdgeIndex edge = 0;
  bool forward = true;         ///< true if the edge points from `from` to `to`
};

struct Path {
  std::vector<Hop> hops;       ///< empty when from == to
};

/// The k shortest simple paths (Yen's algorithm over BFS), shortest first. Ties are broken
/// deterministically by the sequence of edge ids. Empty when no path of <= max_hops exists.
std::vector<Path> shortest_paths(const KnowledgeGraph& g, NodeIndex from, NodeIndex to, const PathOptions& opts);

}  // namespace ergraph::graph
