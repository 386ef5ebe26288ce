#pragma once
/// @file graph_query.h
/// What `ergraph path` and `ergraph neighbors` share: the edge and node filter options, the
/// title list for name matching, entity resolution with its error messages, and the JSON / text
/// rendering of an edge with its evidence.
#include <CLI/CLI.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/path.h"
#include "graph/snapshot.h"

namespace ergraph::cli {

/// The filter options as typed; to_path_options() turns them into graph::PathOptions.
struct QueryFilters {
  bool directed = false, asserted_only = false;
  std::vector<std::string> relations, exclude_relations, types;
  double min_confidence = 0;
  std::uint32_t min_support = 0;
  std::string since, until;
  std::string models;  ///< --models: where lexicon/titles.txt is read from
};

/// The graph in `file`: a GraphML file, or a graph.snapshot (resolved on loading when it was
/// written before finalize()). A missing or unreadable file is an IoError (exit 74), a bad one a
/// ParseError (exit 65).
graph::KnowledgeGraph load_graph(const std::string& file);

/// What `path` and `neighbors` query: a finalized snapshot (graph.index, `ergraph build` writes
/// one) is opened as a graph::SnapshotIndex and a GraphML file as an exporter::GraphmlIndex (when
/// it can be: see GraphmlIndex::open); `graph` then holds only the nodes, and the query reads the
/// edges it needs (graph/path.h). Any other file is loaded whole as load_graph() does.
struct QueryGraph {
  graph::KnowledgeGraph graph;
  std::unique_ptr<graph::EdgeSource> index;
};
QueryGraph load_query_graph(const std::string& file);
/// load_query_graph(), kept until the process ends and never freed: freeing a graph of a million
/// edges took about a tenth of `path`'s time on GraphML, and the command exits right after its
/// answer (compilers skip freeing their trees the same way). Held through a static pointer, so
/// leak checkers see it as reachable.
QueryGraph& load_query_graph_for_exit(const std::string& file);

/// For merging: a snapshot as stored (unresolved: merge, then finalize once), or a GraphML file.
graph::KnowledgeGraph load_graph_unresolved(const std::string& file);

/// Registers --directed, --asserted-only, --relation, --exclude-relation, --type,
/// --min-confidence, --min-support, --since, --until and --models on `cmd`.
void add_filter_options(CLI::App* cmd, QueryFilters& f);

/// Copies the filters into `opts` (types parsed; dates and patterns checked by the options).
void apply_filters(const QueryFilters& f, graph::PathOptions& opts);

/// The title words of models/lexicon/titles.txt (the folder of models_dir(): --models,
/// $ERGRAPH_MODELS, the installed models or the source tree's); empty, with a warning on stderr,
/// when the list cannot be read.
std::vector<std::string> load_titles(const std::string& models_option);

/// The one entity `name` means (graph::match_entity()). Throws GraphError E601 (no entity; the
/// message suggests close names) or E602 (several entities match; the message lists them with
/// type and mentions). main() maps both to exit code 2.
graph::NodeIndex resolve_entity(const graph::KnowledgeGraph& g, const std::string& name,
                                const std::vector<std::string>& titles);

/// "Vladimir Putin (PERSON)".
std::string node_text(const graph::KnowledgeGraph& g, graph::NodeIndex n);

/// The relation as a hop shows it: "not take-side-with" for a denied relation, "(hedged, PS+)"
/// after one that is not certain, with its factuality.
std::string relation_label(const graph::EdgeData& e);

/// "--[meet]-->" or "<--[meet]--".
std::string arrow(const graph::EdgeData& e, bool forward);

/// Prints the evidence items of `e`, each with document id, date, title, sentence (0-based) and
/// factuality, then the sentence, indented by `indent` spaces.
void print_evidence_items(const graph::EdgeData& e, int indent);

/// JSON: {"id","label","type"} of a node.
void write_node_json(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::KnowledgeGraph& g,
                     graph::NodeIndex n);
/// The fields edge, relation, direction, polarity, modality, factuality, attributions, count and
/// confidence of an edge, into the object being written (path's flat best-edge fields too).
void write_edge_fields(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::EdgeData& e, bool forward);
/// JSON object of one usable edge of a hop: id, relation, direction, polarity, modality,
/// factuality, attributions, count, confidence, first_seen, last_seen and every evidence item.
void write_edge_json(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::EdgeData& e, bool forward);

}  // namespace ergraph::cli
