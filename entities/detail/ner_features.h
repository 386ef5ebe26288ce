#pragma once
/// @file ner_features.h
/// The entity recognizer's features, shared by training (train/ner_trainer.cpp) and recognition
/// so the two cannot drift. Word attributes are hashed once per sentence (NerWord); per-position
/// features are a window of two words each side (emission features, independent of the labels)
/// plus a few conjoined with the previous label (transition features): a first-order model,
/// decoded exactly by ner_viterbi().
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text.h"
#include "entities/gazetteer.h"
#include "nlp/document.h"
#include "nlp/lexicon.h"
#include "nlp/perceptron.h"

namespace ergraph::entities::detail {

/// Version of the templates below; stored in the model and checked on load.
inline constexpr std::uint32_t kNerFeatureSet = 2;
/// Upper bound of emission features per position with their domain copies: ner_emission_features
/// writes at most kMaxNerFeatures / 2 (58 with every template), ner_domain_copies doubles them.
inline constexpr int kMaxNerFeatures = 128;
/// Upper bound of transition features per position and previous label.
inline constexpr int kMaxNerTransitionFeatures = 12;
/// Label value for the "previous label" features at the sentence start.
inline constexpr std::uint64_t kNerStart = 0xFFFF0001u;

/// Hashed attributes of one word (or of a padding position: all fields are padding values).
struct NerWord {
  std::uint64_t form = 0, lower = 0, shape = 0, short_shape = 0;
  std::uint64_t suf2 = 0, suf3 = 0, suf4 = 0, pre2 = 0, pre3 = 0;
  std::uint64_t xpos = 0;
  std::uint64_t caps = 0;     ///< capitalization class from the model's word statistics
  std::uint64_t dict = 0;     ///< dictionary class: common word, proper noun, both (0 = not listed)
  std::uint64_t gaz = 0;      ///< gazetteer match covering the word: type and B/I position (0 = none)
  std::uint64_t lists = 0;    ///< bit set of the lexicon lists the word is in
  std::uint64_t doc = 0;      ///< how the document writes the word elsewhere (NerDocStats; 0 = no document)
  std::uint64_t kinds = 0;    ///< case-insensitive gazetteer match (Gazetteer::match_kinds): kinds and B/I (0 = none)
  std::uint32_t flags = 0;    ///< kNerTitle | kNerUpper | kNerDigit | kNerInitial | kNerFirstName | kNerDemonym
};
inline constexpr std::uint32_t kNerTitle = 1, kNerUpper = 2, kNerDigit = 4, kNerInitial = 8, kNerFirstName = 16,
                               kNerDemonym = 32;

/// The lexicon lists whose membership is a feature (bit i = list i), if the lexicon has them.
inline constexpr std::string_view kNerLists[] = {"titles", "title_nouns", "organization_words",
                                                 "geographic_words", "time_words", "name_particles",
                                                 "report_verbs", "role_nouns"};

/// Optional feature templates (a bit set stored in the model's hyperparameters).
inline constexpr std::uint32_t kNerOptDocCase = 1;      ///< document writing of the word (NerDocStats)
inline constexpr std::uint32_t kNerOptDocContext = 2;   ///< ... conjoined with the neighbours'
inline constexpr std::uint32_t kNerOptTransWords = 4;   ///< previous label x the neighbouring words
inline constexpr std::uint32_t kNerOptWords = 8;        ///< more word and shape conjunctions
inline constexpr std::uint32_t kNerOptNames = 16;       ///< name-boundary cues (lists, gazetteer, name flags)
/// Case-insensitive gazetteer kinds (every alias type, ambiguous aliases, PLACE and first names).
inline constexpr std::uint32_t kNerOptKinds = 256;
/// ... only where the first word is capitalized.
inline constexpr std::uint32_t kNerOptKindsCased = 1024;
/// Domain copies (Daume 2007, "frustratingly easy domain adaptation"): every emission feature is
/// emitted again conjoined with the text's domain, so the weights learn what the genres share and
/// what each does its own way (UNER's web text and GUM's annotation conventions differ). Training
/// uses each sentence's source; recognition a chosen domain (EntityRecognizer::set_domain).
inline constexpr std::uint32_t kNerOptDomains = 2048;
inline constexpr std::uint32_t kNerOptAll = 31 | kNerOptKinds | kNerOptKindsCased | kNerOptDomains;  ///< every optional feature template
/// The domains: none (shared weights only), web text as UNER EWT, GUM's genres (news among them).
inline constexpr std::uint32_t kNerDomainNone = 0, kNerDomainWeb = 1, kNerDomainGum = 2;
/// The copy of feature `f` for `domain` (web or GUM).
constexpr nlp::FeatureKey ner_domain_copy(nlp::FeatureKey f, std::uint32_t domain) { return nlp::feature_key(96 + domain, f); }
/// Appends to feats[0, n) their copies for `domain` (none: nothing); returns the new count.
inline int ner_domain_copies(nlp::FeatureKey* feats, int n, std::uint32_t domain) {
  if (domain == kNerDomainNone) return n;
  for (int k = 0; k < n; ++k) feats[n + k] = ner_domain_copy(feats[k], domain);
  return 2 * n;
}
/// A model with domain copies scores a word in domain d with every emission feature f and its
/// copy for d. Folded, that is one lookup where it was two: `merged` holds every feature that is
/// not a copy, with its copy's weights for d added, and no copies. A copy whose own feature was
/// pruned in training (an orphan) cannot be told from a feature without copies by its hash, so
/// `orphans` holds every feature that is neither a copy nor has one, and a feature missing from
/// `merged` looks its copy up there. Where a folded weight would not fit int16, the feature
/// keeps its own weights in `merged`, its copy goes to `orphans` and the feature to `unfolded`
/// (looked up there too). Integer sums: the scores are exactly the unfolded ones (as exact as
/// any lookup, whose 32-bit check word may, about once in 2^32 probes, answer for another key).
struct NerDomainWeights {
  std::uint32_t domain = kNerDomainNone;
  nlp::PerceptronModel merged, orphans;
  std::vector<nlp::FeatureKey> unfolded;  ///< ascending
  /// scores[c] += the weights of feats[0, n) (n <= kMaxNerFeatures) and of their copies for
  /// `domain`, as the unfolded model gives them.
  void add_scores(const nlp::FeatureKey* feats, int n, std::int32_t* scores) const;
};
/// `w` folded for `domain` (web or GUM).
std::unique_ptr<const NerDomainWeights> fold_domain(const nlp::PerceptronModel& w, std::uint32_t domain);
/// Document consistency after decoding (EntityRecognizer::recognize, not features): a name's
/// majority type in the document for all its occurrences; a recognized name recognized again
/// where the decoder missed it.
inline constexpr std::uint32_t kNerOptRetype = 32, kNerOptPropagate = 64;
/// ... and the last word of a person's name alone is that person.
inline constexpr std::uint32_t kNerOptSurnames = 128;
/// Training only (recognition ignores it): the capitalization classes a training sentence sees are
/// computed from the other nine tenths of the training documents (jackknifed), so that, as on new
/// text, a name met in only one document has no class of its own (train/ner_trainer.cpp).
inline constexpr std::uint32_t kNerOptJackknifeCaps = 512;
/// The options of a caller without a model (none); trained models store theirs (the shipped
/// model: TransWords | Words | Names | Retype | Propagate | Kinds | JackknifeCaps | Domains, see
/// models/NER.md).
inline constexpr std::uint32_t kNerDefaultOptions = 0;

/// The word lists of the features indexed together: a word's bit set (bit i = list i, as
/// NerWord::lists) in one hash lookup instead of a search per list.
class NerListBits {
 public:
  /// `lists[i]` may be null (a list the lexicon lacks: no bit).
  explicit NerListBits(const std::vector<const nlp::WordList*>& lists);
  std::uint64_t of(std::string_view word) const {
    const auto it = bits_.find(word);
    return it == bits_.end() ? 0 : it->second;
  }

