#pragma once
/// @file pipeline.h
/// The NLP pipeline over one Document: tokenize -> split sentences -> tag -> lemmatize -> parse -> extract. A tiny
/// driver: each stage is a const object, so one Pipeline serves many threads at once.
#include <filesystem>
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
};

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
  /// Thread safety: may be called concurrently on different documents.
  PipelineOutput process(Document& doc) const;
  /// The stages before extraction: tokens, tags, lemmas and (if the parser is loaded) the parse.
  void annotate(Document& doc) const;
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
