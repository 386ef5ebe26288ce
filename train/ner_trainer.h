#pragma once
/// @file ner_trainer.h
/// Training data and training of the entity recognizer (entities/recognizer.h).
///
/// Data (load_ner_corpus): Universal NER's English EWT train file (uner/en_ewt-ud-train.iob2;
/// its early release: OTH and B-O count as O) plus the named mentions of the GUM train
/// documents whose licence allows commercial use (ud/en_gum-ud-train.conllu, Entity= brackets):
/// person -> PER, organization -> ORG, place -> LOC, other GUM types not labelled (UNER leaves
/// them O as well); a mention is named when its head is a proper noun (nlp::is_named); nested
/// names keep the outermost; the span is the name proper (see gum_ner_spans). Every
/// sentence is tagged by the shipped tagger, so training sees the tags recognition will see.
/// Training (train_recognizer) is an averaged structured perceptron (each sentence Viterbi-decoded
/// with the current weights, then updated towards the gold sequence), or per-word updates with the
/// greedy decoder; the sentences of one document share their document context, as at recognition.
/// split_tune_fold() holds out whole documents for tuning. Training is single-threaded and
/// deterministic: the same data and options give a byte-identical model file.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "entities/gazetteer.h"
#include "train/tagger_trainer.h"
#include "entities/recognizer.h"
#include "nlp/document.h"
#include "nlp/gold_entities.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "nlp/training_source.h"

