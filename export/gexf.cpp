#include "export/gexf.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "export/detail/escape.h"
#include "export/detail/graphml_keys.h"
#include "export/detail/style.h"

namespace ergraph::exporter {
namespace {

using detail::format_decimal;
using detail::join;
using detail::xml_escape;

using detail::kListSeparator;

struct Attribute {
  std::string_view id, type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},      {"mentions", "integer"},   {"documents", "integer"}, {"doc_ids", "string"},
    {"aliases", "string"},   {"scope", "string"},       {"first_seen", "string"}, {"last_seen", "string"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},       {"count", "integer"},          {"confidence", "double"},
    {"polarity", "string"},       {"modality", "string"},        {"factuality", "string"},
    {"hedged", "integer"},        {"attribution", "string"},     {"documents", "integer"},
    {"doc_ids", "string"},        {"evidence", "string"},        {"evidence_doc", "string"},
    {"evidence_sentence", "integer"}, {"evidence_date", "string"}, {"evidence_title", "string"},
    {"evidence_url", "string"},   {"first_seen", "string"},      {"last_seen", "string"},
};

void declare(std::string& out, std::string_view cls, const auto& attributes) {
  fmt::format_to(std::back_inserter(out), "    <attributes class=\"{}\">\n", cls);
  for (const Attribute& a : attributes)
    fmt::format_to(std::back_inserter(out), "      <attribute id=\"{}\" title=\"{}\" type=\"{}\"/>\n", a.id, a.id,
                   a.type);
  out += "    </attributes>\n";
}

void value(std::string& out, std::string_view id, std::string_view v) {
  fmt::format_to(std::back_inserter(out), "          <attvalue for=\"{}\" value=\"{}\"/>\n", id, xml_escape(v, true));
}

double node_size(std::uint32_t mentions) { return 4.0 + 4.0 * std::log2(1.0 + mentions); }
double thickness(std::uint32_t count) { return std::min(6.0, 1.0 + std::log2(std::max<double>(count, 1))); }

/// When a node is on the timeline: from the days of its dated mentions and of its edges; never
/// (empty) when one of its edges is undated, so that edge is not hidden with it.
struct Lifetime {
  std::string start, end;
};

Lifetime lifetime_of(const graph::KnowledgeGraph& g, graph::NodeIndex n) {
  Lifetime life{g.node(n).first_seen, g.node(n).last_seen};
  for (const auto& edges : {g.out_edges(n), g.in_edges(n)})
    for (const graph::EdgeIndex e : edges) {
      const graph::EdgeData& d = g.edge(e);
      if (d.dates.empty()) return {};
      graph::widen_dates(life.start, life.end, d.first_seen());
      graph::widen_dates(life.start, life.end, d.last_seen());
    }
  return life;
}

void append_gexf_node(std::string& out, const graph::NodeData& n, const Lifetime& life) {
  fmt::format_to(std::back_inserter(out), "      <node id=\"{}\" label=\"{}\"", xml_escape(n.id, true),
                 xml_escape(n.label, true));
  if (!life.start.empty()) fmt::format_to(std::back_inserter(out), " start=\"{}\" end=\"{}\"", life.start, life.end);
  out += ">\n        <attvalues>\n";
  value(out, "type", core::to_string(n.type));
  value(out, "mentions", std::to_string(n.mentions));
  value(out, "documents", std::to_string(n.documents.size()));
  if (!n.documents.empty()) value(out, "doc_ids", join(n.documents, kListSeparator));
  if (!n.aliases.empty()) value(out, "aliases", join(n.aliases, kListSeparator));
  if (!n.scope.empty()) value(out, "scope", n.scope);
  if (!n.first_seen.empty()) value(out, "first_seen", n.first_seen);
  if (!n.last_seen.empty()) value(out, "last_seen", n.last_seen);
  out += "        </attvalues>\n";
  const detail::TypeStyle style = detail::style_of(n.type);
  fmt::format_to(std::back_inserter(out),
                 "        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n        <viz:size value=\"{}\"/>\n"
                 "        <viz:shape value=\"{}\"/>\n      </node>\n",
                 style.r, style.g, style.b, format_decimal(node_size(n.mentions)), style.gexf_shape);
}

void append_gexf_edge(std::string& out, const graph::EdgeData& e, const std::string& source, const std::string& target) {
  const std::string label = xml_escape(detail::edge_label(e), true);
  fmt::format_to(std::back_inserter(out),
                 "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{}\">\n",
                 xml_escape(e.id, true), xml_escape(source, true), xml_escape(target, true), label, label,
                 format_decimal(static_cast<double>(std::max<std::uint32_t>(e.count, 1))));
  out += "        <attvalues>\n";
  value(out, "relation", e.relation);
  value(out, "count", std::to_string(e.count));
  value(out, "confidence", format_decimal(e.confidence));
  value(out, "polarity", core::to_string(e.polarity));
  value(out, "modality", core::to_string(e.modality));
  value(out, "factuality", core::to_string(e.factuality));
  value(out, "hedged", std::to_string(e.hedged));
  if (!e.attributions.empty()) value(out, "attribution", join(e.attributions, "; "));
  value(out, "documents", std::to_string(e.documents.size()));
  if (!e.documents.empty()) value(out, "doc_ids", join(e.documents, kListSeparator));
  if (!e.evidence.empty()) {
    const graph::Evidence& ev = e.evidence.front();
    value(out, "evidence", ev.text);
    value(out, "evidence_doc", ev.doc_id);
    value(out, "evidence_sentence", std::to_string(ev.sentence));
    if (!ev.date.empty()) value(out, "evidence_date", ev.date);
    if (!ev.title.empty()) value(out, "evidence_title", ev.title);
    if (!ev.url.empty()) value(out, "evidence_url", ev.url);
  }
  if (!e.dates.empty()) {
    value(out, "first_seen", e.first_seen());
    value(out, "last_seen", e.last_seen());
  }
  out += "        </attvalues>\n";
  if (!e.dates.empty()) {
    out += "        <spells>\n";
    for (const std::string& d : e.dates)
      fmt::format_to(std::back_inserter(out), "          <spell start=\"{}\" end=\"{}\"/>\n", d, d);
    out += "        </spells>\n";
  }
  const std::string_view line = detail::edge_line(e);
  const bool negative = e.polarity == core::Polarity::Negative;
  const bool hedged = e.modality == core::Modality::Hedged;
  // Grey for facts, red for denials, amber for what is only alleged, expected or possible.
  fmt::format_to(std::back_inserter(out),
                 "        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n        <viz:thickness value=\"{}\"/>\n",
                 negative ? 192 : hedged ? 214 : 102, negative ? 57 : hedged ? 137 : 102, negative ? 43 : hedged ? 16 : 102,
                 format_decimal(thickness(e.count)));
  if (!line.empty()) fmt::format_to(std::back_inserter(out), "        <viz:shape value=\"{}\"/>\n", line);
  out += "      </edge>\n";
}

}  // namespace

