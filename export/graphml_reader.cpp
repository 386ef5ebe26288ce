// GraphML reader: libxml2's SAX2 push parser, so that no tree is built, not even of one element:
// the callbacks collect each <key>, <node> and <edge> (its attributes, its <data> texts by key,
// the line where it starts) and hand it to the readers below when it ends. <data> is matched to
// its <key> by id, then to our fields by the key's attr.name (or the id when the key is undeclared
// or has no attr.name). An edge goes into the graph as soon as it is read when its two nodes are
// known; from the first edge that comes before one of its nodes (GraphML allows that), the edges
// wait until every node is read, so the graph gets them in the file's order.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlversion.h>

#include "core/error.h"
#include "core/text.h"
#include "export/detail/escape.h"
#include "export/detail/evidence_json.h"
#include "export/detail/graphml_keys.h"
#include "export/graphml.h"

namespace ergraph::exporter {
// Named (not anonymous) because GraphmlIndex::Impl holds them; used in this file only.
namespace graphml_reader {

/// A declared <key>: its attr.name (the id when absent), domain and optional <default>.
struct KeyDecl {
  std::string name;
  std::string domain;  ///< "node", "edge", "all", ...
  std::optional<std::string> default_value;
};

/// What the element readers share: the file (for error locations) and the declared keys.
struct Context {
  std::filesystem::path path;
  std::map<std::string, KeyDecl, std::less<>> keys;  ///< by key id
};

/// Where an edge element lies in the file and which nodes it joins: all that GraphmlIndex keeps
/// of an edge until a query asks for it.
struct EdgeRecord {
  std::uint32_t source = 0, target = 0;
  std::uint64_t tag_end = 0;  ///< the '>' or '/' ending its start tag; the tag starts at the '<' before
  std::uint64_t end = 0;      ///< just past its end tag
};

}  // namespace graphml_reader

namespace {

using graphml_reader::Context;
using graphml_reader::EdgeRecord;
using graphml_reader::KeyDecl;

namespace fs = std::filesystem;
using graph::KnowledgeGraph;

constexpr std::string_view kDefaultRelation = "related-to";
constexpr double kDefaultConfidence = 0.5;

/// Values by name: an element's XML attributes, or the texts of its <data> elements (and key
/// defaults) by the key's attr.name. A flat list: an element has a dozen or so, and searching it
/// beats allocating a tree node per value.
struct Fields {
  std::vector<std::pair<std::string, std::string>> items;
  void set(std::string_view name, std::string value) {
    for (auto& [n, v] : items)
      if (n == name) {
        v = std::move(value);
        return;
      }
    items.emplace_back(std::string(name), std::move(value));
  }
};

/// One <key>, <node> or <edge> as the parser saw it: the line where it starts, its XML
/// attributes, its <data> texts (after the keys' defaults) and, for a <key>, its <default>.
struct Item {
  std::string element;  ///< "key", "node" or "edge"
  int line = 0;
  std::uint64_t tag_end = 0;  ///< byte offset of the '>' or "/>" ending its start tag (GraphmlIndex)
  Fields attributes;
  Fields fields;
  std::optional<std::string> default_value;
};

std::string where(const Context& ctx, int line) { return ctx.path.string() + ":" + std::to_string(line); }
std::string where(const Context& ctx, const Item& item) { return where(ctx, item.line); }


/// The first error libxml2 raises while parsing (later ones are usually consequences).
struct FirstError {
  bool set = false;
  std::string message;
  int line = 0;
};

#if LIBXML_VERSION >= 21200
using ErrorArg = const xmlError*;
#else
using ErrorArg = xmlErrorPtr;
#endif

void keep_first_error(FirstError* first, ErrorArg err) {
  if (!first || first->set || !err || err->level < XML_ERR_ERROR) return;
  first->set = true;
  first->message = err->message ? err->message : "unreadable XML";
  while (!first->message.empty() && (first->message.back() == '\n' || first->message.back() == ' '))
    first->message.pop_back();
  first->line = err->line;
}

// ---- field values ---------------------------------------------------------------------------

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

const std::string* field(const Fields& f, std::string_view name) {
  for (const auto& [n, v] : f.items)
    if (n == name) return &v;
  return nullptr;
}

std::optional<std::string> attribute(const Item& item, std::string_view name) {
  if (const std::string* v = field(item.attributes, name)) return *v;
  return std::nullopt;
}

std::string required_attribute(const Context& ctx, const Item& item, const char* name) {
  auto v = attribute(item, name);
  if (!v) {
    throw ParseError("E504", "<" + item.element + "> without the required attribute '" + name + "'",
                     where(ctx, item));
  }
  return *v;
}

std::optional<double> parse_double(std::string_view s) {
  s = trim(s);
  if (s == "NaN") return std::nan("");
  if (s == "INF") return HUGE_VAL;
  if (s == "-INF") return -HUGE_VAL;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

/// A non-negative count; integral doubles ("3.0") are accepted from other tools.
std::uint32_t parse_count(const Context& ctx, const Item& at, std::string_view name, std::string_view text) {
  const std::string_view s = trim(text);
  std::uint32_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc{} && end == s.data() + s.size() && !s.empty()) return v;
  const auto d = parse_double(s);
  if (d && *d >= 0 && *d <= 4294967295.0 && std::floor(*d) == *d) return static_cast<std::uint32_t>(*d);
  throw ParseError("E507", "bad value '" + std::string(s.substr(0, 40)) + "' for '" + std::string(name) + "'",
                   where(ctx, at));
}

double parse_real(const Context& ctx, const Item& at, std::string_view name, std::string_view text) {
  if (auto d = parse_double(text)) return *d;
  throw ParseError("E507", "bad value '" + std::string(trim(text).substr(0, 40)) + "' for '" + std::string(name) + "'",
                   where(ctx, at));
}

/// A day "YYYY-MM-DD" (first_seen, last_seen, dates, evidence_date).
std::string read_day(const Context& ctx, const Item& at, std::string_view name, std::string_view text) {
  const std::string_view s = trim(text);
  if (core::is_iso_day(s)) return std::string(s);
  throw ParseError("E507", "bad date '" + std::string(s.substr(0, 40)) + "' for '" + std::string(name) +
                               "' (want YYYY-MM-DD)",
                   where(ctx, at));
}

std::set<std::string> split_list(std::string_view s, std::string_view sep = detail::kListSeparator) {
  std::set<std::string> out;
  while (true) {
    const std::size_t at = s.find(sep);
    const std::string_view item = trim(s.substr(0, at));
    if (!item.empty()) out.emplace(item);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + sep.size());
  }
  return out;
}

/// A polarity or modality spelled as core::parse_polarity / parse_modality expect (any case).
template <class Enum>
Enum parse_enum(const Context& ctx, const Item& at, std::string_view name, std::string_view text,
                bool (*parse)(std::string_view, Enum&)) {
  Enum v{};
  if (parse(core::ascii_lower(trim(text)), v)) return v;
  throw ParseError("E507", "bad value '" + std::string(trim(text).substr(0, 40)) + "' for '" + std::string(name) + "'",
                   where(ctx, at));
}

/// core::parse_factuality on a lower-cased spelling ("ct+", "uu").
bool parse_factuality_lower(std::string_view s, core::Factuality& out) {
  for (const char* name : {"CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu"})
    if (core::ascii_lower(name) == s) return core::parse_factuality(name, out);
  return false;
}

/// Key defaults for `domain` (the element's <data> texts are set over them as they are read).
Fields default_fields(const Context& ctx, std::string_view domain) {
  Fields f;
  f.items.reserve(16);
  for (const auto& [id, key] : ctx.keys) {
    if (key.default_value && (key.domain == domain || key.domain == "all")) f.set(key.name, *key.default_value);
  }
  return f;
}

// ---- keys, nodes, edges ---------------------------------------------------------------------

void read_key(Context& ctx, const Item& item) {
  KeyDecl k;
  const std::string id = required_attribute(ctx, item, "id");
  k.name = attribute(item, "attr.name").value_or(id);
  k.domain = attribute(item, "for").value_or("all");
  k.default_value = item.default_value;
  ctx.keys[id] = std::move(k);
}

graph::NodeData read_node(const Context& ctx, const Item& elem) {
  const Fields& f = elem.fields;
  graph::NodeData n;
  n.id = required_attribute(ctx, elem, "id");
  const std::string* label = field(f, "label");
  n.label = label ? *label : n.id;
  if (const std::string* type = field(f, "type")) {
    std::string upper(trim(*type));
    for (char& ch : upper) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (!core::parse_entity_type(upper, n.type)) n.type = core::EntityType::Misc;
  }
  if (const std::string* m = field(f, "mentions")) n.mentions = parse_count(ctx, elem, "mentions", *m);
  if (const std::string* d = field(f, "doc_ids")) n.documents = split_list(*d);
  if (const std::string* a = field(f, "aliases")) n.aliases = split_list(*a);
  if (const std::string* forms = field(f, "forms"); forms && !detail::parse_forms(*forms, n.forms))
    throw ParseError("E507", "bad value '" + std::string(trim(*forms).substr(0, 40)) +
                                 "' for 'forms' (items 'TEXT [RULE] COUNT' joined by ' | ')",
                     where(ctx, elem));
  if (const std::string* scope = field(f, "scope")) n.scope = std::string(trim(*scope));
  if (const std::string* d = field(f, "first_seen")) n.first_seen = read_day(ctx, elem, "first_seen", *d);
  if (const std::string* d = field(f, "last_seen")) n.last_seen = read_day(ctx, elem, "last_seen", *d);
  return n;
}

std::uint32_t edge_count_of(const Context& ctx, const Item& elem, const Fields& f) {
  if (const std::string* c = field(f, "count")) return parse_count(ctx, elem, "count", *c);
  if (const std::string* w = field(f, "weight")) {
    const double weight = parse_real(ctx, elem, "weight", *w);
    return weight >= 1 && weight < 4294967295.0 ? static_cast<std::uint32_t>(std::lround(weight)) : 1;
  }
  return 1;
}

std::optional<graph::Evidence> read_evidence(const Context& ctx, const Item& elem, const Fields& f,
                                             double confidence) {
  const std::string* text = field(f, "evidence");
  const std::string* doc = field(f, "evidence_doc");
  const std::string* sentence = field(f, "evidence_sentence");
  if (!text && !doc && !sentence) return std::nullopt;
  graph::Evidence ev;
  if (text) ev.text = *text;
  if (doc) ev.doc_id = *doc;
  if (sentence) ev.sentence = parse_count(ctx, elem, "evidence_sentence", *sentence);
  if (const std::string* d = field(f, "evidence_date")) ev.date = read_day(ctx, elem, "evidence_date", *d);
  if (const std::string* t = field(f, "evidence_title")) ev.title = *t;
  if (const std::string* u = field(f, "evidence_url")) ev.url = *u;
  ev.confidence = confidence;
  return ev;
}

/// Every kept evidence item (evidence_items, JSON), else the one of read_evidence().
std::vector<graph::Evidence> read_all_evidence(const Context& ctx, const Item& elem, const Fields& f,
                                               double confidence) {
  std::vector<graph::Evidence> out;
  if (const std::string* items = field(f, "evidence_items")) {
    std::string error;
    if (!detail::evidence_from_json(*items, out, error))
      throw ParseError("E507", "bad value for 'evidence_items': " + error, where(ctx, elem));
    for (auto& ev : out)
      if (!ev.date.empty() && !core::is_iso_day(ev.date))
        throw ParseError("E507", "bad date '" + ev.date + "' in 'evidence_items' (want YYYY-MM-DD)", where(ctx, elem));
    if (out.size() > KnowledgeGraph::kMaxEvidence) out.resize(KnowledgeGraph::kMaxEvidence);
    return out;
  }
  if (auto ev = read_evidence(ctx, elem, f, confidence)) out.push_back(std::move(*ev));
  return out;
}

/// Polarity, modality, hedged count and attributions; files without them read as positive,
/// asserted and unattributed.
void read_stance(const Context& ctx, const Item& elem, const Fields& f, graph::EdgeData& e) {
  if (const std::string* p = field(f, "polarity")) e.polarity = parse_enum(ctx, elem, "polarity", *p, &core::parse_polarity);
  if (const std::string* m = field(f, "modality")) e.modality = parse_enum(ctx, elem, "modality", *m, &core::parse_modality);
  const std::string* h = field(f, "hedged");
  e.hedged = h ? parse_count(ctx, elem, "hedged", *h) : (e.modality == core::Modality::Hedged ? e.count : 0);
  if (e.hedged > e.count) e.hedged = e.count;
  e.factuality = core::factuality_of(e.polarity, e.modality);
  if (const std::string* v = field(f, "factuality")) {
    e.factuality = parse_enum(ctx, elem, "factuality", *v, &parse_factuality_lower);
    if (core::polarity_of(e.factuality) != e.polarity)
      throw ParseError("E507", "factuality '" + *v + "' disagrees with the edge's polarity", where(ctx, elem));
  }
  if (const std::string* a = field(f, "attribution")) {
    for (const std::string& item : split_list(*a, detail::kAttributionSeparator)) {
      if (e.attributions.size() == KnowledgeGraph::kMaxAttributions) break;
      e.attributions.insert(item);
    }
  }
}

/// An edge read before all nodes are known: its data, its endpoints' ids and where it was.
struct PendingEdge {
  graph::EdgeData data;
  std::string source, target;
  int line = 0;  // of the <edge> element (where(ctx, line) names it in errors)
  bool has_id = false;
  std::uint64_t tag_end = 0, end = 0;  // where the element is in the file (GraphmlIndex)
};

/// The nodes read, by id (a hash table: a graph's ordered id map costs a string comparison per
/// level, and ids often share long prefixes).
using NodeIds = std::unordered_map<std::string, graph::NodeIndex>;

/// The node id -> index of an edge's endpoint if that node is read already.
std::optional<graph::NodeIndex> known(const NodeIds& nodes, const std::string& id) {
  const auto n = nodes.find(id);
  if (n == nodes.end()) return std::nullopt;
  return n->second;
}

graph::NodeIndex endpoint(const Context& ctx, const NodeIds& nodes, const PendingEdge& p, const char* attr,
                          const std::string& id) {
  if (const auto n = known(nodes, id)) return *n;
  throw ParseError("E506", std::string("edge ") + attr + " '" + id + "' is not a node", where(ctx, p.line));
}

PendingEdge read_edge(const Context& ctx, const Item& elem) {
  const Fields& f = elem.fields;
  graph::EdgeData e;
  const std::string* label = field(f, "label");
  e.relation = label ? *label : std::string(kDefaultRelation);
  e.count = edge_count_of(ctx, elem, f);
  const std::string* conf = field(f, "confidence");
  e.confidence = conf ? parse_real(ctx, elem, "confidence", *conf) : kDefaultConfidence;
  // NaN or infinite confidences (which JSON outputs cannot carry) and values outside [0, 1].
  if (!(e.confidence >= 0 && e.confidence <= 1))
    throw ParseError("E507", "bad value '" + std::string(trim(*conf).substr(0, 40)) + "' for 'confidence' (want 0 to 1)",
                     where(ctx, elem));
  if (const std::string* d = field(f, "doc_ids")) e.documents = split_list(*d);
  read_stance(ctx, elem, f, e);
  e.evidence = read_all_evidence(ctx, elem, f, e.confidence);
  if (const std::string* d = field(f, "dates"))
    for (const std::string& day : split_list(*d)) e.dates.insert(read_day(ctx, elem, "dates", day));
  // A file with only first_seen / last_seen (written by another tool) keeps those two days.
  if (const std::string* d = field(f, "first_seen")) e.dates.insert(read_day(ctx, elem, "first_seen", *d));
  if (const std::string* d = field(f, "last_seen")) e.dates.insert(read_day(ctx, elem, "last_seen", *d));
  PendingEdge p;
  p.source = required_attribute(ctx, elem, "source");
  p.target = required_attribute(ctx, elem, "target");
  p.line = elem.line;
  if (const auto id = attribute(elem, "id")) e.id = *id, p.has_id = true;
  p.data = std::move(e);
  return p;
}

// The edge goes in unindexed (KnowledgeGraph::insert_edge_deferred: one sort of all ids at the
// end instead of an ordered-map insertion per edge); `lines` keeps its line for the E508 error.
void insert_edge(KnowledgeGraph& g, graph::NodeIndex source, graph::NodeIndex target, PendingEdge&& p,
                 std::vector<int>& lines) {
  graph::EdgeData& e = p.data;
  if (!p.has_id) e.id = graph::edge_id(g.node(source).id, e.relation, g.node(target).id, e.polarity);
  const graph::EdgeIndex index = g.insert_edge_deferred(source, target, std::move(e));
  if (lines.size() <= index) lines.resize(index + 1);
  lines[index] = p.line;
}

/// An attribute value as SAX2 passes it without entity substitution: an entity or character
/// reference in it comes re-encoded ("a&amp;b" as "a&#38;b"), which the tree API would decode.
std::string attribute_value(const xmlChar* begin, const xmlChar* end) {
  const std::string_view raw(reinterpret_cast<const char*>(begin), static_cast<std::size_t>(end - begin));
  if (raw.find('&') == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t semi = raw[i] == '&' ? raw.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos) {
      out += raw[i++];
      continue;
    }
    const std::string_view ref = raw.substr(i + 1, semi - i - 1);
    std::uint32_t code = 0;
    bool ok = true;
    if (ref == "amp") code = '&';
    else if (ref == "lt") code = '<';
    else if (ref == "gt") code = '>';
    else if (ref == "quot") code = '"';
    else if (ref == "apos") code = '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      ok = ec == std::errc{} && p == digits.data() + digits.size() && !digits.empty() && code <= 0x10FFFF;
    } else {
      ok = false;
    }
    if (!ok) {
      out += raw[i++];
      continue;
    }
    core::append_utf8(out, static_cast<char32_t>(code));
    i = semi + 1;
  }
  return out;
}