namespace ergraph::train {

/// One training or evaluation sentence: a one-sentence tagged Document and its gold spans
/// (token indices, half-open; type = index into the corpus's types).
struct NerExample {
  nlp::Document doc;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> spans;
  /// The document the sentence comes from: the UNER sent_id without its "-NNNN" sentence number,
  /// the GUM document name ("" if unknown).
  std::string doc_id;
  std::uint8_t source = 0;  ///< 0 UNER (IOB2), 1 GUM
};

struct NerCorpus {
  std::vector<std::string> types;  ///< {"PER", "ORG", "LOC"}
  std::vector<NerExample> sentences;
  std::vector<nlp::TrainingSource> sources;
  std::size_t gum_docs_used = 0, gum_docs_excluded = 0;
};

/// The tuning split of `corpus`: every document (by doc_id, in order of first appearance, counted
/// separately for UNER and GUM) whose ordinal is `fold` modulo `folds` moves out of the corpus into
/// the returned held-out sentences (the corpus keeps the rest). Decisions about features and
/// settings are made on these, never on the dev files.
std::vector<NerExample> split_tune_fold(NerCorpus& corpus, std::uint32_t fold, std::uint32_t folds = 10);

/// The types the recognizer is trained on, in label order.
std::vector<std::string> ner_types();

/// UNER EWT train (+ GUM train if `with_gum`) under `data_dir`, tagged by `tagger`.
/// Throws IoError/ParseError if a file is missing or malformed.
NerCorpus load_ner_corpus(const std::filesystem::path& data_dir, const nlp::Tagger& tagger, bool with_gum = true);

/// An IOB2 file (e.g. uner/en_ewt-ud-dev.iob2) as examples, tagged by `tagger`; types not in
/// `types` are dropped.
std::vector<NerExample> load_iob2_examples(const std::filesystem::path& path, const nlp::Tagger& tagger,
                                           const std::vector<std::string>& types);

/// The NER gold spans of a GUM sentence: of the outermost named person/organization/place
/// mentions, as PER/ORG/LOC (indices into `types`), the name proper: the run of proper nouns
/// around the head, joined by of/the/and/&/de/- ("National Library of the Netherlands"), without
/// the mention's determiners, possessive, apposition or relative clause. A named mention of
/// another type (event, work) hides the names inside it. Untagged sentences (WebAnno TSV): title-case words.
std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> gum_ner_spans(const std::vector<nlp::GumMention>& mentions,
                                                                         const nlp::GoldSentence& sentence,
                                                                         const std::vector<std::string>& types);

/// The GUM documents of a WebAnno TSV folder named in `doc_list` (one name per line, e.g.
/// gum/files.dev.txt), or all *.tsv files if `doc_list` is empty, as examples tagged by `tagger`.
std::vector<NerExample> load_gum_tsv_examples(const std::filesystem::path& dir, const std::filesystem::path& doc_list,
                                              const nlp::Tagger& tagger, const std::vector<std::string>& types);
/// The sentences of a GUM CoNLL-U file as examples (gold tokens, our tags).
std::vector<NerExample> load_gum_conllu_examples(const std::filesystem::path& path, const nlp::Tagger& tagger,
                                                 const std::vector<std::string>& types);

/// The word classes of the model (detail::NerResources::caps): for every lower-cased form seen at
/// least `min_count` times outside a sentence's first token in the training text, its
/// detail::caps_class; plus, for every word of `dictionary` (one word per line, e.g. Debian's
/// wamerican-large; empty = none), whether the dictionary lists it in lower case, capitalized or both.
/// With `skip` (one flag per sentence, or empty), the flagged sentences are left out.
std::vector<std::pair<std::uint64_t, std::uint8_t>> capitalization_table(const std::vector<NerExample>& sentences,
                                                                       std::uint32_t min_count,
                                                                       const std::vector<std::string>& dictionary = {},
                                                                       const std::vector<bool>& skip = {});
/// The lines of a word-list file. Throws IoError("E101").
std::vector<std::string> read_word_file(const std::filesystem::path& path);

struct NerIterationReport {
  std::uint32_t iteration = 0;
  double train_accuracy = 0;  ///< label accuracy of the greedy predictions while training (%)
  double seconds = 0;
  /// The averaged model of this pass on each of NerTrainOptions::evals, in that order.
  std::vector<std::pair<std::string, entities::SpanCounts>> evals;
};

struct NerTrainOptions {
  entities::RecognizerHyperparameters hyper;
  std::vector<std::string> dictionary;  ///< see capitalization_table
  /// Size of the perceptron updates made on GUM sentences (source 1) relative to UNER's (1 = equal).
  float gum_weight = 1.0f;
  /// Named example sets scored after every pass (never trained on), e.g. the tuning split.
  std::vector<std::pair<std::string, const std::vector<NerExample>*>> evals;
  std::function<void(const NerIterationReport&)> progress;
};

/// Jackknifed part-of-speech tags (the recognizer's POS features then see tags as wrong as on new
/// text, not the near-perfect tags the shipped tagger gives the sentences it was trained on): the
/// tagger's gold training sentences and the examples are split by document (FNV-1a of the
/// document id modulo `folds`); one tagger per fold is trained with `tagger_options` on the other
/// folds, and tags the examples of its fold. `sets` are the example sets to re-tag (the corpus and
/// any held-out tuning sentences); `progress(fold)` is called after each tagger. Deterministic.
void jackknife_tags(const std::vector<std::vector<NerExample>*>& sets, const std::vector<nlp::GoldSentence>& tagger_data,
                    const TaggerTrainOptions& tagger_options, std::uint32_t folds,
                    const std::function<void(std::uint32_t)>& progress = {});
/// The jackknife fold of a document id (FNV-1a modulo `folds`).
std::uint32_t document_fold(std::string_view doc_id, std::uint32_t folds);

/// Trains on `corpus`. The result's `sources` are the corpus's.
entities::RecognizerModel train_recognizer(const NerCorpus& corpus, std::shared_ptr<const entities::Gazetteer> gazetteer,
                                           const nlp::Lexicon& lexicon, const NerTrainOptions& options);

/// The recognizer's spans for every example (token indices of the example's sentence). Consecutive
/// examples of one document (same source and non-empty doc_id) are recognized together, as one
/// Document, so the document's other sentences are their context, as in an article.
/// `domain` (EntityRecognizer::set_domain) for a model with domain copies: kAutoDomain = the genre
/// of each document's source (web text for UNER and IOB2 files, GUM for GUM), else that domain.
inline constexpr int kAutoDomain = -1;
std::vector<std::vector<entities::NamedSpan>> recognize_examples(const entities::EntityRecognizer& recognizer,
                                                                 const std::vector<NerExample>& examples,
                                                                 int domain = kAutoDomain);

/// Exact-span scores of `recognizer` on `examples` (types by name; documents and `domain` as in
/// recognize_examples).
entities::NerScore evaluate_recognizer(const entities::EntityRecognizer& recognizer,
                                       const std::vector<NerExample>& examples, const std::vector<std::string>& types,
                                       int domain = kAutoDomain);

}  // namespace ergraph::train
