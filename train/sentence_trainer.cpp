#include "train/sentence_trainer.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "nlp/tokenizer.h"
#include "train/perceptron_trainer.h"

namespace ergraph::train {

std::vector<SentenceTrainingDoc> sentence_training_docs(const std::vector<nlp::GoldSentence>& gold) {
  std::vector<SentenceTrainingDoc> out;
  const nlp::Tokenizer tokenizer;
  for (std::size_t b = 0; b < gold.size();) {
    std::size_t e = b + 1;
    while (!gold[b].doc_id.empty() && e < gold.size() && gold[e].doc_id == gold[b].doc_id) ++e;
    SentenceTrainingDoc d;
    std::set<std::size_t> starts;
    for (std::size_t k = b; k < e; ++k) {
      if (!d.doc.text.empty()) d.doc.text += ' ';
      starts.insert(d.doc.text.size());
      d.doc.text += gold[k].doc.text;
    }
    d.doc.id = gold[b].doc_id;
    tokenizer.tokenize(d.doc);
    d.gold_start.resize(d.doc.tokens.size());
    for (std::size_t t = 0; t < d.doc.tokens.size(); ++t) d.gold_start[t] = starts.count(d.doc.tokens[t].begin) > 0;
    out.push_back(std::move(d));
    b = e;
  }
  return out;
}

nlp::SentenceModel train_sentence_model(const std::vector<nlp::GoldSentence>& gold,
                                        std::vector<nlp::TrainingSource> sources, const SentenceTrainOptions& options) {
  const auto docs = sentence_training_docs(gold);
  std::vector<std::vector<bool>> rules;
  rules.reserve(docs.size());
  for (const auto& d : docs) rules.push_back(nlp::detail::rule_starts(d.doc));
  PerceptronTrainer trainer(2);
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::mt19937 rng(static_cast<std::mt19937::result_type>(options.seed));
  std::vector<nlp::FeatureKey> features;
  for (std::uint32_t it = 0; it < options.iterations; ++it) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
      const auto& d = docs[k];
      std::uint32_t since = 0;
      for (std::uint32_t i = 1; i < d.doc.tokens.size(); ++i) {
        const bool want = d.gold_start[i];
        if (!rules[k][i] && !nlp::detail::line_break_before(d.doc, i)) {
          features.clear();
          nlp::detail::sentence_gap_features(d.doc, i, since, features);
          float s[2] = {0, 0};
          trainer.scores(features, s);
          const int got = s[1] > s[0] ? 1 : 0;
          const int cls = want ? 1 : 0;
          if (got != cls) {
            trainer.update(features, cls, 1.0f);
            trainer.update(features, got, -1.0f);
          }
          trainer.tick();
        }
        since = want ? 0 : since + 1;
      }
    }
  }
  nlp::SentenceModel m;
  m.feature_set = nlp::detail::kSentenceFeatureSet;
  m.iterations = options.iterations;
  m.seed = options.seed;
  m.prune_below = options.prune_below;
  m.sources = std::move(sources);
  m.weights = trainer.average(options.prune_below);
  return m;
}

}  // namespace ergraph::train
