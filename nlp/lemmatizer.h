#pragma once
/// @file lemmatizer.h
/// Rule-based lemmatizer: exception lists (irregular forms from the UD training data and
/// WordNet's .exc files, stored in models/) plus English suffix rules, chosen by the POS tag.
/// Thread safety: immutable after load; lemmatize() may be called concurrently.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "nlp/document.h"

namespace ergraph::nlp {

class Lemmatizer {
 public:
  virtual ~Lemmatizer() = default;
  /// Loads the exception table; throws ModelError on a missing or corrupt file.
  static std::unique_ptr<Lemmatizer> load(const std::filesystem::path& path);
  /// The lemma of one word form with its tags.
  virtual std::string lemma(std::string_view form, Upos upos, Xpos xpos) const = 0;
  /// Sets Token::lemma on every token of `doc` (requires tags).
  void lemmatize(Document& doc) const;
};

}  // namespace ergraph::nlp
