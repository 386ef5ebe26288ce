#pragma once
/// @file path.h
/// Queries over a KnowledgeGraph: name lookup (find_entity(), match_entity()), the k shortest
/// paths between two entities by hop count or by confidence (shortest_paths()), and the
/// neighbourhood of an entity (neighborhood()). Edge filters (PathOptions) are shared by both.
#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"

namespace ergraph::graph {

/// Finds an entity by label or alias, case-insensitively (exact match after case folding and
/// whitespace squeezing). Several matches: the one with most mentions, then smallest id.
std::optional<NodeIndex> find_entity(const KnowledgeGraph& g, std::string_view name);

/// Every entity whose label, alias or surface form is `name` (compared as find_entity() does),
/// most mentions first, then by id. Several CONCEPT nodes share a label (one per document).
std::vector<NodeIndex> find_entities(const KnowledgeGraph& g, std::string_view name);

/// The result of match_entity(): the entities the name may mean and the step that found them.
struct EntityMatch {
  /// Empty: no entity; one: the entity; several: ambiguous (most mentions first, then by id).
  std::vector<NodeIndex> nodes;
  /// The step that matched: "label", "alias" (an alias or surface form), "title" (after leading
  /// title words were stripped), "the" (with a leading "the" added or removed), "surname".
  std::string rule;
};

/// Resolves a name a user typed, case-insensitively after whitespace squeezing, trying in turn:
///   1. the label, then an alias or surface form ("President Putin", "Putin");
///   2. the name without its leading title words ("President Putin" -> "Putin", "Prime Minister
///      Keir Starmer" -> "Keir Starmer"); `titles` are the title words (models/lexicon/titles.txt),
///      compared case-insensitively; at least one word is kept;
///   3. the name with a leading "the" removed or added ("Kremlin" finds "the Kremlin", "The White
///      House" finds "White House"), for the name as typed and without titles;
///   4. a one-word name (titles stripped) that is the last word of PERSON labels ("Biden" finds
///      "Joe Biden").
/// The first step that finds anything decides. Within step 1 a label match beats an alias match.
/// Several different entities at the deciding step: all of them (ambiguous; the caller lists them).
EntityMatch match_entity(const KnowledgeGraph& g, std::string_view name, const std::vector<std::string>& titles = {});

/// Up to `limit` labels or aliases close to `name`, best first, for error hints. Compared after
/// case folding and whitespace squeezing: exact matches first, then substring matches (query or
/// candidate of >= 3 bytes, closer lengths first), then candidates whose Levenshtein distance (in
/// code points, to the whole string or to one of its words) is <= max(1, |name| / 3); ties by
/// whole-string distance, then text. One suggestion per folded spelling.
std::vector<std::string> suggest_entities(const KnowledgeGraph& g, std::string_view name, std::size_t limit = 5);

/// What a path costs: hops (every hop 1) or confidence (a hop costs -log(confidence) of its best
/// usable edge, so the most confident route comes first).
enum class PathCost : std::uint8_t { Hops, Confidence };

/// The search options and edge / node filters of shortest_paths() and neighborhood(). An edge is
/// usable if it passes every filter (usable_edge()); a hop between two nodes uses every usable
/// edge (parallel edges) between them.
struct PathOptions {
  bool directed = false;   ///< follow edge direction; by default direction is ignored
  int max_hops = 6;        ///< longest path considered
  int k = 1;               ///< number of shortest simple paths (distinct node sequences) wanted
  /// Use only edges that assert the relation: negative (denied) and hedged edges are left out.
  bool asserted_only = false;
  PathCost cost = PathCost::Hops;
  /// ECMAScript regular expressions searched in the relation name (std::regex_search: "meet"
  /// matches "meet-with"; anchor with ^...$ for the whole name). Non-empty: an edge must match
  /// one of `relations`; it must match none of `exclude_relations`.
  std::vector<std::string> relations = {}, exclude_relations = {};
  /// Node types allowed for the intermediate nodes of a path (and, for neighborhood(), for the
  /// nodes listed and walked through). Empty: any type. The endpoints are never filtered.
  std::vector<core::EntityType> node_types = {};
  double min_confidence = 0;       ///< edge confidence >= this
  std::uint32_t min_support = 0;   ///< edge count (merged triples) >= this
  /// Time window, ISO days "YYYY-MM-DD", inclusive; empty = open. With either bound set an edge is
  /// usable only if one of its EdgeData::dates lies in the window: undated edges are left out.
  std::string since = {}, until = {};
};

/// The filters of PathOptions, with the regular expressions compiled once. Throws GraphError
/// "E306" for a relation pattern that is not a valid regular expression.
class EdgeFilter {
 public:
  explicit EdgeFilter(const PathOptions& opts);
  bool usable(const EdgeData& e) const;
  /// True if a path may pass through a node of this type (PathOptions::node_types).
  bool passable(core::EntityType t) const;

