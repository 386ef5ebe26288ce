#pragma once
/// @file parser.h
/// Greedy arc-hybrid dependency parser (averaged perceptron, trained with a dynamic oracle):
/// sets Token::head (sentence-relative index, -1 = root) and Token::deprel (a labelled Universal
/// Dependencies relation, see tagset.h) on every token. Needs tagged tokens (upos, xpos).
/// Model file format: see docs/FORMATS.md, section "Parser model".
/// Thread safety: a loaded Parser is immutable; parse() may be called concurrently.
#include <filesystem>
#include <memory>

#include "nlp/document.h"

namespace ergraph::nlp {

class Parser {
 public:
  virtual ~Parser() = default;
  /// Loads a model file; throws ModelError naming the file and the problem.
  static std::unique_ptr<Parser> load(const std::filesystem::path& path);
  /// Parses every sentence of `doc`: each becomes a single-rooted tree (exactly one token with
  /// head -1 and deprel "root"; no cycles).
  virtual void parse(Document& doc) const = 0;
};

}  // namespace ergraph::nlp
