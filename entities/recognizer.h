#pragma once
/// @file recognizer.h
/// The trained named-entity recognizer: a first-order linear-chain model over BILOU labels,
/// trained as an averaged structured perceptron (nlp/perceptron.h, train/ner_trainer.h) and
/// decoded exactly with Viterbi over well-formed label sequences only (a greedy left-to-right
/// decoder is kept for comparison). Features (entities/detail/ner_features.h): word, lower case,
/// shape, affixes, POS, a window of two words, the word's capitalization class learned from the
/// training text, gazetteer matches and word lists, optional templates, and transition features
/// conjoined with the previous label. After decoding, a document's names are made consistent
/// (one type per name text, a name recognized once is recognized again where missed; model
/// options). See models/NER.md.
/// Model file format: "ERGNER" version 2: magic, version, kind, feature set, hyperparameters
/// (iterations, seed, prune, caps count, decoder, feature options, ensemble size), sources, types,
/// capitalization table, perceptron section, checksum. Other versions are rejected (E413).
/// Thread safety: a constructed EntityRecognizer is immutable; recognize() may be called concurrently.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/gazetteer.h"
#include "nlp/document.h"
#include "nlp/lexicon.h"
#include "nlp/perceptron.h"
#include "nlp/training_source.h"

namespace ergraph::entities {
namespace detail {
class NerDocStats;
class NerTransitionMemo;
struct NerDomainWeights;
struct NerResources;
class NerListBits;
struct NerDomainTables;
}

/// The recognizer model file's name inside a models folder.
inline constexpr const char* kRecognizerModel = "ner.model";

/// Training settings, recorded in the model.
struct RecognizerHyperparameters {
  std::uint32_t iterations = 10;   ///< passes over the training data
  std::uint64_t seed = 1;          ///< std::mt19937 seed for the per-pass shuffle
  float prune_below = 0.5f;        ///< averaged weights with smaller magnitude are dropped
  std::uint32_t caps_min_count = 2;  ///< a word enters the capitalization table if seen this often
  std::uint32_t decoder = 1;         ///< kNerGreedy or kNerViterbi (how it was trained and decodes)
  /// optional feature templates and document consistency (detail::kNerOpt... bit set); default:
  /// transition x neighbour words, more word conjunctions, name cues, retype, propagate,
  /// case-insensitive gazetteer kinds, jackknifed capitalization classes, domain copies (models/NER.md)
  std::uint32_t features = 4 | 8 | 16 | 32 | 64 | 256 | 512 | 2048;
  std::uint32_t ensemble = 1;        ///< perceptrons trained on different shuffles, averaged into one
};
/// Decoders: greedy left to right (trained per word), or Viterbi (structured perceptron, trained
/// per sentence).
inline constexpr std::uint32_t kNerGreedy = 0, kNerViterbi = 1;

struct RecognizerModel {
  std::uint32_t feature_set = 0;  ///< detail::kNerFeatureSet
  RecognizerHyperparameters hyper;
  std::vector<nlp::TrainingSource> sources;
  std::vector<std::string> types;  ///< entity types the model labels ("PER", "ORG", "LOC")
  /// lower-cased form hash -> word class (capitalization class + 8 x dictionary class, see
  /// detail::NerResources), sorted by hash
  std::vector<std::pair<std::uint64_t, std::uint8_t>> caps;
  nlp::PerceptronModel weights;  ///< classes() == 1 + 4 * types.size() (O, then B I L U per type)
};

std::string serialize_recognizer_model(const RecognizerModel& model);
/// Parses file bytes; `where` names the file in errors (ModelError E411-E417).
RecognizerModel parse_recognizer_model(std::string_view bytes, const std::string& where);
/// Writes atomically (temporary file + rename).
void save_recognizer_model(const RecognizerModel& model, const std::filesystem::path& path);
RecognizerModel load_recognizer_model(const std::filesystem::path& path);

/// A recognized name: a token range (document token indices, half-open) inside one sentence.
struct NamedSpan {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0, last = 0;
  std::uint16_t type = 0;  ///< index into EntityRecognizer::types()
};

class EntityRecognizer {
 public:
  /// `gazetteer` may be null (no gazetteer features); the lexicon lists the features read are
  /// copied (missing lists are no features).
  EntityRecognizer(RecognizerModel model, std::shared_ptr<const Gazetteer> gazetteer, const nlp::Lexicon& lexicon);
  /// Loads a model file; throws ModelError naming the file and the problem.
  static EntityRecognizer load(const std::filesystem::path& path, std::shared_ptr<const Gazetteer> gazetteer,
                               const nlp::Lexicon& lexicon);
  const std::vector<std::string>& types() const { return model_->types; }
  const RecognizerModel& model() const { return *model_; }
  /// Viterbi beam: only the `k` best labels of the previous word are extended (0 = exact
  /// decoding). The default is kDefaultBeam; see models/NER.md for its speed and accuracy.
  void set_beam(int k) { beam_ = k; }
  int beam() const { return beam_; }
  static constexpr int kDefaultBeam = 0;
  /// The domain of the text for a model trained with domain copies (detail::kNerOptDomains):
  /// kDomainWeb (the default, what build and annotate use: UNER EWT's conventions), kDomainGum
  /// (GUM's conventions) or kDomainNone (shared weights only); see models/NER.md for why web.
  /// Ignored by models trained without domain copies.
  static constexpr std::uint32_t kDomainNone = 0, kDomainWeb = 1, kDomainGum = 2;
  /// The domain named "web", "gum" or "none" (the command-line spelling); nullopt for others.
  static std::optional<std::uint32_t> parse_domain(std::string_view name) {
    if (name == "web") return kDomainWeb;
    if (name == "gum") return kDomainGum;
    if (name == "none") return kDomainNone;
    return std::nullopt;
  }
  /// Also folds the model's weights for `d` (detail::fold_domain), once per domain and model.
  void set_domain(std::uint32_t d);
  std::uint32_t domain() const { return domain_; }
  /// The names of every sentence of `doc` (needs tokens, sentences and POS tags), in text order.
  /// `progress` (if set) hears after every sentence how many are done.
  std::vector<NamedSpan> recognize(const nlp::Document& doc, const nlp::SentenceProgress& progress = {}) const;
  /// The BILOU label indices of one sentence of `doc` (for training and tests); the document's
  /// other sentences are its context.
  std::vector<int> label_sentence(const nlp::Document& doc, const nlp::Sentence& sentence) const;

