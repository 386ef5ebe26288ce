#include "graph/knowledge_graph.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/error.h"
#include "core/text.h"
#include "graph/detail/bgl.h"

namespace ergraph::graph {

std::string node_id(std::string_view label, core::EntityType type, std::string_view scope) {
  std::string key = core::to_string(type);
  key += '\t';
  key += label;
  if (!scope.empty()) {  // ids of unscoped (named) nodes stay what they were before scopes existed
    key += '\t';
    key += scope;
  }
  std::string id(1, 'n');  // not "n" + hex64(): avoids a GCC 12 -Wrestrict false positive
  id += core::hex64(core::fnv1a64(key));
  return id;
}

std::string node_scope(core::EntityType type, std::string_view doc_id) {
  return type == core::EntityType::Concept ? std::string(doc_id) : std::string();
}

std::string edge_id(std::string_view source_id, std::string_view relation, std::string_view target_id,
                    core::Polarity polarity) {
  std::string key;
  key.reserve(source_id.size() + relation.size() + target_id.size() + 12);
  key.append(source_id).append(1, '\t').append(relation).append(1, '\t').append(target_id);
  // Positive ids stay what they were before polarity existed; only negative edges mix it in.
  if (polarity == core::Polarity::Negative) key.append(1, '\t').append(core::to_string(polarity));
  std::string id(1, 'e');
  id += core::hex64(core::fnv1a64(key));
  return id;
}

void widen_dates(std::string& first, std::string& last, const std::string& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

namespace {

/// The node for `ref`, created if new; counts one argument mention in `doc`.
NodeIndex upsert_node(KnowledgeGraph::Impl& im, const std::string& id, const std::string& label,
                      const core::EntityRef& ref, const std::string& doc, const std::string& scope,
                      const std::string& date) {
  NodeIndex n;
  if (auto it = im.node_by_id.find(id); it != im.node_by_id.end()) {
    n = it->second;
  } else {
    detail::VertexProps p;
    p.data.id = id;
    p.data.label = label;
    p.data.type = ref.type;
    p.data.scope = scope;
    n = boost::add_vertex(std::move(p), im.g);
    im.node_by_id.emplace(id, n);
  }
  detail::VertexProps& v = im.vprops(n);
  ++v.arg_mentions;
  v.data.mentions = detail::effective_mentions(v);
  if (!doc.empty()) v.data.documents.insert(doc);
  widen_dates(v.data.first_seen, v.data.last_seen, date);
  ++v.arg_forms[detail::surface_form_of(ref, label)];
  v.data.forms = detail::effective_forms(v);
  // An alias is a name seen for the entity: a pronoun or description resolved to it ("he", "the
  // company") is counted as a form, never listed as an alias.
  std::string surface = core::squeeze_spaces(ref.mention);
  if (!surface.empty() && surface != label && ref.rule != "coreference") v.data.aliases.insert(std::move(surface));
  return n;
}

Evidence evidence_of(const core::Triple& t) {
  Evidence ev;
  ev.doc_id = t.evidence.doc_id;
  ev.sentence = t.evidence.sentence;
  ev.begin = t.evidence.begin;
  ev.end = t.evidence.end;
  ev.text = t.evidence.sentence_text;
  ev.confidence = t.confidence;
  ev.relation_text = t.relation_text;
  ev.modality = t.modality;
  ev.factuality = t.factuality;
  ev.hedge = t.hedge;
  ev.attribution = t.attribution;
  ev.date = t.evidence.date;
  ev.title = t.evidence.title;
  ev.url = t.evidence.url;
  return ev;
}

void check_node(const KnowledgeGraph::Impl& im, NodeIndex n) {
  if (n >= boost::num_vertices(im.g))
    throw GraphError("E303", "node index " + std::to_string(n) + " out of range");
}

void check_edge(const KnowledgeGraph::Impl& im, EdgeIndex e) {
  if (e >= im.edge_at.size()) throw GraphError("E304", "edge index " + std::to_string(e) + " out of range");
}

template <class Range>
std::vector<EdgeIndex> sorted_edge_list(const KnowledgeGraph::Impl& im, Range range) {
  std::vector<EdgeIndex> out;
  for (auto it = range.first; it != range.second; ++it) out.push_back(im.g[*it].index);
  std::sort(out.begin(), out.end(),
            [&](EdgeIndex a, EdgeIndex b) { return im.eprops(a).data.id < im.eprops(b).data.id; });
  return out;
}

}  // namespace

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

namespace {
// A factuality that contradicts the polarity or modality (a producer that set only those two)
// gives way to the value they imply.
core::Factuality consistent(core::Factuality f, core::Polarity p, core::Modality m) {
  if (core::polarity_of(f) == p && core::modality_of(f) == m) return f;
  return core::factuality_of(p, m);
}
}  // namespace

void KnowledgeGraph::add(const core::Triple& in) {
  core::Triple t_copy;
  const bool fix = core::polarity_of(in.factuality) != in.polarity || core::modality_of(in.factuality) != in.modality;
  if (fix) {
    t_copy = in;
    t_copy.factuality = consistent(in.factuality, in.polarity, in.modality);
  }
  const core::Triple& t = fix ? t_copy : in;
  const std::string s_label = core::squeeze_spaces(t.subject.name);
  const std::string o_label = core::squeeze_spaces(t.object.name);
  const std::string relation = core::squeeze_spaces(t.relation);
  if (s_label.empty() || o_label.empty() || relation.empty()) return;
  const std::string& doc = t.evidence.doc_id;
  const std::string s_scope = node_scope(t.subject.type, doc), o_scope = node_scope(t.object.type, doc);
  const std::string s_id = node_id(s_label, t.subject.type, s_scope);
  const std::string o_id = node_id(o_label, t.object.type, o_scope);
  if (s_id == o_id) return;  // self-loop: dropped

  Impl& im = *impl_;
  const NodeIndex s = upsert_node(im, s_id, s_label, t.subject, doc, s_scope, t.evidence.date);
  const NodeIndex o = upsert_node(im, o_id, o_label, t.object, doc, o_scope, t.evidence.date);

  const std::string e_id = edge_id(s_id, relation, o_id, t.polarity);
  EdgeIndex e;
  if (auto it = im.edge_by_id.find(e_id); it != im.edge_by_id.end()) {
    e = it->second;
  } else {
    detail::EdgeProps p;
    p.data.id = e_id;
    p.data.relation = relation;
    p.data.polarity = t.polarity;
    p.data.modality = t.modality;
    p.data.factuality = t.factuality;
    p.index = e = im.edge_at.size();
    im.edge_at.push_back(boost::add_edge(s, o, std::move(p), im.g).first);
    im.edge_by_id.emplace(e_id, e);
  }
  detail::EdgeProps& ep = im.eprops(e);
  ++ep.data.count;
  if (t.modality == core::Modality::Hedged) ++ep.data.hedged;
  ep.data.modality = detail::merge_modality(ep.data.modality, t.modality);
  ep.data.factuality = core::firmer(ep.data.factuality, t.factuality);
  if (!doc.empty()) ep.data.documents.insert(doc);
  if (!t.evidence.date.empty()) ep.data.dates.insert(t.evidence.date);
  if (!t.attribution.empty()) detail::merge_attributions(ep.data.attributions, {t.attribution});
  detail::add_evidence(ep.data.evidence, evidence_of(t));
  ep.log_micro += detail::confidence_to_micro(t.confidence);
  ep.data.confidence = detail::micro_to_confidence(ep.log_micro);
}

void KnowledgeGraph::add_mention(const core::EntityMention& m) {
  const std::string label = core::squeeze_spaces(m.entity.name);
  if (label.empty()) return;
  std::string scope = node_scope(m.entity.type, m.doc_id);
  std::string id = node_id(label, m.entity.type, scope);
  detail::PendingMention& p = impl_->pending[id];
  p.label = label;
  p.type = m.entity.type;
  p.scope = std::move(scope);
  ++p.count;
  if (!m.doc_id.empty()) p.documents.insert(m.doc_id);
  ++p.forms[detail::surface_form_of(m.entity, label)];
  widen_dates(p.first_seen, p.last_seen, m.date);
}

namespace {
// Where `id` goes in an ordered id map: end() after one comparison when it sorts after every key
// (ergraph's GraphML and snapshots list nodes and edges in id order), else a search.
template <class Map>
typename Map::iterator place_of(Map& map, const std::string& id) {
  if (map.empty() || map.rbegin()->first < id) return map.end();
  return map.lower_bound(id);
}
}  // namespace

NodeIndex KnowledgeGraph::insert_node(NodeData n) {
  Impl& im = *impl_;
  if (n.id.empty()) n.id = node_id(n.label, n.type, n.scope);
  // One search of the id map: the duplicate check and the insertion's place.
  const auto at = place_of(im.node_by_id, n.id);
  if (at != im.node_by_id.end() && at->first == n.id) throw GraphError("E301", "duplicate node id '" + n.id + "'");
  detail::VertexProps p;
  p.arg_mentions = n.mentions;
  p.arg_forms = n.forms;
  std::string id = n.id;
  p.data = std::move(n);
  const NodeIndex v = boost::add_vertex(std::move(p), im.g);
  im.node_by_id.emplace_hint(at, std::move(id), v);
  return v;
}

namespace {
// Adds the edge to the graph and edge_at (not to the id index); e.id must be set.
EdgeIndex append_edge(KnowledgeGraph::Impl& im, NodeIndex source, NodeIndex target, EdgeData&& e) {
  e.factuality = consistent(e.factuality, e.polarity, e.modality);
  detail::EdgeProps p;
  p.log_micro = detail::confidence_to_micro(e.confidence);
  p.index = im.edge_at.size();
  p.data = std::move(e);
  const EdgeIndex index = p.index;
  im.edge_at.push_back(boost::add_edge(source, target, std::move(p), im.g).first);
  return index;
}
}  // namespace

EdgeIndex KnowledgeGraph::insert_edge(NodeIndex source, NodeIndex target, EdgeData e) {
  Impl& im = *impl_;
  check_node(im, source);
  check_node(im, target);
  if (e.id.empty()) e.id = edge_id(im.g[source].data.id, e.relation, im.g[target].data.id, e.polarity);
  const auto at = place_of(im.edge_by_id, e.id);
  if (at != im.edge_by_id.end() && at->first == e.id) throw GraphError("E302", "duplicate edge id '" + e.id + "'");
  std::string id = e.id;
  const EdgeIndex index = append_edge(im, source, target, std::move(e));
  im.edge_by_id.emplace_hint(at, std::move(id), index);
  return index;
}

EdgeIndex KnowledgeGraph::insert_edge_deferred(NodeIndex source, NodeIndex target, EdgeData e) {
  Impl& im = *impl_;
  check_node(im, source);
  check_node(im, target);
  if (e.id.empty()) e.id = edge_id(im.g[source].data.id, e.relation, im.g[target].data.id, e.polarity);
  const EdgeIndex index = append_edge(im, source, target, std::move(e));
  im.deferred.push_back(index);
  return index;
}

std::optional<EdgeIndex> KnowledgeGraph::index_deferred_edges() {
  Impl& im = *impl_;
  if (im.deferred.empty()) return std::nullopt;
  // Sorted by id with the first 8 bytes compared as one big-endian integer (zero-padded: the
  // order of comparing the strings), the strings only where those are equal. The order only
  // makes the insertions below cheap (each at the end); the map keeps its own order anyway.
  struct Item {
    std::uint64_t prefix;
    const std::string* id;
    EdgeIndex e;
  };
  std::vector<Item> items;
  items.reserve(im.deferred.size());
  for (const EdgeIndex e : im.deferred) {
    const std::string& id = im.eprops(e).data.id;
    std::uint64_t prefix = 0;
    for (std::size_t k = 0; k < 8; ++k)
      prefix = prefix << 8 | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0u);
    items.push_back(Item{prefix, &id, e});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (const int c = a.id->compare(*b.id); c != 0) return c < 0;
    return a.e < b.e;
  });
  std::optional<EdgeIndex> repeated;
  const auto repeat = [&](EdgeIndex e) {
    if (!repeated || e < *repeated) repeated = e;
  };
  for (std::size_t k = 1; k < items.size(); ++k)
    if (*items[k].id == *items[k - 1].id) repeat(items[k].e);  // the later of the two (e ascending)
  const bool after_all = im.edge_by_id.empty() || im.edge_by_id.rbegin()->first < *items.front().id;
  if (!after_all)
    for (const Item& it : items)
      if (im.edge_by_id.count(*it.id)) repeat(it.e);  // indexed edges came first
  im.deferred.clear();
  if (repeated) return repeated;
  for (const Item& it : items) {
    if (after_all) im.edge_by_id.emplace_hint(im.edge_by_id.end(), *it.id, it.e);  // ascending: each at the end
    else im.edge_by_id.emplace(*it.id, it.e);
  }
  return std::nullopt;
}

