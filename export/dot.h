#pragma once
/// @file dot.h
/// Graphviz DOT writer: quoted synthetic ids, escaped labels, node style by entity type
/// (export/detail/style.h), edge labels and pen width by weight. Negated edges are dashed and labelled "not <relation>",
/// hedged edges dotted (a negated hedged edge is dashed); tooltips name the attributions. `dot -Tsvg` renders the output without warnings.
#include <iosfwd>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/path.h"
#include "graph/subgraph.h"

namespace ergraph::exporter {

/// Layout attributes by the number of nodes drawn (Graphviz's `layout` attribute picks the engine,
/// so `dot -Tsvg FILE` renders every file; `sfdp -Tsvg FILE` too):
///  - up to kTreeLimit nodes with no more node pairs joined than nodes (a tree or nearly):
///    `layout=dot`, left to right;
///  - up to kSplineLimit nodes: `layout=neato`, `overlap=false`, `splines=true`;
///  - more: `layout=sfdp`, `overlap=prism`, `splines=false` (curved edges and overlap removal
///    without prism cost minutes on a thousand nodes), and entities without a drawn relation are
///    left out, with a comment at the top saying how many (sfdp spends minutes packing thousands
///    of lone nodes);
///  - above kLabelLimit nodes edge labels are left out (the relation stays in the tooltip) and a
///    comment at the top of the file says so.
/// Every drawing ends with a legend (an HTML-like graph label: the colours and shapes of the
/// types drawn, the line styles).
inline constexpr std::size_t kTreeLimit = 60, kSplineLimit = 100, kLabelLimit = 300;

struct DotOptions {
  const graph::Subgraph* only = nullptr;  ///< draw only these nodes and edges (default: all)
  bool legend = true;
  std::string title;                      ///< a first line above the legend ("around Xi Jinping")
};

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const DotOptions& opts = {});

/// The nodes and edges that `paths` use (`ergraph path --format dot`; every relation of a hop, so
/// parallel relations are parallel arrows), left to right: rounded
/// boxes, edges labelled "<relation>", "not <relation>" (dashed) or "<relation> (hedged)"
/// (dotted), quoted as in write_dot.
void write_paths_dot(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& paths, std::ostream& out);

}  // namespace ergraph::exporter