/// What the parser keeps of the edges when it reads for a GraphmlIndex instead of a graph.
struct LeanEdges {
  std::vector<EdgeRecord> records;
  std::vector<std::uint64_t> id_hashes;  ///< core::fnv1a64 of each record's edge id
  bool late_key = false;                 ///< a <key> came after the <graph> started
  /// The namespace declarations of the root and <graph> elements ("" for the default one), so
  /// that an edge element read alone means what it meant in the file.
  std::vector<std::pair<std::string, std::string>> namespaces;
};

/// The parser's state between callbacks. A callback never lets an exception into libxml2's C
/// frames: it keeps the first one and stops the parser; read_graphml rethrows it.
struct Sax {
  xmlParserCtxtPtr parser = nullptr;
  Context ctx;
  KnowledgeGraph g;
  NodeIds nodes;
  std::vector<PendingEdge> edges;  ///< waiting for a node (see the file comment)
  std::vector<int> lines;          ///< line of each edge inserted, by EdgeIndex
  FirstError first;
  std::exception_ptr error;
  int depth = 0;  ///< of the next element to start; the root is 0
  bool root_seen = false, in_graph = false, graph_done = false;
  int graph_depth = -1;
  bool in_item = false;
  int item_depth = -1;
  Item item;
  int text_depth = -1;  ///< depth of the <data> or <default> whose text is collected, or -1
  std::string text_key;   ///< the field a <data> sets (its key's attr.name, else the key id)
  std::string text;
  LeanEdges* lean = nullptr;  ///< set: edges are checked, then kept as EdgeRecords, not in `g`

