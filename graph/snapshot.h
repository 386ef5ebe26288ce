#pragma once
/// @file snapshot.h
/// The binary snapshot of a KnowledgeGraph (`graph.snapshot`): the graph's whole state, exactly
/// (mention and surface-form counters, the confidence accumulator, the mentions finalize() has
/// not attached yet), so that graphs built apart and merged equal one build byte for byte.
///
/// `ergraph build` writes the snapshot *before* finalize() (unresolved: names not yet merged);
/// read_snapshot() returns it that way, and KnowledgeGraph::merge() + finalize() turn shards into
/// the graph one build gives. A snapshot written after finalize() says so in its header.
///
/// Layout (all integers little-endian):
///   header  "ERGSNAP\n" (8 bytes) · u32 version (2) · u32 flags (bit 0: finalized) ·
///           u64 payload bytes · u64 checksum of the payload: core::fnv1a64_words (version 2;
///           version 1, still read, used core::fnv1a64 over bytes, five times slower to check)
///   payload strings: u32 n, then n × (u32 length, bytes): every string once (interned)
///           nodes:   u32 n, sorted by id; strings are u32 indices into the table
///           edges:   u32 n, sorted by id; endpoints are u32 indices into the node list
///           pending: u32 n, the add_mention() counts of entities without a node yet, by id
/// The reader checks the magic, version, size and checksum before parsing and every count and
/// index while parsing (a damaged or hostile file is a ParseError, never a crash).
#include <filesystem>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <vector>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"

namespace ergraph::graph {

inline constexpr std::uint32_t kSnapshotVersion = 2;

/// Writes the snapshot; `finalized` says whether g.finalize() has run (recorded in the header).
void write_snapshot(const KnowledgeGraph& g, std::ostream& out, bool finalized);

struct Snapshot {
  KnowledgeGraph graph;
  bool finalized = false;
};

/// Throws IoError (E521) when the file cannot be read, ParseError (E522) when it is not a
/// snapshot of this version or is damaged.
Snapshot read_snapshot(const std::filesystem::path& path);

/// True if the file starts with the snapshot magic.
bool is_snapshot(const std::filesystem::path& path);
/// True if the file starts with the snapshot magic and its header says finalized (graph.index).
bool is_finalized_snapshot(const std::filesystem::path& path);

/// A snapshot opened for queries (`ergraph path`, `neighbors` on a finalized snapshot such as
/// graph.index): the file is memory-mapped and checked as read_snapshot() checks it, and every
/// record is walked once (bounds-checked) to learn where each edge is and which nodes it joins.
/// Nodes and edges are decoded only when asked for, so a query reads the edges it needs and not
/// the million others.
class SnapshotIndex final : public EdgeSource {
 public:
  /// Throws as read_snapshot() does (IoError E521, ParseError E522).
  static SnapshotIndex open(const std::filesystem::path& path);
  ~SnapshotIndex() override;
  SnapshotIndex(SnapshotIndex&&) noexcept;
  SnapshotIndex& operator=(SnapshotIndex&&) noexcept;

  bool finalized() const;
  std::size_t node_count() const override;
  std::size_t edge_count() const override;
  /// Endpoints of edge record `e` (positions of node records).
  std::uint32_t source(std::size_t e) const override;
  std::uint32_t target(std::size_t e) const override;
  /// A graph of every node (node record i is NodeIndex i) and no edge; then add_edges().
  KnowledgeGraph nodes() const;
  /// Inserts the edge records `edges` (positions, none inserted before; any order: listings are
  /// by id) into a graph made by nodes(). Throws ParseError (E522) on a damaged record.
  void add_edges(KnowledgeGraph& g, const std::vector<std::uint32_t>& edges) const override;

  struct Impl;  ///< graph/snapshot.cpp only

 private:
  explicit SnapshotIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ergraph::graph
