#include "export/dot.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "export/detail/escape.h"
#include "export/detail/style.h"

namespace ergraph::exporter {
namespace {

using detail::dot_quote;

constexpr double kMaxPenWidth = 6.0;

constexpr std::string_view kNodeAndEdgeDefaults =
    "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", color=\"#555555\"];\n"
    "  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#666666\", fontcolor=\"#333333\", "
    "arrowsize=\"0.7\"];\n";

/// The graph attributes for a drawing of `nodes` nodes joining `pairs` distinct node pairs.
std::string layout_attributes(std::size_t nodes, std::size_t pairs) {
  std::string common = "outputorder=\"edgesfirst\", fontname=\"Helvetica\", fontsize=\"10\"";
  if (nodes <= kTreeLimit && pairs <= nodes)
    return "layout=\"dot\", rankdir=\"LR\", " + common;
  if (nodes <= kSplineLimit) return "layout=\"neato\", overlap=\"false\", splines=\"true\", sep=\"+6\", " + common;
  return "layout=\"sfdp\", overlap=\"prism\", splines=\"false\", " + common;
}

/// The legend: an HTML-like graph label (every engine draws it) with the types drawn and the
/// line styles.
std::string legend(const std::vector<core::EntityType>& types, const std::string& title) {
  std::string html = "<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">";
  if (!title.empty())
    fmt::format_to(std::back_inserter(html), "<tr><td colspan=\"{}\"><b>{}</b></td></tr>", types.size() + 1,
                   detail::xml_escape(title));
  html += "<tr><td>entity types</td>";
  for (core::EntityType t : types)
    fmt::format_to(std::back_inserter(html), "<td bgcolor=\"{}\">{} ({})</td>", detail::style_of(t).fill,
                   core::to_string(t), detail::style_of(t).dot_shape);
  fmt::format_to(std::back_inserter(html),
                 "</tr><tr><td>lines</td><td colspan=\"{}\">solid: stated &#183; dashed: denied (not ...) &#183; "
                 "dotted: hedged (alleged, planned, possible) &#183; thicker: more triples</td></tr></table>>",
                 std::max<std::size_t>(types.size(), 1));
  return html;
}

void append_dot_node(std::string& out, const graph::NodeData& n) {
  const detail::TypeStyle style = detail::style_of(n.type);
  const std::size_t docs = n.documents.size();
  const std::string tooltip = fmt::format("{} ({})\n{} mention{}, {} document{}", n.label, core::to_string(n.type),
                                          n.mentions, n.mentions == 1 ? "" : "s", docs, docs == 1 ? "" : "s");
  fmt::format_to(std::back_inserter(out), "  {} [label={}, shape=\"{}\", fillcolor=\"{}\", tooltip={}];\n",
                 dot_quote(n.id), dot_quote(n.label), style.dot_shape, style.fill, dot_quote(tooltip));
}

double pen_width(std::uint32_t count) {
  return std::min(kMaxPenWidth, 1.0 + std::log2(static_cast<double>(std::max<std::uint32_t>(count, 1))));
}

using detail::edge_label;
/// Negated edges are dashed, hedged ones dotted (negated wins); asserted positive edges solid.
using detail::edge_line;

/// "take-side-with (x2, hedged)\nattributed to: Kremlin; TASS\n<first evidence sentence>".
std::string edge_tooltip(const graph::EdgeData& e) {
  std::string tooltip = fmt::format("{} (x{}{}{})", edge_label(e), e.count,
                                    e.modality == core::Modality::Hedged ? ", hedged " : "",
                                    e.modality == core::Modality::Hedged ? core::to_string(e.factuality) : "");
  if (!e.attributions.empty()) {
    tooltip += "\nattributed to: ";
    tooltip += detail::join(e.attributions, "; ");
  }
  if (!e.evidence.empty()) tooltip += "\n" + e.evidence.front().text;
  return tooltip;
}

void append_dot_edge(std::string& out, const graph::EdgeData& e, const std::string& source,
                 const std::string& target, bool labelled) {
  fmt::format_to(std::back_inserter(out), "  {} -> {} [", dot_quote(source), dot_quote(target));
  if (labelled) fmt::format_to(std::back_inserter(out), "label={}, ", dot_quote(edge_label(e)));
  if (const std::string_view style = edge_line(e); !style.empty())
    fmt::format_to(std::back_inserter(out), "style=\"{}\", ", style);
  fmt::format_to(std::back_inserter(out), "penwidth=\"{:.2f}\", tooltip={}];\n", pen_width(e.count),
                 dot_quote(edge_tooltip(e)));
}

}  // namespace

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const DotOptions& opts) {
  std::vector<graph::NodeIndex> nodes = opts.only ? opts.only->nodes : g.nodes();
  const std::vector<graph::EdgeIndex> edges = opts.only ? opts.only->edges : g.edges();
  // Past kSplineLimit, entities without a drawn relation are left out: sfdp spends minutes
  // packing thousands of lone nodes (8,141 nodes, 3,328 of them alone: 195 s; without them 6 s).
  std::size_t lone = 0;
  if (nodes.size() > kSplineLimit) {
    std::vector<bool> linked(g.node_count(), false);
    for (const graph::EdgeIndex e : edges) linked[g.source(e)] = linked[g.target(e)] = true;
    const std::size_t before = nodes.size();
    std::erase_if(nodes, [&](graph::NodeIndex n) { return !linked[n]; });
    lone = before - nodes.size();
  }
  std::vector<std::pair<graph::NodeIndex, graph::NodeIndex>> pairs;
  for (const graph::EdgeIndex e : edges)
    pairs.emplace_back(std::min(g.source(e), g.target(e)), std::max(g.source(e), g.target(e)));
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  const bool labelled = nodes.size() <= kLabelLimit;

  std::string buf;
  if (lone > 0)
    fmt::format_to(std::back_inserter(buf),
                   "// {} entities without a relation are left out of this drawing (they are in the GraphML and "
                   "GEXF files)\n",
                   lone);
  if (!labelled)
    fmt::format_to(std::back_inserter(buf),
                   "// {} nodes: edge labels are left out above {} nodes (each relation is in its edge's "
                   "tooltip);\n// draw a part with labels: ergraph diagram GRAPH --around NAME | --top N | "
                   "--path A B\n",
                   nodes.size(), kLabelLimit);
  fmt::format_to(std::back_inserter(buf), "digraph \"ergraph\" {{\n  graph [{}", layout_attributes(nodes.size(), pairs.size()));
  if (opts.legend) {
    std::vector<core::EntityType> types;
    for (const core::EntityType t : detail::kLegendTypes)
      if (std::any_of(nodes.begin(), nodes.end(), [&](graph::NodeIndex n) { return g.node(n).type == t; }))
        types.push_back(t);
    buf += ", labelloc=\"b\", labeljust=\"l\", label=" + legend(types, opts.title);
  }
  buf += "];\n";
  buf += kNodeAndEdgeDefaults;
  out << buf;
  for (const graph::NodeIndex n : nodes) {
    buf.clear();
    append_dot_node(buf, g.node(n));
    out << buf;
  }
  for (const graph::EdgeIndex e : edges) {
    buf.clear();
    append_dot_edge(buf, g.edge(e), g.node(g.source(e)).id, g.node(g.target(e)).id, labelled);
    out << buf;
  }
  out << "}\n";
}

