#pragma once
/// @file clause_extractor.h
/// The default extractor: triples read off the dependency parse, clause by clause (clauses.h),
/// between entity mentions (entities.h) and, optionally, concepts.
/// Requires: tokens, sentences, tags, lemmas and a parse. Writes: doc.mentions.
///
/// Triples produced, per clause:
///  - subject -> object: every subject entity (coordination expanded; the agent of a passive is
///    the subject and the passive subject the object: "sanctions were imposed by the US on
///    Russia" -> (United States, impose-sanctions-on, Russia)) with every entity argument:
///    direct object ("praise Russia"), oblique with its preposition in the relation
///    ("turn-to" China), or a copular predicate's complement ("Xi is the president of China" ->
///    (Xi, be-president-of, China)). A direct object that is not an entity joins the relation
///    when an entity follows it ("sell dual-use goods to Moscow" -> sell-dual-use-goods-to);
///    a possessed noun does too ("praised Russia's diplomatic efforts" ->
///    praise-diplomatic-efforts-of Russia);
///  - reciprocal: coordinated subject entities with a reciprocal verb or object ("Putin and Xi
///    held a phone call") -> (Putin, hold-phone-call-with, Xi);
///  - concept: a clause with a subject entity and no entity argument links the subject to its
///    first argument as a CONCEPT node ("China maintained neutrality" -> (China, maintain,
///    neutrality); "does not take sides in the war" -> (China, take-sides-in, war), negative);
///    off with ClauseOptions::concepts = false;
///  - event: an active main-clause verb with its own entity subject and nothing else to link to
///    (no object, complement or concept: "Hale will appeal", "Moreno testified") links the actor
///    to a CONCEPT event node named by the relation ((Hale, appeal, appeal)); off with concepts.
/// Roles given "as": "appointed Tomas Vell as head of the Transit Authority" -> (Tomas Vell,
/// head-of, Transit Authority), to the object (a passive's subject), with the clause's factuality.
/// Nominal triples: "US sanctions against Chinese entities" (a noun with an entity modifier and an
/// entity nmod) -> (United States, sanctions-against, China); appositions "Xi Jinping, China's
/// president" -> (Xi Jinping, president-of, China); and the title, "talks between" and
/// "China-Russia relations" patterns of the pattern extractor (pattern_extractor.h).
/// Every triple carries the clause's polarity, modality (with its cue) and attribution (the
/// canonical entity when the attributer is one), the relation as written, and byte spans.
/// Relations are normalized: verbs lemmatized, other words lower case as written, auxiliaries,
/// negation, adverbs and determiners dropped, joined by hyphens.
/// Confidence: 1 / (1 + exp(-z)), 3 decimals, z = 1.2 - 0.4 (per metonym/demonym argument)
///   - 0.15 max(0, relation words - 3) - 0.03 (tokens between the arguments) - 0.3 [inherited
///   subject] - 0.2 [hedged] - 0.8 [concept object] - 0.3 [nominal].
/// Thread safety: const; extract() may be called concurrently on different documents.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/triple.h"
#include "nlp/document.h"
#include "entities/coreference.h"
#include "entities/mentions.h"
#include "extract/clauses.h"
#include "nlp/lexicon.h"

namespace ergraph::extract {
namespace detail {
struct ExtractorWords;
}  // namespace detail

using entities::MentionInfo;
using nlp::Document;

struct ClauseOptions {
  bool concepts = true;  ///< emit subject -> CONCEPT triples for clauses without an entity argument
};

class ClauseExtractor {
 public:
  /// The rules over `mentions` with the word lists they read from `lexicon` (clauses.h,
  /// ClauseWords; reciprocal_nouns, reciprocal_verbs, place_prepositions; and the pattern lists of
  /// pattern_extractor.h). Throws ModelError (E444) naming a missing list file.
  /// With a coreference resolver, resolved pronouns and descriptions ("he", "the company") are
  /// mentions of their antecedent's entity (the surface text stays the pronoun's).
  ClauseExtractor(entities::MentionFinder mentions, const nlp::Lexicon& lexicon, ClauseOptions options = {},
                  std::shared_ptr<const entities::CoreferenceResolver> coreference = nullptr);
  ~ClauseExtractor();
  /// Loads models_dir/gazetteer.tsv and models_dir/lexicon/; throws ModelError naming file and line.
  /// The shipped rules, recognizer and coreference resolver of `models_dir`.
  static std::unique_ptr<ClauseExtractor> load(const std::filesystem::path& models_dir, ClauseOptions options = {});

  /// Finds entity mentions (stored in doc.mentions) and returns the triples, in text order.
  std::vector<core::Triple> extract(Document& doc) const;
  /// The same, and the rule (core::EntityRef::rule) of each mention stored in doc.mentions,
  /// index for index, in `mention_rules` (if not null). `progress` (if set) hears how many
  /// sentences the mention finder has done (MentionFinder::find).
  std::vector<core::Triple> extract(Document& doc, std::vector<std::string>* mention_rules,
                                    const nlp::SentenceProgress& progress = {}) const;

  const entities::MentionFinder& mentions() const { return mentions_; }

 private:
  entities::MentionFinder mentions_;
  std::shared_ptr<const entities::CoreferenceResolver> coreference_;
  ClauseWords clause_words_;
  std::unique_ptr<const detail::ExtractorWords> words_;
  ClauseOptions options_;
};

}  // namespace ergraph::extract