std::size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->g); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->edge_at.size(); }

std::vector<NodeIndex> KnowledgeGraph::nodes() const {
  std::vector<NodeIndex> out;
  out.reserve(impl_->node_by_id.size());
  for (const auto& [id, n] : impl_->node_by_id) out.push_back(n);
  return out;
}

std::vector<EdgeIndex> KnowledgeGraph::edges() const {
  std::vector<EdgeIndex> out;
  out.reserve(impl_->edge_by_id.size());
  for (const auto& [id, e] : impl_->edge_by_id) out.push_back(e);
  return out;
}

const NodeData& KnowledgeGraph::node(NodeIndex n) const {
  check_node(*impl_, n);
  return impl_->g[n].data;
}

const EdgeData& KnowledgeGraph::edge(EdgeIndex e) const {
  check_edge(*impl_, e);
  return impl_->eprops(e).data;
}

NodeIndex KnowledgeGraph::source(EdgeIndex e) const {
  check_edge(*impl_, e);
  return boost::source(impl_->edge_at[e], impl_->g);
}

NodeIndex KnowledgeGraph::target(EdgeIndex e) const {
  check_edge(*impl_, e);
  return boost::target(impl_->edge_at[e], impl_->g);
}

std::vector<EdgeIndex> KnowledgeGraph::out_edges(NodeIndex n) const {
  check_node(*impl_, n);
  return sorted_edge_list(*impl_, boost::out_edges(n, impl_->g));
}

std::vector<EdgeIndex> KnowledgeGraph::in_edges(NodeIndex n) const {
  check_node(*impl_, n);
  return sorted_edge_list(*impl_, boost::in_edges(n, impl_->g));
}

std::optional<NodeIndex> KnowledgeGraph::find_node(std::string_view id) const {
  auto it = impl_->node_by_id.find(id);
  if (it == impl_->node_by_id.end()) return std::nullopt;
  return it->second;
}

}  // namespace ergraph::graph
