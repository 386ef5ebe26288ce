#pragma once
// The word lists the extractors read (internal to extract/), taken once from the lexicon
// (models/lexicon/, nlp/lexicon.h). All lower case.
#include <array>
#include <string_view>

#include "nlp/lexicon.h"

namespace ergraph::extract::detail {

struct ExtractorWords {
  nlp::WordList modal_verbs;          ///< modal_verbs: a modal in a relation phrase hedges it
  nlp::WordList gerund_object_verbs;  ///< gerund_object_verbs: "kept supplying Russia"
  nlp::WordList reciprocal_nouns;     ///< reciprocal_nouns: "held a phone call"
  nlp::WordList reciprocal_verbs;     ///< reciprocal_verbs: "A and B met"
  nlp::WordList relation_nouns;       ///< relation_nouns: "talks between", "China-Russia relations"
  nlp::WordList prepositions;         ///< prepositions: their object is no subject of the next verb
  nlp::WordList place_prepositions;   ///< place_prepositions: "in Beijing" is the city
  nlp::WordList role_nouns;  ///< role_nouns + title_nouns + occupation_nouns: "X, the president of Y", "a lawyer for Y"
  /// report_verbs + belief_verbs - object_report_verbs: after these a bare name starts a
  /// complement clause ("said Russia will ..."), it is not their object.
  nlp::WordList complement_verbs;
  nlp::WordList craft_nouns;  ///< craft_nouns: "the Helio-4 probe" stands for Helio-4
  nlp::WordList organization_nouns;  ///< organization_nouns: "Korean firm Hanil Chem" is Hanil Chem
  nlp::WordList authoring_verbs;     ///< authoring_verbs: "Ajax filed a complaint accusing ...": Ajax's stance
  nlp::WordList time_nouns;          ///< time_nouns: "18 months of talks" counts time, not a thing
  /// The lexicon lists read.
  static constexpr std::array<std::string_view, 17> kLists = {
      "modal_verbs",    "gerund_object_verbs", "reciprocal_nouns", "reciprocal_verbs",
      "relation_nouns", "prepositions",        "place_prepositions", "role_nouns",
      "title_nouns",    "report_verbs",        "belief_verbs",     "object_report_verbs",
      "craft_nouns",    "organization_nouns",  "occupation_nouns",   "authoring_verbs",
      "time_nouns"};
  /// Throws ModelError (E444) naming the list file if one is missing.
  static ExtractorWords from(const nlp::Lexicon& lexicon);
  /// A role or occupation noun (lower case): role_nouns, or a word formed as a person's
  /// occupation is ("glaciologist", "botanist", "technician", "cartographer"; not "playlist").
  bool role(std::string_view lower) const;
};

}  // namespace ergraph::extract::detail
