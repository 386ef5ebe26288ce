#pragma once
/// @file knowledge_graph.h
/// The corpus graph: one node per entity, one edge per (subject, relation, polarity, object),
/// each edge with its count, confidence, modality, attributions, documents and evidence.
/// "China take-side-with Russia" asserted and denied ("does not take sides") are two edges. Wraps a Boost.Graph adjacency_list
/// (see graph/detail/bgl.h) behind a small API. Sees only core types, never NLP types.
///
/// Determinism: the graph's content depends only on the *set* of triples and mentions added,
/// never on their order; listings (nodes(), edges()) are sorted by id.
/// Thread safety: const member functions may be called concurrently; mutation is single-threaded.
#include <cstdint>
#include <map>
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
  std::string relation_text;         ///< the relation as written ("does not take sides with")
  core::Modality modality = core::Modality::Asserted;
  core::Factuality factuality = core::Factuality::CertainPos;  ///< the triple's (core::Triple::factuality)
  std::string hedge;                 ///< the hedging cue as written ("may"); empty when asserted
  std::string attribution;           ///< who says so ("Kremlin"); empty if none
  std::string date;                  ///< the document's day "YYYY-MM-DD" (core::Provenance::date); empty if unknown
  std::string title, url;            ///< the document's title and url; empty if the input had none
};

/// One way an entity was written and the rule that resolved it to its node (core::EntityRef::rule).
struct SurfaceForm {
  std::string text;  ///< as written, whitespace squeezed ("President Putin")
  std::string rule;  ///< "exact", "gazetteer", "metonym", "demonym", "title", "surname", "alias-file", ...
  auto operator<=>(const SurfaceForm&) const = default;
};

struct NodeData {
  std::string id;                    ///< stable id: node_id(label, type, scope)
  std::string label;                 ///< canonical name (for a CONCEPT node the plain noun phrase: "statement")
  core::EntityType type = core::EntityType::Misc;
  /// Mentions seen. Not double counted: the number of add_mention() calls for the entity if
  /// there were any (applied by finalize()), else the number of triple arguments it filled.
  /// A node merged by finalize() sums both counters over its parts before applying the rule.
  std::uint32_t mentions = 0;
  std::set<std::string> documents;   ///< ids of the documents that mention it (triples and add_mention)
  std::set<std::string> aliases;     ///< other surface forms seen ("President Putin", "Putin")
  /// Every surface form (the label included) with the rule that resolved it and how often it was
  /// seen, counted like `mentions` (so the counts add up to `mentions` when both come from the
  /// same counter). A surface form reached by two rules is two entries. A one-word PERSON node
  /// merged by finalize() brings its forms with the rule "surname".
  std::map<SurfaceForm, std::uint32_t> forms;
  /// The one document a CONCEPT node belongs to: a generic noun ("statement", "the war") means
  /// something else in every article, so concept nodes are per document and never join two
  /// articles. Empty for named entities (merged across documents) and for concept nodes of graphs
  /// written before concepts were scoped.
  std::string scope;
  /// The earliest and latest day ("YYYY-MM-DD") of the dated documents that mention the entity;
  /// empty when none of them has a date. ISO days compare as strings.
  std::string first_seen, last_seen;
};

struct EdgeData {
  std::string id;                    ///< stable id: edge_id(source id, relation, target id, polarity)
  std::string relation;              ///< normalized relation ("hold-phone-call-with")
  std::uint32_t count = 0;           ///< number of triples merged into this edge (>= 1)
  double confidence = 0;             ///< noisy-or of the triples' confidences, order-independent
  std::set<std::string> documents;   ///< ids of the supporting documents
  /// At most kMaxEvidence distinct items: the smallest by evidence order (doc_id, sentence,
  /// begin, end, text, confidence, relation_text, modality, hedge, attribution), sorted that way.
  std::vector<Evidence> evidence;
  /// Part of the edge's key: a denied relation is a different edge from the asserted one.
  core::Polarity polarity = core::Polarity::Positive;
  /// Asserted if any merged triple was asserted; Hedged only if all of them were hedged.
  core::Modality modality = core::Modality::Asserted;
  /// The firmest factuality of the merged triples (core::firmer): CT+ if any triple states it as a
  /// fact; "Uu" only if every one is underspecified.
  core::Factuality factuality = core::Factuality::CertainPos;
  std::uint32_t hedged = 0;          ///< how many of the `count` triples were hedged
  /// Non-empty attributions of the merged triples ("Kremlin"): at most kMaxAttributions, the
  /// smallest (byte-wise) kept.
  std::set<std::string> attributions;
  /// The distinct days ("YYYY-MM-DD") of the dated supporting documents, sorted: first_seen() is
  /// the first, last_seen() the last. Empty when no supporting document has a date.
  std::set<std::string> dates;
  std::string first_seen() const { return dates.empty() ? std::string() : *dates.begin(); }
  std::string last_seen() const { return dates.empty() ? std::string() : *dates.rbegin(); }
};

/// Widens [first, last] (ISO days, empty = none yet) to include `date` (ignored when empty).
void widen_dates(std::string& first, std::string& last, const std::string& date);

