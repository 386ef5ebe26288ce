#include "train/ner_trainer.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <set>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string_view>

#include "core/error.h"
#include "entities/detail/ner_features.h"
#include "nlp/conllu.h"
#include "nlp/gold_entities.h"
#include "train/corpus.h"
#include "train/perceptron_trainer.h"

namespace ergraph::train {
namespace {

namespace fs = std::filesystem;
using entities::detail::NerWord;
using nlp::FeatureKey;

void tag(nlp::Document& doc, const nlp::Tagger& tagger) {
  if (!doc.tokens.empty()) tagger.tag(doc);
}

int type_index(const std::vector<std::string>& types, std::string_view t) {
  const auto it = std::find(types.begin(), types.end(), t);
  return it == types.end() ? -1 : static_cast<int>(it - types.begin());
}

std::string_view gum_ner_type(std::string_view gum) {
  if (gum == "person") return "PER";
  if (gum == "organization") return "ORG";
  if (gum == "place") return "LOC";
  return {};
}

// Fisher-Yates with raw mt19937 draws (std::shuffle's algorithm is implementation-defined).
void shuffle(std::vector<std::uint32_t>& v, std::mt19937& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const std::size_t j = rng() % i;
    std::swap(v[i - 1], v[j]);
  }
}

std::vector<int> gold_labels(const NerExample& ex) {
  std::vector<int> labels(ex.doc.tokens.size(), entities::detail::kNerO);
  for (const auto& [first, last, type] : ex.spans) {
    if (last == first + 1) {
      labels[first] = entities::detail::ner_label(type, 3);
      continue;
    }
    labels[first] = entities::detail::ner_label(type, 0);
    for (auto i = first + 1; i + 1 < last; ++i) labels[i] = entities::detail::ner_label(type, 1);
    labels[last - 1] = entities::detail::ner_label(type, 2);
  }
  return labels;
}

// One past the last example of the document that starts at `b` (consecutive examples with the
// same source and a non-empty doc_id).
std::size_t document_end(const std::vector<NerExample>& examples, std::size_t b) {
  std::size_t e = b + 1;
  if (examples[b].doc_id.empty()) return e;
  while (e < examples.size() && examples[e].doc_id == examples[b].doc_id && examples[e].source == examples[b].source) ++e;
  return e;
}

entities::detail::NerResources resources(const std::vector<std::pair<std::uint64_t, std::uint8_t>>& caps,
                                         const entities::Gazetteer* gaz, const std::vector<nlp::WordList>& lists) {
  entities::detail::NerResources r;
  r.caps = &caps;
  r.gazetteer = gaz;
  for (const auto& l : lists) r.lists.push_back(l.size() ? &l : nullptr);
  return r;
}

}  // namespace

std::vector<std::string> ner_types() { return {"PER", "ORG", "LOC"}; }

std::vector<NerExample> load_iob2_examples(const fs::path& path, const nlp::Tagger& tagger,
                                           const std::vector<std::string>& types) {
  std::vector<NerExample> out;
  for (auto& s : nlp::read_iob2(path)) {
    NerExample ex;
    ex.doc = std::move(s.doc);
    ex.doc_id = s.sent_id;
    const auto dash = ex.doc_id.rfind('-');
    if (dash != std::string::npos && dash + 1 < ex.doc_id.size() &&
        std::all_of(ex.doc_id.begin() + static_cast<std::ptrdiff_t>(dash) + 1, ex.doc_id.end(),
                    [](char c) { return c >= '0' && c <= '9'; }))
      ex.doc_id.resize(dash);
    tag(ex.doc, tagger);
    for (const auto& sp : s.spans) {
      const int t = type_index(types, sp.type);
      if (t >= 0) ex.spans.emplace_back(sp.first, sp.last, t);
    }
    out.push_back(std::move(ex));
  }
  return out;
}

