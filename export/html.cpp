#include "export/html.h"

#include <cmath>
#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/error.h"
#include "export/detail/escape.h"
#include "export/detail/evidence_json.h"
#include "export/detail/layout.h"
#include "export/detail/style.h"
#include "export/detail/viewer_assets.h"

namespace ergraph::exporter {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

void put(Writer& w, std::string_view k, std::string_view value) {
  key(w, k);
  const std::string valid = detail::valid_utf8(value);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put(Writer& w, std::string_view k, const std::set<std::string>& values) {
  key(w, k);
  w.StartArray();
  for (const auto& v : values) {
    const std::string valid = detail::valid_utf8(v);
    w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }
  w.EndArray();
}

void put_number(Writer& w, std::string_view k, double value) {
  key(w, k);
  if (std::isfinite(value)) w.Double(value);
  else w.Null();
}

/// The graph as the page's JSON blob (html.h), not yet escaped for the script element.
std::string graph_json(const graph::KnowledgeGraph& g, const std::string& title) {
  const auto nodes = g.nodes();
  const auto edges = g.edges();
  // Layout over positions in id order: node index -> position in `nodes`.
  std::vector<std::size_t> order(g.node_count());
  for (std::size_t i = 0; i < nodes.size(); ++i) order[nodes[i]] = i;
  std::vector<std::pair<std::size_t, std::size_t>> links;
  links.reserve(edges.size());
  for (const auto e : edges) links.emplace_back(order[g.source(e)], order[g.target(e)]);
  const auto positions = detail::force_layout(nodes.size(), links);

  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "format", "ergraph-viewer");
  key(w, "version");
  w.Uint(1);
  put(w, "title", title);
  // The legend: every type in order with the fill and shape of the other outputs (style.h).
  key(w, "types");
  w.StartArray();
  for (const auto t : detail::kLegendTypes) {
    const auto style = detail::style_of(t);
    w.StartObject();
    put(w, "type", core::to_string(t));
    put(w, "color", style.fill);
    put(w, "shape", style.gexf_shape);
    w.EndObject();
  }
  w.EndArray();
  key(w, "nodes");
  w.StartArray();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& n = g.node(nodes[i]);
    w.StartObject();
    put(w, "id", n.id);
    put(w, "label", n.label);
    put(w, "type", core::to_string(n.type));
    key(w, "mentions");
    w.Uint(n.mentions);
    key(w, "documents");
    w.Uint64(n.documents.size());
    put(w, "aliases", n.aliases);
    put(w, "first_seen", n.first_seen);
    put(w, "last_seen", n.last_seen);
    key(w, "x");
    w.Int64(std::llround(positions[i].x));
    key(w, "y");
    w.Int64(std::llround(positions[i].y));
    w.EndObject();
  }
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (const auto e : edges) {
    const auto& d = g.edge(e);
    w.StartObject();
    put(w, "id", d.id);
    put(w, "source", g.node(g.source(e)).id);
    put(w, "target", g.node(g.target(e)).id);
    put(w, "relation", d.relation);
    key(w, "count");
    w.Uint(d.count);
    put_number(w, "confidence", d.confidence);
    put(w, "factuality", core::to_string(d.factuality));
    put(w, "polarity", core::to_string(d.polarity));
    put(w, "modality", core::to_string(d.modality));
    put(w, "attributions", d.attributions);
    put(w, "dates", d.dates);
    key(w, "evidence");
    const std::string evidence = detail::evidence_to_json(d.evidence);
    w.RawValue(evidence.data(), evidence.size(), rapidjson::kArrayType);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
  if (s.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

/// JSON made safe inside <script>: "</" -> "<\/" and every other "<" -> "\u003c" (the same JSON
/// strings; "<" occurs only inside strings), so no text can close the element ("</script") or
/// enter the script's escaped states ("<!--", "<script").
std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size() + 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '<') out += json[i];
    else if (i + 1 < json.size() && json[i + 1] == '/') out += "<\\";  // and the '/' next
    else out += "\\u003c";
  }
  return out;
}

/// JavaScript made safe inside <script>: "</script" (any case) -> "<\/script", the same text in a
/// string, regular expression or comment.
std::string script_safe_js(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (std::size_t i = 0; i < js.size(); ++i) {
    if (js[i] == '<' && starts_with_ci(js, i, "</script")) {
      out += "<\\/";
      ++i;
    } else {
      out += js[i];
    }
  }
  return out;
}

}  // namespace

void write_html_viewer(const graph::KnowledgeGraph& g, std::ostream& out, const HtmlOptions& options) {
  const std::string_view page = detail::viewer_template();
  const std::pair<std::string_view, std::string> fills[] = {
      {"TITLE", detail::xml_escape(options.title)},
      {"CYTOSCAPE", script_safe_js(detail::cytoscape_script())},
      {"VIEWER", script_safe_js(detail::viewer_script())},
      {"DATA", script_safe_json(graph_json(g, options.title))},
  };
  // Each "@@ERGRAPH_NAME@@" of the template is replaced; the inserted text is not scanned again.
  constexpr std::string_view kOpen = "@@ERGRAPH_";
  std::size_t at = 0;
  while (at < page.size()) {
    const std::size_t hole = page.find(kOpen, at);
    if (hole == std::string_view::npos) {
      out << page.substr(at);
      break;
    }
    out << page.substr(at, hole - at);
    const std::size_t name_at = hole + kOpen.size();
    const std::size_t close = page.find("@@", name_at);
    if (close == std::string_view::npos) throw Error("E510", "viewer template: unterminated placeholder");
    const std::string_view name = page.substr(name_at, close - name_at);
    bool filled = false;
    for (const auto& [n, text] : fills) {
      if (n == name) {
        out << text;
        filled = true;
      }
    }
    if (!filled) throw Error("E510", "viewer template: unknown placeholder " + std::string(name));
    at = close + 2;
  }
}

}  // namespace ergraph::exporter
