#include "export/graphml.h"

#include <algorithm>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "export/detail/escape.h"
#include "export/detail/evidence_json.h"
#include "export/detail/graphml_keys.h"

namespace ergraph::exporter {
namespace {

using detail::format_decimal;
using detail::join;
using detail::kListSeparator;
using detail::xml_escape;

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

void append_keys(std::string& out) {
  for (const auto& key : detail::kGraphmlKeys) {
    fmt::format_to(std::back_inserter(out),
                   "  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", key.id,
                   key.domain == detail::KeyDomain::Node ? "node" : "edge", key.name, key.type);
  }
}

/// <data key="id">value</data>; `value` is raw text, escaped here.
void append_data(std::string& out, std::string_view key, std::string_view value) {
  fmt::format_to(std::back_inserter(out), "      <data key=\"{}\">{}</data>\n", key, xml_escape(value));
}

void append_graphml_node(std::string& out, const graph::NodeData& n) {
  fmt::format_to(std::back_inserter(out), "    <node id=\"{}\">\n", xml_escape(n.id, true));
  append_data(out, "label", n.label);
  append_data(out, "type", core::to_string(n.type));
  append_data(out, "mentions", std::to_string(n.mentions));
  append_data(out, "documents", std::to_string(n.documents.size()));
  if (!n.documents.empty()) append_data(out, "doc_ids", join(n.documents, kListSeparator));
  if (!n.aliases.empty()) append_data(out, "aliases", join(n.aliases, kListSeparator));
  if (!n.forms.empty()) append_data(out, "forms", detail::format_forms(n.forms));
  if (!n.scope.empty()) append_data(out, "scope", n.scope);
  if (!n.first_seen.empty()) append_data(out, "first_seen", n.first_seen);
  if (!n.last_seen.empty()) append_data(out, "last_seen", n.last_seen);
  out += "    </node>\n";
}

void append_graphml_edge(std::string& out, const graph::EdgeData& e, const std::string& source,
                 const std::string& target) {
  fmt::format_to(std::back_inserter(out), "    <edge id=\"{}\" source=\"{}\" target=\"{}\">\n",
                 xml_escape(e.id, true), xml_escape(source, true), xml_escape(target, true));
  append_data(out, "e_label", e.relation);
  append_data(out, "e_weight", format_decimal(static_cast<double>(std::max<std::uint32_t>(e.count, 1))));
  append_data(out, "e_count", std::to_string(e.count));
  append_data(out, "e_confidence", format_decimal(e.confidence));
  append_data(out, "e_polarity", core::to_string(e.polarity));
  append_data(out, "e_modality", core::to_string(e.modality));
  append_data(out, "e_hedged", std::to_string(e.hedged));
  append_data(out, "e_factuality", core::to_string(e.factuality));
  if (!e.attributions.empty()) append_data(out, "e_attribution", join(e.attributions, detail::kAttributionSeparator));
  append_data(out, "e_documents", std::to_string(e.documents.size()));
  if (!e.documents.empty()) append_data(out, "e_doc_ids", join(e.documents, kListSeparator));
  if (!e.evidence.empty()) {
    const graph::Evidence& ev = e.evidence.front();
    if (!ev.text.empty()) append_data(out, "e_evidence", ev.text);
    if (!ev.doc_id.empty()) append_data(out, "e_evidence_doc", ev.doc_id);
    append_data(out, "e_evidence_sentence", std::to_string(ev.sentence));
    if (!ev.date.empty()) append_data(out, "e_evidence_date", ev.date);
    if (!ev.title.empty()) append_data(out, "e_evidence_title", ev.title);
    if (!ev.url.empty()) append_data(out, "e_evidence_url", ev.url);
    append_data(out, "e_evidence_items", detail::evidence_to_json(e.evidence));
  }
  if (!e.dates.empty()) {
    append_data(out, "e_first_seen", e.first_seen());
    append_data(out, "e_last_seen", e.last_seen());
    append_data(out, "e_dates", join(e.dates, kListSeparator));
  }
  out += "    </edge>\n";
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& g, std::ostream& out) {
  std::string buf(kHeader);
  append_keys(buf);
  buf += "  <graph id=\"G\" edgedefault=\"directed\">\n";
  out << buf;
  for (const graph::NodeIndex n : g.nodes()) {
    buf.clear();
    append_graphml_node(buf, g.node(n));
    out << buf;
  }
  for (const graph::EdgeIndex e : g.edges()) {
    buf.clear();
    append_graphml_edge(buf, g.edge(e), g.node(g.source(e)).id, g.node(g.target(e)).id);
    out << buf;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace ergraph::exporter
