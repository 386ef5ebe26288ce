#include "entities/recognizer.h"

#include <algorithm>
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
//      (emission + first-order transition features). Version 1 files are rejected (E413).
constexpr std::string_view kMagic = "ERGNER";
constexpr std::uint16_t kFormatVersion = 2;
constexpr int kMaxTypes = 64;
constexpr int kMaxLabels = 1 + 4 * kMaxTypes;
constexpr std::string_view kKind = "averaged-perceptron-bilou-recognizer";

detail::NerResources resources(const RecognizerModel& m, const Gazetteer* gaz, const std::vector<nlp::WordList>& lists) {
  detail::NerResources r;
  r.caps = &m.caps;
  r.gazetteer = gaz;
  for (const auto& l : lists) r.lists.push_back(l.size() ? &l : nullptr);
  return r;
}

}  // namespace

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
}

EntityRecognizer EntityRecognizer::load(const std::filesystem::path& path, std::shared_ptr<const Gazetteer> gazetteer,
                                        const nlp::Lexicon& lexicon) {
  return EntityRecognizer(load_recognizer_model(path), std::move(gazetteer), lexicon);
}

namespace {
detail::NerDocStats document_stats(const nlp::Document& doc) {
  detail::NerDocStats stats;
  for (const auto& s : doc.sentences) stats.add(doc, s);
  return stats;
}
}  // namespace

std::vector<int> EntityRecognizer::label_sentence(const nlp::Document& doc, const nlp::Sentence& sent) const {
  return label(doc, sent, document_stats(doc));
}

std::vector<int> EntityRecognizer::label(const nlp::Document& doc, const nlp::Sentence& sent,
                                         const detail::NerDocStats& stats) const {
  const auto res = resources(*model_, gazetteer_.get(), *lists_);
  std::vector<detail::NerWord> ctx;
  detail::ner_context(doc, sent, res, ctx, &stats);
  const auto& weights = model_->weights;
  const int classes = weights.classes();
  nlp::FeatureKey feats[detail::kMaxNerFeatures];
  const auto emit = [&](std::size_t i, std::int64_t* out) {
    const int n = detail::ner_emission_features(&ctx[i + 2], feats);
    std::int32_t scores[kMaxLabels] = {};
    weights.add_scores({feats, static_cast<std::size_t>(n)}, scores);
    for (int c = 0; c < classes; ++c) out[c] = scores[c];
  };
  const auto trans = [&](std::size_t i, int prev, std::int64_t* out) {
    nlp::FeatureKey tf[detail::kMaxNerTransitionFeatures];
    const int n = detail::ner_transition_features(
        &ctx[i + 2], prev < 0 ? detail::kNerStart : static_cast<std::uint64_t>(prev), tf);
    std::int32_t scores[kMaxLabels] = {};
    weights.add_scores({tf, static_cast<std::size_t>(n)}, scores);
    for (int c = 0; c < classes; ++c) out[c] += scores[c];
  };
  if (model_->hyper.decoder == kNerViterbi) return detail::ner_viterbi<std::int64_t>(sent.size(), classes, emit, trans);
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

std::vector<NamedSpan> EntityRecognizer::recognize(const nlp::Document& doc) const {
  std::vector<NamedSpan> out;
  const auto stats = document_stats(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    if (sent.size() == 0) continue;
    for (const auto& [range, type] : spans_of_labels(label(doc, sent, stats)))
      out.push_back(NamedSpan{s, sent.first + range.first, sent.first + range.second, static_cast<std::uint16_t>(type)});
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