/// Stable ids: derived from content only, NMTOKEN-safe ("n" / "e" + 16 hex digits).
/// node: FNV-1a-64 of "TYPE \t label", or of "TYPE \t label \t scope" when `scope` is not empty
/// (CONCEPT nodes: scope = their document). edge: FNV-1a-64 of "source \t relation \t target" for a
/// positive edge (ids of positive edges are those of earlier versions) and of
/// "source \t relation \t target \t negative" for a negative one.
std::string node_id(std::string_view label, core::EntityType type, std::string_view scope = {});
/// The scope of an entity read in document `doc_id`: the document for a CONCEPT, else empty.
std::string node_scope(core::EntityType type, std::string_view doc_id);
std::string edge_id(std::string_view source_id, std::string_view relation, std::string_view target_id,
                    core::Polarity polarity = core::Polarity::Positive);

class KnowledgeGraph {
 public:
  static constexpr std::size_t kMaxEvidence = 5;
  static constexpr std::size_t kMaxAttributions = 5;

  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  /// Merges a triple: creates or updates its two nodes (keyed by whitespace-squeezed name and
  /// type, and for a CONCEPT also by the triple's document: see NodeData::scope) and its edge
  /// (keyed by subject, relation, polarity, object). Each argument adds one mention, the
  /// document, its surface form with its rule (an empty rule counts as "exact" when the surface
  /// text is the name, else "unknown"; an empty mention as the name) and, when
  /// EntityRef::mention differs from the name, an alias; the edge
  /// gets count + 1, the document, the evidence, the attribution (if any), the modality (see
  /// EdgeData) and the confidence (noisy-or, accumulated in integer micro-units of -log(1 - c) so
  /// that the result does not depend on the order of adds).
  /// Dropped without effect: self-loops (subject and object are the same entity) and triples
  /// with an empty name or relation. A factuality that contradicts the triple's polarity or
  /// modality (a producer that set only those) is replaced by core::factuality_of(them); the edge
  /// keeps the firmest factuality (EdgeData::factuality). insert_edge() does the same check.
  void add(const core::Triple& t);
  /// Counts a mention of an entity (for mention and document counts and surface forms; a
  /// CONCEPT mention counts for the concept node of its document). finalize() makes a node of
  /// every mentioned PERSON, ORG, GPE or LOC that no edge brought (the graph holds every named
  /// actor); MISC and CONCEPT mentions only count for nodes that edges made.
  void add_mention(const core::EntityMention& m);
  /// Cross-document resolution, run once after all adds: a one-word PERSON node whose word is
  /// the last name of exactly one longer PERSON name is merged into it ("Putin" into
  /// "Vladimir Putin", "Warhol" of one article into "Andy Warhol" of another); with two such
  /// names ("George Bush", "Laura Bush") it stays apart, also when one of them was only
  /// mentioned (add_mention) and has no node; mention counts are applied. Deterministic and idempotent.
  /// A merge relinks the node's edges (folding into an existing edge when the relinked id
  /// collides; edges that become self-loops are dropped) and adds the short label as an alias.
  /// The graph is rebuilt in id order: afterwards nodes() == {0, 1, ...} and edges() likewise.
  /// Mentions of entities that have no node stay pending for a later finalize().
  void finalize();

  /// Merges a graph built separately (`ergraph merge`): a node or edge with the same id is one
  /// (counts, mentions and surface forms summed; documents, aliases, dates and attributions
  /// united; the kept evidence is the smallest kMaxEvidence of both; confidences combined by
  /// noisy-or; the firmest factuality kept), others are copied, pending mentions carried over.
  /// Sums and unions: the order of merges does not matter. An article in both graphs counts
  /// twice. Call finalize() after the last merge (it also joins "Putin" of one graph to
  /// "Vladimir Putin" of another).
  void merge(const KnowledgeGraph& other);

  /// Low-level construction used by readers (e.g. GraphML): inserts nodes and edges as given.
  /// An empty id is filled in with node_id() (with the node's scope) / edge_id() (the edge's polarity included). Throws GraphError "E301" / "E302" on
  /// a duplicate id and "E303" on a bad node index. The inserted confidence is kept as is until
  /// finalize() folds another edge into it.
  NodeIndex insert_node(NodeData n);
  EdgeIndex insert_edge(NodeIndex source, NodeIndex target, EdgeData e);
  /// Bulk loading (a reader of a large file): as insert_edge(), but the id is neither checked nor
  /// indexed yet; index_deferred_edges() indexes all such edges with one sort, which is faster
  /// than one ordered-map insertion per edge when ids come in random order. Until then edges(),
  /// the id lookups and every other use of the graph do not see a correct graph: call it first.
  EdgeIndex insert_edge_deferred(NodeIndex source, NodeIndex target, EdgeData e);
  /// Indexes the edges insert_edge_deferred() added. If an id repeats (among them or an edge
  /// already indexed), returns the EdgeIndex of the first edge, in insertion order, whose id was
  /// seen before; the graph is then not valid (discard it). Otherwise nullopt.
  std::optional<EdgeIndex> index_deferred_edges();

  std::size_t node_count() const;
  std::size_t edge_count() const;
  /// All nodes / edges, sorted by id.
  std::vector<NodeIndex> nodes() const;
  std::vector<EdgeIndex> edges() const;
  /// Accessors throw GraphError "E303" (node) / "E304" (edge) for an index out of range.
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
  Impl& impl() { return *impl_; }              ///< for graph/ readers only (graph/snapshot.cpp)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ergraph::graph
