#include "train/tagger_trainer.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/error.h"
#include "core/text.h"
#include "train/sha256.h"
#include "train/perceptron_trainer.h"
#include "nlp/detail/tagger_features.h"
#include "nlp/word_shape.h"

namespace ergraph::train {
using namespace nlp;  // the trainers build nlp models from nlp documents
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

TaggerLabel label_of(const Token& t, TaggerLabelScheme scheme) {
  switch (scheme) {
    case TaggerLabelScheme::UposOnly: return {t.upos, 0};
    case TaggerLabelScheme::XposOnly: return {Upos::None, t.xpos};
    case TaggerLabelScheme::Joint: break;
  }
  return {t.upos, t.xpos};
}

std::uint32_t label_key(TaggerLabel l) { return static_cast<std::uint32_t>(l.upos) * 256u + l.xpos; }

/// Gold labels as class indices, plus the label table (sorted by UPOS, then XPOS).
struct LabelSet {
  std::vector<TaggerLabel> labels;
  std::vector<std::vector<std::uint16_t>> gold;  // per sentence, per token
};

LabelSet collect_labels(const std::vector<GoldSentence>& train, TaggerLabelScheme scheme) {
  std::map<std::uint32_t, TaggerLabel> seen;
  for (const auto& s : train)
    for (const auto& t : s.doc.tokens) seen.emplace(label_key(label_of(t, scheme)), label_of(t, scheme));
  LabelSet out;
  std::map<std::uint32_t, std::uint16_t> index;
  for (const auto& [key, label] : seen) {
    index[key] = static_cast<std::uint16_t>(out.labels.size());
    out.labels.push_back(label);
  }
  for (const auto& s : train) {
    auto& g = out.gold.emplace_back();
    for (const auto& t : s.doc.tokens) g.push_back(index.at(label_key(label_of(t, scheme))));
  }
  return out;
}

/// How often each (normalized) word form carried each gold label in `train`.
std::map<std::string, std::map<std::uint16_t, std::uint32_t>> count_labels_by_word(
    const std::vector<GoldSentence>& train, const LabelSet& ls) {
  std::map<std::string, std::map<std::uint16_t, std::uint32_t>> counts;
  std::string scratch;
  for (std::size_t s = 0; s < train.size(); ++s) {
    const auto& doc = train[s].doc;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t)
      ++counts[std::string(nlp::detail::normalize_form(doc.form(doc.tokens[t]), scratch))][ls.gold[s][t]];
  }
  return counts;
}

/// Frequent words that (almost) always carry one label.
std::vector<std::pair<std::string, std::uint16_t>> build_tagdict(const std::vector<GoldSentence>& train,
                                                                 const LabelSet& ls, const TaggerHyperparameters& h) {
  const auto counts = count_labels_by_word(train, ls);
  std::vector<std::pair<std::string, std::uint16_t>> dict;
  for (const auto& [word, by_label] : counts) {
    std::uint32_t total = 0, best = 0;
    std::uint16_t best_label = 0;
    for (const auto& [label, n] : by_label) {
      total += n;
      if (n > best) best = n, best_label = label;
    }
    if (total >= h.tagdict_min_count && static_cast<double>(best) / total >= h.tagdict_min_ratio)
      dict.emplace_back(word, best_label);
  }
  return dict;  // std::map order: sorted by word
}

/// The lexicon's tags as labels of `ls`: each tag with its usual UPOS (NN -> NOUN, NNP -> PROPN,
/// VB* -> VERB, JJ* -> ADJ, RB* -> ADV); a tag the label set lacks is left out, and so is a word
/// left with none.
std::vector<std::pair<std::string, std::vector<std::uint16_t>>> lexicon_labels(const TaggerLexicon& lexicon,
                                                                                const LabelSet& ls) {
  std::map<std::string, std::uint16_t> by_tag;
  for (std::size_t l = 0; l < ls.labels.size(); ++l) {
    const std::string x(xpos_name(ls.labels[l].xpos));
    const Upos want = x.starts_with("NNP") ? Upos::PROPN
                      : x.starts_with("NN") ? Upos::NOUN
                      : x.starts_with("VB") ? Upos::VERB
                      : x.starts_with("JJ") ? Upos::ADJ
                      : x.starts_with("RB") ? Upos::ADV
                                            : Upos::None;
    if (want != Upos::None && (ls.labels[l].upos == want || ls.labels[l].upos == Upos::None))
      by_tag.emplace(x, static_cast<std::uint16_t>(l));
  }
  std::vector<std::pair<std::string, std::vector<std::uint16_t>>> out;
  for (const auto& [word, tags] : lexicon) {
    std::vector<std::uint16_t> labels;
    for (const auto& t : tags)
      if (auto it = by_tag.find(t); it != by_tag.end()) labels.push_back(it->second);
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    if (!labels.empty()) out.emplace_back(word, std::move(labels));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
            out.end());
  return out;
}

