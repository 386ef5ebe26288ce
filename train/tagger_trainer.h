#pragma once
/// @file tagger_trainer.h
/// Training and evaluation of the averaged-perceptron tagger. Training is single-threaded and
/// deterministic: the same data, options and seed give a byte-identical model file.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/tagger.h"
#include "nlp/evaluate.h"
#include "nlp/tagger_io.h"
#include "train/corpus.h"

namespace ergraph::train {

using nlp::GoldSentence;
using nlp::Tagger;
using nlp::TaggerHyperparameters;
using nlp::TaggerModel;
using nlp::TaggerScore;
using nlp::TrainingSource;

/// What a model predicts: the joint UPOS+XPOS pair (the shipped choice), or one tag set only
/// (kept for the comparison reported in models/TAGGER.md).
enum class TaggerLabelScheme { Joint, UposOnly, XposOnly };

/// Progress of one training pass.
struct TaggerIterationReport {
  std::uint32_t iteration = 0;        ///< 1-based
  double train_accuracy = 0;          ///< label accuracy of the greedy predictions made while training (%)
  double seconds = 0;                 ///< wall time of the pass
  std::optional<TaggerScore> dev;     ///< averaged model on the dev sentences, if given
};

/// An open-class lexicon: lower-case word -> the Penn Treebank tags it can carry (NN NNS NNP VB VBP
/// VBZ VBD VBN VBG JJ JJR JJS RB), as scripts/wordnet/build_wordnet_tags.py writes it.
using TaggerLexicon = std::vector<std::pair<std::string, std::vector<std::string>>>;

/// Reads a lexicon file: one word per line, a tab, its tags separated by spaces ('#' lines are
/// comments). Throws ParseError (E105, location file:line) for a malformed line or an unknown
/// tag, IoError if the file cannot be read.
TaggerLexicon read_tagger_lexicon(const std::filesystem::path& path);
/// The lexicon a model was trained with (empty if none), as word -> tag names.
TaggerLexicon tagger_lexicon_of(const TaggerModel& model);

struct TaggerTrainOptions {
  TaggerHyperparameters hyper;
  TaggerLabelScheme scheme = TaggerLabelScheme::Joint;
  const std::vector<GoldSentence>* dev = nullptr;  ///< scored after every pass if set (never trained on)
  /// Copies of each training sentence with its proper nouns replaced by invented names
  /// (train/corpus.h with_invented_names), added to the passes; the tag dictionary and the word
  /// classes are still counted on the original sentences only, an invented name has no class.
  /// 0 is the shipped setting and the default of every tagger trained here, the jackknifed
  /// taggers of the parser and recognizer trainers included (models/TAGGER.md: one copy helped
  /// the news-style sets but cost EWT dev accuracy, parsing and the recognizer).
  std::uint32_t name_copies = 0;
  /// Open-class lexicon for the words without an ambiguity class (stored in the model; empty:
  /// none). The shipped model's is WordNet's (models/TAGGER.md).
  TaggerLexicon lexicon;
  std::function<void(const TaggerIterationReport&)> progress;
};

/// Trains on `train` (gold upos/xpos on the tokens). The result's `sources` is left empty.
TaggerModel train_tagger(const std::vector<GoldSentence>& train, const TaggerTrainOptions& options);


}  // namespace ergraph::train
