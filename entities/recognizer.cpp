#include "entities/recognizer.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "core/atomic_file.h"
#include "core/error.h"
#include "entities/detail/ner_features.h"
#include "nlp/detail/binary_io.h"

namespace ergraph::entities {
namespace {

// Versions of the recognizer file format:
//   1: magic, u16 version, kind, feature set, hyperparameters, sources, types, capitalization
//      table, perceptron section (its own version), u64 FNV-1a checksum of all preceding bytes.
//   2: the hyperparameters end with the decoder (u32: 0 greedy, 1 Viterbi); feature set 2
//      (emission + first-order transition features), then the optional feature templates (u32) and the ensemble size (u32). Version 1 files are rejected (E413).
constexpr std::string_view kMagic = "ERGNER";
constexpr std::uint16_t kFormatVersion = 2;
constexpr int kMaxTypes = 64;
constexpr int kMaxLabels = 1 + 4 * kMaxTypes;
constexpr std::string_view kKind = "averaged-perceptron-bilou-recognizer";
static_assert(EntityRecognizer::kDomainNone == detail::kNerDomainNone && EntityRecognizer::kDomainWeb == detail::kNerDomainWeb &&
              EntityRecognizer::kDomainGum == detail::kNerDomainGum);

}  // namespace

namespace detail {
struct NerDomainTables {
  std::once_flag once[3];
  std::unique_ptr<const NerDomainWeights> weights[3];
};
}  // namespace detail

std::string serialize_recognizer_model(const RecognizerModel& m) {
  nlp::detail::BinaryWriter w;
  w.bytes(kMagic);
  w.u16(kFormatVersion);
  w.str(kKind);
  w.u32(m.feature_set);
  w.u32(m.hyper.iterations);
  w.u64(m.hyper.seed);
  w.f32(m.hyper.prune_below);
  w.u32(m.hyper.caps_min_count);
  w.u32(m.hyper.decoder);
  w.u32(m.hyper.features);
  w.u32(m.hyper.ensemble);
  nlp::detail::write_training_sources(w, m.sources);
  w.u32(static_cast<std::uint32_t>(m.types.size()));
  for (const auto& t : m.types) w.str(t);
  w.u32(static_cast<std::uint32_t>(m.caps.size()));
  for (const auto& [h, c] : m.caps) {
    w.u64(h);
    w.u8(c);
  }
  m.weights.write(w);
  w.checksum_trailer();
  return w.take();
}

RecognizerModel parse_recognizer_model(std::string_view bytes, const std::string& where) {
  nlp::detail::BinaryReader r(bytes, where);
  RecognizerModel m;
  if (r.remaining() < kMagic.size() || r.bytes(kMagic.size()) != kMagic)
    r.fail("E412", "not an entity recognizer model (bad magic; expected \"ERGNER\")");
  const std::uint16_t version = r.u16();
  if (version != kFormatVersion)
    r.fail("E413", "recognizer model format version " + std::to_string(version) + " is not supported by this build (" +
                       std::to_string(kFormatVersion) + "); retrain with scripts/train_ner.sh");
  r.verify_checksum_trailer();  // before any count sizes anything
  const std::string kind = r.str(256);
  if (kind != kKind) r.fail("E416", "model kind '" + kind + "' is not '" + std::string(kKind) + "'");
  m.feature_set = r.u32();
  if (m.feature_set != detail::kNerFeatureSet)
    r.fail("E413", "recognizer feature set " + std::to_string(m.feature_set) + " is not supported");
  m.hyper.iterations = r.u32();
  m.hyper.seed = r.u64();
  m.hyper.prune_below = r.f32();
  m.hyper.caps_min_count = r.u32();
  m.hyper.decoder = r.u32();
  if (m.hyper.decoder != kNerGreedy && m.hyper.decoder != kNerViterbi)
    r.fail("E416", "unknown decoder " + std::to_string(m.hyper.decoder));
  m.hyper.features = r.u32();
  m.hyper.ensemble = r.u32();
  if (m.hyper.ensemble == 0 || m.hyper.ensemble > 64) r.fail("E416", "bad ensemble size " + std::to_string(m.hyper.ensemble));
  if (m.hyper.features & ~(detail::kNerOptAll | detail::kNerOptRetype | detail::kNerOptPropagate | detail::kNerOptSurnames |
                           detail::kNerOptJackknifeCaps | detail::kNerOptDomains))
    r.fail("E413", "recognizer feature options " + std::to_string(m.hyper.features) + " are not supported");
  m.sources = nlp::detail::read_training_sources(r);
  const std::uint32_t nt = r.u32();
  if (nt == 0 || nt > kMaxTypes) r.fail("E416", "bad entity type count " + std::to_string(nt));
  m.types.resize(nt);
  for (auto& t : m.types) {
    t = r.str(64);
    if (t.empty()) r.fail("E416", "empty entity type name");
  }
  const std::uint32_t nc = r.u32();
  r.need(std::uint64_t{nc} * 9, "capitalization table");
  m.caps.resize(nc);
  for (std::size_t i = 0; i < nc; ++i) {
    m.caps[i].first = r.u64();
    m.caps[i].second = r.u8();
    if (m.caps[i].second == 0 || (m.caps[i].second & 7) > 5 || m.caps[i].second > 31)
      r.fail("E416", "word class out of range");
    if (i > 0 && !(m.caps[i - 1].first < m.caps[i].first)) r.fail("E416", "capitalization table is not sorted");
  }
  m.weights = nlp::PerceptronModel::read(r);
  if (m.weights.classes() != static_cast<int>(1 + 4 * nt)) r.fail("E416", "weight classes do not match the entity types");
  r.expect_checksum_trailer();
  return m;
}

void save_recognizer_model(const RecognizerModel& model, const std::filesystem::path& path) {
  core::write_file_atomically(path, serialize_recognizer_model(model));
}

RecognizerModel load_recognizer_model(const std::filesystem::path& path) {
  return parse_recognizer_model(nlp::detail::read_model_file(path, "entity recognizer model"), path.string());
}

EntityRecognizer::EntityRecognizer(RecognizerModel model, std::shared_ptr<const Gazetteer> gazetteer,
                                   const nlp::Lexicon& lexicon)
    : model_(std::make_shared<const RecognizerModel>(std::move(model))), gazetteer_(std::move(gazetteer)) {
  std::vector<nlp::WordList> lists;
  for (auto name : detail::kNerLists) lists.push_back(lexicon.has(name) ? lexicon.get(name) : nlp::WordList{});
  lists_ = std::make_shared<const std::vector<nlp::WordList>>(std::move(lists));
  list_bits_ = std::make_shared<const detail::NerListBits>(resources().lists);
  folded_ = std::make_shared<detail::NerDomainTables>();
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id.fetch_add(1);
}

EntityRecognizer EntityRecognizer::load(const std::filesystem::path& path, std::shared_ptr<const Gazetteer> gazetteer,
                                        const nlp::Lexicon& lexicon) {
  return EntityRecognizer(load_recognizer_model(path), std::move(gazetteer), lexicon);
}

namespace {
std::string span_text(const nlp::Document& doc, std::uint32_t first, std::uint32_t last) {
  std::string t;
  for (auto i = first; i < last; ++i) {
    if (i > first) t += ' ';
    t += doc.form(i);
  }
  return t;
}

// One name, one type per document: every span takes the type its text has most often in the
// document (kNerOptRetype; ties keep their own), and capitalized word sequences recognized
// somewhere in the document are recognized where the decoder left them out (kNerOptPropagate).
void make_consistent(const nlp::Document& doc, std::vector<NamedSpan>& spans, std::size_t n_types, std::uint32_t options,
                     int person) {
  std::map<std::string, std::vector<std::uint32_t>> votes;
  std::size_t longest = 0;
  for (const auto& sp : spans) {
    auto& v = votes[span_text(doc, sp.first, sp.last)];
    v.resize(n_types);
    ++v[sp.type];
    longest = std::max<std::size_t>(longest, sp.last - sp.first);
  }
  // A person's surname alone ("Warhol" after "Andy Warhol") is that person (kNerOptSurnames).
  if ((options & detail::kNerOptSurnames) && person >= 0)
    for (const auto& sp : spans)
      if (sp.type == person && sp.last - sp.first >= 2) {
        const auto last = doc.form(sp.last - 1);
        if (last.size() < 2 || !(last[0] >= 'A' && last[0] <= 'Z')) continue;
        auto& v = votes[std::string(last)];
        v.resize(n_types);
        ++v[static_cast<std::size_t>(person)];
      }
  const auto majority = [&](const std::vector<std::uint32_t>& v, int own) {
    int best = own;
    for (std::size_t t = 0; t < v.size(); ++t)
      if (best < 0 || v[t] > v[static_cast<std::size_t>(best)]) best = static_cast<int>(t);
    return best;
  };
  if (options & detail::kNerOptRetype)
    for (auto& sp : spans) sp.type = static_cast<std::uint16_t>(majority(votes[span_text(doc, sp.first, sp.last)], sp.type));
  if (!(options & detail::kNerOptPropagate)) return;
  std::vector<std::uint8_t> covered(doc.tokens.size(), 0);
  for (const auto& sp : spans)
    for (auto i = sp.first; i < sp.last; ++i) covered[i] = 1;
  std::vector<NamedSpan> added;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    for (std::uint32_t i = sent.first; i < sent.last;) {
      const auto f = doc.form(i);
      if (covered[i] || f.empty() || !(f[0] >= 'A' && f[0] <= 'Z')) {
        ++i;
        continue;
      }
      std::uint32_t found = 0;
      for (std::uint32_t len = static_cast<std::uint32_t>(std::min<std::size_t>(longest, sent.last - i)); len > 0 && !found; --len) {
        bool free = true;
        for (auto k = i; k < i + len; ++k) free = free && !covered[k];
        if (!free) continue;
        const auto it = votes.find(span_text(doc, i, i + len));
        if (it == votes.end()) continue;
        added.push_back(NamedSpan{s, i, i + len, static_cast<std::uint16_t>(majority(it->second, -1))});
        found = len;
      }
      i += found ? found : 1;
    }
  }
  if (added.empty()) return;
  spans.insert(spans.end(), added.begin(), added.end());
  std::sort(spans.begin(), spans.end(), [](const NamedSpan& a, const NamedSpan& b) { return a.first < b.first; });
}

detail::NerDocStats document_stats(const nlp::Document& doc) {
  detail::NerDocStats stats;
  for (const auto& s : doc.sentences) stats.add(doc, s);
  return stats;
}
}  // namespace