/// Ambiguity classes: for words seen at least class_min_count times, the labels they carried
/// at least class_min_share of the time.
std::vector<std::pair<std::string, std::vector<std::uint16_t>>> build_word_classes(
    const std::vector<GoldSentence>& train, const LabelSet& ls, const TaggerHyperparameters& h) {
  const auto counts = count_labels_by_word(train, ls);
  std::vector<std::pair<std::string, std::vector<std::uint16_t>>> out;
  for (const auto& [word, by_label] : counts) {
    std::uint32_t total = 0;
    for (const auto& [label, n] : by_label) total += n;
    if (total < h.class_min_count) continue;
    std::vector<std::uint16_t> labels;
    for (const auto& [label, n] : by_label)
      if (static_cast<double>(n) >= static_cast<double>(h.class_min_share) * total) labels.push_back(label);
    out.emplace_back(word, std::move(labels));
  }
  return out;
}

/// Per-token ambiguity classes for training, each computed without the sentences of the token's
/// own fold (sentence index % folds): training then meets unknown words and incomplete classes
/// about as often as tagging does (jackknifing). Mirrors the lookup: exact form, then lower case.
std::vector<std::vector<std::uint64_t>> jackknife_classes(const std::vector<GoldSentence>& train,
                                                          const LabelSet& ls, const TaggerHyperparameters& h) {
  const std::size_t folds = h.class_folds;
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::map<std::uint16_t, std::vector<std::uint32_t>>> counts;  // word -> label -> per fold
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> token_words(train.size());  // (exact, lower)
  std::string scratch;
  const auto id_of = [&](const std::string& w) {
    auto [it, added] = ids.emplace(w, static_cast<std::uint32_t>(counts.size()));
    if (added) counts.emplace_back();
    return it->second;
  };
  for (std::size_t s = 0; s < train.size(); ++s) {
    const auto& doc = train[s].doc;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
      const std::string form(nlp::detail::normalize_form(doc.form(doc.tokens[t]), scratch));
      const std::uint32_t id = id_of(form), lower = id_of(core::ascii_lower(form));
      auto& per_fold = counts[id][ls.gold[s][t]];
      per_fold.resize(folds, 0);
      ++per_fold[s % folds];
      token_words[s].emplace_back(id, lower);
    }
  }
  const auto class_of = [&](std::uint32_t id, std::size_t fold) -> std::uint64_t {
    std::uint32_t total = 0;
    std::vector<std::pair<std::uint16_t, std::uint32_t>> kept;
    for (const auto& [label, per_fold] : counts[id]) {
      std::uint32_t n = 0;
      for (std::size_t f = 0; f < folds; ++f) n += f == fold ? 0 : per_fold[f];
      total += n;
      if (n) kept.emplace_back(label, n);
    }
    if (total == 0 || total < h.class_min_count) return 0;
    std::vector<std::uint16_t> labels;
    for (const auto& [label, n] : kept)
      if (static_cast<double>(n) >= static_cast<double>(h.class_min_share) * total) labels.push_back(label);
    return nlp::detail::ambiguity_class(labels);
  };
  std::vector<std::vector<std::uint64_t>> out(train.size());
  for (std::size_t s = 0; s < train.size(); ++s)
    for (const auto& [id, lower] : token_words[s]) {
      const std::uint64_t c = class_of(id, s % folds);
      out[s].push_back(c != 0 ? c : class_of(lower, s % folds));
    }
  return out;
}

