#pragma once
/// @file graphml.h
/// GraphML writer and reader for the knowledge graph.
/// Keys (declared per domain, never for="all"): nodes `label`, `type`, `mentions`, `documents`
/// (count), `doc_ids`, `aliases`, `forms` (surface forms "TEXT [RULE] COUNT" joined by " | "),
/// `scope` (the document of a CONCEPT node; absent for named entities); edges `label` (relation), `weight` (count, >= 1), `count`,
/// `confidence`, `polarity` ("positive"/"negative"), `modality` ("asserted"/"hedged"), `hedged`
/// (how many of the count were hedged), `attribution` (sources joined with "; ", only when there
/// are any), `documents`, `doc_ids`, `evidence` (one sentence), `evidence_doc`,
/// `evidence_sentence`. Other multi-valued fields are joined with " | ". Ids are the graph's
/// stable ids.
/// Output validates against the GraphML 1.0 XSD and loads in networkx and Gephi.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <vector>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out);

/// Reads a GraphML file written by write_graphml (other GraphML files work if they use the same
/// key names; missing keys get defaults: polarity positive, modality asserted, hedged = count if
/// hedged else 0, no attribution, no surface forms, no scope). Throws ParseError with the file and line on bad input
/// (E507 also for a polarity or modality other than the spellings above, case-insensitive).
graph::KnowledgeGraph read_graphml(const std::filesystem::path& path);

/// A GraphML file opened for queries (`ergraph path`, `neighbors`): read once as read_graphml()
/// reads it, with the same checks and errors, but only the nodes are kept whole. An edge keeps
/// its two nodes and where its element lies in the file (24 bytes instead of its data and
/// evidence), and add_edges() reads the edges a query needs from the file again: on a synthetic
/// file of a million edges (577 MiB), 297 MiB peak memory where the whole graph took 1.49 GiB.
class GraphmlIndex final : public graph::EdgeSource {
 public:
  /// Throws as read_graphml() does. Returns nullptr when the file cannot be read this way; then
  /// read_graphml() is the way (it reports what is wrong, if anything): an encoding other than
  /// UTF-8 (the file's bytes are not the parser's), a <key> declared after the <graph> started,
  /// or two edge ids with the same 64-bit hash (a repeated id is reported by read_graphml()).
  static std::unique_ptr<GraphmlIndex> open(const std::filesystem::path& path);
  ~GraphmlIndex() override;

  std::size_t node_count() const override;
  std::size_t edge_count() const override;
  std::uint32_t source(std::size_t e) const override;
  std::uint32_t target(std::size_t e) const override;
  /// The graph of every node (node i in file order is NodeIndex i) and no edge; the nodes move
  /// out, so call it once, before add_edges().
  graph::KnowledgeGraph take_nodes();
  /// Reads the edges `edges` (positions in file order) from the file again and inserts them as
  /// read_graphml() would. Throws ParseError E510 when the file changed since open().
  void add_edges(graph::KnowledgeGraph& g, const std::vector<std::uint32_t>& edges) const override;

  struct Impl;  ///< export/graphml_reader.cpp only

 private:
  explicit GraphmlIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ergraph::exporter