detail::NerTransitionMemo& EntityRecognizer::thread_memo() const {
  // One memo per thread, kept across documents while the thread serves this recognizer's
  // weights (id_ is unique per loaded model, so a new model at a reused address starts afresh).
  thread_local std::unique_ptr<detail::NerTransitionMemo> memo;
  thread_local std::uint64_t owner = 0;
  if (!memo || owner != id_) {
    memo = std::make_unique<detail::NerTransitionMemo>(model_->weights);
    owner = id_;
  }
  return *memo;
}

void EntityRecognizer::set_domain(std::uint32_t d) {
  domain_ = d;
  (void)domain_weights();
}

const detail::NerDomainWeights* EntityRecognizer::domain_weights() const {
  if (!(model_->hyper.features & detail::kNerOptDomains) || domain_ == kDomainNone || domain_ > kDomainGum) return nullptr;
  std::call_once(folded_->once[domain_], [&] { folded_->weights[domain_] = detail::fold_domain(model_->weights, domain_); });
  return folded_->weights[domain_].get();
}

detail::NerResources EntityRecognizer::resources() const {
  detail::NerResources r;
  r.caps = &model_->caps;
  r.gazetteer = gazetteer_.get();
  r.options = model_->hyper.features;
  for (const auto& l : *lists_) r.lists.push_back(l.size() ? &l : nullptr);
  r.list_bits = list_bits_.get();
  return r;
}

