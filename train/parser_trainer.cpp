#include "train/parser_trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <random>
#include <set>
#include <thread>

#include "core/error.h"
#include "nlp/detail/parser_state.h"
#include "train/perceptron_trainer.h"
#include "train/tagger_trainer.h"

namespace ergraph::train {
using namespace nlp;  // the trainers build nlp models from nlp documents
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

/// A training sentence in node indexing (0 = root): features' inputs, gold heads and labels.
struct Example {
  nlp::detail::ParserInput in;
  std::vector<int> head;   // gold head node per node (-1 for the root)
  std::vector<int> label;  // gold label index per node
};

std::vector<Deprel> collect_labels(const std::vector<GoldSentence>& train) {
  std::set<Deprel> seen{*parse_deprel("root")};
  for (const auto& s : train)
    for (const auto& d : s.deprels) seen.insert(gold_deprel(d));
  if (seen.size() > 64) throw ModelError("E416", "more than 64 relations in the training data");
  return {seen.begin(), seen.end()};
}

std::vector<Example> make_examples(const std::vector<GoldSentence>& train, const std::vector<Deprel>& labels) {
  std::vector<int> index(256, -1);
  for (std::size_t i = 0; i < labels.size(); ++i) index[labels[i]] = static_cast<int>(i);
  std::vector<Example> out;
  out.reserve(train.size());
  for (const auto& s : train) {
    if (s.doc.sentences.empty() || s.doc.tokens.empty()) continue;
    Example& e = out.emplace_back();
    nlp::detail::make_parser_input(s.doc, s.doc.sentences[0], e.in);
    e.head.assign(s.doc.tokens.size() + 1, -1);
    e.label.assign(s.doc.tokens.size() + 1, -1);
    for (std::size_t i = 0; i < s.doc.tokens.size(); ++i) {
      e.head[i + 1] = s.doc.tokens[i].head + 1;
      e.label[i + 1] = index[gold_deprel(i < s.deprels.size() ? s.deprels[i] : "dep")];
    }
  }
  return out;
}


/// One pass of online training with the dynamic oracle.
class Pass {
 public:
  Pass(PerceptronTrainer& moves, int root_label) : moves_(moves), root_label_(root_label) {
    costs_.resize(static_cast<std::size_t>(moves.classes()));
    scores_.resize(static_cast<std::size_t>(moves.classes()));
  }

  /// Trains on one sentence; `explore` follows the model's own (possibly wrong) moves.
  void sentence(const Example& e, std::mt19937_64& rng, bool explore, float explore_prob) {
    state_.reset(e.in.size());
    while (!state_.done()) {
      state_.features(e.in, features_);
      moves_.scores(features_, scores_.data());
      const auto [pred, gold] = choose(e);
      ++steps_;
      if (costs_[pred] > costs_[gold]) {
        moves_.update(features_, gold, 1.0f);
        moves_.update(features_, pred, -1.0f);
      } else {
        ++right_;
      }
      moves_.tick();
      const bool follow = explore && static_cast<double>(rng() >> 11) * 0x1.0p-53 < explore_prob;
      const int cls = follow ? pred : gold;
      state_.apply(nlp::detail::class_move(cls), nlp::detail::class_label(cls));
    }
  }
  double accuracy() const { return steps_ ? 100.0 * static_cast<double>(right_) / static_cast<double>(steps_) : 0; }

 private:
  /// Costs of the move classes (an arc to s0's gold head with a wrong label costs 1 more);
  /// returns the best-scoring valid class and the best-scoring cheapest one.
  std::pair<int, int> choose(const Example& e) {
    constexpr int kInvalid = std::numeric_limits<int>::max();
    const int s0 = state_.s0();
    const int gh = s0 < 0 ? -2 : e.head[static_cast<std::size_t>(s0)];
    const int gl = s0 <= 0 ? -1 : e.label[static_cast<std::size_t>(s0)];
    int base[nlp::detail::kMoveCount];
    int head[nlp::detail::kMoveCount];
    for (int m = 0; m < nlp::detail::kMoveCount; ++m) {
      base[m] = state_.valid(nlp::detail::move_of(m)) ? state_.cost(nlp::detail::move_of(m), e.head) : kInvalid;
      head[m] = state_.arc(nlp::detail::move_of(m)).first;
    }
    const int n = static_cast<int>(costs_.size());
    int min_cost = kInvalid;
    for (int c = 0; c < n; ++c) {
      const auto m = static_cast<int>(nlp::detail::class_move(c));
      int& cost = costs_[static_cast<std::size_t>(c)];
      cost = state_.valid_class(c, root_label_) ? base[m] : kInvalid;
      if (cost != kInvalid && c != 0) cost += gh == head[m] && nlp::detail::class_label(c) != gl;
      min_cost = std::min(min_cost, cost);
    }
    int pred = -1, gold = -1;
    for (int c = 0; c < n; ++c) {
      const auto i = static_cast<std::size_t>(c);
      if (costs_[i] == kInvalid) continue;
      if (pred < 0 || scores_[i] > scores_[static_cast<std::size_t>(pred)]) pred = c;
      if (costs_[i] == min_cost && (gold < 0 || scores_[i] > scores_[static_cast<std::size_t>(gold)])) gold = c;
    }
    return {pred, gold};
  }