  int line() const { return xmlSAX2GetLineNumber(parser); }
  std::uint64_t offset() const { return static_cast<std::uint64_t>(xmlByteConsumed(parser)); }

  void keep_namespaces(int nb_namespaces, const xmlChar** namespaces) {
    if (!lean) return;
    for (int i = 0; i < nb_namespaces; ++i) {
      const char* prefix = reinterpret_cast<const char*>(namespaces[2 * i]);
      const char* uri = reinterpret_cast<const char*>(namespaces[2 * i + 1]);
      auto& kept = lean->namespaces;
      const auto same = std::find_if(kept.begin(), kept.end(), [&](const auto& ns) { return ns.first == (prefix ? prefix : ""); });
      if (same != kept.end()) same->second = uri ? uri : "";  // <graph> redeclares a prefix of the root
      else kept.emplace_back(prefix ? prefix : "", uri ? uri : "");
    }
  }

  void start(std::string_view name, int nb_namespaces, const xmlChar** namespaces, int nb_attributes,
             const xmlChar** attrs) {
    const int d = depth++;
    if (!root_seen) {
      root_seen = true;
      if (name != "graphml")
        throw ParseError("E503", "not a GraphML file (root element is not <graphml>)", where(ctx, line()));
      keep_namespaces(nb_namespaces, namespaces);
      return;
    }
    if (in_item) {
      if (d != item_depth + 1 || text_depth >= 0) return;  // text of nested elements stays in the <data>
      if (item.element == "key" ? name == "default" : name == "data") {
        text_depth = d;
        text.clear();
        if (name == "data") {
          std::optional<std::string> key;
          for (int i = 0; i < nb_attributes; ++i)
            if (std::string_view(reinterpret_cast<const char*>(attrs[5 * i])) == "key")
              key = attribute_value(attrs[5 * i + 3], attrs[5 * i + 4]);
          if (!key) throw ParseError("E504", "<data> without the required attribute 'key'", where(ctx, line()));
          const auto it = ctx.keys.find(*key);
          text_key = it == ctx.keys.end() ? std::move(*key) : it->second.name;
        }
      }
      return;
    }
    if (d == 1 && name == "graph" && !graph_done && !in_graph) {
      in_graph = true;
      graph_depth = d;
      keep_namespaces(nb_namespaces, namespaces);
      return;
    }
    const bool is_key = d == 1 && name == "key";
    if (is_key && lean && (in_graph || graph_done)) lean->late_key = true;
    const bool is_item = in_graph && d == graph_depth + 1 && (name == "node" || name == "edge");
    if (!is_key && !is_item) return;
    in_item = true;
    item_depth = d;
    item.element = std::string(name);
    item.line = line();
    if (lean && !is_key) item.tag_end = offset();
    item.attributes.items.clear();
    for (int i = 0; i < nb_attributes; ++i)
      item.attributes.items.emplace_back(reinterpret_cast<const char*>(attrs[5 * i]),
                                         attribute_value(attrs[5 * i + 3], attrs[5 * i + 4]));
    item.fields = is_key ? Fields{} : default_fields(ctx, item.element);
    item.default_value.reset();
  }

