#pragma once
/// @file bgl.h
/// The one header that knows the Boost.Graph type behind KnowledgeGraph. Only graph/*.cpp
/// include it; other modules use the public API of knowledge_graph.h.
///
/// Why adjacency_list<vecS, vecS, bidirectionalS, ...>:
///  - vecS vertices: a vertex descriptor *is* the dense NodeIndex, so BGL algorithms get a
///    vertex_index map for free (colour maps in breadth_first_search) and node(i) is O(1).
///  - vecS out-edge lists keep edges in insertion order. finalize() rebuilds the graph with
///    vertices and edges inserted in id order, so after finalize() NodeIndex/EdgeIndex order
///    equals id order and every out-edge list is sorted by edge id (deterministic traversal).
///  - bidirectionalS: in_edges() is needed for in_edges(n) and undirected path search.
///  - We do not need listS (stable descriptors while removing vertices): node merges in
///    finalize() are computed on id-keyed maps and the graph is rebuilt from scratch, never
///    edited in place with remove_vertex.
/// Edges get a dense EdgeIndex through Impl::edge_at (EdgeIndex -> descriptor) and
/// EdgeProps::index (descriptor -> EdgeIndex). Edge descriptors of a bidirectional
/// adjacency_list stay valid across add_edge (the edge properties live in a std::list).
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace ergraph::graph::detail {

/// Vertex bundle: the public NodeData plus the raw counters that finalize() combines.
struct VertexProps {
  NodeData data;
  std::uint32_t arg_mentions = 0;   ///< times the entity was a triple argument (or inserted count)
  std::uint32_t call_mentions = 0;  ///< add_mention calls attached by finalize()
  std::map<SurfaceForm, std::uint32_t> arg_forms;   ///< surface forms of the triple arguments
  std::map<SurfaceForm, std::uint32_t> call_forms;  ///< surface forms of the add_mention calls
};

/// Edge bundle: the public EdgeData plus the order-independent confidence accumulator.
struct EdgeProps {
  EdgeData data;
  std::int64_t log_micro = 0;  ///< sum over triples of round(-log(1 - min(c, 0.999999)) * 1e6)
  EdgeIndex index = 0;         ///< position in Impl::edge_at
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

/// Mentions collected by add_mention() for an entity that finalize() has not attached yet.
struct PendingMention {
  std::string label;
  core::EntityType type = core::EntityType::Misc;
  std::string scope;
  std::uint32_t count = 0;
  std::set<std::string> documents;
  std::map<SurfaceForm, std::uint32_t> forms;
  std::string first_seen, last_seen;
};

}  // namespace ergraph::graph::detail

namespace ergraph::graph {

/// Never copied or moved (adjacency_list has only a copy, and edge_at holds descriptors that point
/// into g's edge list): KnowledgeGraph moves the unique_ptr, finalize() builds a new Impl.
struct KnowledgeGraph::Impl {
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  detail::Graph g;
  std::vector<detail::Edge> edge_at;                          ///< EdgeIndex -> descriptor
  std::map<std::string, NodeIndex, std::less<>> node_by_id;   ///< node id -> vertex
  std::map<std::string, EdgeIndex, std::less<>> edge_by_id;   ///< edge id -> EdgeIndex
  std::vector<EdgeIndex> deferred;  ///< edges not in edge_by_id yet (KnowledgeGraph::insert_edge_deferred)
  std::map<std::string, detail::PendingMention, std::less<>> pending;  ///< node id -> mentions

  detail::VertexProps& vprops(NodeIndex n) { return g[n]; }
  detail::EdgeProps& eprops(EdgeIndex e) { return g[edge_at[e]]; }
  const detail::EdgeProps& eprops(EdgeIndex e) const { return g[edge_at[e]]; }
};

namespace detail {

/// Micro-units of -log(1 - c), c clamped to [0, 0.999999]; NaN counts as 0.
std::int64_t confidence_to_micro(double c);
/// 1 - exp(-micro / 1e6): the noisy-or of the confidences whose micro-units were summed.
double micro_to_confidence(std::int64_t micro);
/// Strict order of evidence: (doc_id, sentence, begin, end, text, confidence, relation_text,
/// modality, hedge, attribution).
bool evidence_less(const Evidence& a, const Evidence& b);
/// Merges `more` into `kept`: sorted, duplicates removed, at most KnowledgeGraph::kMaxEvidence.
void merge_evidence(std::vector<Evidence>& kept, const std::vector<Evidence>& more);
/// Adds one item to a list kept by merge_evidence() (cheap when `ev` would be trimmed anyway).
void add_evidence(std::vector<Evidence>& kept, Evidence ev);
/// Asserted if either is asserted (commutative and associative: the order of merges does not matter).
core::Modality merge_modality(core::Modality a, core::Modality b);
/// Unions `more` into `kept` and keeps the KnowledgeGraph::kMaxAttributions smallest; empty
/// strings are ignored.
void merge_attributions(std::set<std::string>& kept, const std::set<std::string>& more);
/// Folds edge `from` into `into` (same id): counts summed, documents, dates and attributions
/// united, evidence merged, confidences combined by noisy-or, the firmest factuality kept.
void fold_edge(EdgeProps& into, const EdgeProps& from);
/// node.mentions from the raw counters: add_mention calls if any, else triple arguments.
std::uint32_t effective_mentions(const VertexProps& v);
/// node.forms from the raw counters, by the same rule as effective_mentions().
const std::map<SurfaceForm, std::uint32_t>& effective_forms(const VertexProps& v);
/// Adds the counts of `more` to `into`.
void add_forms(std::map<SurfaceForm, std::uint32_t>& into, const std::map<SurfaceForm, std::uint32_t>& more);
/// The surface form an argument or mention adds to node `label`: the squeezed mention (the label
/// when empty) and its rule (empty: "exact" if the text is the label, else "unknown").
SurfaceForm surface_form_of(const core::EntityRef& ref, const std::string& label);

}  // namespace detail
}  // namespace ergraph::graph