 private:
  core::StringMap<std::uint64_t> bits_;
};
/// What the features read besides the sentence: the model's capitalization classes of
/// lower-cased forms, the gazetteer and the word lists (either may be absent).
struct NerResources {
  /// lower-cased form hash -> word class: capitalization class (caps_class(), 0..5) + 8 x
  /// dictionary class (0 none, 1 only in lower case, 2 only capitalized, 3 both); sorted by hash
  const std::vector<std::pair<std::uint64_t, std::uint8_t>>* caps = nullptr;
  const Gazetteer* gazetteer = nullptr;
  std::vector<const nlp::WordList*> lists;  ///< kNerLists present in the lexicon (nullptr where absent)
  const NerListBits* list_bits = nullptr;   ///< `lists` indexed (optional: the same bits, faster)
  std::uint32_t options = kNerDefaultOptions;  ///< optional templates (kNerOpt...), from the model
};

/// How a document writes each of its words (gold-free document context, in the spirit of Ratinov &
/// Roth 2009): per lower-cased form, its occurrences in lower case, capitalized but not opening a
/// sentence, and inside a run of two or more capitalized words. The word's features (kNerOptDocCase,
/// kNerOptDocContext) then tell how the word is written *elsewhere* in the document (its own
/// occurrence taken out). Measured without gain on the tuning split, so off in the shipped model.
class NerDocStats {
 public:
  struct Counts {
    std::uint32_t lower = 0, capitalized = 0, in_run = 0;
  };
  /// Counts the words of one sentence of `doc`.
  void add(const nlp::Document& doc, const nlp::Sentence& sentence);
  Counts get(std::uint64_t lower_form_hash) const;
  /// The counts one occurrence contributes (word `i` of `forms`).
  static Counts of(const std::vector<std::string_view>& forms, std::size_t i);

