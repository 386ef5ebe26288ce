#pragma once
/// @file tagger_features.h
/// The tagger's feature extraction, shared by training and tagging so the two cannot drift.
/// Word-level attributes are hashed once per token (WordInfo); per-position features combine
/// them with the two previously predicted labels into FeatureKeys. No allocation per token.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/open_table.h"
#include "nlp/document.h"
#include "nlp/perceptron.h"

namespace ergraph::nlp::detail {

/// Version of the feature templates below; stored in the model and checked on load.
inline constexpr std::uint32_t kTaggerFeatureSet = 1;
/// Upper bound of features per position.
inline constexpr int kMaxTaggerFeatures = 48;
/// Label values for the "previous tag" features before the sentence start.
inline constexpr std::uint64_t kStartLabel = 0xFFFF0001u, kStart2Label = 0xFFFF0002u;

/// Hashed attributes of one word.
struct WordInfo {
  std::uint64_t form = 0;    ///< the normalized form (typographic quotes -> ASCII), case kept
  std::uint64_t lower = 0;   ///< ASCII-lower-cased normalized form
  std::uint64_t suf1 = 0, suf2 = 0, suf3 = 0, suf4 = 0;  ///< last 1-4 code points, lower case
  std::uint64_t pre1 = 0;    ///< first code point, case kept
  std::uint64_t pre2 = 0, pre3 = 0;  ///< first 2/3 code points, lower case
  std::uint64_t shape = 0;   ///< X/x/d shape with runs capped at 2 ("Xxx", "dd.dd")
  std::uint32_t flags = 0;   ///< kIsTitle | kIsUpper | kHasDigit | kHasHyphen
  std::uint64_t amb = 0;     ///< ambiguity class: hash of the labels the word had in training (0 = unknown)
};

/// Open-addressing map from a form hash to a value (tag dictionary, ambiguity classes).
/// Read-only after build(); find() may be called concurrently.
class FormMap {
 public:
  /// Replaces the contents; later duplicates of a key are ignored.
  void build(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& entries);
  /// The value stored for `h`, or `fallback`.
  std::uint64_t find(std::uint64_t h, std::uint64_t fallback) const {
    const std::uint64_t key = h | 1;
    const Slot* s = table_.find(key >> 20, key);
    return s ? s->value : fallback;
  }

 private:
  struct Slot {
    std::uint64_t key;  // form hash | 1; 0 = empty; the probe starts at key >> 20
    std::uint64_t value;
  };
  core::OpenTable<Slot> table_;
};
inline constexpr std::uint32_t kIsTitle = 1, kIsUpper = 2, kHasDigit = 4, kHasHyphen = 8;

/// The form with ’ ‘ ‛ -> ' and “ ” „ -> " (so curly-quoted news tags like the training data).
/// Returns `form` itself when nothing changes, else a view of `scratch`.
std::string_view normalize_form(std::string_view form, std::string& scratch);

/// Hash of a normalized form, as used for WordInfo::form and the tag dictionary.
std::uint64_t form_hash(std::string_view normalized);

/// Attributes of a normalized form.
WordInfo word_info(std::string_view normalized);

/// The ambiguity-class value of a sorted list of labels (never 0).
std::uint64_t ambiguity_class(const std::vector<std::uint16_t>& labels);

/// The value stored in a lexicon FormMap for a word's lexicon labels (never 0, and never equal to
/// an ambiguity_class value in practice: a separate hash space).
std::uint64_t lexicon_entry(const std::vector<std::uint16_t>& labels);

/// The ambiguity class a word without a training class takes from the lexicon (a map from
/// lower-cased form hashes to lexicon_entry values): its lexicon entry, kept apart for title-case
/// words ("Sources said", "Kivu Metals"), or 0 when the lexicon is null or lacks the word.
std::uint64_t lexicon_class(const FormMap* lexicon, const WordInfo& w);
/// The class of lexicon entry `entry` (non-zero) for a title-case word or another.
std::uint64_t lexicon_class(std::uint64_t entry, bool title);

/// Fills `ctx` with 2 start paddings, one WordInfo per token of `sent`, 2 end paddings.
/// `classes` maps form hashes to ambiguity classes (the lower-cased form is tried second); a
/// word with neither takes lexicon_class(lexicon, ...). `scratch` is reused for normalization.
void sentence_context(const Document& doc, const Sentence& sent, const FormMap& classes, const FormMap* lexicon,
                      std::vector<WordInfo>& ctx, std::string& scratch);

/// Reverses the words of a context built by sentence_context, keeping the paddings in place
/// (start paddings first): the context a right-to-left pass reads.
void reverse_words(std::vector<WordInfo>& ctx);

/// Features of the token at `cur` (a pointer into a context built by sentence_context, so
/// cur[-2] .. cur[2] exist), given the previous two labels. Returns the count written to `out`
/// (at most kMaxTaggerFeatures).
int tagger_features(const WordInfo* cur, std::uint64_t prev1, std::uint64_t prev2, FeatureKey* out);

}  // namespace ergraph::nlp::detail
