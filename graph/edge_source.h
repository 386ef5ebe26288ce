#pragma once
/// @file edge_source.h
/// A large graph opened for queries whose edges are read on demand: what the query functions of
/// graph/path.h need from it. A source knows every edge's two nodes (cheap, kept in memory) and
/// reads an edge's data only when asked; graph::SnapshotIndex (graph.index) and
/// exporter::GraphmlIndex (a GraphML file) are the two kinds.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ergraph::graph {

class EdgeSource {
 public:
  virtual ~EdgeSource() = default;
  virtual std::size_t node_count() const = 0;
  virtual std::size_t edge_count() const = 0;
  /// Endpoints of edge `e` (0 <= e < edge_count()): node i is NodeIndex i of the source's nodes.
  virtual std::uint32_t source(std::size_t e) const = 0;
  virtual std::uint32_t target(std::size_t e) const = 0;
  /// Inserts the edges `edges` (none inserted before; any order: listings are by id) into the
  /// graph of the source's nodes. Throws ParseError when an edge cannot be read.
  virtual void add_edges(KnowledgeGraph& g, const std::vector<std::uint32_t>& edges) const = 0;
};

}  // namespace ergraph::graph