std::vector<int> EntityRecognizer::label_sentence(const nlp::Document& doc, const nlp::Sentence& sent) const {
  return label(doc, sent, resources(), document_stats(doc), thread_memo());
}

std::vector<int> EntityRecognizer::label(const nlp::Document& doc, const nlp::Sentence& sent, const detail::NerResources& res,
                                         const detail::NerDocStats& stats, detail::NerTransitionMemo& memo) const {
  std::vector<detail::NerWord> ctx;
  detail::ner_context(doc, sent, res, ctx, &stats);
  const auto& weights = model_->weights;
  const int classes = weights.classes();
  nlp::FeatureKey feats[detail::kMaxNerFeatures];
  const detail::NerDomainWeights* folded = domain_weights();
  const auto emit = [&](std::size_t i, std::int64_t* out) {
    int n = detail::ner_emission_features(&ctx[i + 2], feats, res.options);
    std::int32_t scores[kMaxLabels] = {};
    if (folded) {
      folded->add_scores(feats, n, scores);
    } else {
      if (res.options & detail::kNerOptDomains) n = detail::ner_domain_copies(feats, n, domain_);
      weights.add_scores({feats, static_cast<std::size_t>(n)}, scores);
    }
    for (int c = 0; c < classes; ++c) out[c] = scores[c];
  };
  // The transition scores of word i after each previous label, computed once per word (not once
  // per previous label) from the memo.
  const auto c_count = static_cast<std::size_t>(classes);
  const std::size_t block = (c_count + 1) * c_count;
  std::vector<std::int32_t> tsum(sent.size() * block);
  for (std::size_t i = 0; i < sent.size(); ++i) {
    detail::NerTransitionPart parts[detail::kMaxNerTransitionFeatures];
    const int n = detail::ner_transition_parts(&ctx[i + 2], parts, res.options);
    memo.word(parts, n, &tsum[i * block]);
  }
  const auto trans = [&](std::size_t i, int prev, std::int64_t* out) {
    const std::int32_t* row = &tsum[i * block + (prev < 0 ? c_count : static_cast<std::size_t>(prev)) * c_count];
    for (std::size_t c = 0; c < c_count; ++c) out[c] += row[c];
  };
  if (model_->hyper.decoder == kNerViterbi)
    return detail::ner_viterbi<std::int64_t>(sent.size(), classes, emit, trans, beam_);
  std::vector<int> labels(sent.size());
  std::vector<std::int64_t> e(static_cast<std::size_t>(classes)), t(static_cast<std::size_t>(classes));
  int prev = -1;
  for (std::size_t i = 0; i < sent.size(); ++i) {
    emit(i, e.data());
    std::fill(t.begin(), t.end(), 0);
    trans(i, prev, t.data());
    const bool last = i + 1 == sent.size();
    int best = -1;
    for (int c = 0; c < classes; ++c)
      if (detail::ner_allowed(prev, c, last) && (best < 0 || e[c] + t[c] > e[best] + t[best])) best = c;
    labels[i] = best;
    prev = best;
  }
  return labels;
}

