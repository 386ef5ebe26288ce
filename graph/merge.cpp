// Order-independent merge helpers shared by add(), finalize() and merge() (declared in
// detail/bgl.h), and KnowledgeGraph::merge().
#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

#include "core/text.h"
#include "graph/detail/bgl.h"

namespace ergraph::graph::detail {

namespace {
constexpr double kMaxConfidence = 0.999999;
constexpr double kMicro = 1e6;
}  // namespace

std::int64_t confidence_to_micro(double c) {
  if (!(c > 0)) return 0;  // also NaN
  c = std::min(c, kMaxConfidence);
  return std::llround(-std::log1p(-c) * kMicro);
}

double micro_to_confidence(std::int64_t micro) {
  if (micro <= 0) return 0;
  return -std::expm1(-static_cast<double>(micro) / kMicro);
}

bool evidence_less(const Evidence& a, const Evidence& b) {
  return std::tie(a.doc_id, a.sentence, a.begin, a.end, a.text, a.confidence, a.relation_text, a.modality,
                  a.factuality, a.hedge, a.attribution, a.date, a.title, a.url) <
         std::tie(b.doc_id, b.sentence, b.begin, b.end, b.text, b.confidence, b.relation_text, b.modality,
                  b.factuality, b.hedge, b.attribution, b.date, b.title, b.url);
}

core::Modality merge_modality(core::Modality a, core::Modality b) {
  return a == core::Modality::Asserted || b == core::Modality::Asserted ? core::Modality::Asserted
                                                                        : core::Modality::Hedged;
}

void merge_attributions(std::set<std::string>& kept, const std::set<std::string>& more) {
  for (const std::string& a : more) {
    if (a.empty()) continue;
    if (kept.size() >= KnowledgeGraph::kMaxAttributions && a >= *kept.rbegin()) continue;  // would be trimmed
    kept.insert(a);
    if (kept.size() > KnowledgeGraph::kMaxAttributions) kept.erase(std::prev(kept.end()));
  }
}

void merge_evidence(std::vector<Evidence>& kept, const std::vector<Evidence>& more) {
  kept.insert(kept.end(), more.begin(), more.end());
  std::sort(kept.begin(), kept.end(), evidence_less);
  auto same = [](const Evidence& a, const Evidence& b) { return !evidence_less(a, b) && !evidence_less(b, a); };
  kept.erase(std::unique(kept.begin(), kept.end(), same), kept.end());
  if (kept.size() > KnowledgeGraph::kMaxEvidence) kept.resize(KnowledgeGraph::kMaxEvidence);
}

void add_evidence(std::vector<Evidence>& kept, Evidence ev) {
  if (kept.size() >= KnowledgeGraph::kMaxEvidence && !evidence_less(ev, kept.back())) return;
  auto at = std::lower_bound(kept.begin(), kept.end(), ev, evidence_less);
  if (at != kept.end() && !evidence_less(ev, *at)) return;  // already kept
  kept.insert(at, std::move(ev));
  if (kept.size() > KnowledgeGraph::kMaxEvidence) kept.pop_back();
}

void fold_edge(EdgeProps& into, const EdgeProps& from) {
  into.data.count += from.data.count;
  into.data.hedged += from.data.hedged;
  into.data.modality = merge_modality(into.data.modality, from.data.modality);
  into.data.factuality = core::firmer(into.data.factuality, from.data.factuality);
  merge_attributions(into.data.attributions, from.data.attributions);
  into.data.documents.insert(from.data.documents.begin(), from.data.documents.end());
  into.data.dates.insert(from.data.dates.begin(), from.data.dates.end());
  merge_evidence(into.data.evidence, from.data.evidence);
  into.log_micro += from.log_micro;
  into.data.confidence = micro_to_confidence(into.log_micro);
}

std::uint32_t effective_mentions(const VertexProps& v) {
  return v.call_mentions > 0 ? v.call_mentions : v.arg_mentions;
}

const std::map<SurfaceForm, std::uint32_t>& effective_forms(const VertexProps& v) {
  return v.call_mentions > 0 ? v.call_forms : v.arg_forms;
}

void add_forms(std::map<SurfaceForm, std::uint32_t>& into, const std::map<SurfaceForm, std::uint32_t>& more) {
  for (const auto& [form, n] : more) into[form] += n;
}

SurfaceForm surface_form_of(const core::EntityRef& ref, const std::string& label) {
  SurfaceForm f{core::squeeze_spaces(ref.mention), ref.rule};
  if (f.text.empty()) f.text = label;
  if (f.rule.empty()) f.rule = f.text == label ? "exact" : "unknown";
  return f;
}

}  // namespace ergraph::graph::detail

namespace ergraph::graph {

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  Impl& im = *impl_;
  const Impl& om = other.impl();
  std::vector<NodeIndex> to(boost::num_vertices(om.g));
  for (NodeIndex v = 0; v < to.size(); ++v) {
    const detail::VertexProps& p = om.g[v];
    if (auto it = im.node_by_id.find(p.data.id); it != im.node_by_id.end()) {
      detail::VertexProps& q = im.vprops(it->second);
      q.arg_mentions += p.arg_mentions;
      q.call_mentions += p.call_mentions;
      detail::add_forms(q.arg_forms, p.arg_forms);
      detail::add_forms(q.call_forms, p.call_forms);
      q.data.documents.insert(p.data.documents.begin(), p.data.documents.end());
      q.data.aliases.insert(p.data.aliases.begin(), p.data.aliases.end());
      widen_dates(q.data.first_seen, q.data.last_seen, p.data.first_seen);
      widen_dates(q.data.first_seen, q.data.last_seen, p.data.last_seen);
      q.data.mentions = detail::effective_mentions(q);
      q.data.forms = detail::effective_forms(q);
      to[v] = it->second;
    } else {
      const NodeIndex n = boost::add_vertex(p, im.g);
      im.node_by_id.emplace(p.data.id, n);
      to[v] = n;
    }
  }
  for (const detail::Edge& ed : om.edge_at) {
    const detail::EdgeProps& p = om.g[ed];
    if (auto it = im.edge_by_id.find(p.data.id); it != im.edge_by_id.end()) {
      detail::fold_edge(im.eprops(it->second), p);
      continue;
    }
    detail::EdgeProps copy = p;
    copy.index = im.edge_at.size();
    im.edge_at.push_back(
        boost::add_edge(to[boost::source(ed, om.g)], to[boost::target(ed, om.g)], std::move(copy), im.g).first);
    im.edge_by_id.emplace(p.data.id, im.edge_at.size() - 1);
  }
  for (const auto& [id, pm] : om.pending) {
    detail::PendingMention& q = im.pending[id];
    q.label = pm.label;
    q.type = pm.type;
    q.scope = pm.scope;
    q.count += pm.count;
    q.documents.insert(pm.documents.begin(), pm.documents.end());
    detail::add_forms(q.forms, pm.forms);
    widen_dates(q.first_seen, q.last_seen, pm.first_seen);
    widen_dates(q.first_seen, q.last_seen, pm.last_seen);
  }
}

}  // namespace ergraph::graph
