#include "nlp/tagger.h"

#include <string>
#include <vector>

#include "nlp/detail/tagger_features.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger_io.h"
#include "nlp/word_shape.h"

namespace ergraph::nlp {
namespace {

/// Per-thread scratch space, reused across calls (no allocation per token).
struct Scratch {
  std::vector<detail::WordInfo> ctx;
  std::string norm;
  std::vector<std::int32_t> scores;
  std::vector<std::int32_t> forward;  // bidirectional models: left-to-right scores, n x labels
  std::vector<int> label;             // per token: the chosen label (-1 between the two passes: still to choose)
  std::vector<const char*> skip;      // per token: labels it may not take (null: none)
};

class PerceptronTagger final : public Tagger {
 public:
  explicit PerceptronTagger(TaggerModel model) : model_(std::move(model)) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
    for (const auto& [word, label] : model_.tagdict) entries.emplace_back(detail::form_hash(word), label);
    dict_.build(entries);
    entries.clear();
    for (const auto& [word, labels] : model_.word_classes)
      entries.emplace_back(detail::form_hash(word), detail::ambiguity_class(labels));
    classes_.build(entries);
    // Classes without a preposition label: a word seen in training only as other parts of speech
    // is never read as a preposition ("Fiji beat Samoa": "beat" was ADP between two names).
    entries.clear();
    for (const auto& [word, labels] : model_.word_classes) {
      bool adp = false;
      for (const auto l : labels) adp = adp || (l < model_.labels.size() && model_.labels[l].upos == Upos::ADP);
      if (!adp) entries.emplace_back(detail::ambiguity_class(labels), 1);
    }
    no_adp_.build(entries);
    adp_label_.assign(model_.labels.size(), 0);
    for (std::size_t l = 0; l < model_.labels.size(); ++l) adp_label_[l] = model_.labels[l].upos == Upos::ADP;
  }

  void tag(Document& doc) const override {
    thread_local Scratch scratch;
    scratch.scores.resize(model_.labels.size());
    for (const Sentence& s : doc.sentences) tag_sentence(doc, s, scratch);
  }

