// KnowledgeGraph::finalize(): attaches pending mentions, merges one-word PERSON nodes into their
// unique longer namesake, and rebuilds the Boost graph in id order.
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "graph/detail/bgl.h"

namespace ergraph::graph {

namespace {

using detail::EdgeProps;
using detail::VertexProps;

struct PendingEdge {
  std::string source_id, target_id;
  EdgeProps props;
};

/// Moves each pending mention onto its node, if the node exists (else it stays pending).
// A named entity (person, organisation, place) is a node even when no triple links it: the
// graph holds every named actor an article mentions. MISC and CONCEPT mentions only count.
bool named_actor(core::EntityType t) {
  return t == core::EntityType::Person || t == core::EntityType::Org || t == core::EntityType::Gpe ||
         t == core::EntityType::Loc;
}

void attach_pending(KnowledgeGraph::Impl& im) {
  for (auto it = im.pending.begin(); it != im.pending.end();) {
    auto node = im.node_by_id.find(it->first);
    if (node == im.node_by_id.end() && named_actor(it->second.type)) {
      VertexProps p;
      p.data.id = it->first;
      p.data.label = it->second.label;
      p.data.type = it->second.type;
      p.data.scope = it->second.scope;
      node = im.node_by_id.emplace(it->first, boost::add_vertex(std::move(p), im.g)).first;
    }
    if (node == im.node_by_id.end()) {
      ++it;
      continue;
    }
    VertexProps& v = im.vprops(node->second);
    v.call_mentions += it->second.count;
    v.data.documents.insert(it->second.documents.begin(), it->second.documents.end());
    widen_dates(v.data.first_seen, v.data.last_seen, it->second.first_seen);
    widen_dates(v.data.first_seen, v.data.last_seen, it->second.last_seen);
    detail::add_forms(v.call_forms, it->second.forms);
    it = im.pending.erase(it);
  }
}

/// The last word of a multi-word name ("Bush" of "Laura Bush"), or empty for a one-word name.
std::string last_word(const std::string& label) {
  const std::size_t space = label.rfind(' ');
  return space == std::string::npos ? std::string() : label.substr(space + 1);
}

/// rep[v] is the vertex that v merges into (v itself when it stays). A one-word PERSON merges
/// into the one multi-word PERSON node ending with that word; a multi-word PERSON seen only as a
/// mention (no node: `pending`) still counts as a candidate, so "Bush" stays alone when "George
/// Bush" has edges and "Laura Bush" is only mentioned.
std::vector<NodeIndex> resolution_targets(const detail::Graph& g,
                                          const std::map<std::string, detail::PendingMention, std::less<>>& pending) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<NodeIndex> rep(n);
  std::iota(rep.begin(), rep.end(), NodeIndex{0});
  constexpr NodeIndex kNoNode = static_cast<NodeIndex>(-1);
  std::map<std::string, std::set<std::pair<std::string, NodeIndex>>> by_last_word;  // word -> {(full name, node)}
  std::vector<std::string> labels(n);
  for (NodeIndex v = 0; v < n; ++v) {
    if (g[v].data.type != core::EntityType::Person) continue;
    labels[v] = core::squeeze_spaces(g[v].data.label);
    if (const std::string w = last_word(labels[v]); !w.empty()) by_last_word[w].emplace(labels[v], v);
  }
  for (const auto& [id, p] : pending)
    if (p.type == core::EntityType::Person)
      if (const std::string w = last_word(p.label); !w.empty()) by_last_word[w].emplace(p.label, kNoNode);
  for (NodeIndex v = 0; v < n; ++v) {
    if (g[v].data.type != core::EntityType::Person || labels[v].empty()) continue;
    if (labels[v].find(' ') != std::string::npos) continue;
    auto it = by_last_word.find(labels[v]);
    if (it == by_last_word.end()) continue;
    std::set<std::string> names;  // distinct full names (a name with a node and pending mentions is one)
    NodeIndex target = kNoNode;
    for (const auto& [name, node] : it->second) {
      names.insert(name);
      if (node != kNoNode) target = node;
    }
    if (names.size() == 1 && target != kNoNode) rep[v] = target;
  }
  return rep;
}

/// The forms of a node merged by the surname rule: each now reached through "surname".
std::map<SurfaceForm, std::uint32_t> as_surname(const std::map<SurfaceForm, std::uint32_t>& forms) {
  std::map<SurfaceForm, std::uint32_t> out;
  for (const auto& [form, n] : forms) out[SurfaceForm{form.text, "surname"}] += n;
  return out;
}

void fold_node(VertexProps& into, const VertexProps& from) {
  into.arg_mentions += from.arg_mentions;
  into.call_mentions += from.call_mentions;
  detail::add_forms(into.arg_forms, as_surname(from.arg_forms));
  detail::add_forms(into.call_forms, as_surname(from.call_forms));
  into.data.documents.insert(from.data.documents.begin(), from.data.documents.end());
  into.data.aliases.insert(from.data.aliases.begin(), from.data.aliases.end());
  into.data.aliases.insert(from.data.label);
  widen_dates(into.data.first_seen, into.data.last_seen, from.data.first_seen);
  widen_dates(into.data.first_seen, into.data.last_seen, from.data.last_seen);
}

/// The merged nodes, keyed (and so sorted) by id. Moves the data out of `g`.
std::map<std::string, VertexProps> merged_nodes(detail::Graph& g, const std::vector<NodeIndex>& rep) {
  for (NodeIndex v = 0; v < rep.size(); ++v)
    if (rep[v] != v) fold_node(g[rep[v]], g[v]);  // sums and unions: the order does not matter
  std::map<std::string, VertexProps> nodes;
  for (NodeIndex v = 0; v < rep.size(); ++v) {
    if (rep[v] != v) continue;
    VertexProps& p = g[v];
    p.data.aliases.erase(p.data.label);
    p.data.mentions = detail::effective_mentions(p);
    p.data.forms = detail::effective_forms(p);
    std::string id = p.data.id;
    nodes.emplace(std::move(id), std::move(p));
  }
  return nodes;
}

/// The relinked edges, keyed (and so sorted) by id; edges that became self-loops are dropped.
/// Moves the edge data out of the graph (call before merged_nodes(), which moves the ids).
std::map<std::string, PendingEdge> merged_edges(KnowledgeGraph::Impl& im, const std::vector<NodeIndex>& rep) {
  std::map<std::string, PendingEdge> edges;
  for (const detail::Edge& ed : im.edge_at) {
    const NodeIndex s0 = boost::source(ed, im.g), t0 = boost::target(ed, im.g);
    const NodeIndex s = rep[s0], t = rep[t0];
    if (s == t && s0 != t0) continue;
    EdgeProps& p = im.g[ed];
    const std::string& s_id = im.g[s].data.id;
    const std::string& t_id = im.g[t].data.id;
    std::string id = (s == s0 && t == t0) ? p.data.id : edge_id(s_id, p.data.relation, t_id, p.data.polarity);
    auto it = edges.find(id);
    if (it != edges.end()) {
      detail::fold_edge(it->second.props, p);
      continue;
    }
    p.data.id = id;
    edges.emplace(std::move(id), PendingEdge{s_id, t_id, std::move(p)});
  }
  return edges;
}

}  // namespace