std::vector<NamedSpan> EntityRecognizer::recognize(const nlp::Document& doc, const nlp::SentenceProgress& progress) const {
  std::vector<NamedSpan> out;
  const auto stats = document_stats(doc);
  const auto res = resources();
  auto& memo = thread_memo();
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    if (progress) progress(s);
    if (sent.size() == 0) continue;
    for (const auto& [range, type] : spans_of_labels(label(doc, sent, res, stats, memo)))
      out.push_back(NamedSpan{s, sent.first + range.first, sent.first + range.second, static_cast<std::uint16_t>(type)});
  }
  if (progress) progress(static_cast<std::uint32_t>(doc.sentences.size()));
  if (model_->hyper.features & (detail::kNerOptRetype | detail::kNerOptPropagate | detail::kNerOptSurnames)) {
    const auto& types = model_->types;
    const auto per = std::find(types.begin(), types.end(), "PER");
    make_consistent(doc, out, types.size(), model_->hyper.features,
                    per == types.end() ? -1 : static_cast<int>(per - types.begin()));
  }
  return out;
}

std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, int>> spans_of_labels(const std::vector<int>& labels) {
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, int>> out;
  int open_type = -1;
  std::uint32_t open_first = 0;
  for (std::uint32_t i = 0; i < labels.size(); ++i) {
    const int l = labels[i];
    const int part = l == detail::kNerO ? -1 : detail::ner_part_of(l);
    const int type = l == detail::kNerO ? -1 : detail::ner_type_of(l);
    if (open_type >= 0 && ((part != 1 && part != 2) || type != open_type)) {
      out.push_back({{open_first, i}, open_type});  // broken run: close it here
      open_type = -1;
    }
    if (part == 3) out.push_back({{i, i + 1}, type});
    else if (part == 0) {
      open_type = type;
      open_first = i;
    } else if (part == 2 && open_type == type) {
      out.push_back({{open_first, i + 1}, type});
      open_type = -1;
    } else if ((part == 1 || part == 2) && open_type < 0) {
      open_type = type;  // I or L without B: starts a span
      open_first = i;
      if (part == 2) {
        out.push_back({{i, i + 1}, type});
        open_type = -1;
      }
    }
  }
  if (open_type >= 0) out.push_back({{open_first, static_cast<std::uint32_t>(labels.size())}, open_type});
  return out;
}

void NerScore::add(const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>>& gold,
                   const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>>& predicted) {
  for (const auto& g : gold) {
    ++overall.gold;
    ++by_type[std::get<2>(g)].gold;
  }
  for (const auto& p : predicted) {
    ++overall.predicted;
    auto& t = by_type[std::get<2>(p)];
    ++t.predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++overall.correct;
      ++t.correct;
    }
    if (std::any_of(gold.begin(), gold.end(), [&](const auto& g) {
          return std::get<0>(g) == std::get<0>(p) && std::get<1>(g) == std::get<1>(p);
        }))
      ++untyped.correct;
  }
  untyped.gold += gold.size();
  untyped.predicted += predicted.size();
}

}  // namespace ergraph::entities