 private:
  /// Greedy left-to-right pass; with right-to-left weights, a second greedy pass from the end,
  /// and each scored token takes the best sum of its two score vectors.
  void tag_sentence(Document& doc, const Sentence& sent, Scratch& sc) const {
    detail::sentence_context(doc, sent, classes_, sc.ctx, sc.norm);
    const std::size_t n = sent.size(), n_labels = model_.labels.size();
    sc.skip.assign(n, nullptr);
    for (std::size_t i = 0; i < n; ++i)
      if (const std::uint64_t amb = sc.ctx[i + 2].amb; amb != 0 && no_adp_.find(amb, 0) != 0)
        sc.skip[i] = adp_label_.data();
    const bool both = model_.backward.classes() > 0;
    if (both) sc.forward.resize(n * n_labels);
    sc.label.resize(n);
    std::uint64_t prev1 = detail::kStartLabel, prev2 = detail::kStart2Label;
    for (std::size_t i = 0; i < n; ++i) {
      std::int32_t* scores = both ? sc.forward.data() + i * n_labels : sc.scores.data();
      int best = label_of(sc.ctx.data() + i + 2, prev1, prev2, model_.weights, scores);
      sc.label[i] = best;
      if (best < 0) best = argmax(scores, n_labels, nullptr, sc.skip[i]);
      if (!both) sc.label[i] = best;
      prev2 = prev1;
      prev1 = static_cast<std::uint64_t>(best);
    }
    if (both) {
      detail::reverse_words(sc.ctx);
      prev1 = detail::kStartLabel, prev2 = detail::kStart2Label;
      for (std::size_t j = 0; j < n; ++j) {
        const std::size_t i = n - 1 - j;
        int best = label_of(sc.ctx.data() + j + 2, prev1, prev2, model_.backward, sc.scores.data());
        if (best < 0) {
          best = argmax(sc.scores.data(), n_labels, nullptr, sc.skip[i]);  // this pass's own history
          sc.label[i] = argmax(sc.scores.data(), n_labels, sc.forward.data() + i * n_labels, sc.skip[i]);
        }
        prev2 = prev1;
        prev1 = static_cast<std::uint64_t>(best);
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      Token& tok = doc.tokens[sent.first + i];
      tok.upos = model_.labels[static_cast<std::size_t>(sc.label[i])].upos;
      tok.xpos = model_.labels[static_cast<std::size_t>(sc.label[i])].xpos;
    }
  }

  /// The dictionary label of the word at `cur`, or -1 after writing its scores under `weights`.
  int label_of(const detail::WordInfo* cur, std::uint64_t prev1, std::uint64_t prev2, const PerceptronModel& weights,
               std::int32_t* scores) const {
    const int known = static_cast<int>(dict_.find(cur->form, kNoLabel));
    if (known != kNoLabel) return known;
    FeatureKey feats[detail::kMaxTaggerFeatures];
    const int n = detail::tagger_features(cur, prev1, prev2, feats);
    std::fill(scores, scores + model_.labels.size(), 0);
    weights.add_scores({feats, static_cast<std::size_t>(n)}, scores);
    return -1;
  }

  /// The class with the highest score (plus `other`'s, if given), leaving out the classes `skip`
  /// marks (none if null); ties go to the lower class.
  static int argmax(const std::int32_t* scores, std::size_t n, const std::int32_t* other,
                    const char* skip = nullptr) {
    int best = -1;
    std::int32_t top = 0;
    for (std::size_t c = 0; c < n; ++c) {
      if (skip && skip[c]) continue;
      const std::int32_t v = scores[c] + (other ? other[c] : 0);
      if (best < 0 || v > top) top = v, best = static_cast<int>(c);
    }
    return best;
  }

  static constexpr int kNoLabel = 0xFFFFFF;
  TaggerModel model_;
  detail::FormMap dict_;     // tag dictionary: form hash -> label
  detail::FormMap classes_;  // form hash -> ambiguity class
  detail::FormMap no_adp_;   // ambiguity classes without a preposition label -> 1
  std::vector<char> adp_label_;  // per label: its UPOS is ADP
};

}  // namespace

std::unique_ptr<Tagger> make_tagger(TaggerModel model) {
  return std::make_unique<PerceptronTagger>(std::move(model));
}

std::unique_ptr<Tagger> Tagger::load(const std::filesystem::path& path) {
  return make_tagger(load_tagger_model(path));
}

}  // namespace ergraph::nlp

