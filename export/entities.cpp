#include "export/entities.h"

#include <algorithm>
#include <ostream>
#include <tuple>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/text.h"
#include "export/detail/escape.h"

namespace ergraph::exporter {
namespace {

template <class Writer>
void put_string(Writer& w, std::string_view s) {
  const std::string valid = detail::valid_utf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

template <class Writer>
void put_entity(Writer& w, const graph::NodeData& n) {
  w.StartObject();
  w.Key("id");
  put_string(w, n.id);
  w.Key("name");
  put_string(w, n.label);
  w.Key("type");
  put_string(w, core::to_string(n.type));
  if (!n.scope.empty()) {
    w.Key("document");
    put_string(w, n.scope);
  }
  w.Key("mentions");
  w.Uint(n.mentions);
  w.Key("documents");
  w.StartArray();
  for (const std::string& d : n.documents) put_string(w, d);
  w.EndArray();
  w.Key("surface_forms");
  w.StartArray();
  for (const auto& [form, count] : forms_by_count(n)) {
    w.StartObject();
    w.Key("text");
    put_string(w, form.text);
    w.Key("count");
    w.Uint(count);
    w.Key("rule");
    put_string(w, form.rule);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::vector<graph::NodeIndex> entity_order(const graph::KnowledgeGraph& g) {
  std::vector<graph::NodeIndex> out = g.nodes();
  std::vector<std::string> folded(g.node_count());
  for (graph::NodeIndex n : out) folded[n] = core::ascii_lower(g.node(n).label);
  std::sort(out.begin(), out.end(), [&](graph::NodeIndex a, graph::NodeIndex b) {
    const graph::NodeData &x = g.node(a), &y = g.node(b);
    return std::tie(folded[a], x.label, x.type, x.scope, x.id) < std::tie(folded[b], y.label, y.type, y.scope, y.id);
  });
  return out;
}

std::vector<std::pair<graph::SurfaceForm, std::uint32_t>> forms_by_count(const graph::NodeData& n) {
  std::vector<std::pair<graph::SurfaceForm, std::uint32_t>> out(n.forms.begin(), n.forms.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

std::string entity_json(const graph::NodeData& n, bool pretty) {
  rapidjson::StringBuffer buf;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    put_entity(w, n);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    put_entity(w, n);
  }
  return std::string(buf.GetString(), buf.GetSize());
}

void write_entities_jsonl(const graph::KnowledgeGraph& g, std::ostream& out) {
  for (const graph::NodeIndex n : entity_order(g)) {
    out << entity_json(g.node(n));
    out.put('\n');
  }
}

}  // namespace ergraph::exporter