void KnowledgeGraph::finalize() {
  Impl& im = *impl_;
  attach_pending(im);
  const std::vector<NodeIndex> rep = resolution_targets(im.g, im.pending);
  std::map<std::string, PendingEdge> edges = merged_edges(im, rep);
  std::map<std::string, VertexProps> nodes = merged_nodes(im.g, rep);

  // A new Impl on the heap: adjacency_list has no move, and a copy would leave edge_at dangling.
  auto fresh = std::make_unique<Impl>();
  fresh->pending = std::move(im.pending);
  for (auto& [id, props] : nodes) {
    const NodeIndex v = boost::add_vertex(fresh->g);
    fresh->g[v] = std::move(props);
    fresh->node_by_id.emplace_hint(fresh->node_by_id.end(), id, v);
  }
  fresh->edge_at.reserve(edges.size());
  for (auto& [id, pe] : edges) {
    const NodeIndex s = fresh->node_by_id.at(pe.source_id), t = fresh->node_by_id.at(pe.target_id);
    const detail::Edge e = boost::add_edge(s, t, fresh->g).first;
    pe.props.index = fresh->edge_at.size();
    fresh->g[e] = std::move(pe.props);
    fresh->edge_at.push_back(e);
    fresh->edge_by_id.emplace_hint(fresh->edge_by_id.end(), id, fresh->edge_at.size() - 1);
  }
  impl_ = std::move(fresh);
}

}  // namespace ergraph::graph