  void end() {
    const int d = --depth;
    if (in_item && d == text_depth) {
      if (item.element == "key") item.default_value = std::move(text);
      else item.fields.set(text_key, std::move(text));
      text.clear();
      text_depth = -1;
      return;
    }
    if (in_item && d == item_depth) {
      in_item = false;
      if (item.element == "key") {
        read_key(ctx, item);
      } else if (item.element == "node") {
        graph::NodeData n = read_node(ctx, item);
        if (nodes.count(n.id)) throw ParseError("E505", "duplicate node id '" + n.id + "'", where(ctx, item));
        std::string id = n.id;
        nodes.emplace(std::move(id), g.insert_node(std::move(n)));
      } else {
        PendingEdge p = read_edge(ctx, item);
        if (lean) {
          // Checked as a graph's edge is; kept as a record (its data is read again if needed).
          p.tag_end = item.tag_end;
          p.end = offset();
          graph::EdgeData& e = p.data;
          e.documents.clear(), e.evidence.clear(), e.attributions.clear(), e.dates.clear();
        }
        const auto source = edges.empty() ? known(nodes, p.source) : std::nullopt;
        const auto target = source ? known(nodes, p.target) : std::nullopt;
        if (source && target)
          add_edge(*source, *target, std::move(p));
        else
          edges.push_back(std::move(p));
      }
      return;
    }
    if (in_graph && d == graph_depth) {
      in_graph = false;
      graph_done = true;
    }
  }

