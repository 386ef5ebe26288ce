#pragma once
/// @file tagger_trainer.h
/// Training and evaluation of the averaged-perceptron tagger. Training is single-threaded and
/// deterministic: the same data, options and seed give a byte-identical model file.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/tagger.h"
#include "nlp/evaluate.h"
#include "nlp/tagger_io.h"

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

struct TaggerTrainOptions {
  TaggerHyperparameters hyper;
  TaggerLabelScheme scheme = TaggerLabelScheme::Joint;
  const std::vector<GoldSentence>* dev = nullptr;  ///< scored after every pass if set (never trained on)
  std::function<void(const TaggerIterationReport&)> progress;
};

/// Trains on `train` (gold upos/xpos on the tokens). The result's `sources` is left empty.
TaggerModel train_tagger(const std::vector<GoldSentence>& train, const TaggerTrainOptions& options);

/// The project's training data under `data_dir` (normally /work/shared/data): all of
/// ud/en_ewt-ud-train.conllu plus the documents of ud/en_gum-ud-train.conllu that
/// gum/doc_licenses.tsv marks non_commercial=no. With `merge_hyphens` (the default), every
/// sentence goes through merge_hyphenated_compounds, so training sees "long-term" as one token,
/// as extract/tokenizer.h writes it; the token counts in `sources` are after merging.
struct TaggerCorpus {
  std::vector<GoldSentence> sentences;
  bool merged_hyphens = false;
  std::size_t hyphen_merges = 0;        ///< compounds merged
  std::vector<TrainingSource> sources;  ///< the three files, with sizes and SHA-256
  std::size_t gum_docs_used = 0;
  std::size_t gum_docs_excluded = 0;
};
/// Throws IoError/ParseError if a file is missing or malformed.
TaggerCorpus load_tagger_corpus(const std::filesystem::path& data_dir, bool merge_hyphens = false);

}  // namespace ergraph::train