 private:
  // By lower-cased form hash. A hash table, not a vector sorted again after every add(): that
  // made a document of S sentences and V distinct words cost S x V log V (a 5 MB text file spent
  // most of its time here; issue 13).
  std::unordered_map<std::uint64_t, Counts> counts_;
};

/// Hash of a form, lower-cased in ASCII (the key of the capitalization table).
std::uint64_t lower_hash(std::string_view form);
/// The capitalization class of a word seen `capitalized` times out of `total` outside a sentence's
/// first token: 1 (almost never capitalized) .. 5 (almost always); 0 if seen fewer than 2 times.
std::uint8_t caps_class(std::uint32_t capitalized, std::uint32_t total);

/// Fills `ctx` with 2 start paddings, one NerWord per token of `sent`, 2 end paddings. `stats`
/// (may be null: no document features) are of the whole document, `sent` included.
void ner_context(const nlp::Document& doc, const nlp::Sentence& sent, const NerResources& res,
                 std::vector<NerWord>& ctx, const NerDocStats* stats = nullptr);

/// The emission features of the word at `cur` (a pointer into a context built by ner_context).
/// Returns the number written to `out` (at most kMaxNerFeatures).
int ner_emission_features(const NerWord* cur, nlp::FeatureKey* out, std::uint32_t options = kNerDefaultOptions);
/// The transition features of the word at `cur` after label `prev` (kNerStart at the sentence
/// start). Returns the number written to `out` (at most kMaxNerTransitionFeatures).
int ner_transition_features(const NerWord* cur, std::uint64_t prev, nlp::FeatureKey* out,
                            std::uint32_t options = kNerDefaultOptions);
/// One transition template of a word: its feature after label `prev` is
/// nlp::feature_key(tmpl, prev, value). ner_transition_features() is these, in this order.
struct NerTransitionPart {
  std::uint32_t tmpl = 0;
  std::uint64_t value = 0;
};
/// The transition templates of the word at `cur` (at most kMaxNerTransitionFeatures).
int ner_transition_parts(const NerWord* cur, NerTransitionPart* out, std::uint32_t options = kNerDefaultOptions);

/// Transition scores memoized: for each (template, value) met, the scores of
/// every class after every previous label and after the start, looked up in the model once. The
/// sums are the same integers as scoring ner_transition_features() directly (the decoding does
/// not change), with about a tenth of the lookups: most templates (label bias, shapes, tags,
/// capitalization classes) take a few values, and words repeat. At most kMaxBlocks are kept
/// (about 6 MB); past that, scores are computed without keeping them. The scores depend only on
/// the weights, so one memo may serve many documents. Not thread-safe: one per thread.
class NerTransitionMemo {
 public:
  explicit NerTransitionMemo(const nlp::PerceptronModel& weights);
  /// The transition scores of a word with these templates: sums[r * classes + c] = the score of
  /// class c after label r (row classes: at the sentence start); (classes + 1) * classes values.
  void word(const NerTransitionPart* parts, int n, std::int32_t* sums);
  static constexpr std::size_t kMaxBlocks = 8192;