NerCorpus load_ner_corpus(const fs::path& data_dir, const nlp::Tagger& tagger, bool with_gum) {
  NerCorpus c;
  c.types = ner_types();
  auto uner = describe_source(data_dir, "uner/en_ewt-ud-train.iob2");
  c.sentences = load_iob2_examples(data_dir / uner.name, tagger, c.types);
  uner.sentences = static_cast<std::uint32_t>(c.sentences.size());
  for (const auto& ex : c.sentences) uner.tokens += static_cast<std::uint32_t>(ex.doc.tokens.size());
  c.sources.push_back(uner);
  if (!with_gum) return c;
  auto gum = describe_source(data_dir, "ud/en_gum-ud-train.conllu");
  auto licences = describe_source(data_dir, "gum/doc_licenses.tsv");
  const auto open = gum_commercial_train_docs(data_dir / licences.name);
  std::set<std::string> used, excluded;
  for (auto& s : nlp::read_conllu(data_dir / gum.name)) {
    if (!open.count(s.doc_id)) {
      excluded.insert(s.doc_id);
      continue;
    }
    used.insert(s.doc_id);
    NerExample ex;
    ex.spans = gum_ner_spans(nlp::gum_mentions(s, gum.name), s, c.types);
    ex.doc_id = s.doc_id;
    ex.source = 1;
    ex.doc = std::move(s.doc);
    ex.doc.mentions.clear();
    tag(ex.doc, tagger);
    gum.sentences += 1;
    gum.tokens += static_cast<std::uint32_t>(ex.doc.tokens.size());
    c.sentences.push_back(std::move(ex));
  }
  c.gum_docs_used = used.size();
  c.gum_docs_excluded = excluded.size();
  c.sources.push_back(gum);
  c.sources.push_back(licences);
  return c;
}

std::vector<NerExample> split_tune_fold(NerCorpus& corpus, std::uint32_t fold, std::uint32_t folds) {
  if (folds < 2 || fold >= folds) throw std::invalid_argument("split_tune_fold: fold out of range");
  std::map<std::string, std::uint32_t> ordinal[2];
  std::vector<NerExample> kept, held;
  for (auto& ex : corpus.sentences) {
    auto& ord = ordinal[ex.source ? 1 : 0];
    const auto it = ord.emplace(ex.doc_id, static_cast<std::uint32_t>(ord.size())).first;
    (it->second % folds == fold ? held : kept).push_back(std::move(ex));
  }
  corpus.sentences = std::move(kept);
  return held;
}

namespace {

// A word of a name: a proper noun (tagged sentences) or a word in title case (untagged).
bool name_word(const nlp::GoldSentence& s, std::uint32_t i, bool tagged) {
  const auto w = s.doc.form(i);
  if (tagged) return s.doc.tokens[i].upos == nlp::Upos::PROPN;
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

bool name_connector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "&" || w == "de" || w == "-";
}

// The name inside a GUM mention: the run of name words around its head, joined by connectors
// ("National Library of the Netherlands"); the mention's determiners, possessive "'s",
// appositions and relative clauses are left out. {0, 0} if there is none.
std::pair<std::uint32_t, std::uint32_t> name_run(const nlp::GumMention& m, const nlp::GoldSentence& s) {
  const bool tagged = std::any_of(s.doc.tokens.begin(), s.doc.tokens.end(),
                                  [](const nlp::Token& t) { return t.upos != nlp::Upos::None; });
  std::uint32_t head = m.last;
  for (auto h : m.heads)
    if (name_word(s, h, tagged)) {
      head = h;
      break;
    }
  if (head == m.last)
    for (std::uint32_t t = m.first; t < m.last; ++t)
      if (name_word(s, t, tagged)) {
        head = t;
        break;
      }
  if (head == m.last) return {0, 0};
  std::uint32_t first = head, last = head + 1;
  while (first > m.first && name_word(s, first - 1, tagged)) --first;
  for (;;) {
    std::uint32_t j = last;
    while (j < m.last && name_connector(s.doc.form(j))) ++j;
    if (j < m.last && name_word(s, j, tagged)) {
      last = j + 1;
      while (last < m.last && name_word(s, last, tagged)) ++last;
    } else {
      break;
    }
  }
  return {first, last};
}

}  // namespace

std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> gum_ner_spans(const std::vector<nlp::GumMention>& mentions,
                                                                         const nlp::GoldSentence& s,
                                                                         const std::vector<std::string>& types) {
  std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> spans;
  std::uint32_t covered = 0;
  for (const auto& m : mentions) {
    if (m.first < covered || !nlp::is_named(m, s)) continue;
    const auto [first, last] = name_run(m, s);
    if (first == last || first < covered) continue;
    const int t = type_index(types, gum_ner_type(m.type));
    if (t < 0) {
      covered = std::max(covered, last);  // a named event or work: the names inside stay O, as in UNER
      continue;
    }
    spans.emplace_back(first, last, t);
    covered = last;
  }
  return spans;
}

