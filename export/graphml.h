#pragma once
/// @file graphml.h
/// GraphML writer and reader for the knowledge graph.
/// Keys (declared per domain, never for="all"): nodes `label`, `type`, `mentions`, `documents`
/// (count), `doc_ids`, `aliases`; edges `label` (relation), `weight` (count, >= 1), `count`,
/// `confidence`, `documents`, `doc_ids`, `evidence` (one sentence), `evidence_doc`,
/// `evidence_sentence`. Multi-valued fields are joined with " | ". Ids are the graph's stable ids.
/// Output validates against the GraphML 1.0 XSD and loads in networkx and Gephi.
#include <filesystem>
#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out);

/// Reads a GraphML file written by write_graphml (other GraphML files work if they use the same
/// key names; missing keys get defaults). Throws ParseError with the file and line on bad input.
graph::KnowledgeGraph read_graphml(const std::filesystem::path& path);

}  // namespace ergraph::exporter
