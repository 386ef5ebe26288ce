#pragma once
/// @file pattern_extractor.h
/// The first extractor: entity mentions from tagged sentences, and ReVerb-style relation phrases
/// (a verb phrase with its particles and prepositions between two noun phrases).
/// Requires: tokens, sentences, upos/xpos, lemmas. Writes: doc.mentions.
/// Mention rules: extract/entities.h; relation phrase rules: extract/relation_phrase.h.
/// Triples produced (per sentence, between mentions of that sentence):
///  - verb:       subject mention, then V | V P | V W* P, then the object mention
///                ("Chinese companies selling dual-use goods to Moscow" -> China, sell-dual-use-goods-to,
///                Russia). The subject is the mention right before the phrase (quotes, adverbs and a relative
///                pronoun ", which/who" may come between) unless a preposition precedes it
///                ("talks between Russia and China will ..."; a gerund is exempt: "of Chinese
///                companies selling"); a coordination "A and B" / "A, B and C" gives one triple per
///                conjunct, and so does a coordinated object "to Russia, Iran and China". No triple when the object starts a complement clause ("said Russia",
///                "told Putin China supports"). Passive "X was sanctioned by Y" -> (Y, sanction, X).
///  - reciprocal: "A and B have held a phone call" (coordinated subject, no object mention, and a
///                reciprocal noun or verb: call, talks, meeting, meet, ...) -> A, hold-phone-call-with, B.
///  - between:    "talks between Russia and the US" after a relation noun (talks, relations, ties,
///                dialogue, partnership, ...) -> Russia, talks-with, United States; also a hyphenated
///                pair of gazetteer names before such a noun: "China-Russia relations" -> China,
///                relations-with, Russia (both arguments quote the compound "China-Russia").
///  - title:      "Russian President Vladimir Putin" -> Vladimir Putin, president-of, Russia; also the
///                apposition "X, the president of Y".
/// Relations are hyphenated; "not"/"never" leave the relation and make the triple negative, and a
/// modal verb in the phrase (may, might, could, would, should, must) makes it hedged.
/// Confidence: 1 / (1 + exp(-z)), rounded to 3 decimals, with
///   z = 1.0 + 0.5 [verb] - 0.4 (arguments that are metonyms or demonym phrases)
///       - 0.2 max(0, relation words - 3) - 0.05 (tokens between the arguments)
///       + 1.0 [title] - 0.3 [reciprocal] - 0.5 [between].
/// Thread safety: const; extract() may be called concurrently on different documents.
#include <filesystem>
#include <memory>
#include <vector>

#include "core/triple.h"
#include "extract/document.h"
#include "extract/entities.h"

namespace ergraph::extract {

class PatternExtractor {
 public:
  /// An extractor with an empty gazetteer (names are typed by the rules only).
  PatternExtractor() = default;
  explicit PatternExtractor(Gazetteer gazetteer) : gazetteer_(std::move(gazetteer)) {}
  /// Loads models/gazetteer.tsv; throws ModelError (E421-E425) naming file and line.
  static std::unique_ptr<PatternExtractor> load(const std::filesystem::path& gazetteer_tsv);

  /// Finds entity mentions (resolved to canonical entities within the document: "Putin" and
  /// "President Putin" are the same entity as "Russian President Vladimir Putin"), stores them
  /// in doc.mentions, and returns the triples between entity mentions, in text order.
  std::vector<core::Triple> extract(Document& doc) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  Gazetteer gazetteer_;
};

/// The nominal patterns alone (title, apposition "X, the president of Y", "talks between",
/// "China-Russia relations") of sentence `s`, used by the clause extractor. `mentions` are the
/// mentions of that sentence, in text order.
std::vector<core::Triple> nominal_pattern_triples(const Document& doc, const Gazetteer& gazetteer, std::uint32_t s,
                                                  std::vector<const MentionInfo*> mentions);

/// Appends one sentence's triples to `out` in triple_less order, without duplicates (same
/// subject, relation, object and polarity: the first in that order is kept).
void append_sentence_triples(std::vector<core::Triple>&& sentence, std::vector<core::Triple>& out);

}  // namespace ergraph::extract