/// Fisher-Yates with raw mt19937 draws (std::shuffle's algorithm is implementation-defined).
void shuffle(std::vector<std::uint32_t>& v, std::mt19937& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

/// Online training of one direction: left to right, or right to left (`backward`: each
/// sentence's context and gold labels reversed, so the "previous" labels are those to the right).
class TrainLoop {
 public:
  /// `jackknifed`: per sentence, per token ambiguity classes (jackknife_classes), or empty.
  TrainLoop(const std::vector<GoldSentence>& train, const LabelSet& ls, const TaggerModel& model,
            const std::vector<std::vector<std::uint64_t>>& jackknifed, bool backward)
      : train_(train), ls_(ls), perceptron_(static_cast<int>(ls.labels.size())), jackknifed_(jackknifed),
        scores_(ls.labels.size()), backward_(backward) {
    if (backward_) {
      reversed_gold_ = ls.gold;
      for (auto& g : reversed_gold_) std::reverse(g.begin(), g.end());
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
    for (const auto& [word, label] : model.tagdict) entries.emplace_back(nlp::detail::form_hash(word), label);
    dict_.build(entries);
    entries.clear();
    for (const auto& [word, labels] : model.word_classes)
      entries.emplace_back(nlp::detail::form_hash(word), nlp::detail::ambiguity_class(labels));
    classes_.build(entries);
    entries.clear();
    for (const auto& [word, labels] : model.lexicon)
      entries.emplace_back(shape::hash_lower(word), nlp::detail::lexicon_entry(labels));
    lexicon_.build(entries);
    has_lexicon_ = !model.lexicon.empty();
  }

  /// One pass in `order`; returns the share of correct greedy predictions (%).
  double pass(const std::vector<std::uint32_t>& order) {
    std::size_t correct = 0, total = 0;
    for (std::uint32_t s : order) {
      correct += sentence(train_[s].doc, backward_ ? reversed_gold_[s] : ls_.gold[s],
                          jackknifed_.empty() ? nullptr : &jackknifed_[s]);
      total += ls_.gold[s].size();
    }
    return total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0;
  }
  const PerceptronTrainer& perceptron() const { return perceptron_; }

 private:
  std::size_t sentence(const Document& doc, const std::vector<std::uint16_t>& gold,
                       const std::vector<std::uint64_t>* classes) {
    const nlp::detail::FormMap* lexicon = has_lexicon_ ? &lexicon_ : nullptr;
    nlp::detail::sentence_context(doc, doc.sentences.at(0), classes_, lexicon, ctx_, norm_);
    if (classes)
      for (std::size_t i = 0; i < classes->size(); ++i) {
        auto& w = ctx_[i + 2];
        w.amb = (*classes)[i] != 0 ? (*classes)[i] : nlp::detail::lexicon_class(lexicon, w);
      }
    if (backward_) nlp::detail::reverse_words(ctx_);
    std::uint64_t prev1 = nlp::detail::kStartLabel, prev2 = nlp::detail::kStart2Label;
    std::size_t correct = 0;
    FeatureKey feats[nlp::detail::kMaxTaggerFeatures];
    for (std::size_t i = 0; i < gold.size(); ++i) {
      const nlp::detail::WordInfo* cur = ctx_.data() + i + 2;
      int guess = static_cast<int>(dict_.find(cur->form, kNoLabel));
      if (guess == kNoLabel) {
        const int n = nlp::detail::tagger_features(cur, prev1, prev2, feats);
        const std::span<const FeatureKey> fs(feats, static_cast<std::size_t>(n));
        perceptron_.scores(fs, scores_.data());
        guess = static_cast<int>(std::max_element(scores_.begin(), scores_.end()) - scores_.begin());
        perceptron_.tick();
        if (guess != gold[i]) {
          perceptron_.update(fs, gold[i], 1.0f);
          perceptron_.update(fs, guess, -1.0f);
        }
      }
      correct += guess == gold[i];
      prev2 = prev1;
      prev1 = static_cast<std::uint64_t>(guess);
    }
    return correct;
  }

  const std::vector<GoldSentence>& train_;
  const LabelSet& ls_;
  PerceptronTrainer perceptron_;
  static constexpr int kNoLabel = 0xFFFFFF;
  nlp::detail::FormMap dict_;
  nlp::detail::FormMap classes_;
  nlp::detail::FormMap lexicon_;  // lower-case form hash -> lexicon entry
  bool has_lexicon_ = false;
  const std::vector<std::vector<std::uint64_t>>& jackknifed_;  // per sentence, per token
  std::vector<float> scores_;
  std::vector<nlp::detail::WordInfo> ctx_;
  std::string norm_;
  bool backward_;
  std::vector<std::vector<std::uint16_t>> reversed_gold_;  // backward only
};

}  // namespace

TaggerLexicon read_tagger_lexicon(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw IoError("E105", "cannot read the tagger lexicon", path.string());
  static const std::set<std::string, std::less<>> kTags = {"NN", "NNS", "NNP", "VB", "VBP", "VBZ", "VBD",
                                                         "VBN", "VBG", "JJ", "JJR", "JJS", "RB"};
  TaggerLexicon out;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const auto fail = [&](const std::string& why) {
      throw ParseError("E105", "tagger lexicon: " + why, path.string() + ":" + std::to_string(n));
    };
    if (tab == std::string::npos || tab == 0) fail("expected WORD<TAB>TAGS");
    auto& [word, tags] = out.emplace_back(line.substr(0, tab), std::vector<std::string>{});
    if (word != core::ascii_lower(word)) fail("the word '" + word + "' is not lower case");
    std::istringstream ts(line.substr(tab + 1));
    for (std::string t; ts >> t;) {
      if (!kTags.contains(t)) fail("unknown tag '" + t + "'");
      tags.push_back(t);
    }
    if (tags.empty()) fail("no tags");
  }
  return out;
}

