#pragma once
/// @file knowledge_graph.h
/// The corpus graph: one node per entity, one edge per (subject, relation, object), each edge
/// with its count, confidence, documents and evidence. Wraps a Boost.Graph adjacency_list
/// (see graph/detail/bgl.h) behind a small API. Sees only core types, never NLP types.
///
/// Determinism: the graph's content depends only on the *set* of triples and mentions added,
/// never on their order; listings (nodes(), edges()) are sorted by id.
/// Thread safety: const member functions may be called concurrently; mutation is single-threaded.
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"

namespace ergraph::graph {

using NodeIndex = std::size_t;  ///< dense index, valid until the next mutation
using EdgeIndex = std::size_t;  ///< dense index, valid until the next mutation

/// One piece of evidence for an edge.
struct Evidence {
  std::string doc_id;
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0, end = 0;  ///< byte span in the document
  std::string text;                  ///< the sentence as written
  double confidence = 0;
};

struct NodeData {
  std::string id;                    ///< stable id: node_id(label, type)
  std::string label;                 ///< canonical name
  core::EntityType type = core::EntityType::Misc;
  std::uint32_t mentions = 0;        ///< mentions seen (triple arguments + add_mention calls)
  std::set<std::string> documents;   ///< ids of the documents that mention it
  std::set<std::string> aliases;     ///< other surface forms seen ("President Putin", "Putin")
};

struct EdgeData {
  std::string id;                    ///< stable id: edge_id(source id, relation, target id)
  std::string relation;              ///< normalized relation ("hold phone call with")
  std::uint32_t count = 0;           ///< number of triples merged into this edge (>= 1)
  double confidence = 0;             ///< noisy-or of the triples' confidences, order-independent
  std::set<std::string> documents;   ///< ids of the supporting documents
  std::vector<Evidence> evidence;    ///< at most kMaxEvidence, the first by (doc, sentence, begin)
};

/// Stable ids: derived from content only, NMTOKEN-safe ("n" / "e" + 16 hex digits).
std::string node_id(std::string_view label, core::EntityType type);
std::string edge_id(std::string_view source_id, std::string_view relation, std::string_view target_id);

class KnowledgeGraph {
 public:
  static constexpr std::size_t kMaxEvidence = 5;

  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  /// Merges a triple: creates or updates its two nodes (keyed by name and type) and its edge.
  void add(const core::Triple& t);
  /// Counts a mention of an entity (for mention and document counts). Does not create a node
  /// by itself: only entities that take part in an edge become nodes.
  void add_mention(const core::EntityMention& m);
  /// Cross-document resolution, run once after all adds: a one-word PERSON node whose word is
  /// the last name of exactly one longer PERSON node is merged into it ("Putin" into
  /// "Vladimir Putin"); mention counts are applied. Deterministic and idempotent.
  void finalize();

  /// Low-level construction used by readers (e.g. GraphML): inserts nodes and edges as given.
  NodeIndex insert_node(NodeData n);
  EdgeIndex insert_edge(NodeIndex source, NodeIndex target, EdgeData e);

  std::size_t node_count() const;
  std::size_t edge_count() const;
  /// All nodes / edges, sorted by id.
  std::vector<NodeIndex> nodes() const;
  std::vector<EdgeIndex> edges() const;
  const NodeData& node(NodeIndex n) const;
  const EdgeData& edge(EdgeIndex e) const;
  NodeIndex source(EdgeIndex e) const;
  NodeIndex target(EdgeIndex e) const;
  /// Edges leaving / entering a node, sorted by edge id.
  std::vector<EdgeIndex> out_edges(NodeIndex n) const;
  std::vector<EdgeIndex> in_edges(NodeIndex n) const;
  std::optional<NodeIndex> find_node(std::string_view id) const;

  struct Impl;
  const Impl& impl() const { return *impl_; }  ///< for graph/ algorithms only

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ergraph::graph
