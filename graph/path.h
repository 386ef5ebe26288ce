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

/// Every entity whose label, alias or surface form is `name` (compared as find_entity() does),
/// most mentions first, then by id. Several CONCEPT nodes share a label (one per document).
std::vector<NodeIndex> find_entities(const KnowledgeGraph& g, std::string_view name);

/// Up to `limit` labels or aliases close to `name`, best first, for error hints. Compared after
/// case folding and whitespace squeezing: exact matches first, then substring matches (query or
/// candidate of >= 3 bytes, closer lengths first), then candidates whose Levenshtein distance (in
/// code points, to the whole string or to one of its words) is <= max(1, |name| / 3); ties by
/// whole-string distance, then text. One suggestion per folded spelling.
std::vector<std::string> suggest_entities(const KnowledgeGraph& g, std::string_view name, std::size_t limit = 5);

struct PathOptions {
  bool directed = false;   ///< follow edge direction; by default direction is ignored
  int max_hops = 6;        ///< longest path considered
  int k = 1;               ///< number of shortest simple paths wanted
  /// Use only edges that assert the relation: negative (denied) and hedged edges are left out.
  bool asserted_only = false;
};

/// True if the search may use edge `e` under `opts` (see PathOptions::asserted_only).
bool usable_edge(const EdgeData& e, const PathOptions& opts);

struct Hop {
  NodeIndex from = 0, to = 0;  ///< in path order
  EdgeIndex edge = 0;
  bool forward = true;         ///< true if the edge points from `from` to `to`
};

struct Path {
  std::vector<Hop> hops;       ///< empty when from == to
};

/// The k shortest simple paths (Yen's algorithm over BFS), shortest first. Ties are broken
/// deterministically by the sequence of edge ids. Empty when no path of <= max_hops exists
/// (or k <= 0); one empty Path when from == to. With asserted_only, negative and hedged edges
/// are not traversed. Parallel edges are distinct hops, so two
/// relations between the same nodes give two paths. A path never crosses articles through a
/// CONCEPT node: it enters and leaves one by edges that share a document (concept nodes are per
/// document since NodeData::scope; graphs written before are searched as if they were). Throws GraphError "E305" for an index out
/// of range.
std::vector<Path> shortest_paths(const KnowledgeGraph& g, NodeIndex from, NodeIndex to, const PathOptions& opts);

}  // namespace ergraph::graph
