// Order-independent merge helpers shared by add() and finalize() (declared in detail/bgl.h).
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
