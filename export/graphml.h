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
#include <filesystem>
#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out);

/// Reads a GraphML file written by write_graphml (other GraphML files work if they use the same
/// key names; missing keys get defaults: polarity positive, modality asserted, hedged = count if
/// hedged else 0, no attribution, no surface forms, no scope). Throws ParseError with the file and line on bad input
/// (E507 also for a polarity or modality other than the spellings above, case-insensitive).
graph::KnowledgeGraph read_graphml(const std::filesystem::path& path);

}  // namespace ergraph::exporter
