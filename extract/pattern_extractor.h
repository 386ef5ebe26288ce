#pragma once
/// @file pattern_extractor.h
/// The first extractor: entity mentions from tagged sentences, and ReVerb-style relation phrases
/// (a verb phrase with its particles and prepositions between two noun phrases).
/// Requires: tokens, sentences, upos/xpos, lemmas. Writes: doc.mentions.
/// Thread safety: const; extract() may be called concurrently on different documents.
#include <vector>

#include "core/triple.h"
#include "extract/document.h"

namespace ergraph::extract {

class PatternExtractor {
 public:
  /// Finds entity mentions (resolved to canonical entities within the document: "Putin" and
  /// "President Putin" are the same entity as "Russian President Vladimir Putin"), stores them
  /// in doc.mentions, and returns the triples between entity mentions, in text order.
  std::vector<core::Triple> extract(Document& doc) const;
};

}  // namespace ergraph::extract
