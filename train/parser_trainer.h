#pragma once
/// @file parser_trainer.h
/// Training and evaluation of the arc-hybrid perceptron parser. Training is single-threaded and
/// deterministic: the same data, options and seed give a byte-identical model file.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/parser_io.h"
#include "nlp/tagger.h"
#include "train/tagger_trainer.h"

namespace ergraph::train {

using nlp::GoldSentence;
using nlp::ParserHyperparameters;
using nlp::ParserModel;
using nlp::ParserScore;

/// Progress of one training pass.
struct ParserIterationReport {
  std::uint32_t model = 0;         ///< 0-based index of the model (seed = hyper.seed + model); with
                                   ///< several models, a last report with model == hyper.models
                                   ///< scores their average (only if dev is set)
  std::uint32_t iteration = 0;     ///< 1-based
  double train_accuracy = 0;       ///< share of transitions where the model's choice had zero cost (%)
  double seconds = 0;              ///< wall time of the pass
  std::optional<ParserScore> dev;  ///< averaged model on the dev sentences (tags as given), if set
};

struct ParserTrainOptions {
  ParserHyperparameters hyper;
  const std::vector<GoldSentence>* dev = nullptr;  ///< scored after every pass if set (never trained on);
                                                   ///< with several models, only their average at the end
  std::function<void(const ParserIterationReport&)> progress;  ///< called from one thread at a time
  unsigned threads = 1;  ///< models trained at once (hyper.models > 1); the result does not depend on it
};

/// Trains on `train` using the upos/xpos already on its tokens (see jackknife_tags), its gold
/// heads and its deprels: hyper.models models, with seeds hyper.seed, hyper.seed + 1, ..., whose
/// averaged weights are averaged into one model (a single model needs no more time to run).
/// The result's `sources` is left empty.
ParserModel train_parser(const std::vector<GoldSentence>& train, const ParserTrainOptions& options);

/// Replaces the tags of `sentences` by predicted ones: sentence i is tagged by a tagger trained
/// (with default settings and `lexicon`, that of the tagger the parser will run after) on the
/// sentences of the other folds (fold = i % folds). folds >= 2. `progress` is called after every
/// fold with its number (1-based) and seconds.
void jackknife_tags(std::vector<GoldSentence>& sentences, std::uint32_t folds, const TaggerLexicon& lexicon,
                    const std::function<void(std::uint32_t, double)>& progress = {});

}  // namespace ergraph::train
