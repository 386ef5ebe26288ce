#include "nlp/tagger.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.h"
#include "nlp/detail/tagger_features.h"
#include "nlp/lemmatizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger_io.h"
#include "nlp/word_shape.h"

namespace ergraph::nlp {
namespace {

/// Bits of Scratch::title.
constexpr char kUnseenTitle = 1, kLexiconTitle = 2;

/// Per-thread scratch space, reused across calls (no allocation per token).
struct Scratch {
  std::vector<detail::WordInfo> ctx;
  std::string norm;
  std::vector<std::int32_t> scores;
  std::vector<std::int32_t> forward;  // bidirectional models: left-to-right scores, n x labels
  std::vector<int> label;             // per token: the chosen label (-1 between the two passes: still to choose)
  std::vector<const char*> skip;      // per token: labels it may not take (null: none)
  std::vector<char> title;            // per token: kUnseenTitle | kLexiconTitle bits
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
    // Closed classes a word was never seen in are not open to it. A word of the training data
    // is never read as a preposition unless its class has one ("Fiji beat Samoa": "beat" was ADP
    // between two names), nor, if its class has none of them, as punctuation, a symbol or "other"
    // (X: GW, ADD, FW, ...), which took the preposition's place ("Arsenal beat/GW Chelsea"). A
    // word known only from the lexicon (WordNet's nouns, verbs, adjectives and adverbs) takes no
    // closed-class label at all ("Xi Jinping also met" had "Xi" as SCONJ).
    const auto group = [&](std::uint16_t l) -> std::uint32_t {
      switch (model_.labels[l].upos) {
        case Upos::ADP: return 1;
        case Upos::X: case Upos::PUNCT: case Upos::SYM: return 2;
        case Upos::SCONJ: case Upos::CCONJ: case Upos::DET: case Upos::PRON: case Upos::AUX: case Upos::PART:
          return 4;  // not NUM or INTJ: WordNet has Roman numerals ("xi") and interjections
        default: return 0;
      }
    };
    const auto blocked = [&](const std::vector<std::uint16_t>& labels, bool lexicon) -> std::uint32_t {
      std::uint32_t seen = 0;
      for (const auto l : labels)
        if (l < model_.labels.size()) seen |= group(l);
      if (lexicon) return 7 & ~seen;
      return (seen & 1) ? 0 : 7 & ~seen;
    };
    skips_.assign(8, {});
    for (std::uint32_t mask = 1; mask < 8; ++mask) {
      skips_[mask].assign(model_.labels.size(), 0);
      for (std::uint16_t l = 0; l < model_.labels.size(); ++l) skips_[mask][l] = (group(l) & mask) != 0;
    }
    entries.clear();
    for (const auto& [word, labels] : model_.word_classes)
      if (const std::uint32_t v = blocked(labels, false)) entries.emplace_back(detail::ambiguity_class(labels), v);
    std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon;
    for (const auto& [word, labels] : model_.lexicon) {
      const std::uint64_t e = detail::lexicon_entry(labels);
      lexicon.emplace_back(shape::hash_lower(word), e);
      if (const std::uint32_t v = blocked(labels, true))
        for (const bool title : {false, true}) entries.emplace_back(detail::lexicon_class(e, title), v);
    }
    lexicon_.build(lexicon);
    blocked_groups_.build(entries);
    // Verb tags per word for verb_forms (value: bits << 1 | 1, so a word known only as a
    // non-verb is found with 0 bits).
    const auto verb_bits = [&](const std::vector<std::uint16_t>& labels) -> std::uint64_t {
      unsigned bits = 0;
      for (const auto l : labels) {
        if (l >= model_.labels.size()) continue;
        const std::string_view x = xpos_name(model_.labels[l].xpos);
        bits |= x == "VB" ? Tagger::kVerbBase : x == "VBD" ? Tagger::kVerbPast : x == "VBN" ? Tagger::kVerbParticiple
              : x == "VBP" ? Tagger::kVerbPresent : x == "VBZ" ? Tagger::kVerbThird : x == "VBG" ? Tagger::kVerbGerund : 0u;
      }
      return (std::uint64_t{bits} << 1) | 1;
    };
    entries.clear();
    for (const auto& [word, labels] : model_.word_classes) entries.emplace_back(detail::form_hash(word), verb_bits(labels));
    verb_class_.build(entries);
    entries.clear();
    for (const auto& [word, labels] : model_.lexicon) entries.emplace_back(shape::hash_lower(word), verb_bits(labels));
    verb_lexicon_.build(entries);
    // The lexicon's words are in the maps now; its strings (about 15 MB) are not needed again.
    has_lexicon_ = !model_.lexicon.empty();
    model_.lexicon = {};
    nnp_xpos_ = *parse_xpos("NNP");
    nnps_xpos_ = *parse_xpos("NNPS");
    for (std::size_t l = 0; l < model_.labels.size(); ++l)
      if (model_.labels[l].upos == Upos::PROPN && model_.labels[l].xpos == nnp_xpos_) nnp_label_ = static_cast<int>(l);
  }

  unsigned verb_forms(std::string_view form) const override {
    std::string scratch;
    const std::string_view norm = detail::normalize_form(form, scratch);
    const std::uint64_t h = detail::form_hash(norm), lower = shape::hash_lower(norm);
    std::uint64_t v = verb_class_.find(h, 0);
    if (v == 0) v = verb_class_.find(lower, 0);
    // A verb use rarer than the class's 5% share ("hand over") is still in WordNet.
    return static_cast<unsigned>((v >> 1) | (verb_lexicon_.find(lower, 0) >> 1));
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
    detail::sentence_context(doc, sent, classes_, has_lexicon_ ? &lexicon_ : nullptr, sc.ctx, sc.norm);
    const std::size_t n = sent.size(), n_labels = model_.labels.size();
    // Per token, before the right-to-left pass reverses the context: kUnseenTitle, a title-case
    // word whose lower-case form has no class, and kLexiconTitle, one whose class came from the
    // lexicon.
    sc.title.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const detail::WordInfo& w = sc.ctx[i + 2];
      if (!(w.flags & detail::kIsTitle) || classes_.find(w.lower, 0) != 0) continue;
      sc.title[i] = kUnseenTitle;
      if (has_lexicon_ && classes_.find(w.form, 0) == 0 && lexicon_.find(w.lower, 0) != 0)
        sc.title[i] |= kLexiconTitle;
    }
    sc.skip.assign(n, nullptr);
    for (std::size_t i = 0; i < n; ++i)
      if (const std::uint64_t amb = sc.ctx[i + 2].amb; amb != 0)
        if (const std::uint64_t v = blocked_groups_.find(amb, 0)) sc.skip[i] = skips_[v].data();
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
    // A capitalised word the training data never gave a class, read as an adjective before a
    // proper noun, is part of the name ("Meridian Pharma", "Disposable Patriot"): in EWT and GUM
    // train such words (WordNet adjectives seen at most once) are NNP 41 times and JJ 4 times.
    // Known adjectives ("Chinese President", "European Union") keep their tags.
    // And a capitalised adjective that opens the sentence right before a finite verb, whose
    // lower-case form the training data never had, is its subject's name ("Celtic refused to
    // sell ..."): in EWT and GUM train, of 4,500 capitalised words there, the adjectives are
    // "Many" (3) and "First" (1), both common in lower case.
    for (std::size_t i = 0; i + 1 < n && nnp_label_ >= 0; ++i) {
      if (model_.labels[static_cast<std::size_t>(sc.label[i])].upos != Upos::ADJ) continue;
      const Xpos next = model_.labels[static_cast<std::size_t>(sc.label[i + 1])].xpos;
      if ((sc.title[i] & kLexiconTitle) && (next == nnp_xpos_ || next == nnps_xpos_)) sc.label[i] = nnp_label_;
      if (i == 0 && (sc.title[i] & kUnseenTitle) && finite_xpos(next)) sc.label[i] = nnp_label_;
    }
    for (std::size_t i = 0; i < n; ++i) {
      Token& tok = doc.tokens[sent.first + i];
      tok.upos = model_.labels[static_cast<std::size_t>(sc.label[i])].upos;
      tok.xpos = model_.labels[static_cast<std::size_t>(sc.label[i])].xpos;
    }
  }

