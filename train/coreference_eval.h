#pragma once
/// @file coreference_eval.h
/// Accuracy of the coreference resolver (entities/coreference.h) on GUM coreference
/// (`ergraph eval coref`, the [slow] gate in tests/train/coreference_eval_test.cpp). It runs the
/// whole pipeline (tagger, lemmatizer, parser, MentionFinder, resolver) on gold tokens, so it
/// lives with the other evaluations of trained models, not in the runtime module.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "entities/coreference.h"
#include "entities/mentions.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace ergraph::train {

/// Scored: every gold 3rd-person personal or possessive pronoun (he him his she her hers it its
/// they them their theirs) that is a gold mention whose chain has a named mention (nlp::is_named,
/// gold tags) earlier in the document. A pronoun is correct when the resolver gave it a canonical
/// entity one of whose named mentions (MentionFinder, our tags) contains the min-span head (else
/// the last token) of a gold mention of the pronoun's chain; unresolved scored pronouns are wrong.
/// Definite descriptions ("the company", gold mention "the <noun>" with an earlier named mention
/// in the chain) are scored the same way, separately (informational).
struct CorefGroupScore {
  std::size_t total = 0, correct = 0, unresolved = 0;
  /// Resolved to the wrong entity (total - correct - unresolved): what a user sees as an error.
  std::size_t wrong() const { return total - correct - unresolved; }
  double accuracy() const { return total ? static_cast<double>(correct) / static_cast<double>(total) : 0.0; }
  /// Of the resolved ones, the fraction resolved to the right entity.
  double precision() const {
    const auto resolved = total - unresolved;
    return resolved ? static_cast<double>(correct) / static_cast<double>(resolved) : 0.0;
  }
};
struct CorefScore {
  std::map<std::string, CorefGroupScore> groups;  ///< "he/him/his", "she/her/hers", "it/its", "they/them/their"
  CorefGroupScore overall;
  CorefGroupScore descriptions;
  /// Pronoun resolutions of gold mentions outside the scored set (chain without an earlier
  /// name, or not a gold mention): resolved where no named antecedent exists.
  std::size_t resolved_unscored = 0;
  std::map<std::string, std::size_t> resolved_unscored_groups;  ///< the same per group
  std::size_t documents = 0;
  /// Named gold mentions (nlp::is_named) by GUM type: how many one of our named mentions covers
  /// (its min-span head, else its last token) and how many of those have the matching type
  /// (person: PERSON; organization: ORG; place: GPE or LOC; any other type: MISC).
  struct TypeCount {
    std::size_t gold = 0, found = 0, typed = 0;
  };
  std::map<std::string, TypeCount> named_types;
  std::vector<std::string> errors;  ///< "doc sentence: pronoun -> got (want ...)": first max_errors
};
/// Runs `tagger`, `lemmatizer`, `parser` (gold tags, lemmas and heads are discarded), `finder`
/// and `resolver` on each document of `gold` (sentences grouped by GoldSentence::doc_id) and
/// scores as described above.
CorefScore evaluate_coreference(const std::vector<nlp::GoldSentence>& gold, const nlp::Tagger& tagger,
                                const nlp::Lemmatizer& lemmatizer, const nlp::Parser& parser,
                                const entities::MentionFinder& finder, const entities::CoreferenceResolver& resolver,
                                std::size_t max_errors = 0);

}  // namespace ergraph::train