 private:
  std::vector<int> label(const nlp::Document& doc, const nlp::Sentence& sentence, const detail::NerResources& res,
                         const detail::NerDocStats& stats, detail::NerTransitionMemo& memo) const;
  /// What the features read besides the sentence (the model's tables, gazetteer, word lists).
  detail::NerResources resources() const;
  /// This thread's memo of transition scores for these weights (detail::NerTransitionMemo).
  detail::NerTransitionMemo& thread_memo() const;
  /// The emission weights folded for domain_ (built once per domain and shared by copies), or
  /// null where the model has no domain copies or domain_ is none.
  const detail::NerDomainWeights* domain_weights() const;

  std::shared_ptr<const RecognizerModel> model_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const std::vector<nlp::WordList>> lists_;
  std::shared_ptr<const detail::NerListBits> list_bits_;  ///< lists_ indexed
  std::shared_ptr<detail::NerDomainTables> folded_;  ///< per domain, built on first use
  int beam_ = kDefaultBeam;
  std::uint32_t domain_ = kDomainWeb;
  std::uint64_t id_ = 0;  ///< unique per constructed recognizer (copies share it: same weights)
};

/// Spans of a BILOU label sequence (labels as detail::ner_label; ill-formed runs are closed at
/// the point they break). Token indices relative to the sequence.
std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, int>> spans_of_labels(const std::vector<int>& labels);

/// Exact-span precision/recall over typed spans.
struct SpanCounts {
  std::uint64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};
struct NerScore {
  std::map<std::string, SpanCounts> by_type;  ///< by gold/predicted type name
  SpanCounts overall;
  SpanCounts untyped;  ///< spans right whatever their type (boundary errors only)
  /// Adds one sentence: spans as (first, last, type name); a predicted span is correct when a
  /// gold span has the same range and type.
  void add(const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>>& gold,
           const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>>& predicted);
};

}  // namespace ergraph::entities
