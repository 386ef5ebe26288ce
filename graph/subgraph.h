#pragma once
/// @file subgraph.h
/// The part of a graph a diagram shows: an entity's neighbourhood, the busiest entities, the
/// routes between two entities, or everything, optionally limited to a date window, under a node
/// budget. Selections are deterministic (ties broken by id).
#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/path.h"

namespace ergraph::graph {

struct SubgraphOptions {
  std::size_t budget = 60;  ///< at most this many nodes (0 = no limit)
  /// Date window ("YYYY-MM-DD", empty = open): an edge is kept when one of its days lies in the
  /// window. When a window is given, undated edges are left out (nothing says they fall in it).
  std::string since, until;
};

struct Subgraph {
  std::vector<NodeIndex> nodes;  ///< sorted by node id
  std::vector<EdgeIndex> edges;  ///< every kept edge between two selected nodes, sorted by edge id
  std::size_t left_out = 0;      ///< candidate nodes the budget left out
};

/// True if `e` has a day in [since, until] (open ends when empty); always true without a window.
bool in_window(const EdgeData& e, const std::string& since, const std::string& until);

/// Every node and every edge in the window (the budget is not applied).
Subgraph whole_graph(const KnowledgeGraph& g, const SubgraphOptions& opts);

/// `center` and the entities within `depth` hops of it (edges in either direction, in the window),
/// nearest first; within one distance, the ones joined to the nodes already taken by the most
/// triples (edge counts) first. Stops at the budget.
Subgraph around(const KnowledgeGraph& g, NodeIndex center, int depth, const SubgraphOptions& opts);

enum class Rank { Degree, Weight };

/// The `n` (at most the budget) entities with the most distinct neighbours (Degree) or the most
/// triples on their edges (Weight), counting only edges in the window.
Subgraph top_entities(const KnowledgeGraph& g, std::size_t n, Rank by, const SubgraphOptions& opts);

/// The nodes of `paths` and every edge in the window between two consecutive nodes of a path
/// (parallel relations included).
Subgraph path_subgraph(const KnowledgeGraph& g, const std::vector<Path>& paths, const SubgraphOptions& opts);

}  // namespace ergraph::graph
