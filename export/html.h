#pragma once
/// @file html.h
/// The interactive viewer: one self-contained HTML file (`ergraph view`, docs/FORMATS.md
/// "graph.html"). The page carries the graph as a JSON blob, a precomputed layout, its own script
/// and the vendored Cytoscape.js (export/viewer/, compiled into the binary), so it opens from
/// file:// without a network. Search by name or alias, the neighbourhood of an entity, the
/// evidence of an edge, filters by type, relation and date.
///
/// The JSON blob (`<script type="application/json" id="ergraph-data">`):
///   {"format": "ergraph-viewer", "version": 1, "title": "...",
///    "types": [{"type": "PERSON", "color": "#AED6F1", "shape": "disc"}, ...] (legend order; the
///              fills and shapes of DOT and GEXF, export/detail/style.h),
///    "nodes": [{"id", "label", "type", "mentions", "documents" (count), "aliases": [...],
///               "first_seen", "last_seen" ("" when unknown), "x", "y" (layout, integers)}],
///    "edges": [{"id", "source", "target" (node ids), "relation", "count", "confidence",
///               "factuality", "polarity", "modality", "attributions": [...], "dates": [...],
///               "evidence": [evidence objects as in the GraphML key evidence_items]}]}
/// in the graph's id order. No "<" of the data can end or disturb the script element: "</" is
/// written "<\/" (so "</script" becomes "<\/script"), any other "<" "\u003c"; JSON reads both
/// back as written, so article text cannot break the page.
/// Deterministic: the same graph gives the same bytes.
#include <iosfwd>
#include <string>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

struct HtmlOptions {
  std::string title = "ergraph";  ///< the page's title (HTML-escaped on output)
};

void write_html_viewer(const graph::KnowledgeGraph& g, std::ostream& out, const HtmlOptions& options = {});

}  // namespace ergraph::exporter
