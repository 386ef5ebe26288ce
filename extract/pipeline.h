#pragma once
/// @file pipeline.h
/// The NLP pipeline over one Document: tokenize -> split sentences (learned splitter, then the
/// length cap) -> tag -> lemmatize -> parse -> extract. A tiny
/// driver: each stage is a const object, so one Pipeline serves many threads at once.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "core/triple.h"
#include "entities/mentions.h"
#include "nlp/document.h"

namespace ergraph::extract {

using nlp::Document;

/// What one document yields.
struct PipelineOutput {
  std::vector<core::Triple> triples;          ///< in text order
  std::vector<core::EntityMention> mentions;  ///< every resolved entity mention, in text order
  /// How many sentences were longer than nlp::kMaxSentenceTokens and were split into pieces
  /// (nlp::cap_sentences): a long run of text without sentence ends. Not an error.
  std::uint32_t long_sentences_split = 0;
};

/// Where the pipeline is inside one document, for a progress display: the stage it has just
/// worked on ("tokenize", "tag", "parse", "extract") and how far, in bytes of Document::text.
struct DocumentProgress {
  const char* stage = "";
  std::uint64_t done = 0;   ///< bytes of the text that stage has finished
  std::uint64_t total = 0;  ///< the text's size
};
/// Called on the thread that processes the document, every few thousand tokens of the tagger,
/// the parser and the mention finder (once after tokenizing; coreference and the clauses come
/// after "extract" at 100%). It must not touch the document.
using ProgressCallback = std::function<void(const DocumentProgress&)>;

/// Names of the model files inside a models folder.
inline constexpr const char* kTaggerModel = "tagger.model";
inline constexpr const char* kLemmaTable = "lemmas.tsv";
inline constexpr const char* kParserModel = "parser.model";

/// Which extractor turns sentences into triples.
enum class ExtractorKind {
  Clause,   ///< clause_extractor.h: reads the dependency parse (default)
  Pattern,  ///< pattern_extractor.h: part-of-speech patterns, no parser (faster)
};

struct PipelineOptions {
  ExtractorKind extractor = ExtractorKind::Clause;
  bool concepts = true;      ///< clause extractor: triples to CONCEPT objects (ClauseOptions)
  bool pretokenized = false; ///< input is one tokenized sentence per line (tokenize_pretokenized)
  /// Re-split the tokenizer's sentences with the learned splitter (nlp/sentence_splitter.h,
  /// models/sentences.model); off: the tokenizer's rules alone. Not used with pretokenized input.
  bool learned_sentences = true;
  /// How mentions are found and named (entities/mentions.h): with Actors::Country (default) a
  /// capital or seat of government that acts stands for its state ("Moscow said" -> Russia);
  /// with Actors::Literal every place keeps its own name (`ergraph build --actors`).
  entities::MentionOptions mentions;
};

class Pipeline {
 public:
  /// Loads the models `options` need from `models_dir` (the parser only for the clause
  /// extractor); throws ModelError naming the missing or bad file.
  static std::unique_ptr<Pipeline> load(const std::filesystem::path& models_dir, PipelineOptions options = {});
  ~Pipeline();
  /// Runs every stage on `doc` (annotating it in place) and returns its triples and mentions.
  /// `progress` (if set) hears how far it is (see ProgressCallback); the output is the same with
  /// and without it.
  /// Thread safety: may be called concurrently on different documents.
  PipelineOutput process(Document& doc, const ProgressCallback& progress = {}) const;
  /// The stages before extraction: tokens, sentences (capped at nlp::kMaxSentenceTokens), tags,
  /// lemmas and (if the parser is loaded) the parse. The tagger and the parser go through the
  /// sentences a slice of a few thousand tokens at a time (both work sentence by sentence, so the
  /// result is the same), reporting each slice to `progress`. Returns how many over-long
  /// sentences were split.
  std::uint32_t annotate(Document& doc, const ProgressCallback& progress = {}) const;
  /// Whether the parser is loaded (the clause extractor's models); Open IE output needs it.
  bool parses() const;
  /// The mention finder the extractor uses (gazetteer, recognizer and rules).
  const entities::MentionFinder& mentions() const;

 private:
  Pipeline();
  struct Stages;
  std::unique_ptr<Stages> stages_;
};

}  // namespace ergraph::extract