  /// Into the graph, or as a record when reading for a GraphmlIndex.
  void add_edge(graph::NodeIndex source, graph::NodeIndex target, PendingEdge&& p) {
    if (!lean) return insert_edge(g, source, target, std::move(p), lines);
    const graph::EdgeData& e = p.data;
    lean->id_hashes.push_back(core::fnv1a64(
        p.has_id ? e.id : graph::edge_id(g.node(source).id, e.relation, g.node(target).id, e.polarity)));
    lean->records.push_back(
        {static_cast<std::uint32_t>(source), static_cast<std::uint32_t>(target), p.tag_end, p.end});
  }

  void characters(const xmlChar* ch, int len) {
    if (text_depth >= 0) text.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
  }

  /// Runs `f`; an exception stops the parser and is kept for read_graphml.
  template <class F>
  void guarded(F&& f) {
    if (error) return;
    try {
      f();
    } catch (...) {
      error = std::current_exception();
      xmlStopParser(parser);
    }
  }
};

Sax& sax_of(void* user) { return *static_cast<Sax*>(user); }

void on_start(void* user, const xmlChar* localname, const xmlChar*, const xmlChar*, int nb_namespaces,
              const xmlChar** namespaces, int nb_attributes, int, const xmlChar** attributes) {
  Sax& s = sax_of(user);
  s.guarded([&] {
    s.start(reinterpret_cast<const char*>(localname), nb_namespaces, namespaces, nb_attributes, attributes);
  });
}

