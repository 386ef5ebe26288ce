#pragma once
/// @file sentence_splitter.h
/// A learned sentence splitter over the tokenizer's tokens: the tokenizer's rule-based sentences
/// (nlp/tokenizer.h) and every line break stay boundaries, and an averaged perceptron decides,
/// for every other gap between two tokens (except one inside a name that goes on after a
/// lower-case word, detail::name_goes_on, or after an ordinal in digits before a capitalized word,
/// detail::ordinal_goes_on), whether a sentence starts there. It adds the
/// boundaries the rules cannot see in web and forum text ("Take care, my friend, Linda | I'm
/// sorry ...", a headline before its first sentence, a list of URLs) and never removes one the
/// rules find in edited news.
///
/// Features of the gap before token w (p the token before it, pp the one before that, n the one
/// after), hashed (nlp/word_shape.h): bias; p and w lower-cased; the shapes of pp, p, w, n; p x
/// shape(w); shape(p) x shape(w); p x w; the last byte of p; the first byte of w; pp x p; tokens
/// since the last boundary (buckets of 4, up to 40); w x shape(n); length of p (up to 6) x its
/// last byte. Decoding is greedy, left to right.
/// Trained by train/sentence_trainer.h (`ergraph train sentences`); file format "ERGSEN"
/// (docs/FORMATS.md). Model card: models/SENTENCES.md.
/// Thread safety: immutable after construction; split() may be called concurrently.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"
#include "nlp/perceptron.h"
#include "nlp/training_source.h"

namespace ergraph::nlp {

/// File name of the model inside a models folder.
inline constexpr const char* kSentenceModelFile = "sentences.model";

struct SentenceModel {
  std::uint32_t feature_set = 0;  ///< detail::kSentenceFeatureSet
  std::uint32_t iterations = 0;   ///< training passes
  std::uint64_t seed = 0;         ///< per-pass shuffle seed
  float prune_below = 0;          ///< averaged weights below this magnitude were dropped
  std::vector<TrainingSource> sources;
  PerceptronModel weights;        ///< 2 classes: 0 no boundary, 1 a sentence starts here
};

/// The file bytes of a model, and back (`where` names the file in errors; every problem is a
/// ModelError: E411 truncated, E412 bad magic, E413 version or feature set, E414 trailing bytes,
/// E416 bad field, E417 checksum).
std::string serialize_sentence_model(const SentenceModel& model);
SentenceModel parse_sentence_model(std::string_view bytes, const std::string& where);

class SentenceSplitter {
 public:
  explicit SentenceSplitter(SentenceModel model);
  /// Reads a model file; ModelError (E410 and the parse errors) naming it.
  static SentenceSplitter load(const std::filesystem::path& path);
  /// Splits doc.sentences (as the tokenizer wrote them) further where the model finds a sentence
  /// start. Tokens are unchanged; empty documents are left alone.
  void split(Document& doc) const;
  const SentenceModel& model() const { return model_; }

 private:
  SentenceModel model_;
};

/// The most tokens a sentence may have after cap_sentences(). The longest gold sentence of UD
/// English EWT and GUM (train and dev) has 159 words (EWT train; EWT dev 75, GUM 110), so only a
/// run of text without sentence ends (a paste of a transcript, a table flattened into one line)
/// ever reaches it. The tagger and the parser then work on bounded sentences: an 80,000-token
/// line without punctuation took 25 s and 1.46 GB as one sentence (bench/README.md).
inline constexpr std::uint32_t kMaxSentenceTokens = 250;

/// Splits every sentence of `doc` longer than `max_tokens` (>= 2) into pieces of at most
/// `max_tokens` tokens, after the tokenizer and the learned splitter: each piece ends at the last
/// break in the back half of its window: after a comma, semicolon, colon or dash, else before a
/// coordinating conjunction (and, but, or, nor, yet, so), else hard at the limit. Tokens are
/// unchanged and every other sentence stays as it is. Returns how many sentences were split
/// (0: doc.sentences is unchanged).
std::uint32_t cap_sentences(Document& doc, std::uint32_t max_tokens = kMaxSentenceTokens);

/// After tagging: joins a sentence the learned splitter cut inside a name that goes on in the
/// next sentence ("Uppsala Life | Institute will share the data", "Officials said Uppsala Life |
/// Institute had paid ...": the model, trained on web text whose headlines end without
/// punctuation, split inside the name). Sentences a and b are joined when no punctuation ends a
/// and no line break parts them, a ends in two capitalised words (or in a comma and one: "Should
/// Andes Cobre default, Fundición | Pacífico Ltda. will bid", or is one proper noun: "Suva |
/// Timber Inc. will sell"), b opens with a proper noun (NNP, NNPS), and either a has a finite
/// verb or modal (VBD, VBZ, VBP, MD) or b has one right after its name (its first word and up to
/// three more proper nouns: "Timber Inc. will"), or after one adverb there. b may also open with a capitalised "An" or "A" that
/// cannot be an article there (before a comma, a period, a verb, a preposition or a conjunction:
/// "Nguyen Van | An, Baltic ..."). In EWT and GUM (train and dev) a gold boundary after
/// two capitalised words and before a proper noun comes 160 times; 6 of them after a sentence
/// with a finite verb ("Thank You | Kay Mann", dates), and 9 before a proper noun and its verb,
/// each after a verbless title or byline ("by Alex Wilson | Betty was thirty"), which a line break
/// ends in a real document. After a comma and one capitalised word a gold boundary comes 11
/// times there, none after a sentence with a finite verb or before a verb. Tags are the
/// tagger's, so "Uppsala Life | In early ..." and "... | How do" stay apart; no joined sentence exceeds kMaxSentenceTokens. Returns the sentences
/// made by joining (the caller tags them again); doc.sentences is unchanged if none.
std::vector<Sentence> rejoin_split_names(Document& doc);

namespace detail {

inline constexpr std::uint32_t kSentenceFeatureSet = 1;

/// Whether a line break separates token i - 1 from token i (then a sentence always starts at i).
bool line_break_before(const Document& doc, std::uint32_t i);

/// The features of the gap before token i (1 <= i < doc.tokens.size()), `since` tokens since the
/// last boundary. Appends to `out`.
void sentence_gap_features(const Document& doc, std::uint32_t i, std::uint32_t since, std::vector<FeatureKey>& out);

/// Whether the gap before token i sits between a lower-case word and two capitalised ones
/// ("the Chilean newspaper | El Faro reported", "who represents | El Paso"): a name going on, never
/// a learned boundary (in web text such a run after a lower-case word is rarely a new sentence;
/// measured on EWT dev and GUM dev, models/SENTENCES.md).
bool name_goes_on(const Document& doc, std::uint32_t i);
/// Whether the gap before token i follows an ordinal written in digits ("2nd", "3rd", "42nd",
/// "19th") and opens a capitalized word: "the 2nd Earl of Clare", "the 3rd Battalion", "finished
/// 2nd Tuesday". The model never starts a sentence there (rules and line breaks still do).
bool ordinal_goes_on(const Document& doc, std::uint32_t i);

/// The tokenizer's sentence starts as a per-token flag (doc.tokens.size() entries).
std::vector<bool> rule_starts(const Document& doc);

}  // namespace detail
}  // namespace ergraph::nlp
