#pragma once
/// @file sentence_trainer.h
/// Trains the sentence splitter (nlp/sentence_splitter.h) on gold CoNLL-U sentences: each
/// document's sentences are joined by single spaces into running text (no line breaks), our
/// tokenizer tokenizes and splits it, and every gap between two tokens where the tokenizer did not
/// start a sentence is one instance (a gold sentence starts there or not). A gold boundary inside
/// one of our tokens cannot be predicted and is not counted. Structured like the tagger's training: averaged
/// perceptron, a per-pass shuffle of the documents, greedy decoding with the gold history.
/// Thread safety: single-threaded.
#include <cstdint>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/sentence_splitter.h"

namespace ergraph::train {

struct SentenceTrainOptions {
  std::uint32_t iterations = 10;
  std::uint64_t seed = 1;
  float prune_below = 0.5f;
};

/// `gold`: sentences grouped by GoldSentence::doc_id (consecutive sentences of one id are one
/// document). `sources` are recorded in the model as given.
nlp::SentenceModel train_sentence_model(const std::vector<nlp::GoldSentence>& gold,
                                        std::vector<nlp::TrainingSource> sources,
                                        const SentenceTrainOptions& options = {});

/// The documents of `gold` as running text, tokenized by nlp::Tokenizer, with the gold sentence
/// starts as a per-token flag. Exposed for tests.
struct SentenceTrainingDoc {
  nlp::Document doc;
  std::vector<bool> gold_start;  ///< a gold sentence starts at this token
};
std::vector<SentenceTrainingDoc> sentence_training_docs(const std::vector<nlp::GoldSentence>& gold);

}  // namespace ergraph::train
