#include "export/dot.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "export/detail/escape.h"

namespace ergraph::exporter {
namespace {

using detail::dot_quote;

constexpr double kMaxPenWidth = 6.0;
/// Past this many nodes edge labels clutter the drawing: the relation goes to the tooltip only.
constexpr std::size_t kLabelledEdgeLimit = 300;

struct NodeStyle {
  std::string_view shape;
  std::string_view fill;
};

NodeStyle style_of(core::EntityType t) {
  switch (t) {
    case core::EntityType::Person: return {"ellipse", "#AED6F1"};
    case core::EntityType::Org: return {"box", "#F9E79F"};
    case core::EntityType::Gpe: return {"hexagon", "#A9DFBF"};
    case core::EntityType::Loc: return {"house", "#F5CBA7"};
    case core::EntityType::Misc: return {"note", "#D7DBDD"};
    case core::EntityType::Concept: return {"ellipse", "#FFFFFF"};
  }
  return {"note", "#D7DBDD"};
}

constexpr std::string_view kPreamble =
    "digraph \"ergraph\" {\n"
    "  graph [rankdir=\"LR\", overlap=\"false\", splines=\"true\", outputorder=\"edgesfirst\", "
    "fontname=\"Helvetica\", fontsize=\"10\"];\n"
    "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", color=\"#555555\"];\n"
    "  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#666666\", fontcolor=\"#333333\", "
    "arrowsize=\"0.7\"];\n";

void append_node(std::string& out, const graph::NodeData& n) {
  const NodeStyle style = style_of(n.type);
  const std::size_t docs = n.documents.size();
  const std::string tooltip = fmt::format("{} ({})\n{} mention{}, {} document{}", n.label, core::to_string(n.type),
                                          n.mentions, n.mentions == 1 ? "" : "s", docs, docs == 1 ? "" : "s");
  fmt::format_to(std::back_inserter(out), "  {} [label={}, shape=\"{}\", fillcolor=\"{}\", tooltip={}];\n",
                 dot_quote(n.id), dot_quote(n.label), style.shape, style.fill, dot_quote(tooltip));
}

double pen_width(std::uint32_t count) {
  return std::min(kMaxPenWidth, 1.0 + std::log2(static_cast<double>(std::max<std::uint32_t>(count, 1))));
}

/// "not take-side-with" for a negative edge, else the relation.
std::string edge_label(const graph::EdgeData& e) {
  return e.polarity == core::Polarity::Negative ? "not " + e.relation : e.relation;
}

/// Negated edges are dashed, hedged ones dotted (negated wins); asserted positive edges solid.
std::string_view edge_style(const graph::EdgeData& e) {
  if (e.polarity == core::Polarity::Negative) return "dashed";
  if (e.modality == core::Modality::Hedged) return "dotted";
  return {};
}

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

void append_edge(std::string& out, const graph::EdgeData& e, const std::string& source,
                 const std::string& target, bool labelled) {
  fmt::format_to(std::back_inserter(out), "  {} -> {} [", dot_quote(source), dot_quote(target));
  if (labelled) fmt::format_to(std::back_inserter(out), "label={}, ", dot_quote(edge_label(e)));
  if (const std::string_view style = edge_style(e); !style.empty())
    fmt::format_to(std::back_inserter(out), "style=\"{}\", ", style);
  fmt::format_to(std::back_inserter(out), "penwidth=\"{:.2f}\", tooltip={}];\n", pen_width(e.count),
                 dot_quote(edge_tooltip(e)));
}

}  // namespace

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << kPreamble;
  std::string buf;
  for (const graph::NodeIndex n : g.nodes()) {
    buf.clear();
    append_node(buf, g.node(n));
    out << buf;
  }
  const bool labelled = g.node_count() <= kLabelledEdgeLimit;
  for (const graph::EdgeIndex e : g.edges()) {
    buf.clear();
    append_edge(buf, g.edge(e), g.node(g.source(e)).id, g.node(g.target(e)).id, labelled);
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
    const std::string_view style = edge_style(d);
    fmt::format_to(std::back_inserter(buf), "  {} -> {} [label={}{}{}];\n", dot_quote(g.node(g.source(e)).id),
                   dot_quote(g.node(g.target(e)).id), dot_quote(label), style.empty() ? "" : ", style=", style);
  }
  buf += "}\n";
  out << buf;
}

}  // namespace ergraph::exporter
