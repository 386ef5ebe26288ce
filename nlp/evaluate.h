#pragma once
/// @file evaluate.h
/// Accuracy of the trained stages against gold CoNLL-U sentences (nlp/conllu.h), as
/// `ergraph eval` prints it, the accuracy gates in tests/nlp check it and training reports it on
/// dev data. Every token counts, punctuation included (as in CoNLL 2018).
#include <cstddef>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"

namespace ergraph::nlp {

class SentenceSplitter;

/// The whitespace tokens of the gold sentences' texts (count_whitespace_tokens: what other tools
/// count), for speeds reported beside the gold tokens'.
std::size_t whitespace_tokens(const std::vector<GoldSentence>& gold);

/// Accuracy of a tagger on gold sentences.
struct TaggerScore {
  std::size_t tokens = 0;
  std::size_t upos_correct = 0;
  std::size_t xpos_correct = 0;
  double seconds = 0;  ///< time spent inside Tagger::tag (not reading or copying)
  double upos() const { return tokens ? 100.0 * static_cast<double>(upos_correct) / static_cast<double>(tokens) : 0.0; }
  double xpos() const { return tokens ? 100.0 * static_cast<double>(xpos_correct) / static_cast<double>(tokens) : 0.0; }
  double tokens_per_second() const { return seconds > 0 ? static_cast<double>(tokens) / seconds : 0.0; }
};

/// Tags copies of `gold` and counts matching tags; with `repair_with`, after
/// repair_verbless_sentences with that lemmatizer, the tagger and the two word lists (what the
/// pipeline does, tagger.h; `gerund_verbs`, `clause_marks` and `name_particles` may be null).
TaggerScore evaluate_tagger(const Tagger& tagger, const std::vector<GoldSentence>& gold,
                            const Lemmatizer* repair_with = nullptr, const WordList* gerund_verbs = nullptr,
                            const WordList* clause_marks = nullptr, const WordList* name_particles = nullptr);

/// Attachment scores on gold tokens (every token counts, punctuation included, as in CoNLL 2018).
struct ParserScore {
  std::size_t tokens = 0;
  std::size_t head_correct = 0;      ///< right head
  std::size_t labelled_correct = 0;  ///< right head and relation
  std::size_t lemma_correct = 0;     ///< lemma equal to the gold lemma (only with a lemmatizer)
  double parse_seconds = 0;          ///< time inside Parser::parse
  double tag_seconds = 0;            ///< time inside Tagger::tag (0 with gold tags)
  double uas() const { return tokens ? 100.0 * static_cast<double>(head_correct) / static_cast<double>(tokens) : 0.0; }
  double las() const { return tokens ? 100.0 * static_cast<double>(labelled_correct) / static_cast<double>(tokens) : 0.0; }
  double lemma_accuracy() const { return tokens ? 100.0 * static_cast<double>(lemma_correct) / static_cast<double>(tokens) : 0.0; }
};

/// Parses copies of `gold` (tagged first by `tagger` if given, else with the gold tags) and
/// counts correct heads and relations; with a `lemmatizer`, also lemmas equal to the gold ones
/// (lemmatized after tagging; not part of the timings).
ParserScore evaluate_parser(const Parser& parser, const std::vector<GoldSentence>& gold,
                            const Tagger* tagger = nullptr, const Lemmatizer* lemmatizer = nullptr);

/// Sentence splitting against gold boundaries. The sentences of each gold document (consecutive
/// sentences with one doc_id; each sentence its own document without one) are joined by single
/// spaces into one text, as running text without line breaks; the tokenizer splits it. A gold
/// sentence is found when one predicted sentence covers exactly its characters.
struct SplitScore {
  std::size_t gold = 0, predicted = 0, found = 0;
  double recall() const { return gold ? static_cast<double>(found) / static_cast<double>(gold) : 0.0; }
  double precision() const { return predicted ? static_cast<double>(found) / static_cast<double>(predicted) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  /// The gold sentences not found (document text offsets), at most `keep_misses` of them, with
  /// their document's text: for error listings.
  struct Miss {
    std::string text;  ///< the gold sentence
    std::string got;   ///< the predicted sentence that starts where it starts, or "" if none
  };
  std::vector<Miss> misses;
};
SplitScore evaluate_sentence_splitting(const Tokenizer& tokenizer, const std::vector<GoldSentence>& gold,
                                       std::size_t keep_misses = 0);
/// The same with the learned splitter (nlp/sentence_splitter.h) after the tokenizer.
SplitScore evaluate_sentence_splitting(const Tokenizer& tokenizer, const SentenceSplitter& splitter,
                                       const std::vector<GoldSentence>& gold, std::size_t keep_misses = 0);

}  // namespace ergraph::nlp
