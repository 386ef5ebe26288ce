#pragma once
/// @file lemmatizer_trainer.h
/// Training of the lemmatizer's exception table (nlp/lemma_table.h) from UD CoNLL-U data and
/// WordNet's .exc files. Training and inference share rule_lemma() and lemma_key(), so a
/// table only ever stores the words the rules get wrong.
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/lemma_table.h"
#include "train/corpus.h"

namespace ergraph::train {

using nlp::GoldSentence;
using nlp::LemmaTable;
using nlp::Upos;
using nlp::Xpos;

/// Counts reported by the trainer.
struct LemmaTrainReport {
  std::size_t tokens = 0;           ///< training tokens read (gold lemma "_" skipped)
  std::size_t rule_correct = 0;     ///< of those, lemmatized correctly by the rules alone
  std::size_t table_correct = 0;    ///< of those, correct with rules + the UD entries
  std::size_t ud_entries = 0;       ///< entries learned from the UD data
  std::size_t wordnet_entries = 0;  ///< entries added from WordNet .exc files
  std::size_t wordnet_overrides = 0;  ///< verb forms where WordNet replaced a conflicting UD lemma
  std::size_t wordnet_regular = 0;  ///< regular inflections of WordNet verbs the rules get wrong ("wnr")
};

/// Builds the exception table in memory.
/// Usage: add every training sentence, optionally add the WordNet folder, then build().
class LemmaTableBuilder {
 public:
  /// Counts (key, xpos) -> gold lemma for every token of `sentence` (gold lemma "_" is skipped).
  void add_sentence(const GoldSentence& sentence);
  /// Reads {noun,verb,adj,adv}.exc from `dir`; throws IoError if one is missing.
  /// WordNet entries override the UD data only for verb forms (irregular verbs).
  void add_wordnet(const std::filesystem::path& dir);
  /// Keeps, for each (key, xpos), the most frequent UD lemma (ties: the smallest string) when it
  /// beats the rules on that key's training tokens, then adds the WordNet entries the rules miss.
  LemmaTable build(LemmaTrainReport* report = nullptr) const;

 private:
  struct Observed {
    std::string form;
    std::string lemma;
    Upos upos;
    bool operator<(const Observed& o) const;
  };
  // (key, xpos) -> (form, gold lemma, upos) -> count
  std::map<std::pair<std::string, Xpos>, std::map<Observed, std::size_t>> counts_;
  // (key, xpos) -> lemma, from WordNet
  std::map<std::pair<std::string, Xpos>, std::string> wordnet_;
  std::set<std::string, std::less<>> wordnet_verbs_;  // index.verb lemmas (single words)
};


}  // namespace ergraph::train
