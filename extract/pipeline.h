#pragma once
/// @file pipeline.h
/// The NLP pipeline over one Document: tokenize -> tag -> lemmatize -> extract. A tiny driver:
/// each stage is a const object, so one Pipeline serves many threads at once.
#include <filesystem>
#include <memory>
#include <vector>

#include "core/triple.h"
#include "extract/document.h"

namespace ergraph::extract {

/// What one document yields.
struct PipelineOutput {
  std::vector<core::Triple> triples;          ///< in text order
  std::vector<core::EntityMention> mentions;  ///< every resolved entity mention, in text order
};

/// Names of the model files inside a models folder.
inline constexpr const char* kTaggerModel = "tagger.model";
inline constexpr const char* kLemmaTable = "lemmas.tsv";
inline constexpr const char* kGazetteer = "gazetteer.tsv";

class Pipeline {
 public:
  /// Loads every model from `models_dir`; throws ModelError naming the missing or bad file.
  static std::unique_ptr<Pipeline> load(const std::filesystem::path& models_dir);
  ~Pipeline();
  /// Runs every stage on `doc` (annotating it in place) and returns its triples and mentions.
  /// Thread safety: may be called concurrently on different documents.
  PipelineOutput process(Document& doc) const;
  /// The stages up to and including lemmas (no extraction), e.g. for annotation and benchmarks.
  void annotate(Document& doc) const;

 private:
  Pipeline();
  struct Stages;
  std::unique_ptr<Stages> stages_;
};

}  // namespace ergraph::extract
