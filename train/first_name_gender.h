#pragma once
/// @file first_name_gender.h
/// Learning the coreference resolver's first-name gender table (entities::FirstNameGender,
/// models/first_name_gender.tsv) from GUM coreference chains: `ergraph train first-names`,
/// scripts/train_first_name_gender.sh. The runtime only reads the table (entities/coreference.h).
#include <set>
#include <string>
#include <vector>

#include "entities/coreference.h"
#include "nlp/conllu.h"
#include "nlp/lexicon.h"

namespace ergraph::train {

/// Learns the table from GUM CoNLL-U sentences (gold tags, Entity= brackets): for every document
/// in `documents`, every coreference chain that has a named (nlp::is_named) "person" mention,
/// counts the masculine_pronouns and feminine_pronouns mentions of the chain (lists of `lexicon`)
/// for the first word of the run of proper nouns around the mention's first PROPN min-span head;
/// words of the `titles` list ("Mr.", "President") are skipped first.
entities::FirstNameGender learn_first_name_gender(const std::vector<nlp::GoldSentence>& gold,
                                                  const std::set<std::string>& documents,
                                                  const nlp::Lexicon& lexicon);

}  // namespace ergraph::train
