#pragma once
/// @file tagger.h
/// Averaged-perceptron part-of-speech tagger: predicts UPOS and Penn XPOS for every token.
/// Model file format: see docs/FORMATS.md (magic, version, checked completely on load).
/// Thread safety: a loaded Tagger is immutable; tag() may be called concurrently.
#include <filesystem>
#include <memory>

#include "nlp/document.h"

namespace ergraph::nlp {

class Tagger {
 public:
  virtual ~Tagger() = default;
  /// Loads a model file; throws ModelError naming the file and the problem.
  static std::unique_ptr<Tagger> load(const std::filesystem::path& path);
  /// Sets upos and xpos on every token of every sentence of `doc`.
  virtual void tag(Document& doc) const = 0;
};

}  // namespace ergraph::nlp
