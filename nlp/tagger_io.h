#pragma once
/// @file tagger_io.h
/// The tagger's model (labels, tag dictionary, perceptron weights, provenance) and its binary
/// file format ("ERGTAG", see docs/FORMATS.md, section "Tagger model").
/// Loading checks magic, version, kind, feature set, every count and index, a checksum, and
/// that no bytes are left over; any problem is a ModelError naming the file and the reason.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/perceptron.h"
#include "nlp/tagger.h"
#include "nlp/tagset.h"
#include "nlp/training_source.h"

namespace ergraph::nlp {

/// One output label: a UPOS + XPOS pair (xpos 0 if the model predicts UPOS only).
struct TaggerLabel {
  Upos upos = Upos::None;
  Xpos xpos = 0;
};

/// Training settings, recorded in the model.
struct TaggerHyperparameters {
  std::uint32_t iterations = 9;         ///< passes over the training data
  std::uint64_t seed = 1;               ///< std::mt19937 seed for the per-pass shuffle
  std::uint32_t tagdict_min_count = 20; ///< a word enters the tag dictionary if seen this often
  float tagdict_min_ratio = 0.97f;      ///<   and with one label at least this share of the time
  float prune_below = 1.0f;             ///< averaged weights with smaller magnitude are dropped
  std::uint32_t class_min_count = 2;    ///< a word gets an ambiguity class if seen this often
  float class_min_share = 0.05f;        ///<   listing the labels with at least this share
  std::uint32_t class_folds = 10;       ///< training sees classes computed without its own fold (0 = off)
  bool bidirectional = true;            ///< also train right-to-left weights (stored as a format flag)
};

struct TaggerModel {
  std::uint32_t feature_set = 0;                            ///< detail::kTaggerFeatureSet
  TaggerHyperparameters hyper;
  std::vector<TrainingSource> sources;
  bool merged_hyphens = false;  ///< the training sentences had merge_hyphenated_compounds applied (extract/conllu.h)
  /// Training also saw copies of the sentences with invented proper nouns (train/corpus.h
  /// with_invented_names; `ergraph train tagger --name-copies`).
  bool invented_names = false;
  std::vector<TaggerLabel> labels;                          ///< class index -> tags
  std::vector<std::pair<std::string, std::uint16_t>> tagdict;  ///< normalized form -> label, sorted by form
  /// normalized form -> its ambiguity class (ascending labels seen in training), sorted by form
  std::vector<std::pair<std::string, std::vector<std::uint16_t>>> word_classes;
  /// Open-class lexicon (`ergraph train tagger --lexicon`, WordNet's forms): lower-case form -> the
  /// labels it can take, sorted by form; all of it, as trained with (the jackknifed taggers of the
  /// parser and recognizer trainers reuse it, train/tagger_trainer.h tagger_lexicon_of). A word
  /// without an ambiguity class takes its lexicon labels as one (detail::lexicon_class). Empty: none.
  std::vector<std::pair<std::string, std::vector<std::uint16_t>>> lexicon;
  PerceptronModel weights;                                  ///< classes() == labels.size()
  /// Right-to-left weights (empty, classes() == 0, in a one-direction model). When present,
  /// each token not in the tag dictionary gets the label with the highest sum of its
  /// left-to-right and right-to-left scores (both quantized with the same scale).
  PerceptronModel backward;
};

/// The file bytes of a model.
std::string serialize_tagger_model(const TaggerModel& model);
/// Parses file bytes; `where` names the file in errors.
TaggerModel parse_tagger_model(std::string_view bytes, const std::string& where);
/// Writes atomically (temporary file + rename).
void save_tagger_model(const TaggerModel& model, const std::filesystem::path& path);
/// Reads a model file; throws ModelError (missing file, bad magic, newer version, truncated, ...).
TaggerModel load_tagger_model(const std::filesystem::path& path);

/// A Tagger over an in-memory model (Tagger::load is load_tagger_model + make_tagger).
std::unique_ptr<Tagger> make_tagger(TaggerModel model);

}  // namespace ergraph::nlp
