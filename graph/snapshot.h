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
///   header  "ERGSNAP\n" (8 bytes) · u32 version (1) · u32 flags (bit 0: finalized) ·
///           u64 payload bytes · u64 FNV-1a-64 of the payload
///   payload strings: u32 n, then n × (u32 length, bytes): every string once (interned)
///           nodes:   u32 n, sorted by id; strings are u32 indices into the table
///           edges:   u32 n, sorted by id; endpoints are u32 indices into the node list
///           pending: u32 n, the add_mention() counts of entities without a node yet, by id
/// The reader checks the magic, version, size and checksum before parsing and every count and
/// index while parsing (a damaged or hostile file is a ParseError, never a crash).
#include <filesystem>
#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace ergraph::graph {

inline constexpr std::uint32_t kSnapshotVersion = 1;

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

}  // namespace ergraph::graph
