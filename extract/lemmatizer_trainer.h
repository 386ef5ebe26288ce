#pragma once
/// @file lemmatizer_trainer.h
/// The lemmatizer's exception table (the model file, see docs/FORMATS.md "Lemmatizer table"),
/// the suffix rules it corrects, and the training that builds it from UD CoNLL-U data and
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

#include "extract/conllu.h"
#include "extract/lemmatizer.h"

namespace ergraph::extract {

/// First line of every table file; the version changes when the format or the rules change.
inline constexpr std::string_view kLemmaTableHeader = "# ergraph lemmas v1";

/// One exception: lemma_key(form) + Penn tag -> lemma, with where it came from ("ud", "wn").
struct LemmaEntry {
  std::string lemma;
  std::string source;
};

/// The content of a table file. Ordered maps keep the written file deterministic.
struct LemmaTable {
  std::vector<std::string> comments;                          ///< "# ..." provenance lines
  std::map<std::pair<std::string, Xpos>, LemmaEntry> entries;  ///< (key, xpos) -> lemma
};

/// The lookup key of a form: ASCII lower case, curly apostrophes (U+2019, U+2018) made straight.
std::string lemma_key(std::string_view form);

/// The suffix and closed-class rules alone, without the exception table.
std::string rule_lemma(std::string_view form, Upos upos, Xpos xpos);

/// Reads and checks a table file. Throws ModelError (E401 missing, E402 bad header,
/// E403 malformed line with file:line) .
LemmaTable read_lemma_table(const std::filesystem::path& path);

/// Writes a table atomically (header, comments, then one "key\txpos\tlemma\tsource" per line).
void write_lemma_table(const LemmaTable& table, const std::filesystem::path& path);

/// A lemmatizer over an in-memory table (what Lemmatizer::load returns after reading the file).
std::unique_ptr<Lemmatizer> make_lemmatizer(const LemmaTable& table);

/// Counts reported by the trainer.
struct LemmaTrainReport {
  std::size_t tokens = 0;           ///< training tokens read (gold lemma "_" skipped)
  std::size_t rule_correct = 0;     ///< of those, lemmatized correctly by the rules alone
  std::size_t table_correct = 0;    ///< of those, correct with rules + the UD entries
  std::size_t ud_entries = 0;       ///< entries learned from the UD data
  std::size_t wordnet_entries = 0;  ///< entries added from WordNet .exc files
  std::size_t wordnet_overrides = 0;  ///< verb forms where WordNet replaced a conflicting UD lemma
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
};

/// GUM document names whose licence allows commercial use: rows of gum/doc_licenses.tsv with
/// split "train" and non_commercial "no". Throws IoError / ParseError.
std::set<std::string> gum_commercial_train_docs(const std::filesystem::path& doc_licenses_tsv);

}  // namespace ergraph::extract