void write_paths_dot(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& paths, std::ostream& out) {
  std::vector<graph::NodeIndex> nodes;
  std::vector<graph::EdgeIndex> edges;
  for (const auto& p : paths)
    for (const auto& h : p.hops) {
      nodes.push_back(h.from);
      nodes.push_back(h.to);
      edges.push_back(h.edge);
      for (const auto& he : h.edges) edges.push_back(he.edge);  // every relation of the hop
    }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::string buf = "digraph \"ergraph_path\" {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
  for (auto n : nodes)
    fmt::format_to(std::back_inserter(buf), "  {} [label={}];\n", dot_quote(g.node(n).id), dot_quote(g.node(n).label));
  for (auto e : edges) {
    const auto& d = g.edge(e);
    std::string label = edge_label(d);
    if (d.modality == core::Modality::Hedged) label += std::string(" (hedged, ") + core::to_string(d.factuality) + ")";
    const std::string_view style = edge_line(d);
    fmt::format_to(std::back_inserter(buf), "  {} -> {} [label={}{}{}];\n", dot_quote(g.node(g.source(e)).id),
                   dot_quote(g.node(g.target(e)).id), dot_quote(label), style.empty() ? "" : ", style=", style);
  }
  buf += "}\n";
  out << buf;
}

}  // namespace ergraph::exporter
