#pragma once
/// @file analysis.h
/// Whole-graph questions: statistics (counts, degree, PageRank and components from Boost.Graph,
/// top relations) and what changed between two graphs (merging is KnowledgeGraph::merge).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ergraph::graph {

struct RankedNode {
  NodeIndex node = 0;
  double score = 0;
};

struct RelationCount {
  std::string relation;
  std::size_t edges = 0;       ///< edges with this relation
  std::uint64_t triples = 0;   ///< triples merged into them
};

struct GraphStats {
  std::size_t nodes = 0, edges = 0, documents = 0;  ///< documents: distinct ids on nodes and edges
  std::map<core::EntityType, std::size_t> by_type;
  std::uint64_t triples = 0;                        ///< sum of edge counts
  std::size_t negative_edges = 0, hedged_edges = 0;
  std::size_t max_degree = 0;                       ///< distinct neighbours (direction ignored)
  double mean_degree = 0;
  std::size_t isolated = 0;                         ///< nodes without an edge
  std::size_t components = 0, largest_component = 0;  ///< weakly connected (Boost connected_components)
  std::vector<RankedNode> top_degree;               ///< most distinct neighbours first
  std::vector<RankedNode> top_pagerank;             ///< Boost page_rank (damping 0.85, 50 iterations), normalized to sum 1
  std::vector<RelationCount> top_relations;         ///< most triples first
  std::string first_day, last_day;                  ///< over the edges' dates; empty if undated
};

/// Statistics with `top` entries in each ranked list (ties broken by id). Deterministic.
GraphStats compute_stats(const KnowledgeGraph& g, std::size_t top = 10);

struct EdgeChange {
  EdgeIndex before = 0, after = 0;  ///< in the old and in the new graph
};

struct GraphDiff {
  std::vector<NodeIndex> added_nodes;    ///< in the new graph
  std::vector<NodeIndex> removed_nodes;  ///< in the old graph
  std::vector<EdgeIndex> added_edges;    ///< in the new graph
  std::vector<EdgeIndex> removed_edges;  ///< in the old graph
  /// Same id, different count, confidence (by more than 0.0001), factuality or documents.
  std::vector<EdgeChange> changed_edges;
};

/// What changed from `before` to `after`, matched by id (ids are content hashes: a renamed or
/// retyped entity is one removed and one added). Lists sorted by id.
GraphDiff compare(const KnowledgeGraph& before, const KnowledgeGraph& after);

}  // namespace ergraph::graph