 private:
  /// Where the block of `part`, the k-th part of a word, is: its offset in blocks_, or past
  /// kMaxBlocks -1 - k for the k-th scratch block (filled now).
  std::ptrdiff_t block(const NerTransitionPart& part, int k);
  void fill(const NerTransitionPart& part, std::int32_t* rows);
  // The blocks kept, by (template, value): open addressing with linear probing, twice as many
  // slots as blocks (a std::unordered_map here was a tenth of the recognizer's time).
  struct Slot {
    std::uint64_t value = 0;
    std::uint32_t tmpl = 0;
    std::uint32_t block = 0;  // block index + 1; 0 = empty
  };
  static constexpr std::size_t kSlots = 2 * kMaxBlocks;  // a power of two
  const nlp::PerceptronModel* weights_;
  std::size_t classes_ = 0;
  std::vector<Slot> index_;
  std::size_t kept_ = 0;
  std::vector<std::int32_t> blocks_;   // (classes_ + 1) rows of classes_ scores per block
  std::vector<std::int32_t> scratch_;  // one block per part of a word, past kMaxBlocks
  std::vector<nlp::FeatureKey> keys_;  // the features of the block being filled
};

/// BILOU labels: label 0 is O; label 1 + 4 * t + k is B, I, L, U (k = 0..3) of type t.
inline constexpr int kNerO = 0;
inline int ner_label(int type, int k) { return 1 + 4 * type + k; }
inline int ner_type_of(int label) { return (label - 1) / 4; }
inline int ner_part_of(int label) { return (label - 1) % 4; }  ///< 0 B, 1 I, 2 L, 3 U
/// Whether `label` may follow `prev` (-1 = sentence start); at the sentence's last word only
/// O, L and U may end it.
inline bool ner_allowed(int prev, int label, bool last) {
  const bool inside = prev > 0 && ner_part_of(prev) <= 1;  // after B or I
  if (inside) {
    if (label == kNerO) return false;
    const int part = ner_part_of(label);
    if (ner_type_of(label) != ner_type_of(prev) || (part != 1 && part != 2)) return false;
    return !last || part == 2;
  }
  if (label == kNerO) return true;
  const int part = ner_part_of(label);
  if (part == 1 || part == 2) return false;
  return !last || part == 3;
}

/// The best well-formed label sequence of `n` words (Viterbi). `emit(i, scores)` sets scores[c]
/// for every class of word i; `trans(i, prev, scores)` adds the transition scores of word i after
/// label `prev` (-1 at the start) to scores[c]. Ties go to the lowest previous label, then the
/// lowest label, so decoding is deterministic. With `beam` > 0 only the `beam` best labels of
/// word i - 1 are extended (the transition scores, one lookup per previous label, are most of the
/// decoding time); 0 = exact.
template <class Score, class Emit, class Trans>
std::vector<int> ner_viterbi(std::size_t n, int classes, Emit&& emit, Trans&& trans, int beam = 0) {
  std::vector<int> labels(n, kNerO);
  if (n == 0) return labels;
  const auto c_count = static_cast<std::size_t>(classes);
  constexpr Score kNone = std::numeric_limits<Score>::lowest();
  std::vector<Score> best(n * c_count, kNone), e(c_count), t(c_count);
  std::vector<int> back(n * c_count, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const bool last = i + 1 == n;
    emit(i, e.data());
    Score* cur = &best[i * c_count];
    const int prevs = i == 0 ? 1 : classes;
    // With a beam: the score a previous label must reach to be extended (the beam-th best).
    Score floor = kNone;
    if (beam > 0 && i > 0 && beam < classes) {
      std::vector<Score> scores(best.begin() + static_cast<std::ptrdiff_t>((i - 1) * c_count),
                                best.begin() + static_cast<std::ptrdiff_t>(i * c_count));
      std::nth_element(scores.begin(), scores.begin() + (beam - 1), scores.end(), std::greater<Score>());
      floor = scores[static_cast<std::size_t>(beam - 1)];
    }
    for (int p = 0; p < prevs; ++p) {
      const int prev = i == 0 ? -1 : p;
      const Score base = i == 0 ? Score{} : best[(i - 1) * c_count + static_cast<std::size_t>(p)];
      if (base == kNone || base < floor) continue;
      std::fill(t.begin(), t.end(), Score{});
      trans(i, prev, t.data());
      for (int c = 0; c < classes; ++c) {
        if (!ner_allowed(prev, c, last)) continue;
        const Score v = base + e[static_cast<std::size_t>(c)] + t[static_cast<std::size_t>(c)];
        if (cur[c] == kNone || v > cur[c]) {
          cur[c] = v;
          back[i * c_count + static_cast<std::size_t>(c)] = prev;
        }
      }
    }
  }
  int c = -1;
  const Score* end = &best[(n - 1) * c_count];
  for (int k = 0; k < classes; ++k)
    if (end[k] != kNone && (c < 0 || end[k] > end[c])) c = k;
  for (std::size_t i = n; i-- > 0;) {
    labels[i] = c;
    c = back[i * c_count + static_cast<std::size_t>(c)];
  }
  return labels;
}

}  // namespace ergraph::entities::detail