 private:
  const PathOptions* opts_;
  std::vector<std::regex> include_, exclude_;
};

/// True if the search may use edge `e` under `opts` (every filter of PathOptions).
bool usable_edge(const EdgeData& e, const PathOptions& opts);

/// The cost of an edge of confidence `c` under PathCost::Confidence: -log(c) in integer micro-units
/// (c clamped to [1e-9, 1]), so that sums are exact and ties deterministic.
std::int64_t confidence_cost(double c);

/// One usable edge of a hop.
struct HopEdge {
  EdgeIndex edge = 0;
  bool forward = true;  ///< true if the edge points from the hop's `from` to its `to`
};

struct Hop {
  NodeIndex from = 0, to = 0;  ///< in path order
  EdgeIndex edge = 0;          ///< the best usable edge: highest confidence, then smallest id
  bool forward = true;         ///< true if `edge` points from `from` to `to`
  /// Every usable edge between `from` and `to` (parallel edges, both directions unless
  /// directed), best first as for `edge`; edges.front() is {edge, forward}.
  std::vector<HopEdge> edges;
};

struct Path {
  std::vector<Hop> hops;       ///< empty when from == to
  /// Product of the confidences of the hops' best edges (1 for an empty path).
  double confidence = 1;
};

/// The k best simple paths with distinct node sequences (Yen's algorithm), best first: by cost
/// (PathOptions::cost), then fewer hops, then the sequence of node ids (byte order). Each hop lists
/// every usable edge between its two nodes (Hop::edges), so parallel edges never make two paths.
/// Empty when no path of <= max_hops exists (or k <= 0); one empty Path when from == to. Nodes of
/// types not in PathOptions::node_types are not passed through. A path never crosses articles
/// through a CONCEPT node: it enters and leaves one by edges that share a document (concept nodes
/// are per document since NodeData::scope; graphs written before are searched as if they were,
/// and a hop at such a node lists the edges of that document). Throws GraphError "E305" for an
/// index out of range, "E306" for a bad relation pattern.
std::vector<Path> shortest_paths(const KnowledgeGraph& g, NodeIndex from, NodeIndex to, const PathOptions& opts);

/// One entity near the start of a neighborhood() query.
struct Neighbor {
  NodeIndex node = 0;
  int depth = 0;                ///< hops from the start (>= 1)
  NodeIndex via = 0;            ///< the node it was reached from (at depth - 1; smallest id first)
  std::vector<HopEdge> edges;   ///< the usable edges between `via` and `node`, best first
};

/// The entities within `depth` hops of `start` over usable edges (PathOptions filters; `k`,
/// `max_hops` and `cost` are ignored), breadth first: by depth, then by node id. `start` itself is
/// not listed. Nodes of types not in node_types are neither listed nor walked through; a CONCEPT
/// node is not walked through (it belongs to one article). Throws GraphError "E305" for an index
/// out of range, "E306" for a bad relation pattern.
std::vector<Neighbor> neighborhood(const KnowledgeGraph& g, NodeIndex start, int depth, const PathOptions& opts);

/// shortest_paths() and neighborhood() on a graph opened for queries (graph/edge_source.h: a
/// graph.index or a GraphML file), with the same answers: `g` is the source's nodes (the names were
/// matched on it), and only the edges that can lie on an answer are read into it. Distances from
/// `from` and `to` over every edge (no filter, no direction: never longer than the real ones) bound
/// them: an edge joins the graph when it lies on a walk of at most L hops, L starting at the
/// unfiltered distance (by hops) or at max_hops (by confidence) and growing until the k paths found
/// are no longer than L. For a neighbourhood, the edges of the nodes within depth - 1 hops.
std::vector<Path> shortest_paths(const EdgeSource& index, KnowledgeGraph& g, NodeIndex from, NodeIndex to,
                                 const PathOptions& opts);
std::vector<Neighbor> neighborhood(const EdgeSource& index, KnowledgeGraph& g, NodeIndex start, int depth,
                                   const PathOptions& opts);

}  // namespace ergraph::graph
