#include "nlp/tagger_io.h"


#include "core/atomic_file.h"
#include "core/error.h"
#include "nlp/detail/binary_io.h"
#include "nlp/detail/tagger_features.h"

namespace ergraph::nlp {
namespace {

// Versions of the tagger file format:
//   1: magic, u16 version, kind, feature set, hyperparameters, sources, labels, tag dictionary,
//      word classes, perceptron section (its own version), u64 FNV-1a checksum of all preceding bytes.
//   2: u32 data-preparation flags after the hyperparameters (bit 0: hyphenated compounds merged).
//   3: flag bit 1: a second perceptron section (right-to-left weights, same classes and scale)
//      follows the first.
//   4: flag bit 3: an open-class lexicon (encoded as the word classes) follows the word classes.
constexpr std::string_view kTaggerMagic = "ERGTAG";
constexpr std::uint16_t kTaggerFormatVersion = 4;
constexpr std::uint32_t kFlagMergedHyphens = 1;
constexpr std::uint32_t kFlagBackward = 2;
constexpr std::uint32_t kFlagInventedNames = 4;
constexpr std::uint32_t kFlagLexicon = 8;
constexpr std::string_view kTaggerKind = "averaged-perceptron-tagger";

void write_header(detail::BinaryWriter& w, const TaggerModel& m) {
  w.bytes(kTaggerMagic);
  w.u16(kTaggerFormatVersion);
  w.str(kTaggerKind);
  w.u32(m.feature_set);
  w.u32(m.hyper.iterations);
  w.u64(m.hyper.seed);
  w.u32(m.hyper.tagdict_min_count);
  w.f32(m.hyper.tagdict_min_ratio);
  w.f32(m.hyper.prune_below);
  w.u32(m.hyper.class_min_count);
  w.f32(m.hyper.class_min_share);
  w.u32(m.hyper.class_folds);
  w.u32((m.merged_hyphens ? kFlagMergedHyphens : 0) | (m.backward.classes() > 0 ? kFlagBackward : 0) |
        (m.invented_names ? kFlagInventedNames : 0) | (m.lexicon.empty() ? 0 : kFlagLexicon));
  write_training_sources(w, m.sources);
}

void read_header(detail::BinaryReader& r, TaggerModel& m, bool& has_lexicon) {
  if (r.remaining() < kTaggerMagic.size() || r.bytes(kTaggerMagic.size()) != kTaggerMagic)
    r.fail("E412", "not a tagger model (bad magic; expected \"ERGTAG\")");
  const std::uint16_t version = r.u16();
  if (version == 0 || version > kTaggerFormatVersion)
    r.fail("E413", "tagger model format version " + std::to_string(version) +
                       " is newer than this build supports (" + std::to_string(kTaggerFormatVersion) + ")");
  r.verify_checksum_trailer();  // before any count sizes anything
  const std::string kind = r.str(256);
  if (kind != kTaggerKind) r.fail("E416", "model kind '" + kind + "' is not '" + std::string(kTaggerKind) + "'");
  m.feature_set = r.u32();
  if (m.feature_set != detail::kTaggerFeatureSet)
    r.fail("E413", "tagger feature set " + std::to_string(m.feature_set) + " is not supported");
  m.hyper.iterations = r.u32();
  m.hyper.seed = r.u64();
  m.hyper.tagdict_min_count = r.u32();
  m.hyper.tagdict_min_ratio = r.f32();
  m.hyper.prune_below = r.f32();
  m.hyper.class_min_count = r.u32();
  m.hyper.class_min_share = r.f32();
  m.hyper.class_folds = r.u32();
  const std::uint32_t flags = version >= 2 ? r.u32() : 0;
  const std::uint32_t known = version >= 4   ? kFlagMergedHyphens | kFlagBackward | kFlagInventedNames | kFlagLexicon
                              : version >= 3 ? kFlagMergedHyphens | kFlagBackward | kFlagInventedNames
                                             : kFlagMergedHyphens;
  if (flags & ~known) r.fail("E416", "unknown model flags " + std::to_string(flags));
  m.merged_hyphens = (flags & kFlagMergedHyphens) != 0;
  m.invented_names = (flags & kFlagInventedNames) != 0;
  m.hyper.bidirectional = (flags & kFlagBackward) != 0;
  has_lexicon = (flags & kFlagLexicon) != 0;
  m.sources = read_training_sources(r);
}

void read_labels(detail::BinaryReader& r, TaggerModel& m) {
  const std::uint32_t n = r.u32();
  if (n == 0 || n > 65535) r.fail("E416", "bad label count " + std::to_string(n));
  r.need(std::uint64_t{n} * 8, "label table");
  m.labels.resize(n);
  for (auto& label : m.labels) {
    const std::string upos = r.str(16), xpos = r.str(16);
    const auto u = parse_upos(upos);
    const auto x = xpos == "_" ? std::optional<Xpos>(0) : parse_xpos(xpos);
    if (!u || !x) r.fail("E416", "unknown label '" + upos + "/" + xpos + "'");
    label = TaggerLabel{*u, *x};
  }
  const std::uint32_t d = r.u32();
  r.need(std::uint64_t{d} * 6, "tag dictionary");
  m.tagdict.resize(d);
  for (std::size_t i = 0; i < d; ++i) {
    m.tagdict[i].first = r.str(1024);
    m.tagdict[i].second = r.u16();
    if (m.tagdict[i].second >= n) r.fail("E416", "tag dictionary label out of range");
    if (i > 0 && !(m.tagdict[i - 1].first < m.tagdict[i].first)) r.fail("E416", "tag dictionary is not sorted");
  }
}

using WordLabels = std::vector<std::pair<std::string, std::vector<std::uint16_t>>>;

/// Word classes and the lexicon: count, then per word its form, label count and labels.
void write_word_classes(detail::BinaryWriter& w, const WordLabels& classes) {
  w.u32(static_cast<std::uint32_t>(classes.size()));
  for (const auto& [word, labels] : classes) {
    w.str(word);
    w.u16(static_cast<std::uint16_t>(labels.size()));
    for (std::uint16_t l : labels) w.u16(l);
  }
}

void read_word_classes(detail::BinaryReader& r, std::size_t n_labels, WordLabels& out, const std::string& what) {
  const std::uint32_t n = r.u32();
  r.need(std::uint64_t{n} * 6, what.c_str());
  out.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto& [word, labels] = out[i];
    word = r.str(1024);
    labels.resize(r.u16());
    for (auto& l : labels) {
      l = r.u16();
      if (l >= n_labels) r.fail("E416", what + ": label out of range");
    }
    if (i > 0 && !(out[i - 1].first < word)) r.fail("E416", what + " are not sorted");
  }
}

}  // namespace