void on_end(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
  Sax& s = sax_of(user);
  s.guarded([&] { s.end(); });
}

void on_characters(void* user, const xmlChar* ch, int len) {
  Sax& s = sax_of(user);
  s.guarded([&] { s.characters(ch, len); });
}

void on_doctype(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
  Sax& s = sax_of(user);
  // No GraphML writer needs a DTD, and its entities can multiply a small file into gigabytes
  // (an internal entity of 100 KB referenced 20,000 times: 2 GB of text).
  s.guarded([&] {
    throw ParseError("E509", "GraphML with a DOCTYPE (entity declarations) is not read", where(s.ctx, s.line()));
  });
}

void on_error(void* user, ErrorArg err) { keep_first_error(&sax_of(user).first, err); }

struct ParserFree {
  void operator()(xmlParserCtxt* p) const { xmlFreeParserCtxt(p); }
};
struct FileClose {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

/// Parses the chunks `read(buffer)` fills (it returns how many bytes; fewer than the buffer's
/// size: the last chunk) into `sax`, then checks the document as a whole: a callback's error is
/// rethrown, malformed XML is E502 at `name`:line, a missing root or <graph> E503. Returns true
/// when the parser read the bytes as they are (UTF-8 or ASCII, no conversion), so that its
/// offsets are offsets into the input.
template <class Read>
bool parse_document(Sax& sax, const std::string& name, Read&& read) {
  xmlInitParser();
  xmlSAXHandler handler{};
  handler.initialized = XML_SAX2_MAGIC;
  handler.startElementNs = on_start;
  handler.endElementNs = on_end;
  handler.characters = on_characters;
  handler.cdataBlock = on_characters;
  handler.internalSubset = on_doctype;
  handler.serror = on_error;
  const std::unique_ptr<xmlParserCtxt, ParserFree> parser(
      xmlCreatePushParserCtxt(&handler, &sax, nullptr, 0, name.c_str()));
  if (!parser) throw IoError("E501", "cannot open GraphML file", name);
  sax.parser = parser.get();
  xmlCtxtUseOptions(parser.get(), XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
  std::vector<char> buffer(1 << 18);
  bool stopped = false;
  while (!stopped) {
    const std::size_t n = read(buffer);
    const bool last = n < buffer.size();
    stopped = xmlParseChunk(parser.get(), buffer.data(), static_cast<int>(n), last ? 1 : 0) != 0 || last ||
              sax.error != nullptr;
  }
  if (sax.error) std::rethrow_exception(sax.error);
  if (!parser->wellFormed || sax.first.set) {
    if (!sax.first.set) {
      sax.first.message = "unreadable XML";
      sax.first.line = sax.line();
    }
    throw ParseError("E502", "malformed XML: " + sax.first.message, name + ":" + std::to_string(sax.first.line));
  }
  if (!sax.root_seen) throw ParseError("E503", "empty XML document", name);
  if (!sax.graph_done && !sax.in_graph) throw ParseError("E503", "GraphML file without a <graph> element", name);
  const xmlParserInputPtr input = parser->input;
  return !(input && input->buf && input->buf->encoder);
}

/// Parses the file at `path` into `sax` (see parse_document); a missing, unopenable or unreadable
/// file is IoError E501.
bool parse_file(Sax& sax, const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    const bool exists = fs::exists(path, ec);
    throw IoError("E501",
                  !exists ? "cannot open GraphML file: no such file"
                  : fs::is_directory(path, ec) ? "cannot open GraphML file: a folder, not a file"
                                               : "cannot open GraphML file: not a regular file",
                  path.string());
  }
  const std::unique_ptr<std::FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
  if (!file) throw IoError("E501", "cannot open GraphML file", path.string());
  sax.ctx.path = path;
  return parse_document(sax, path.string(), [&](std::vector<char>& buffer) {
    const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file.get());
    if (n < buffer.size() && std::ferror(file.get())) throw IoError("E501", "cannot read GraphML file", path.string());
    return n;
  });
}