namespace ergraph::nlp {

std::size_t repair_verbless_sentences(Document& doc, const Lemmatizer* lemmatizer) {
  static const Xpos vbd = *parse_xpos("VBD"), vbz = *parse_xpos("VBZ"), vbp = *parse_xpos("VBP");
  const auto is = [&](std::uint32_t t, std::initializer_list<std::string_view> tags) {
    const std::string_view x = xpos_name(doc.tokens[t].xpos);
    for (auto tag : tags)
      if (x == tag) return true;
    return false;
  };
  // A main clause without its verb before a complement clause (or with none at all): "Kivu
  // Metals refuted allegations that ...", "Economist Javier Ruiz doubts that ...", "Meghna
  // Textiles ships jackets to ...": a sentence that opens with a run of proper nouns (its
  // subject), then a lower-case word read as a plural noun (VBZ), an adjective or noun in -ed or
  // an irregular past (VBD), or a base form (VBP), before a noun phrase, "that" or a gerund, and no
  // finite verb before the first "that", "whether", "if" or comma.
  const auto repair_name_subject = [&](std::uint32_t first, std::uint32_t last) {
    std::uint32_t t = first;
    while (t < last && is(t, {"NNP", "NNPS"})) ++t;
    if (t < first + 1 || t + 1 >= last) return false;
    std::uint32_t early = 0;
    for (std::uint32_t k = t + 1; k < last && !early; ++k) {
      const std::string_view f = doc.form(k);
      if (f == "that" || f == "whether" || f == "if" || f == ",") break;
      if (is(k, {"VBD", "VBZ", "VBP", "MD"})) early = k;
    }
    // "Meghna Textiles ships jackets": a plural noun then a VBZ in -s right after it disagree in
    // number; the two were swapped.
    if (early == t + 1 && is(t, {"NNS"}) && is(early, {"VBZ"}) && doc.form(early).back() == 's' &&
        doc.form(t).back() == 's') {
      std::swap(doc.tokens[t].xpos, doc.tokens[early].xpos);
      std::swap(doc.tokens[t].upos, doc.tokens[early].upos);
      return true;
    }
    if (early) return false;
    const std::string_view w = doc.form(t);
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    const std::string_view next = doc.form(t + 1);
    const bool opens = is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS", "JJ", "VBG"}) || next == "that";
    if (!opens) return false;
    Xpos to = 0;
    const bool irregular = lemmatizer && is(t, {"JJ", "NN"}) && lemmatizer->lemma(w, Upos::VERB, vbd) != w;
    if (is(t, {"NNS"}) && w.size() > 3 && w.back() == 's' && lemmatizer &&
        lemmatizer->lemma(w, Upos::VERB, vbz) != w)
      to = vbz;  // "doubts", "ships": a verb lemma of its own
    else if (is(t, {"VBN"}) || (is(t, {"JJ"}) && w.size() > 3 && w.substr(w.size() - 2) == "ed") || irregular)
      to = vbd;
    else if (is(t, {"VB"}))
      to = vbp;
    if (!to) return false;
    doc.tokens[t].upos = Upos::VERB;
    doc.tokens[t].xpos = to;
    return true;
  };
  std::size_t changed = 0;
  // A word that starts with a capital letter outside ASCII ("Ørsted", "Łódź", "İzmir") is a name:
  // the tagger's features see such a letter as neither upper nor lower case (its training text has
  // almost none), so "Ørsted" looked like a participle in -ed. No English verb or common noun
  // starts with one; in EWT and GUM train, a capitalized ASCII word inside a sentence is a verb
  // 1.5% of the time (328 of 22,203). A verb or common noun tag becomes NNP (NNPS for NNS).
  static const Xpos nnp = *parse_xpos("NNP"), nnps = *parse_xpos("NNPS");
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (!shape::starts_with_non_ascii_capital(doc.form(t))) continue;
    if (!is(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS"})) continue;
    doc.tokens[t].xpos = is(t, {"NNS"}) ? nnps : nnp;
    doc.tokens[t].upos = Upos::PROPN;
    ++changed;
  }
  for (const auto& s : doc.sentences) {
    bool finite = false;
    for (std::uint32_t t = s.first; t < s.last && !finite; ++t) finite = is(t, {"VBD", "VBZ", "VBP", "MD"});
    if (finite) {
      // The sentence's own subject, and one after a complementizer ("suspects that Felix Gantt
      // hid money").
      changed += repair_name_subject(s.first, s.last) ? 1 : 0;
      for (std::uint32_t k = s.first + 1; k + 1 < s.last; ++k) {
        const std::string_view f = doc.form(k);
        if ((f == "that" || f == "whether" || f == "if") && is(k + 1, {"NNP", "NNPS"}))
          changed += repair_name_subject(k + 1, s.last) ? 1 : 0;
      }
      continue;
    }
    bool repaired = false;
    for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
      const std::string_view w = doc.form(t);
      const bool irregular = lemmatizer && is(t, {"JJ"}) && lemmatizer->lemma(w, Upos::VERB, vbd) != w;
      const bool participle =
          is(t, {"VBN"}) || (is(t, {"JJ"}) && w.size() > 3 && w.substr(w.size() - 2) == "ed") || irregular;
      // The name right before it, or before one adverb ("Orvell allegedly copied").
      const bool after_name = is(t - 1, {"NNP", "NNPS"}) || (t >= s.first + 2 && is(t - 1, {"RB"}) && is(t - 2, {"NNP", "NNPS"}));
      if (!participle || !after_name || !is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS"})) continue;
      doc.tokens[t].upos = Upos::VERB;
      doc.tokens[t].xpos = vbd;
      ++changed;
      repaired = true;
      break;  // one verb per sentence
    }
    if (!repaired && repair_name_subject(s.first, s.last)) ++changed;
  }
  return changed;
}

}  // namespace ergraph::nlp