std::vector<NerExample> load_gum_conllu_examples(const fs::path& path, const nlp::Tagger& tagger,
                                                 const std::vector<std::string>& types) {
  std::vector<NerExample> out;
  for (auto& s : nlp::read_conllu(path)) {
    NerExample ex;
    ex.spans = gum_ner_spans(nlp::gum_mentions(s, path.string()), s, types);
    ex.doc_id = s.doc_id;
    ex.source = 1;
    ex.doc = std::move(s.doc);
    for (auto& t : ex.doc.tokens) t.upos = nlp::Upos::None, t.xpos = 0;
    tag(ex.doc, tagger);
    out.push_back(std::move(ex));
  }
  return out;
}

std::vector<NerExample> load_gum_tsv_examples(const fs::path& dir, const fs::path& doc_list, const nlp::Tagger& tagger,
                                              const std::vector<std::string>& types) {
  std::vector<fs::path> files;
  if (!doc_list.empty()) {
    std::ifstream in(doc_list);
    if (!in) throw IoError("E101", "cannot open document list", doc_list.string());
    std::string name;
    while (std::getline(in, name))
      if (!name.empty()) files.push_back(dir / (name + ".tsv"));
  } else {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".tsv") files.push_back(e.path());
    if (ec) throw IoError("E101", "cannot read folder: " + ec.message(), dir.string());
    std::sort(files.begin(), files.end());
  }
  std::vector<NerExample> out;
  for (const auto& f : files) {
    auto doc = nlp::read_webanno_tsv(f);
    for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
      NerExample ex;
      ex.spans = gum_ner_spans(doc.mentions[k], doc.sentences[k], types);
      ex.doc_id = doc.id;
      ex.source = 1;
      ex.doc = std::move(doc.sentences[k].doc);
      tag(ex.doc, tagger);
      out.push_back(std::move(ex));
    }
  }
  return out;
}

std::vector<std::string> read_word_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E101", "cannot open word list", path.string());
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) words.push_back(line);
  }
  return words;
}

std::vector<std::pair<std::uint64_t, std::uint8_t>> capitalization_table(const std::vector<NerExample>& sentences,
                                                                       std::uint32_t min_count,
                                                                       const std::vector<std::string>& dictionary,
                                                                       const std::vector<bool>& skip) {
  std::map<std::uint64_t, std::uint8_t> dict;
  for (const auto& w : dictionary) {
    if (w.empty() || w.find('\'') != std::string::npos) continue;
    dict[entities::detail::lower_hash(w)] |= static_cast<std::uint8_t>((w[0] >= 'A' && w[0] <= 'Z') ? 2 : 1);
  }
  std::map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> counts;  // hash -> (capitalized, total)
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    if (!skip.empty() && skip[k]) continue;
    const auto& ex = sentences[k];
    for (std::uint32_t i = 1; i < ex.doc.tokens.size(); ++i) {
      const auto w = ex.doc.form(i);
      if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
      auto& c = counts[entities::detail::lower_hash(w)];
      c.first += (w[0] >= 'A' && w[0] <= 'Z') ? 1 : 0;
      c.second += 1;
    }
  }
  std::map<std::uint64_t, std::uint8_t> classes;
  for (const auto& [h, c] : counts)
    if (c.second >= min_count) {
      const auto k = entities::detail::caps_class(c.first, c.second);
      if (k) classes[h] = k;
    }
  for (const auto& [h, d] : dict) classes[h] |= static_cast<std::uint8_t>(d << 3);
  return {classes.begin(), classes.end()};  // sorted by hash
}

std::uint32_t document_fold(std::string_view doc_id, std::uint32_t folds) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : doc_id) h = (h ^ c) * 0x100000001b3ull;
  return static_cast<std::uint32_t>(h % folds);
}