std::string serialize_tagger_model(const TaggerModel& m) {
  detail::BinaryWriter w;
  write_header(w, m);
  w.u32(static_cast<std::uint32_t>(m.labels.size()));
  for (const auto& label : m.labels) {
    w.str(to_string(label.upos));
    w.str(xpos_name(label.xpos));
  }
  w.u32(static_cast<std::uint32_t>(m.tagdict.size()));
  for (const auto& [word, label] : m.tagdict) {
    w.str(word);
    w.u16(label);
  }
  write_word_classes(w, m.word_classes);
  if (!m.lexicon.empty()) write_word_classes(w, m.lexicon);
  m.weights.write(w);
  if (m.backward.classes() > 0) m.backward.write(w);
  w.checksum_trailer();
  return w.take();
}

TaggerModel parse_tagger_model(std::string_view bytes, const std::string& where) {
  detail::BinaryReader r(bytes, where);
  TaggerModel m;
  bool has_lexicon = false;
  read_header(r, m, has_lexicon);
  read_labels(r, m);
  read_word_classes(r, m.labels.size(), m.word_classes, "word classes");
  if (has_lexicon) read_word_classes(r, m.labels.size(), m.lexicon, "lexicon entries");
  m.weights = PerceptronModel::read(r);
  if (m.weights.classes() != static_cast<int>(m.labels.size()))
    r.fail("E416", "weight classes do not match the label table");
  if (m.hyper.bidirectional) {
    m.backward = PerceptronModel::read(r);
    if (m.backward.classes() != m.weights.classes())
      r.fail("E416", "right-to-left weight classes do not match the label table");
    if (m.backward.scale() != m.weights.scale())
      r.fail("E416", "right-to-left weights have a different scale from the left-to-right ones");
  }
  r.expect_checksum_trailer();
  return m;
}

void save_tagger_model(const TaggerModel& model, const std::filesystem::path& path) {
  core::write_file_atomically(path, serialize_tagger_model(model));
}

TaggerModel load_tagger_model(const std::filesystem::path& path) {
  return parse_tagger_model(detail::read_model_file(path, "tagger model"), path.string());
}

}  // namespace ergraph::nlp