TaggerLexicon tagger_lexicon_of(const TaggerModel& model) {
  TaggerLexicon out;
  out.reserve(model.lexicon.size());
  for (const auto& [word, labels] : model.lexicon) {
    auto& tags = out.emplace_back(word, std::vector<std::string>{}).second;
    for (const auto l : labels) tags.emplace_back(xpos_name(model.labels.at(l).xpos));
  }
  return out;
}

TaggerModel train_tagger(const std::vector<GoldSentence>& train, const TaggerTrainOptions& options) {
  const LabelSet ls = collect_labels(train, options.scheme);
  TaggerModel model;
  model.feature_set = nlp::detail::kTaggerFeatureSet;
  model.hyper = options.hyper;
  model.labels = ls.labels;
  model.tagdict = build_tagdict(train, ls, options.hyper);
  model.word_classes = build_word_classes(train, ls, options.hyper);
  model.lexicon = lexicon_labels(options.lexicon, ls);
  const bool both = options.hyper.bidirectional;
  std::vector<std::vector<std::uint64_t>> jackknifed;
  if (options.hyper.class_folds > 1) jackknifed = jackknife_classes(train, ls, options.hyper);
  // Copies with invented names: same gold labels; a replaced word has no ambiguity class.
  std::vector<GoldSentence> copies;
  LabelSet all = ls;
  for (std::uint32_t c = 1; c <= options.name_copies; ++c)
    for (std::size_t s = 0; s < train.size(); ++s) {
      GoldSentence copy;
      if (!with_invented_names(train[s], c, copy)) continue;
      all.gold.push_back(ls.gold[s]);
      if (!jackknifed.empty()) {
        std::vector<std::uint64_t> classes = jackknifed[s];
        for (std::size_t t = 0; t < classes.size(); ++t)
          if (copy.doc.form(static_cast<std::uint32_t>(t)) != train[s].doc.form(static_cast<std::uint32_t>(t)))
            classes[t] = 0;
        jackknifed.push_back(std::move(classes));
      }
      copies.push_back(std::move(copy));
    }
  const bool augment = !copies.empty();
  model.invented_names = augment;
  std::vector<GoldSentence> augmented;
  if (augment) {
    augmented.reserve(train.size() + copies.size());
    augmented.insert(augmented.end(), train.begin(), train.end());
    for (auto& c : copies) augmented.push_back(std::move(c));
    copies.clear();
  }
  const std::vector<GoldSentence>& data = augment ? augmented : train;
  TrainLoop forward(data, all, model, jackknifed, false);
  std::optional<TrainLoop> backward;
  if (both) backward.emplace(data, all, model, jackknifed, true);
  // Both directions see the sentences in the same order; the left-to-right weights are the
  // same as those of a one-direction model.
  const auto freeze = [&](TaggerModel& m) {
    m.weights = forward.perceptron().average(options.hyper.prune_below);
    if (!backward) return;
    m.backward = backward->perceptron().average(options.hyper.prune_below);
    const float scale = std::max(m.weights.scale(), m.backward.scale());  // one scale: scores add up
    if (m.weights.scale() != scale) m.weights = forward.perceptron().average(options.hyper.prune_below, scale);
    if (m.backward.scale() != scale) m.backward = backward->perceptron().average(options.hyper.prune_below, scale);
  };
  std::vector<std::uint32_t> order(data.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(static_cast<std::mt19937::result_type>(options.hyper.seed));
  for (std::uint32_t it = 1; it <= options.hyper.iterations; ++it) {
    const auto t0 = Clock::now();
    shuffle(order, rng);
    TaggerIterationReport report;
    report.iteration = it;
    report.train_accuracy = forward.pass(order);
    if (backward) report.train_accuracy = (report.train_accuracy + backward->pass(order)) / 2;
    report.seconds = seconds_since(t0);
    if (options.dev) {
      TaggerModel snapshot = model;
      freeze(snapshot);
      report.dev = evaluate_tagger(*make_tagger(std::move(snapshot)), *options.dev);
    }
    if (options.progress) options.progress(report);
  }
  freeze(model);
  return model;
}

}  // namespace ergraph::train