  PerceptronTrainer& moves_;
  int root_label_;
  nlp::detail::ParseState state_;
  std::vector<FeatureKey> features_;
  std::vector<float> scores_;
  std::vector<int> costs_;
  std::size_t steps_ = 0, right_ = 0;
};

}  // namespace

ParserModel train_parser(const std::vector<GoldSentence>& train, const ParserTrainOptions& options) {
  const ParserHyperparameters& h = options.hyper;
  if (h.models == 0) throw ParseError("E106", "at least one model must be trained");
  ParserModel model;
  model.feature_set = nlp::detail::kParserFeatureSet;
  model.hyper = h;
  model.labels = collect_labels(train);
  const int root_label = static_cast<int>(std::find(model.labels.begin(), model.labels.end(), *parse_deprel("root")) -
                                          model.labels.begin());
  const std::vector<Example> examples = make_examples(train, model.labels);
  const int classes = nlp::detail::move_class_count(static_cast<int>(model.labels.size()));
  std::vector<std::unique_ptr<PerceptronTrainer>> trainers;
  for (std::uint32_t k = 0; k < h.models; ++k) trainers.push_back(std::make_unique<PerceptronTrainer>(classes));
  std::mutex report_mutex;
  const bool dev_each_pass = options.dev && h.models == 1;

  // Model k: its own shuffle and exploration from seed + k; nothing shared but the examples.
  const auto train_one = [&](std::uint32_t k) {
    PerceptronTrainer& moves = *trainers[k];
    std::vector<std::size_t> order(examples.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::mt19937_64 rng(h.seed + k);
    for (std::uint32_t it = 1; it <= h.iterations; ++it) {
      const auto t0 = Clock::now();
      std::shuffle(order.begin(), order.end(), rng);
      Pass pass(moves, root_label);
      for (std::size_t i : order) pass.sentence(examples[i], rng, it >= h.explore_from, h.explore_prob);
      ParserIterationReport report;
      report.model = k;
      report.iteration = it;
      report.train_accuracy = pass.accuracy();
      report.seconds = seconds_since(t0);
      if (dev_each_pass && (it == h.iterations || options.progress)) {
        ParserModel snapshot = model;
        snapshot.moves = moves.average(h.prune_below);
        report.dev = evaluate_parser(*make_parser(std::move(snapshot)), *options.dev);
      }
      if (options.progress) {
        const std::lock_guard<std::mutex> lock(report_mutex);
        options.progress(report);
      }
    }
  };
  const unsigned threads = std::clamp<unsigned>(options.threads, 1, h.models);
  if (threads == 1) {
    for (std::uint32_t k = 0; k < h.models; ++k) train_one(k);
  } else {
    std::atomic<std::uint32_t> next{0};
    std::exception_ptr failure;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        try {
          for (std::uint32_t k; (k = next++) < h.models;) train_one(k);
        } catch (...) {
          const std::lock_guard<std::mutex> lock(report_mutex);
          if (!failure) failure = std::current_exception();
        }
      });
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
  }
  std::vector<const PerceptronTrainer*> all;
  for (const auto& t : trainers) all.push_back(t.get());
  model.moves = PerceptronTrainer::average_of(all, h.prune_below);
  if (options.dev && h.models > 1 && options.progress) {
    ParserIterationReport report;
    report.model = h.models;
    report.iteration = h.iterations;
    report.dev = evaluate_parser(*make_parser(ParserModel(model)), *options.dev);
    options.progress(report);
  }
  return model;
}

void jackknife_tags(std::vector<GoldSentence>& sentences, std::uint32_t folds, const TaggerLexicon& lexicon,
                    const std::function<void(std::uint32_t, double)>& progress) {
  TaggerTrainOptions options;
  options.lexicon = lexicon;
  if (folds < 2) throw ParseError("E106", "jackknifing needs at least 2 folds");
  for (std::uint32_t f = 0; f < folds; ++f) {
    const auto t0 = Clock::now();
    std::vector<GoldSentence> rest;
    for (std::size_t i = 0; i < sentences.size(); ++i)
      if (i % folds != f) rest.push_back(sentences[i]);
    const auto tagger = make_tagger(train_tagger(rest, options));
    for (std::size_t i = f; i < sentences.size(); i += folds) {
      Document doc = sentences[i].doc;
      tagger->tag(doc);
      for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        sentences[i].doc.tokens[t].upos = doc.tokens[t].upos;
        sentences[i].doc.tokens[t].xpos = doc.tokens[t].xpos;
      }
    }
    if (progress) progress(f + 1, seconds_since(t0));
  }
}

}  // namespace ergraph::train
