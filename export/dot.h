#pragma once
/// @file dot.h
/// Graphviz DOT writer: quoted synthetic ids, escaped labels, node style by entity type,
/// edge labels and pen width by weight. Negated edges are dashed and labelled "not <relation>",
/// hedged edges dotted (a negated hedged edge is dashed); tooltips name the attributions. `dot -Tsvg` renders the output without warnings.
#include <iosfwd>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/path.h"

namespace ergraph::exporter {

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out);

/// The nodes and edges that `paths` use (`ergraph path --format dot`; every relation of a hop, so
/// parallel relations are parallel arrows), left to right: rounded
/// boxes, edges labelled "<relation>", "not <relation>" (dashed) or "<relation> (hedged)"
/// (dotted), quoted as in write_dot.
void write_paths_dot(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& paths, std::ostream& out);

}  // namespace ergraph::exporter
