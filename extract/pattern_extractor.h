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
#include <string>
#include <vector>

#include "core/triple.h"
#include "nlp/document.h"
#include "entities/mentions.h"
#include "nlp/lexicon.h"

namespace ergraph::extract {
namespace detail {
struct ExtractorWords;
}  // namespace detail

using entities::MentionInfo;
using nlp::Document;

class PatternExtractor {
 public:
  /// The rules over `mentions` with the word lists they read from `lexicon`: modal_verbs,
  /// gerund_object_verbs, reciprocal_nouns, reciprocal_verbs, relation_nouns, prepositions,
  /// role_nouns, title_nouns and occupation_nouns (appositions), report_verbs + belief_verbs - object_report_verbs
  /// (verbs whose bare object starts a complement clause). Throws ModelError (E444) naming a
  /// missing list file.
  PatternExtractor(entities::MentionFinder mentions, const nlp::Lexicon& lexicon);
  ~PatternExtractor();
  /// Loads models_dir/gazetteer.tsv and models_dir/lexicon/; throws ModelError naming file and line.
  static std::unique_ptr<PatternExtractor> load(const std::filesystem::path& models_dir);

  /// Finds entity mentions (resolved to canonical entities within the document: "Putin" and
  /// "President Putin" are the same entity as "Russian President Vladimir Putin"), stores them
  /// in doc.mentions, and returns the triples between entity mentions, in text order.
  std::vector<core::Triple> extract(Document& doc) const;
  /// The same, and the rule (core::EntityRef::rule) of each mention stored in doc.mentions,
  /// index for index, in `mention_rules` (if not null). `progress` (if set) hears how many
  /// sentences the mention finder has done (MentionFinder::find).
  std::vector<core::Triple> extract(Document& doc, std::vector<std::string>* mention_rules,
                                    const nlp::SentenceProgress& progress = {}) const;

  const entities::MentionFinder& mentions() const { return mentions_; }

 private:
  entities::MentionFinder mentions_;
  std::unique_ptr<const detail::ExtractorWords> words_;
};

}  // namespace ergraph::extract