  static bool finite_xpos(Xpos x) {
    static const Xpos vbd = *parse_xpos("VBD"), vbz = *parse_xpos("VBZ"), vbp = *parse_xpos("VBP"),
                      md = *parse_xpos("MD");
    return x == vbd || x == vbz || x == vbp || x == md;
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
  detail::FormMap lexicon_;  // lower-case form hash -> lexicon entry
  bool has_lexicon_ = false;  // the model has a lexicon (model_.lexicon is emptied once it is in the maps)
  detail::FormMap verb_class_, verb_lexicon_;  // form hash -> verb bits << 1 | 1 (verb_forms)
  detail::FormMap blocked_groups_;  // ambiguity class -> the label groups it may not take (1..7, skips_)
  std::vector<std::vector<char>> skips_;  // group mask -> per label: in one of the groups
  int nnp_label_ = -1;           // the PROPN/NNP label, if the model has one
  Xpos nnp_xpos_ = 0, nnps_xpos_ = 0;
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

std::size_t repair_verbless_sentences(Document& doc, const Lemmatizer* lemmatizer, const Tagger* tagger,
                                      const WordList* gerund_verbs, const WordList* clause_marks,
                                      const WordList* name_particles) {
  // The tags the repairs below give.
  static const Xpos nn = *parse_xpos("NN"), nns = *parse_xpos("NNS"), nnp = *parse_xpos("NNP"), nnps = *parse_xpos("NNPS");
  static const Xpos vb = *parse_xpos("VB"), vbd = *parse_xpos("VBD"), vbz = *parse_xpos("VBZ"), vbp = *parse_xpos("VBP"),
                    vbn = *parse_xpos("VBN"), vbg = *parse_xpos("VBG"), md = *parse_xpos("MD"), uh = *parse_xpos("UH"),
                    in = *parse_xpos("IN");
  const auto is = [&](std::uint32_t t, std::initializer_list<std::string_view> tags) {
    const std::string_view x = xpos_name(doc.tokens[t].xpos);
    for (auto tag : tags)  // the first letter before the rest: most tags differ there
      if (x.size() == tag.size() && x[0] == tag[0] && x == tag) return true;
    return false;
  };
  // A main clause without its verb before a complement clause (or with none at all): "Kivu
  // Metals refuted allegations that ...", "Economist Javier Ruiz doubts that ...", "Meghna
  // Textiles ships jackets to ...": a sentence that opens with a run of proper nouns (its
  // subject), then a lower-case word read as a plural noun (VBZ), an adjective or noun in -ed or
  // an irregular past (VBD), or a base form (VBP), before a noun phrase, "that" or a gerund, and no
  // finite verb before the first "that", "whether", "if" or comma.
  const auto repair_name_subject = [&](std::uint32_t first, std::uint32_t last, bool complement) {
    std::uint32_t t = first;
    // "Defence lawyer Marta Quiroga doubts that ...": a role of common nouns before the name (up
    // to three; lower case but for the first) is part of the subject (with the tagger only).
    if (tagger) {
      std::uint32_t k = first;
      while (k < last && k < first + 3 && is(k, {"NN"}) && (k == first || shape::is_lower(doc.form(k)[0]))) ++k;
      if (k > first && k < last && is(k, {"NNP", "NNPS"})) first = t = k;
    }
    while (t < last && is(t, {"NNP", "NNPS"})) {
      ++t;
      // "Yemen and Saudi Arabia": names joined by "and" are one subject (with the tagger only).
      if (tagger && t + 1 < last && doc.form(t) == "and" && is(t + 1, {"NNP", "NNPS"})) ++t;
    }
    // "Ghana's finance ministry denied/VBN reports that ...": the name's possession, up to three
    // lower-case nouns, is the subject too (with the tagger only).
    if (tagger && t > first && t + 2 < last && is(t, {"POS"})) {
      std::uint32_t k = t + 1;
      while (k < last && k < t + 4 && is(k, {"NN", "NNS"}) && shape::is_lower(doc.form(k)[0])) ++k;
      if (k > t + 1) t = k;
    }
    if (t < first + 1 || t + 1 >= last) return false;
    // "Alvik Steel no longer sources iron ore": with the tagger, adverbs (and "no longer") between
    // the name and its verb are skipped, and a plural noun the tagger knows as a VBZ followed by a
    // base form read as the verb ("sources/NNS iron/VBP ore") swap: VBZ, then a noun.
    if (tagger) {
      while (t + 1 < last && (is(t, {"RB"}) || (doc.form(t) == "no" && doc.form(t + 1) == "longer"))) t += doc.form(t) == "no" ? 2 : 1;
      if (t + 2 < last && is(t, {"NNS"}) && is(t + 1, {"VBP", "VB"}) && (tagger->verb_forms(doc.form(t)) & Tagger::kVerbThird) &&
          is(t + 2, {"NN", "NNS"})) {
        doc.tokens[t].xpos = vbz;
        doc.tokens[t].upos = Upos::VERB;
        doc.tokens[t + 1].xpos = nn;
        doc.tokens[t + 1].upos = Upos::NOUN;
        return true;
      }
      if (t + 1 >= last) return false;
    }
    std::uint32_t early = 0;
    for (std::uint32_t k = t + 1; k < last && !early; ++k) {
      const std::string_view f = doc.form(k);
      if (f == "that" || f == "whether" || f == "if" || f == ",") break;
      if (is(k, {"VBD", "VBZ", "VBP", "MD"})) early = k;
    }
    // "Meghna Textiles ships jackets": a plural noun then a VBZ in -s right after it disagree in
    // number; the two were swapped.
    // Not when the plural can be no verb ("Al-Noor Holdings denies": "holdings" is no verb form).
    if (early == t + 1 && is(t, {"NNS"}) && is(early, {"VBZ"}) && doc.form(early).back() == 's' &&
        doc.form(t).back() == 's' && (!tagger || (tagger->verb_forms(doc.form(t)) & Tagger::kVerbThird))) {
      std::swap(doc.tokens[t].xpos, doc.tokens[early].xpos);
      std::swap(doc.tokens[t].upos, doc.tokens[early].upos);
      return true;
    }
    if (early) return false;
    const std::string_view w = doc.form(t);
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    const std::string_view next = doc.form(t + 1);
    const bool opens = is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS", "JJ", "VBG"}) || next == "that";
    // A singular noun the tagger knows as a verb: base form in a complement ("that Somalia hand
    // over"), else past if it can be ("Banco Austral cut lending"); before a noun phrase, or a
    // preposition or particle ("hand over").
    // Or read as a comparative or superlative ("If Ashgrove United beat/JJS Dalby Town").
    const unsigned verb = tagger && is(t, {"NN", "JJS", "JJR"}) ? tagger->verb_forms(w) : 0;
    if (verb && (opens || is(t + 1, {"IN", "RP"}))) {
      const bool base = verb & (Tagger::kVerbBase | Tagger::kVerbPresent);
      const bool past = verb & Tagger::kVerbPast;
      if ((complement && base) || (!complement && (past || base))) {
        doc.tokens[t].upos = Upos::VERB;
        doc.tokens[t].xpos = complement ? vbp : past ? vbd : vbp;
        return true;
      }
    }
    // "Fiji plans to buy a vessel": a plural the tagger knows as a verb, then "to" and a base
    // form, after the names that open the clause (EWT and GUM train, sentence-initial names: VBZ
    // 3, NNS never; "Enron needs to use").
    const bool to_verb = tagger && is(t, {"NNS"}) && next == "to" && t + 2 < last && is(t + 2, {"VB"}) &&
                         (tagger->verb_forms(w) & Tagger::kVerbThird);
    if (!opens && !to_verb) return false;
    Xpos to = 0;
    const bool irregular = lemmatizer && is(t, {"JJ", "NN"}) && lemmatizer->lemma(w, Upos::VERB, vbd) != w;
    if (to_verb)
      to = vbz;
    else if (is(t, {"NNS"}) && w.size() > 3 && w.back() == 's' && lemmatizer &&
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
  // Gives token t a new tag pair and counts the change.
  const auto retag = [&](std::uint32_t t, Xpos x, Upos u) {
    doc.tokens[t].xpos = x;
    doc.tokens[t].upos = u;
    ++changed;
  };
  // Whether sentence s is running text: some word in it starts in lower case (no all-caps or
  // title-case headline).
  const auto running_text = [&](const Sentence& s) {
    for (std::uint32_t t = s.first; t < s.last; ++t)
      if (!doc.form(t).empty() && shape::is_lower(doc.form(t)[0])) return true;
    return false;
  };
  // A subordinator that only opens clauses (never a preposition), lower case.
  const auto clause_only_subordinator = [](std::string_view l) {
    return l == "if" || l == "unless" || l == "when" || l == "whenever" || l == "because" || l == "although" ||
           l == "though";
  };
  // Prefixes a hyphen joins to a name or a number without making a name ("Anti-Israeli",
  // "Pro-Beijing", "Pre-2008", "Mid-2020"), lower case.
  const auto name_prefix = [](std::string_view w) {
    static constexpr std::string_view kPrefixes[] = {"anti", "pro",   "non",   "ex",   "post", "pre",   "mid",
                                                     "trans", "pan",  "neo",   "semi", "multi", "inter", "co",
                                                     "sub",  "super", "early", "late", "top",  "under", "over"};
    const std::string l = core::ascii_lower(w);
    return std::find(std::begin(kPrefixes), std::end(kPrefixes), l) != std::end(kPrefixes);
  };
  // A word that starts with a capital letter outside ASCII ("Ørsted", "Łódź", "İzmir") is a name:
  // the tagger's features see such a letter as neither upper nor lower case (its training text has
  // almost none), so "Ørsted" looked like a participle in -ed. No English verb or common noun
  // starts with one; in EWT and GUM train, a capitalized ASCII word inside a sentence is a verb
  // 1.5% of the time (328 of 22,203). A verb or common noun tag becomes NNP (NNPS for NNS).
  // An adverb, adjective or preposition too ("Banco do Sertão/RB").
  // So is a capitalised word with a letter outside ASCII after its first ("Andrés/NNS Peñalver",
  // "Sáez"): in EWT and GUM train such words are NNP 106 times in 116 (FW 8, NN twice, all in
  // names: "Comédie").
  const auto accented_capital = [](std::string_view w) {
    if (w.empty() || !shape::is_upper(w[0])) return false;
    for (char ch : w)
      if (static_cast<unsigned char>(ch) >= 0x80) return true;
    return false;
  };
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (!shape::starts_with_non_ascii_capital(doc.form(t)) && !accented_capital(doc.form(t))) continue;
    if (!is(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "RB", "JJ", "IN", "FW"})) continue;
    doc.tokens[t].xpos = is(t, {"NNS"}) && !accented_capital(doc.form(t)) ? nnps : nnp;
    doc.tokens[t].upos = Upos::PROPN;
    ++changed;
  }
  // "According to/TO court/VB records": the word after "according to" opens a noun phrase, "to"
  // is its preposition (a base-form verb there is a noun: "court", "sources").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first; t + 2 < s.last; ++t) {
      if (core::ascii_lower(doc.form(t)) != "according" || doc.form(t + 1) != "to" || !is(t + 2, {"VB", "VBP"}) ||
          !shape::is_lower(doc.form(t + 2)[0]))
        continue;
      if (is(t + 1, {"TO"})) retag(t + 1, in, Upos::ADP);
      retag(t + 2, nn, Upos::NOUN);
    }
  // "Nguyen Van An/DT, ...", "met Nguyen Van An.": a capitalised "An" or "A" inside a sentence
  // right after a proper noun and before a comma, the end or a verb is the name's last word (an
  // article opens a noun phrase).
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 1; t < s.last; ++t) {
      const std::string_view w = doc.form(t);
      if ((w != "An" && w != "A") || !is(t, {"DT"}) || !is(t - 1, {"NNP"})) continue;
      if (t + 1 < s.last && !is(t + 1, {",", ".", ":", "POS", "VBD", "VBZ", "VBP", "MD", "CC", "IN", "TO"})) continue;
      retag(t, nnp, Upos::PROPN);
    }
  // "AS/IN Dakar denied", "AC Milan": in running text an all-caps word of two or three letters
  // read as a function word, right before a capitalised proper noun, is an acronym opening the
  // name (a function word is written in lower case there; "AS" at a sentence's start reads as "As").
  for (const auto& s : doc.sentences) {
    if (!running_text(s)) continue;
    for (std::uint32_t t = s.first; t + 1 < s.last; ++t) {
      const std::string_view w = doc.form(t);
      if (w.size() < 2 || w.size() > 3 || !std::all_of(w.begin(), w.end(), shape::is_upper)) continue;
      if (!is(t, {"IN", "DT", "CC", "TO", "PRP", "RB", "WRB", "MD"}) || !is(t + 1, {"NNP", "NNPS"})) continue;
      // Not a place preposition set in capitals before a place ("IN Kenya, ...").
      if (w == "IN" || w == "AT" || w == "ON" || w == "TO" || w == "OF" || w == "BY") continue;
      if (!shape::is_upper(doc.form(t + 1)[0]) || std::all_of(doc.form(t + 1).begin(), doc.form(t + 1).end(), shape::is_upper))
        continue;
      retag(t, nnp, Upos::PROPN);
    }
  }
  // "Pieter van/NN der/NN Berg", "Banco do/VBP Sertão": up to three name particles between a
  // proper noun and a capitalised word are the name's (UD tags "van" of "Vincent van Gogh" NNP).
  // In running text only, where capitals mark names.
  if (name_particles)
    for (const auto& s : doc.sentences) {
      if (!running_text(s)) continue;
      for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
        if (!is(t - 1, {"NNP"}) || !name_particles->contains(doc.form(t)) || is(t, {"NNP"})) continue;
        std::uint32_t k = t;
        while (k < s.last && k < t + 3 && name_particles->contains(doc.form(k))) ++k;
        if (k >= s.last || !(shape::is_title_case(doc.form(k)) || shape::starts_with_non_ascii_capital(doc.form(k)))) continue;
        for (std::uint32_t p = t; p < k; ++p) retag(p, nnp, Upos::PROPN);
        t = k;
      }
    }
  // Capitalised words with a digit are names (of crafts, models, diseases): "launch Helio-6
  // with Aurion Space" with "Helio-6" read as an interjection (in EWT and GUM train such words are
  // NN 53, NNP 43 times, never UH); and a capitalised word, a hyphen and a number ("the Helio-5
  // probe", "Sentinel-2", "MH-17"), which the tagger read as an adjective or a number from the
  // hyphen (EWT and GUM train hold one, NNP). "Pre-2008", "Mid-2020" keep their tag.
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = doc.form(t);
    if (w.size() < 2 || !shape::is_upper(w[0]) || std::none_of(w.begin(), w.end(), shape::is_digit)) continue;
    if (doc.tokens[t].xpos == uh) {
      retag(t, nnp, Upos::PROPN);
      continue;
    }
    const std::size_t dash = w.find('-');
    if (dash == 0 || dash == std::string_view::npos || dash + 1 >= w.size()) continue;
    const auto letter = [](char c) { return shape::is_upper(c) || shape::is_lower(c); };
    bool letters = true, digits = false;
    for (std::size_t i = 1; i < dash; ++i) letters = letters && letter(w[i]);
    std::size_t i = dash + 1;
    while (i < w.size() && shape::is_digit(w[i])) { ++i; digits = true; }
    while (i < w.size() && letter(w[i])) ++i;
    if (!letters || !digits || i != w.size() || !is(t, {"JJ", "NN", "CD", "VB", "VBN", "VBD", "VBG"})) continue;
    if (name_prefix(w.substr(0, dash))) continue;
    retag(t, nnp, Upos::PROPN);
  }
  // A capitalised word inside a sentence right after a proper noun is part of the name, not a
  // verb ("sold beans to Marlow Chocolate this season" had "Chocolate" as VB): in EWT and GUM
  // train such a word is a verb 8 times in 6,292. Not inside quotation marks, where title case
  // marks a title whose words keep their own parts of speech ("I've Just Got to Forget You").
  for (const auto& s : doc.sentences) {
    bool quoted = false;
    for (std::uint32_t t = s.first + 1; t < s.last; ++t) {
      const std::string_view q = doc.form(t - 1);
      if (q == "\"" || q == "``" || q == "''" || q == "\u201C" || q == "\u201D") quoted = !quoted;
      if (quoted || !is(t, {"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "NNS", "NN", "JJ", "RB"}) || !is(t - 1, {"NNP", "NNPS"})) continue;
      // An adverb only after a name particle ("Banco do Sertão/RB"; not "Sean Here you go").
      if (is(t, {"RB"}) && (doc.form(t - 1).empty() || !shape::is_lower(doc.form(t - 1)[0]))) continue;
      const std::string_view w = doc.form(t);
      if (!shape::is_title_case(w)) continue;
      // A singular noun too ("sue Muscat Water/NN"): in EWT and GUM train, a capitalised word
      // after a capitalised proper noun in running text, with no capital after it, is NNP or NNPS
      // 4,313 times and NN 64 times.
      if (is(t, {"NN"}) && !shape::is_upper(doc.form(t - 1)[0])) continue;
      // An adjective too ("Pacific Tuna Cooperative/JJ"): in EWT and GUM train a capitalised word
      // after a capitalised name is JJ 15 times in 4,523, mostly demonyms ("South African"), left alone.
      const auto ends = [&](std::string_view suf) { return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf; };
      if (is(t, {"JJ"}) && (ends("an") || ends("ese") || ends("ish") || !shape::is_upper(doc.form(t - 1)[0]))) continue;
      if (is(t, {"NNS"})) {
        // A capitalised plural there is a name's last word too ("copied designs from Lyra
        // Dynamics"): in EWT and GUM train, 888 of 904 such words are NNP or NNPS.
        if (w.back() != 's' || !shape::is_upper(doc.form(t - 1)[0])) continue;
        retag(t, nnps, Upos::PROPN);
        continue;
      }
      retag(t, nnp, Upos::PROPN);
    }
  }
  // "Mara Quinn would fire/NN police chief Dan Cole": after a modal that follows its subject
  // (not "Can someone help?"), with adverbs between, comes a base verb: in EWT and GUM train
  // 4,767 times, a common noun 21 times (mostly inverted questions). A noun there that the
  // tagger knows as a base verb is one.
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t m = s.first + 1; m + 2 < s.last; ++m) {
        if (!is(m, {"MD"}) || !is(m - 1, {"NN", "NNS", "NNP", "NNPS", "PRP"})) continue;
        std::uint32_t t = m + 1;
        while (t + 1 < s.last && is(t, {"RB"})) ++t;
        // "Peru would export copper/VB to Bolivia": a second base verb right after the modal's is
        // its object noun (EWT and GUM train: MD VB VB 19 times, 13 of them after "help" or "go").
        if (is(t, {"VB"}) && t + 2 < s.last && is(t + 1, {"VB"}) && shape::is_lower(doc.form(t + 1)[0])) {
          const std::string first = core::ascii_lower(doc.form(t));
          if (first != "help" && first != "go" && first != "come" && first != "let" && first != "make" &&
              first != "be" && first != "dare" && first != "have")
            retag(t + 1, nn, Upos::NOUN);
        }
        // An adjective too before a name ("Judge Milena Stoyanova will free/JJ Bozhidar Iliev"):
        // in EWT and GUM train and dev a modal, a word and a proper noun is MD VB NNP 59 times,
        // MD JJ NNP never.
        const bool adjective = is(t, {"JJ"}) && t + 1 < s.last && is(t + 1, {"NNP", "NNPS"});
        if (!(is(t, {"NN"}) || adjective) || !(tagger->verb_forms(doc.form(t)) & Tagger::kVerbBase)) continue;
        retag(t, vb, Upos::VERB);
      }
  // The same after the infinitive's "to" ("plans to free/JJ Bozhidar Iliev"; "whether to fine
  // Tarn Genomics" with "to" read as a preposition): TO VB NNP 127 times in EWT and GUM train and
  // dev, TO JJ NNP never ("to" tagged IN before a lower-case adjective and a name: 8 times, none
  // after "whether").
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
        if (!is(t, {"JJ"}) || !is(t + 1, {"NNP", "NNPS"}) || !shape::is_lower(doc.form(t)[0])) continue;
        const bool infinitive = is(t - 1, {"TO"}) ||
                                (doc.form(t - 1) == "to" && t >= s.first + 2 && core::ascii_lower(doc.form(t - 2)) == "whether");
        if (infinitive && (tagger->verb_forms(doc.form(t)) & Tagger::kVerbBase)) retag(t, vb, Upos::VERB);
      }
  // "If Celtic beat Rangers/NNS on Sunday": a capitalised plural inside a sentence of running
  // text, with no capitalised word beside it, is a name ("Hamas", "Americans", "Rangers"): in
  // EWT and GUM train 866 such words are NNP or NNPS and 157 NNS. GUM dev with the repair
  // 97.09/96.79 -> 97.11/96.81, EWT dev unchanged.
  for (const auto& s : doc.sentences) {
    if (!running_text(s)) continue;
    for (std::uint32_t t = s.first + 1; t < s.last; ++t) {
      const std::string_view w = doc.form(t);
      if (!is(t, {"NNS"}) || w.back() != 's' || !shape::is_title_case(w, 3)) continue;
      const auto tc = [&](std::uint32_t k) { const auto f = doc.form(k); return !f.empty() && shape::is_upper(f[0]); };
      if (tc(t - 1) || (t + 1 < s.last && tc(t + 1))) continue;
      retag(t, nnps, Upos::PROPN);
    }
  }
  // "If Celtic/JJ beat Rangers": a capitalised word inside a sentence after a subordinator,
  // conjunction, comma, wh-adverb or determiner and right before a finite verb is its subject's
  // name: in EWT and GUM train, NNP or NNPS 708 times, JJ twice ("The French tend", "an American
  // guarantees").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
      const std::string_view w = doc.form(t), p = doc.form(t - 1);
      if (!is(t, {"JJ"}) || !shape::is_title_case(w, 3)) continue;
      if (!is(t + 1, {"VBD", "VBZ", "VBP"}) || !is(t - 1, {"IN", "CC", ",", "WRB", "DT"}) || p.empty() ||
          (t - 1 != s.first && shape::is_upper(p[0])))
        continue;
      retag(t, nnp, Upos::PROPN);
    }
  // "would have lent/JJ money": after a form of "have" (adverbs between), a word the tagger knows
  // as a past participle is one. In EWT and GUM train, of the words seen as VBN elsewhere that
  // follow "have" so, 2,095 are VBN and 3 JJ ("have limited generalizability").
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t h = s.first; h + 2 < s.last; ++h) {
        const std::string_view f = doc.form(h);
        if (!(f == "have" || f == "has" || f == "had" || f == "Have" || f == "Has" || f == "Had" || f == "'ve" ||
              f == "'d"))
          continue;
        std::uint32_t t = h + 1;
        while (t + 1 < s.last && is(t, {"RB"})) ++t;
        if (is(t, {"VBN"}) && doc.tokens[h].upos == Upos::VERB) {
          doc.tokens[h].upos = Upos::AUX;  // "had/VERB lent/VBN": the perfect's auxiliary
          ++changed;
          continue;
        }
        if (!is(t, {"JJ"}) || !(tagger->verb_forms(doc.form(t)) & Tagger::kVerbParticiple)) continue;
        doc.tokens[t].xpos = vbn;
        doc.tokens[t].upos = Upos::VERB;
        doc.tokens[h].upos = Upos::AUX;  // the perfect's auxiliary
        ++changed;
      }
  // "lost twice to Split/VB Stars": in running text, a capitalised word read as an infinitive
  // after a lower-case word and "to", followed by another capitalised word, is a name's first
  // word. (A title-case headline capitalises its verbs: "How to Wash Overalls", "Plan to Combat
  // Airbnb"; in EWT and GUM train and dev every VB so placed is in one, after a capitalised word.)
  for (const auto& s : doc.sentences) {
    if (!running_text(s)) continue;
    for (std::uint32_t t = s.first + 2; t + 1 < s.last; ++t) {
      if (!is(t, {"VB"}) || doc.form(t - 1) != "to" || !shape::is_title_case(doc.form(t))) continue;
      if (doc.form(t - 2).empty() || !shape::is_lower(doc.form(t - 2)[0])) continue;
      const std::string_view next = doc.form(t + 1);
      if (next.empty() || !shape::is_upper(next[0]) || !is(t + 1, {"NNP", "NNPS", "NNS", "NN"})) continue;
      retag(t, nnp, Upos::PROPN);
      if (!is(t + 1, {"NNP", "NNPS"})) retag(t + 1, is(t + 1, {"NNS"}) ? nnps : nnp, Upos::PROPN);
    }
  }
  // "Save Marsh Lane accused Pennock Homes ...", "Red/VBN Crescent Hospital kept ...": a
  // capitalised word read as an imperative verb or a participle before a run of names and a
  // finite verb is the name's first word: in EWT and GUM train a sentence's first word before
  // names and a VBD or VBZ is never VB and once VBN (NNP 148 times).
  for (const auto& s : doc.sentences) {
    if (s.size() < 4 || !is(s.first, {"VB", "VBN"}) || !is(s.first + 1, {"NNP", "NNPS"})) continue;
    const std::string_view w = doc.form(s.first);
    if (!shape::is_title_case(w)) continue;
    std::uint32_t t = s.first + 1;
    while (t < s.last && is(t, {"NNP", "NNPS"})) ++t;
    if (t >= s.last || !is(t, {"VBD", "VBZ"})) continue;
    retag(s.first, nnp, Upos::PROPN);
  }
  // "Al-Noor/JJ Holdings", "Jean-Luc/NN Moreau": two capitalised parts joined by a hyphen are a
  // name (EWT and GUM train, where such words are rare: NNP 16, JJ 3, all after a prefix).
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = doc.form(t);
    const std::size_t h = w.find('-');
    // (Any tag but a proper noun's: "that Timor-Leste/VBP had seized".)
    if (h == std::string_view::npos || h < 1 || h + 2 >= w.size() ||
        !is(t, {"JJ", "NN", "NNS", "VB", "VBN", "VBD", "VBP", "VBZ", "VBG", "MD", "RB", "IN"}))
      continue;
    const std::string_view a = w.substr(0, h), b = w.substr(h + 1);
    // Not a prefix before a name: "Anti-Israeli", "Pro-Beijing" (JJ in EWT and GUM train).
    if (!shape::is_title_case(a) || !shape::is_title_case(b) || name_prefix(a)) continue;
    retag(t, nnp, Upos::PROPN);
  }
  // "Linden Mining was accused of ...": two capitalised words that open a sentence of running text
  // (a lower-case word follows them), both read as common nouns, are a name. In EWT and GUM train,
  // of the sentences that open with two such words where the first is no determiner, preposition,
  // conjunction, adverb or adjective, 168 open with NNP NNP; the rest are capitalised adjectives.
  // The same right after a comma ("According to analysts, Aerolease/NN Partners/NNS will sue"):
  // in EWT and GUM train two capitalised words after a comma before a lower-case word are NNP or
  // NNPS 100 times in 106.
  for (const auto& s : doc.sentences)
    for (std::uint32_t a = s.first; a + 2 < s.last; ++a) {
      if (a != s.first && doc.form(a - 1) != ",") continue;
      const std::uint32_t b = a + 1;
      if (a == s.first && s.last < a + 4) continue;
      const auto title_case = [&](std::uint32_t t) { return shape::is_title_case(doc.form(t)); };
      const std::string_view next = doc.form(b + 1);
      if (!title_case(a) || !title_case(b) || next.empty() || !shape::is_lower(next[0])) continue;
      // The first may be read as an adjective when a finite verb or modal follows the pair
      // ("Andean/JJ Rail/NN would repay", "Pacific Fisheries will"): in EWT and GUM train a
      // sentence that opens so is NNP NNP 123 times, JJ NN never, JJ NNS once.
      const bool verb_next = is(b + 1, {"MD", "VBD", "VBZ", "VBP"});
      if (!(is(a, {"NN", "NNP"}) || (verb_next && is(a, {"JJ"}))) || !is(b, {"NN", "NNS"})) continue;
      for (std::uint32_t t : {a, b})
        if (!is(t, {"NNP"})) retag(t, is(t, {"NNS"}) ? nnps : nnp, Upos::PROPN);
    }
  // "had hired Redline/NN Developers/NNS": right after a verb in running text, two capitalised
  // words alone (no capitalised word beside them), the second a plural in -s, read as common
  // nouns are a name. In EWT and GUM train such pairs after a verb are NNP or NNPS 36 times in
  // 42, NN NNS 3 ("regarding Audit Rights").
  // The same after a preposition, and with the first read as an adjective ("of Adriatic/JJ
  // Ferries/NNS", "sold Baltic/JJ Airways"), unless it is a demonym ("European Governments",
  // "Iraqi Shiites": -an, -ese, -ish, -i, -ch): in EWT and GUM train such pairs after a verb or
  // preposition are NNP or NNPS 144 times, NN NNS 6, JJ NNS 5 ("Civil Rights"), JJ NNPS 2.
  const auto demonym_like = [](std::string_view w) {
    for (std::string_view suf : {"an", "ese", "ish", "i", "ch"})
      if (w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf) return true;
    return false;
  };
  for (const auto& s : doc.sentences) {
    if (!running_text(s)) continue;
    for (std::uint32_t a = s.first + 1; a + 1 < s.last; ++a) {
      const std::uint32_t b = a + 1;
      if (!is(a - 1, {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "IN", "TO"}) || !is(b, {"NNS"})) continue;
      if (!is(a, {"NN"}) && !(is(a, {"JJ"}) && !demonym_like(doc.form(a)))) continue;
      if (!shape::is_title_case(doc.form(a)) || !shape::is_title_case(doc.form(b)) || doc.form(b).back() != 's') continue;
      if ((a - 1 != s.first && shape::is_upper(doc.form(a - 1)[0])) ||
          (b + 1 < s.last && shape::is_upper(doc.form(b + 1)[0])))
        continue;
      retag(a, nnp, Upos::PROPN);
      retag(b, nnps, Upos::PROPN);
    }
  }
  // "a copper mine", "the gold mine": an independent possessive ("mine", "hers") cannot follow
  // an article, or a noun or adjective after one (a reduced relative opens with a subject
  // pronoun, "the deal it signed", never with these); the word is a noun.
  const auto article = [&](std::uint32_t t) {
    const std::string_view f = doc.form(t);
    return f == "a" || f == "an" || f == "the" || f == "A" || f == "An" || f == "The";
  };
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 1; t < s.last; ++t) {
      const std::string_view f = doc.form(t);
      if (!is(t, {"PRP"}) || !(f == "mine" || f == "yours" || f == "hers" || f == "ours" || f == "theirs")) continue;
      const bool in_np =
          article(t - 1) || (t >= s.first + 2 && is(t - 1, {"NN", "NNS", "JJ", "NNP"}) && article(t - 2));
      if (!in_np) continue;
      retag(t, nn, Upos::NOUN);
    }
  // "has brushed aside reports/VBZ that ...": after a verb and its particle, an -s word is the
  // verb's plural object, not a finite verb (no subject can stand between them). In EWT and GUM
  // train, after a verb and a particle (RP) an -s word is NNS 29 times and VBZ once ("figure out
  // is"); particles tagged RB are taken by their word (not "eating here makes").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 2; t < s.last; ++t) {
      const std::string_view w = doc.form(t), prt = doc.form(t - 1);
      if (!is(t, {"VBZ"}) || w.size() < 4 || w.back() != 's' || !shape::is_lower(w[0])) continue;
      if (!is(t - 2, {"VB", "VBD", "VBN", "VBG", "VBP", "VBZ"})) continue;
      const bool particle = is(t - 1, {"RP"}) || prt == "aside" || prt == "away" || prt == "off" || prt == "out" ||
                            prt == "up" || prt == "down" || prt == "back";
      if (!particle) continue;
      retag(t, nns, Upos::NOUN);
    }
  // "accused Orvell Therapeutics of poaching/NN scientists", "against sending/NN troops": an -ing
  // word the tagger knows as a gerund, after "of", "against" or "from" (or "with" after a
  // participle) and before a determiner, a possessive or a name, is the gerund: in EWT and GUM train 89 VBG, 2 NN (before a plural noun
  // 28 VBG, 8 NN or JJ: "of hiding places").
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
        const std::string_view w = doc.form(t), p = doc.form(t - 1);
        if (!is(t, {"NN", "JJ"}) || w.size() < 5 || w.substr(w.size() - 3) != "ing") continue;
        // And before any common noun or adjective after a participle ("is accused of shipping/NN
        // ore": EWT and GUM train VBN + of + -ing + noun once, VBG), also after "with" there ("was
        // charged with shipping/NN toxic waste": EWT and GUM train VBN + with + -ing before a noun
        // phrase 5 times, all VBG; VBN + of/from/with + -ing + adjective twice, VBG).
        const bool participle = t >= s.first + 2 && is(t - 2, {"VBN"});
        if (p != "of" && p != "against" && p != "from" && !(p == "with" && participle)) continue;
        // Before a plural noun only after a name or pronoun ("accused Orvell Therapeutics of
        // poaching scientists"; not "the cost of hiding places").
        const bool named = t >= s.first + 2 && is(t - 2, {"NNP", "NNPS", "PRP"});
        // (After a name before a singular noun too: "accused Nordlys Energi AS of shipping ore";
        // EWT and GUM train have no such word, in lower case, of any tag.)
        if (!is(t + 1, {"DT", "PRP$", "NNP", "NNPS"}) && !(named && is(t + 1, {"NNS"})) &&
            !(named && is(t + 1, {"NN"}) && shape::is_lower(w[0])) && !(participle && is(t + 1, {"NN", "NNS", "JJ"})))
          continue;
        if (!(tagger->verb_forms(w) & Tagger::kVerbGerund)) continue;
        retag(t, vbg, Upos::VERB);
      }
  // "In case the merger collapses/NNS, ...", "if the audit confirms/NNS fraud", "if the European
  // Space Agency backs/NNS Astrovex": a subordinator that only opens clauses ("if", "unless", "in
  // case", "in the event that", "provided that", "as long as", ...), then a noun phrase (up to four
  // nouns, names, adjectives or numbers, after an optional determiner), then an -s word the tagger
  // knows as a verb, not before a verb and with no finite verb after it in the clause: the
  // clause's verb. In EWT and GUM train and dev, that pattern is VBZ 62 times and NNS never ("if
  // the need arises.", "unless IBM agrees not", "when the Pentagon contracts the").
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t t = s.first + 2; t < s.last; ++t) {
        const std::string_view w = doc.form(t);
        if (!is(t, {"NNS"}) || w.size() < 4 || w.back() != 's') continue;
        if (t + 1 < s.last && is(t + 1, {"VB", "VBD", "VBZ", "VBP", "VBN", "MD"})) continue;
        // Nor when a finite verb follows in the clause ("when the trial resumes in Denver are read").
        bool later = false;
        for (std::uint32_t k = t + 1; k < s.last && !later && doc.form(k) != ","; ++k) later = is(k, {"VBD", "VBZ", "VBP", "MD"});
        if (later) continue;
        std::uint32_t j = t;
        while (j > s.first && t - j < 4 && is(j - 1, {"NN", "NNP", "NNPS", "JJ", "CD"})) --j;
        if (j == t) continue;
        if (j > s.first && is(j - 1, {"DT", "PRP$"})) --j;
        if (j == s.first) continue;
        const std::string m = core::ascii_lower(doc.form(j - 1));
        const std::string before = j >= s.first + 2 ? core::ascii_lower(doc.form(j - 2)) : std::string();
        const bool marks = clause_only_subordinator(m) || (m == "case" && before == "in") ||
                           (m == "that" && (before == "event" || before == "condition" || before == "provided" ||
                                            before == "providing")) ||
                           (m == "as" && before == "long") ||
                           // A bare "provided"/"providing" may be the verb ("provided Uganda loans."): only with
                           // an object after the -s word ("provided Ama Owusu blocks Plains Energy"), or when it
                           // opens the sentence ("Provided Brazil lowers tariffs, ...").
                           ((m == "provided" || m == "providing") && t + 1 < s.last &&
                            (j - 1 == s.first || is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "JJ"})));
        if (!marks || !(tagger->verb_forms(w) & Tagger::kVerbThird)) continue;
        retag(t, vbz, Upos::VERB);
      }
  // "talks with Tokyo about the fisheries dispute/VBP.": a preposition (no subordinator), a
  // determiner and a plural noun, then a word read as a base or present verb that ends the phrase
  // (punctuation follows) is the phrase's head noun. In EWT and GUM train and dev, after such a
  // preposition that word is NN 10 times ("from the parts department.", "into the media
  // industry,") and a present verb never (4 times after "as" or "if": "as the doors close,").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 3; t + 1 < s.last; ++t) {
      if (!is(t, {"VBP", "VB"}) || !is(t - 1, {"NNS"}) || !is(t - 2, {"DT", "PRP$"}) || !is(t - 3, {"IN"})) continue;
      const std::string_view next = doc.form(t + 1);
      if (next != "." && next != "," && next != ";" && next != ":") continue;
      const std::string p = core::ascii_lower(doc.form(t - 3));
      static constexpr std::string_view kSubordinators[] = {"as",     "if",       "before", "after", "since",
                                                            "until",  "till",     "while",  "once",  "although",
                                                            "though", "unless",   "whether", "because", "when",
                                                            "whenever", "than",   "so",     "like",  "that"};
      if (std::find(std::begin(kSubordinators), std::end(kSubordinators), p) != std::end(kSubordinators)) continue;
      retag(t, nn, Upos::NOUN);
    }
  // "Provided/NNP Phnom Penh Power supplies ...": a sentence that opens with "Provided",
  // "Providing" or "Assuming" before a name opens with the subordinator, not with the name's first
  // word (EWT and GUM train and dev have no name that begins so).
  for (const auto& s : doc.sentences) {
    if (s.size() < 4) continue;
    const std::string_view w = doc.form(s.first);
    if ((w != "Provided" && w != "Providing" && w != "Assuming") || !is(s.first, {"NNP", "NNPS", "NN", "JJ"})) continue;
    if (!is(s.first + 1, {"NNP", "NNPS", "DT"})) continue;
    retag(s.first, w == "Provided" ? vbn : vbg, Upos::VERB);
  }
  // "of diverting project funds/VBZ to X": a gerund after a preposition takes a noun phrase, so an
  // -s word right after its noun, before a preposition or punctuation, is a plural noun (EWT and
  // GUM train after IN VBG NN/JJ: NNS 49, VBZ 6, those before a complement: "is far", "makes me").
  // The same after a past tense or participle and a singular noun ("had moved client funds/VBZ to
  // X"): in EWT and GUM train VBD/VBN/VBG + NN + -s word + preposition or punctuation is NNS 70
  // times and VBZ 6, each of those after a determiner or hyphen ("the attached draft works", a
  // participle used as an adjective) or an auxiliary ("grit is").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 3; t + 1 < s.last; ++t) {
      const std::string_view w = doc.form(t);
      if (!is(t, {"VBZ"}) || w.size() < 4 || w.back() != 's' || w == "does" || w == "goes") continue;
      if (!is(t + 1, {"IN", "TO", ".", ",", ":"})) continue;
      const bool gerund_phrase = is(t - 3, {"IN"}) && is(t - 2, {"VBG"}) && is(t - 1, {"NN", "JJ"});
      const bool verb_object = is(t - 2, {"VBD", "VBN", "VBG"}) && is(t - 1, {"NN"}) &&
                               doc.tokens[t].upos != Upos::AUX && !is(t - 3, {"DT", "PRP$", "HYPH"}) &&
                               doc.form(t - 3) != "-";
      if (!gerund_phrase && !verb_object) continue;
      retag(t, nns, Upos::NOUN);
    }
  // "stopped shipping/NN grain to Odesa": after a verb that takes a gerund object, an -ing word
  // the tagger knows as a gerund, read as a noun modifying the object, is the gerund. One adverb
  // may stand between ("denies ever meeting/NN agents").
  if (gerund_verbs && tagger && lemmatizer)
    for (const auto& s : doc.sentences)
      for (std::uint32_t t = s.first + 1; t + 1 < s.last; ++t) {
        const std::string_view w = doc.form(t);
        if (!is(t, {"NN"}) || w.size() < 5 || w.substr(w.size() - 3) != "ing") continue;
        const std::uint32_t v = t >= s.first + 2 && is(t - 1, {"RB"}) ? t - 2 : t - 1;
        if (!is(v, {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})) continue;
        if (!gerund_verbs->contains(lemmatizer->lemma(doc.form(v), Upos::VERB, doc.tokens[v].xpos))) continue;
        if (!is(t + 1, {"NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "JJ", "CD"})) continue;
        if (!(tagger->verb_forms(w) & Tagger::kVerbGerund)) continue;
        retag(t, vbg, Upos::VERB);
      }
  // "without export permits/VBZ.": a preposition that never marks a finite clause, a noun, then a
  // VBZ in -s (no auxiliary) that ends the phrase (punctuation, a conjunction or the end follows):
  // the two nouns are a compound and the last is plural. In EWT and GUM train that pattern is a
  // plural noun 130 times and a verb twice.
  if (clause_marks)
    for (const auto& s : doc.sentences)
      for (std::uint32_t t = s.first + 2; t < s.last; ++t) {
        const std::string_view w = doc.form(t);
        if (!is(t, {"VBZ"}) || doc.tokens[t].upos == Upos::AUX || w.size() < 3 || w.back() != 's' ||
            !is(t - 1, {"NN"}) || !is(t - 2, {"IN"}))
          continue;
        if (clause_marks->contains(core::ascii_lower(doc.form(t - 2)))) continue;
        if (t + 1 < s.last && !is(t + 1, {".", ",", ":", "CC", "-RRB-", "''"})) continue;
        retag(t, nns, Upos::NOUN);
      }
  // "will sue Baltic Reefer Lines if the deal collapses/NNS.": after a subordinator that only
  // opens clauses (if, unless, when, whenever, because, although, though) or "once", a noun phrase
  // and an -s word that ends the phrase is the clause's verb when the tagger knows it as one (EWT
  // and GUM train: VBZ 14 times, NNS never).
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t m = s.first; m + 3 < s.last; ++m) {
        const std::string l = core::ascii_lower(doc.form(m));
        // And "that" closing "in the event that", "on condition that".
        const bool event_that = l == "that" && m > s.first &&
                                (core::ascii_lower(doc.form(m - 1)) == "event" || core::ascii_lower(doc.form(m - 1)) == "condition");
        if (!clause_only_subordinator(l) && !event_that && l != "once") continue;
        std::uint32_t j = m + 1;
        if (is(j, {"DT", "PRP$"})) ++j;
        std::uint32_t k = j;
        while (k < s.last && is(k, {"NN", "NNP", "JJ"})) ++k;
        if (k == j || k >= s.last) continue;
        // A prepositional phrase of nouns may follow the subject ("once the plant in Ulsan opens").
        if (is(k, {"IN"}) && core::ascii_lower(doc.form(k)) != "that") {
          std::uint32_t p = k + 1;
          if (p < s.last && is(p, {"DT"})) ++p;
          std::uint32_t q = p;
          while (q < s.last && is(q, {"NN", "NNP"})) ++q;
          if (q == p || q >= s.last) continue;
          k = q;
        }
        if (!is(k, {"NNS"}) || doc.form(k).back() != 's') continue;
        // The verb ends the clause, or an adverb or a preposition follows it ("when the trial
        // resumes in Denver") with no finite verb after it in the clause: in EWT and GUM train,
        // after these subordinators ("once" too), a noun phrase and an -s word so placed is VBZ
        // 56 times and NNS never.
        if (k + 1 < s.last && !is(k + 1, {".", ",", ":", "CC", "IN", "TO", "RB"})) continue;
        bool finite_later = false;
        for (std::uint32_t t = k + 1; t < s.last && !finite_later; ++t) {
          if (doc.form(t) == "," || doc.form(t) == ";") break;
          finite_later = is(t, {"VBD", "VBZ", "VBP", "MD"});
        }
        if (finite_later) continue;
        if (!(tagger->verb_forms(doc.form(k)) & Tagger::kVerbThird)) continue;
        retag(k, vbz, Upos::VERB);
      }
  // "unless regulators in Peru object.": after such a subordinator, a noun phrase with a plural
  // head (and a prepositional phrase of names or nouns) and a lower-case word that ends the
  // clause, read as a singular noun the tagger knows as a base-form verb, is the clause's verb
  // (EWT and GUM train, gold tags: VBP 3, VBD 1, never a noun; "if things improve.").
  if (tagger)
    for (const auto& s : doc.sentences)
      for (std::uint32_t m = s.first; m + 3 < s.last; ++m) {
        const std::string l = core::ascii_lower(doc.form(m));
        if (!clause_only_subordinator(l)) continue;
        std::uint32_t j = m + 1;
        if (is(j, {"DT", "PRP$"})) ++j;
        std::uint32_t k = j;
        while (k < s.last && is(k, {"NN", "NNP", "JJ", "NNS", "NNPS"})) ++k;
        if (k == j) continue;
        // The word taken for the verb was read as the run's last noun; the plural head is the
        // word before it, or the run's last word before a preposition whose own run it ends.
        std::uint32_t v = k - 1, head = v - 1;
        if (k < s.last && is(k, {"IN"})) {
          head = k - 1;
          std::uint32_t p = k + 1;
          if (p < s.last && is(p, {"DT"})) ++p;
          std::uint32_t q = p;
          while (q < s.last && is(q, {"NN", "NNP", "NNS", "NNPS"})) ++q;
          if (q < p + 2 || q > p + 4) continue;
          v = q - 1;
        } else if (v <= j) {
          continue;
        }
        // An adverb may stand between ("unless prosecutors first/JJ drop/NN the charge"); the word
        // ends the clause or an object follows it (EWT and GUM train before a determiner or a
        // possessive: VBP 6 times, never a noun; "when governments collect the").
        if (!(k < s.last && is(k, {"IN"})) && head > j && is(head, {"RB", "JJ"})) --head;
        if (!is(head, {"NNS", "NNPS"}) || v + 1 >= s.last || !is(v, {"NN"}) || !is(v + 1, {".", ",", ":", "CC", "DT", "PRP$"}))
          continue;
        k = v;
        const std::string_view w = doc.form(k);
        if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) continue;
        if (!(tagger->verb_forms(w) & (Tagger::kVerbBase | Tagger::kVerbPresent))) continue;
        retag(k, vbp, Upos::VERB);
      }
  // "announced on Monday that Accra Medical Labs had shipped ...", "said on Twitter that": a
  // "that" after a verb, "on" and one proper noun opens the verb's complement, not a relative
  // clause of the name (EWT and GUM train: IN twice, WDT never; read as WDT, the parse hung the
  // complement's subject on "that").
  for (const auto& s : doc.sentences)
    for (std::uint32_t t = s.first + 3; t + 1 < s.last; ++t)
      if (doc.form(t) == "that" && is(t, {"WDT", "DT"}) && is(t - 1, {"NNP"}) && doc.form(t - 2) == "on" &&
          is(t - 3, {"VBD", "VBZ", "VBP", "VBN"}))
        retag(t, in, Upos::SCONJ);
  // "Will Harlow Borough Council sell the depot?": a question that opens with a modal the tagger
  // read as a name ("Will", "May", "Can") and has a base-form verb later.
  for (const auto& s : doc.sentences) {
    if (s.size() < 3 || doc.form(s.last - 1) != "?" || !is(s.first, {"NNP", "NN"})) continue;
    const std::string_view w = doc.form(s.first);
    if (w != "Will" && w != "May" && w != "Can" && w != "Must" && w != "Shall") continue;
    bool base = false;
    for (std::uint32_t t = s.first + 1; t < s.last && !base; ++t) base = is(t, {"VB", "VBP"});
    if (!base) continue;
    retag(s.first, md, Upos::AUX);
  }
  // "Will Celtic/JJ sign Jonas Berg?", "Should Leeds/JJ ...": between a modal that opens a
  // question and the base verb, a capitalised word read as an adjective is the subject's name
  // (an adjective there would need a noun after it).
  for (const auto& s : doc.sentences) {
    if (s.size() < 4 || doc.form(s.last - 1) != "?" || !is(s.first, {"MD"})) continue;
    const std::uint32_t t = s.first + 1;
    const std::string_view w = doc.form(t);
    if (!is(t, {"JJ"}) || w.size() < 2 || !shape::is_upper(w[0]) || !is(t + 1, {"VB"})) continue;
    retag(t, nnp, Upos::PROPN);
  }
  // "Edda Rask, the research director of Tallgren Labs, rejected/VBN allegations that ...": a
  // name that opens the sentence, a noun phrase in apposition to it between commas, then a past
  // participle before a noun phrase, with no finite verb before it: the name's past-tense verb
  // (a participle there would modify the noun after it, leaving the sentence without a verb).
  if (tagger)
    for (const auto& s : doc.sentences) {
      std::uint32_t k = s.first;
      while (k < s.last && is(k, {"NNP", "NNPS"})) ++k;
      if (k == s.first || k + 3 >= s.last || doc.form(k) != ",") continue;
      std::uint32_t j = k + 1;
      while (j < s.last && is(j, {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "IN", "POS", "CC", "HYPH"})) ++j;
      const std::uint32_t t = j + 1;
      if (j == k + 1 || t + 1 >= s.last || doc.form(j) != "," || !is(t, {"VBN"}) ||
          !is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS"}))
        continue;
      retag(t, vbd, Upos::VERB);
    }
  for (const auto& s : doc.sentences) {
    bool finite = false;
    for (std::uint32_t t = s.first; t < s.last && !finite; ++t) finite = is(t, {"VBD", "VBZ", "VBP", "MD"});
    if (finite) {
      // The sentence's own subject, and one after a complementizer ("suspects that Felix Gantt
      // hid money").
      changed += repair_name_subject(s.first, s.last, false) ? 1 : 0;
      for (std::uint32_t k = s.first; k + 1 < s.last; ++k) {
        const std::string_view f = doc.form(k);
        if ((f == "that" || f == "whether" || f == "if" || (k == s.first && (f == "If" || f == "Whether"))) &&
            is(k + 1, {"NNP", "NNPS"}))
          changed += repair_name_subject(k + 1, s.last, true) ? 1 : 0;
        // "dismissed reports that Chinese firms supplied/VBN drones": a plain noun phrase after
        // "that" and a past participle with an object after it, where the clause has no finite
        // verb of its own, is the clause's subject and its past-tense verb.
        if (f != "that" || k + 3 >= s.last) continue;
        std::uint32_t t = k + 1;
        while (t < s.last && is(t, {"DT", "JJ", "NN", "NNS", "CD", "PRP$"})) ++t;
        if (t == k + 1 || t + 1 >= s.last || !is(t - 1, {"NN", "NNS"}) || !is(t, {"VBN"}) ||
            !is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS"}))
          continue;
        bool verb_after = false;
        for (std::uint32_t j = t + 1; j < s.last && !verb_after; ++j) verb_after = is(j, {"VBD", "VBZ", "VBP", "MD"});
        if (verb_after) continue;
        retag(t, vbd, Upos::VERB);
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
      // Or a past participle after a plain noun phrase that opens the sentence ("Chinese firms
      // supplied/VBN drones to Russia").
      bool after_np = is(t, {"VBN"}) && is(t - 1, {"NN", "NNS"});
      for (std::uint32_t k = s.first; k < t && after_np; ++k)
        after_np = is(k, {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$"});
      if (!participle || !(after_name || after_np) || !is(t + 1, {"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS"}))
        continue;
      retag(t, vbd, Upos::VERB);
      repaired = true;
      break;  // one verb per sentence
    }
    if (!repaired && repair_name_subject(s.first, s.last, false)) {
      ++changed;
      repaired = true;
    }
    // The clause after a fronted phrase and its comma ("According to the lawsuit, Orvell
    // Therapeutics stole/NN trade secrets").
    for (std::uint32_t k = s.first + 1; !repaired && k + 2 < s.last; ++k)
      if (doc.form(k) == "," && is(k + 1, {"NNP", "NNPS"}) && repair_name_subject(k + 1, s.last, false)) {
        ++changed;
        repaired = true;
      }
  }
  return changed;
}

}  // namespace ergraph::nlp