void jackknife_tags(const std::vector<std::vector<NerExample>*>& sets, const std::vector<nlp::GoldSentence>& tagger_data,
                    const TaggerTrainOptions& tagger_options, std::uint32_t folds,
                    const std::function<void(std::uint32_t)>& progress) {
  if (folds < 2) throw std::invalid_argument("jackknife_tags: at least 2 folds");
  std::vector<std::uint32_t> gold_fold(tagger_data.size());
  for (std::size_t i = 0; i < tagger_data.size(); ++i) {
    const auto& g = tagger_data[i];
    gold_fold[i] = document_fold(g.doc_id.empty() ? std::string_view(g.sent_id) : std::string_view(g.doc_id), folds);
  }
  for (std::uint32_t f = 0; f < folds; ++f) {
    std::vector<nlp::GoldSentence> train;
    for (std::size_t i = 0; i < tagger_data.size(); ++i)
      if (gold_fold[i] != f) train.push_back(tagger_data[i]);
    auto opts = tagger_options;
    opts.dev = nullptr;
    opts.progress = nullptr;
    const auto tagger = nlp::make_tagger(train_tagger(train, opts));
    for (auto* set : sets)
      for (auto& ex : *set)
        if (document_fold(ex.doc_id, folds) == f) tag(ex.doc, *tagger);
    if (progress) progress(f);
  }
}

