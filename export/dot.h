#pragma once
/// @file dot.h
/// Graphviz DOT writer: quoted synthetic ids, escaped labels, node style by entity type,
/// edge labels and pen width by weight. Negated edges are dashed and labelled "not <relation>",
/// hedged edges dotted (a negated hedged edge is dashed); tooltips name the attributions. `dot -Tsvg` renders the output without warnings.
#include <iosfwd>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out);

}  // namespace ergraph::exporter
