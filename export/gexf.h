#pragma once
/// @file gexf.h
/// GEXF 1.3 writer (Gephi, Gephi Lite, networkx, graphology): what GraphML cannot carry into Gephi.
///  - Parallel edges stay apart: every edge has `kind` = its label (the relation, "not <relation>"
///    for a denied one), so Gephi keeps China->Russia's seven relations as seven typed edges.
///  - Typed attributes declared per class, the id is the title (node: type, mentions, documents, doc_ids, aliases,
///    scope, first_seen, last_seen; edge: relation, count, confidence, polarity, modality,
///    factuality, hedged, attribution, documents, doc_ids, evidence, evidence_doc,
///    evidence_sentence, evidence_date, evidence_title, evidence_url, first_seen, last_seen).
///  - viz: node colour and shape by type (export/detail/style.h, the DOT file's colours), size
///    by mentions (4 + 4 log2(1 + mentions)); edge thickness by count, dashed when denied, dotted
///    when hedged.
///  - Time: when any document is dated the graph is `mode="dynamic"`, `timeformat="date"`,
///    intervals: an edge has one spell per day of its supporting articles (start = end = the day);
///    a node runs from the first to the last day of its dated mentions and edges, and carries
///    no time when one of its edges is undated (so that edge is never hidden with it). Undated
///    nodes and edges carry no time: Gephi shows them throughout. Timestamps and intervals are
///    never mixed.
/// Output validates against the GEXF 1.3 RELAX NG schema; ids are the graph's stable ids; no
/// timestamp of the run is written (same graph, same bytes).
#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out);

}  // namespace ergraph::exporter