entities::RecognizerModel train_recognizer(const NerCorpus& corpus, std::shared_ptr<const entities::Gazetteer> gazetteer,
                                           const nlp::Lexicon& lexicon, const NerTrainOptions& options) {
  entities::RecognizerModel m;
  m.feature_set = entities::detail::kNerFeatureSet;
  m.hyper = options.hyper;
  m.sources = corpus.sources;
  m.types = corpus.types;
  m.caps = capitalization_table(corpus.sentences, options.hyper.caps_min_count, options.dictionary);
  std::vector<nlp::WordList> lists;
  for (auto name : entities::detail::kNerLists) lists.push_back(lexicon.has(name) ? lexicon.get(name) : nlp::WordList{});
  auto res = resources(m.caps, gazetteer.get(), lists);
  res.options = options.hyper.features;
  const std::uint32_t fopt = res.options;
  const int classes = 1 + 4 * static_cast<int>(corpus.types.size());
  // An ensemble of `ensemble` perceptrons trained on different shuffles (seeds seed, seed + 1, ...),
  // averaged into one model (PerceptronTrainer::average_of).
  const std::uint32_t members = std::max<std::uint32_t>(1, options.hyper.ensemble);
  std::vector<std::unique_ptr<PerceptronTrainer>> trainers;
  std::vector<const PerceptronTrainer*> trainer_ptrs;
  for (std::uint32_t e = 0; e < members; ++e) {
    trainers.push_back(std::make_unique<PerceptronTrainer>(classes));
    trainer_ptrs.push_back(trainers.back().get());
  }

  // Jackknifed capitalization classes (kNerOptJackknifeCaps): document d (in order) sees the
  // table of the documents whose ordinal differs from d's modulo kJackknifeFolds.
  constexpr std::size_t kJackknifeFolds = 10;
  std::vector<std::size_t> doc_fold(corpus.sentences.size(), 0);
  std::vector<std::vector<std::pair<std::uint64_t, std::uint8_t>>> fold_caps;
  if (fopt & entities::detail::kNerOptJackknifeCaps) {
    std::size_t ordinal = 0;
    for (std::size_t b = 0; b < corpus.sentences.size(); ++ordinal) {
      const std::size_t e = document_end(corpus.sentences, b);
      for (std::size_t k = b; k < e; ++k) doc_fold[k] = ordinal % kJackknifeFolds;
      b = e;
    }
    for (std::size_t f = 0; f < kJackknifeFolds; ++f) {
      std::vector<bool> skip(corpus.sentences.size());
      for (std::size_t k = 0; k < skip.size(); ++k) skip[k] = doc_fold[k] == f;
      fold_caps.push_back(capitalization_table(corpus.sentences, options.hyper.caps_min_count, options.dictionary, skip));
    }
  }

  // Contexts and gold labels once.
  std::vector<std::vector<NerWord>> contexts(corpus.sentences.size());
  std::vector<std::vector<int>> golds(corpus.sentences.size());
  for (std::size_t b = 0; b < corpus.sentences.size();) {
    const std::size_t e = document_end(corpus.sentences, b);
    if (!fold_caps.empty()) res.caps = &fold_caps[doc_fold[b]];
    entities::detail::NerDocStats stats;  // the document context, as recognize() sees it
    for (std::size_t k = b; k < e; ++k)
      for (const auto& s : corpus.sentences[k].doc.sentences) stats.add(corpus.sentences[k].doc, s);
    for (std::size_t k = b; k < e; ++k) {
      const auto& ex = corpus.sentences[k];
      golds[k] = gold_labels(ex);
      if (!ex.doc.sentences.empty()) entities::detail::ner_context(ex.doc, ex.doc.sentences[0], res, contexts[k], &stats);
    }
    b = e;
  }
  std::vector<std::uint32_t> order(corpus.sentences.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::vector<std::uint32_t>> orders(members, order);
  std::vector<std::mt19937> rngs;
  for (std::uint32_t e = 0; e < members; ++e)
    rngs.emplace_back(static_cast<std::mt19937::result_type>(options.hyper.seed + e));
  std::vector<float> scores(static_cast<std::size_t>(classes));
  FeatureKey feats[entities::detail::kMaxNerFeatures + entities::detail::kMaxNerTransitionFeatures];
  FeatureKey tfeats[entities::detail::kMaxNerTransitionFeatures];
  const auto prev_value = [](int prev) {
    return prev < 0 ? entities::detail::kNerStart : static_cast<std::uint64_t>(prev);
  };
  const bool viterbi = options.hyper.decoder == entities::kNerViterbi;
  for (std::uint32_t it = 1; it <= options.hyper.iterations; ++it) {
    const auto t0 = std::chrono::steady_clock::now();
    std::uint64_t right = 0, total = 0;
    for (std::uint32_t member = 0; member < members; ++member) {
    auto& perceptron = *trainers[member];
    shuffle(orders[member], rngs[member]);
    for (auto k : orders[member]) {
      const auto& gold = golds[k];
      const NerWord* ctx = contexts[k].data() + 2;
      const float w = corpus.sentences[k].source == 1 ? options.gum_weight : 1.0f;
      const std::uint32_t domain = (fopt & entities::detail::kNerOptDomains) ? corpus.sentences[k].source + 1u
                                                                              : entities::detail::kNerDomainNone;
      if (viterbi) {
        // Structured perceptron: decode the sentence with the current weights, then move the
        // weights from the predicted sequence's features towards the gold one's.
        const auto emit = [&](std::size_t i, double* out) {
          const int n = entities::detail::ner_domain_copies(feats, entities::detail::ner_emission_features(ctx + i, feats, fopt), domain);
          perceptron.scores({feats, static_cast<std::size_t>(n)}, scores.data());
          for (int c = 0; c < classes; ++c) out[c] = scores[static_cast<std::size_t>(c)];
        };
        const auto trans = [&](std::size_t i, int prev, double* out) {
          const int n = entities::detail::ner_transition_features(ctx + i, prev_value(prev), tfeats, fopt);
          perceptron.scores({tfeats, static_cast<std::size_t>(n)}, scores.data());
          for (int c = 0; c < classes; ++c) out[c] += scores[static_cast<std::size_t>(c)];
        };
        const auto guess = entities::detail::ner_viterbi<double>(gold.size(), classes, emit, trans);
        perceptron.tick();
        for (std::size_t i = 0; i < gold.size(); ++i) {
          total += 1;
          const int gp = i ? gold[i - 1] : -1, pp = i ? guess[i - 1] : -1;
          if (guess[i] == gold[i]) {
            ++right;
            if (gp == pp) continue;
          } else {
            const int n = entities::detail::ner_domain_copies(feats, entities::detail::ner_emission_features(ctx + i, feats, fopt), domain);
            const std::span<const FeatureKey> fs(feats, static_cast<std::size_t>(n));
            perceptron.update(fs, gold[i], w);
            perceptron.update(fs, guess[i], -w);
          }
          int n = entities::detail::ner_transition_features(ctx + i, prev_value(gp), tfeats, fopt);
          perceptron.update({tfeats, static_cast<std::size_t>(n)}, gold[i], w);
          n = entities::detail::ner_transition_features(ctx + i, prev_value(pp), tfeats, fopt);
          perceptron.update({tfeats, static_cast<std::size_t>(n)}, guess[i], -w);
        }
        continue;
      }
      int prev = -1;
      for (std::size_t i = 0; i < gold.size(); ++i) {
        int n = entities::detail::ner_domain_copies(feats, entities::detail::ner_emission_features(ctx + i, feats, fopt), domain);
        n += entities::detail::ner_transition_features(ctx + i, prev_value(prev), feats + n, fopt);
        const std::span<const FeatureKey> fs(feats, static_cast<std::size_t>(n));
        perceptron.scores(fs, scores.data());
        const bool last = i + 1 == gold.size();
        int guess = -1;
        for (int c = 0; c < classes; ++c)
          if (entities::detail::ner_allowed(prev, c, last) && (guess < 0 || scores[c] > scores[guess])) guess = c;
        perceptron.tick();
        if (guess != gold[i]) {
          perceptron.update(fs, gold[i], 1.0f);
          perceptron.update(fs, guess, -1.0f);
        } else {
          ++right;
        }
        ++total;
        prev = guess;
      }
    }
    }
    NerIterationReport report;
    report.iteration = it;
    report.train_accuracy = total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0;
    if (!options.evals.empty()) {
      entities::RecognizerModel snapshot = m;
      snapshot.weights = PerceptronTrainer::average_of(trainer_ptrs, options.hyper.prune_below);
      const entities::EntityRecognizer r(std::move(snapshot), gazetteer, lexicon);
      for (const auto& [name, examples] : options.evals)
        report.evals.emplace_back(name, evaluate_recognizer(r, *examples, corpus.types).overall);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (options.progress) options.progress(report);
  }
  m.weights = PerceptronTrainer::average_of(trainer_ptrs, options.hyper.prune_below);
  return m;
}

std::vector<std::vector<entities::NamedSpan>> recognize_examples(const entities::EntityRecognizer& recognizer,
                                                                 const std::vector<NerExample>& examples, int domain) {
  std::vector<std::vector<entities::NamedSpan>> out(examples.size());
  for (std::size_t b = 0; b < examples.size();) {
    const std::size_t e = document_end(examples, b);
    // One Document of examples [b, e): texts joined by newlines, token offsets moved.
    nlp::Document doc;
    std::vector<std::uint32_t> token_base, owner;
    for (std::size_t k = b; k < e; ++k) {
      const auto& d = examples[k].doc;
      if (!doc.text.empty()) doc.text += '\n';
      const auto text_base = static_cast<std::uint32_t>(doc.text.size());
      doc.text += d.text;
      token_base.push_back(static_cast<std::uint32_t>(doc.tokens.size()));
      for (const auto& s : d.sentences) {
        doc.sentences.push_back({s.first + token_base.back(), s.last + token_base.back()});
        owner.push_back(static_cast<std::uint32_t>(k - b));
      }
      for (auto t : d.tokens) {
        t.begin += text_base;
        t.end += text_base;
        doc.tokens.push_back(std::move(t));
      }
    }
    // The genre of the examples' source: web text (UNER, IOB2) or GUM (a model without domain
    // copies ignores it).
    auto in_domain = recognizer;
    if (domain != kAutoDomain)
      in_domain.set_domain(static_cast<std::uint32_t>(domain));
    else
      in_domain.set_domain(examples[b].source == 1 ? entities::EntityRecognizer::kDomainGum
                                                    : entities::EntityRecognizer::kDomainWeb);
    for (const auto& span : in_domain.recognize(doc)) {
      const auto k = owner[span.sentence];
      auto local = span;
      local.first -= token_base[k];
      local.last -= token_base[k];
      local.sentence = 0;
      out[b + k].push_back(local);
    }
    b = e;
  }
  return out;
}

entities::NerScore evaluate_recognizer(const entities::EntityRecognizer& recognizer,
                                       const std::vector<NerExample>& examples, const std::vector<std::string>& types,
                                       int domain) {
  entities::NerScore score;
  const auto predictions = recognize_examples(recognizer, examples, domain);
  for (std::size_t k = 0; k < examples.size(); ++k) {
    const auto& ex = examples[k];
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>> gold, predicted;
    for (const auto& [f, l, t] : ex.spans) gold.emplace_back(f, l, types[static_cast<std::size_t>(t)]);
    for (const auto& s : predictions[k]) predicted.emplace_back(s.first, s.last, recognizer.types()[s.type]);
    score.add(gold, predicted);
  }
  return score;
}

}  // namespace ergraph::train