void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out) {
  bool dated = false;
  for (const graph::NodeIndex n : g.nodes()) dated = dated || !g.node(n).first_seen.empty();
  for (const graph::EdgeIndex e : g.edges()) dated = dated || !g.edge(e).dates.empty();

  std::string buf =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <meta>\n    <creator>ergraph</creator>\n"
      "    <description>Entity-relationship graph extracted from articles; edge kind = relation</description>\n"
      "  </meta>\n";
  buf += dated ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
                 "timerepresentation=\"interval\">\n"
               : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  declare(buf, "node", kNodeAttributes);
  declare(buf, "edge", kEdgeAttributes);
  fmt::format_to(std::back_inserter(buf), "    <nodes count=\"{}\">\n", g.node_count());
  out << buf;
  for (const graph::NodeIndex n : g.nodes()) {
    buf.clear();
    append_gexf_node(buf, g.node(n), lifetime_of(g, n));
    out << buf;
  }
  out << fmt::format("    </nodes>\n    <edges count=\"{}\">\n", g.edge_count());
  for (const graph::EdgeIndex e : g.edges()) {
    buf.clear();
    append_gexf_edge(buf, g.edge(e), g.node(g.source(e)).id, g.node(g.target(e)).id);
    out << buf;
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace ergraph::exporter