/// True if a value repeats.
bool repeats(std::vector<std::uint64_t> values) {
  std::sort(values.begin(), values.end());
  return std::adjacent_find(values.begin(), values.end()) != values.end();
}

}  // namespace

KnowledgeGraph read_graphml(const fs::path& path) {
  Sax sax;
  parse_file(sax, path);
  // A repeated edge id is reported at the first edge, in file order, whose id came before: among
  // the edges read with their nodes known, then among those that waited for a node.
  const auto index_edges = [&] {
    if (const auto repeated = sax.g.index_deferred_edges()) {
      const std::string& id = sax.g.edge(*repeated).id;
      std::string message = "duplicate edge id '" + id + "'";
      // networkx writes a multigraph's edge keys (0, 1, ... per node pair) as edge ids.
      if (!id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        message += " (GraphML wants each edge id once per graph; networkx writes a multigraph's edge keys as ids: "
                   "give every edge a unique \"id\" attribute and write it with "
                   "nx.write_graphml(G, path, edge_id_from_attribute=\"id\"))";
      throw ParseError("E508", message, where(sax.ctx, sax.lines[*repeated]));
    }
  };
  index_edges();
  for (PendingEdge& p : sax.edges) {
    const graph::NodeIndex source = endpoint(sax.ctx, sax.nodes, p, "source", p.source);
    const graph::NodeIndex target = endpoint(sax.ctx, sax.nodes, p, "target", p.target);
    insert_edge(sax.g, source, target, std::move(p), sax.lines);
  }
  index_edges();
  return std::move(sax.g);
}

// ---- GraphmlIndex ---------------------------------------------------------------------------

struct GraphmlIndex::Impl {
  Context ctx;                          ///< the file and its keys
  std::string wrapper;                  ///< "<graphml xmlns...><graph>": what an edge is read inside
  KnowledgeGraph nodes;                 ///< until take_nodes()
  std::size_t node_count = 0;
  std::vector<EdgeRecord> records;      ///< in file order
  std::uintmax_t size = 0;              ///< the file's size and time when it was read
  fs::file_time_type time;
};

GraphmlIndex::GraphmlIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphmlIndex::~GraphmlIndex() = default;

std::unique_ptr<GraphmlIndex> GraphmlIndex::open(const fs::path& path) {
  Sax sax;
  LeanEdges lean;
  sax.lean = &lean;
  if (!parse_file(sax, path) || lean.late_key) return nullptr;
  // Same order of checks as read_graphml: repeats among the edges read with their nodes known
  // (read_graphml reports them before an unknown endpoint), then the edges that waited.
  if (!sax.edges.empty() && repeats(lean.id_hashes)) return nullptr;
  for (PendingEdge& p : sax.edges) {
    const graph::NodeIndex source = endpoint(sax.ctx, sax.nodes, p, "source", p.source);
    const graph::NodeIndex target = endpoint(sax.ctx, sax.nodes, p, "target", p.target);
    sax.add_edge(source, target, std::move(p));
  }
  if (repeats(std::move(lean.id_hashes))) return nullptr;
  auto impl = std::make_unique<Impl>();
  impl->ctx = std::move(sax.ctx);
  impl->wrapper = "<graphml";
  for (const auto& [prefix, uri] : lean.namespaces)
    impl->wrapper += (prefix.empty() ? " xmlns" : " xmlns:" + prefix) + "=\"" + detail::xml_escape(uri, true) + "\"";
  impl->wrapper += "><graph>";
  impl->node_count = sax.g.node_count();
  impl->nodes = std::move(sax.g);
  impl->records = std::move(lean.records);
  std::error_code ec;
  impl->size = fs::file_size(path, ec);
  impl->time = fs::last_write_time(path, ec);
  return std::unique_ptr<GraphmlIndex>(new GraphmlIndex(std::move(impl)));
}

std::size_t GraphmlIndex::node_count() const { return impl_->node_count; }
std::size_t GraphmlIndex::edge_count() const { return impl_->records.size(); }
std::uint32_t GraphmlIndex::source(std::size_t e) const { return impl_->records.at(e).source; }
std::uint32_t GraphmlIndex::target(std::size_t e) const { return impl_->records.at(e).target; }
KnowledgeGraph GraphmlIndex::take_nodes() { return std::move(impl_->nodes); }

void GraphmlIndex::add_edges(KnowledgeGraph& g, const std::vector<std::uint32_t>& edges) const {
  const Impl& im = *impl_;
  const std::string file = im.ctx.path.string();
  const auto changed = [&](const std::string& why) {
    return ParseError("E510", "the GraphML file changed since it was read (" + why + "); run the query again", file);
  };
  if (edges.empty()) return;
  std::vector<std::uint32_t> order(edges);
  for (const std::uint32_t e : order)
    if (e >= im.records.size()) throw GraphError("E304", "no edge " + std::to_string(e) + " in the GraphML index");
  // In file order: one pass over the file, and the edges come out of the parser in that order.
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return im.records[a].tag_end < im.records[b].tag_end; });
  std::error_code ec;
  if (fs::file_size(im.ctx.path, ec) != im.size || ec || fs::last_write_time(im.ctx.path, ec) != im.time)
    throw changed("its size or time is not the same");
  const std::unique_ptr<std::FILE, FileClose> in(std::fopen(im.ctx.path.c_str(), "rb"));
  if (!in) throw IoError("E501", "cannot open GraphML file", file);
  // The elements, each from the '<' of its start tag (the last '<' before tag_end: an attribute
  // value holds no raw '<') to the end of its end tag, inside the wrapper.
  std::string doc = im.wrapper;
  std::string window;
  for (const std::uint32_t e : order) {
    const EdgeRecord& r = im.records[e];
    for (std::uint64_t back = 256;; back *= 4) {
      const std::uint64_t from = r.tag_end > back ? r.tag_end - back : 0;
      window.resize(r.end - from);
      if (fseeko(in.get(), static_cast<off_t>(from), SEEK_SET) != 0 ||
          std::fread(window.data(), 1, window.size(), in.get()) != window.size())
        throw changed("an edge lies past its end");
      const std::size_t lt = window.rfind('<', r.tag_end - from);
      if (lt != std::string::npos) {
        doc.append(window, lt, std::string::npos);
        break;
      }
      if (from == 0) throw changed("no edge where one was");
    }
  }
  doc += "</graph></graphml>";
  Sax sax;
  sax.ctx.path = im.ctx.path;
  sax.ctx.keys = im.ctx.keys;
  try {
    std::size_t at = 0;
    parse_document(sax, file, [&](std::vector<char>& buffer) {
      const std::size_t n = std::min(buffer.size(), doc.size() - at);
      std::copy_n(doc.data() + at, n, buffer.data());
      at += n;
      return n;
    });
  } catch (const Error& err) {
    throw changed(err.what());
  }
  if (sax.edges.size() != order.size()) throw changed("not the edges it had");
  for (std::size_t i = 0; i < order.size(); ++i) {
    PendingEdge& p = sax.edges[i];
    const EdgeRecord& r = im.records[order[i]];
    if (p.source != g.node(r.source).id || p.target != g.node(r.target).id) throw changed("not the edges it had");
    graph::EdgeData& data = p.data;
    if (!p.has_id) data.id = graph::edge_id(p.source, data.relation, p.target, data.polarity);
    g.insert_edge(r.source, r.target, std::move(data));
  }
}

}  // namespace ergraph::exporter
