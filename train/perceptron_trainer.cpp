#include "train/perceptron_trainer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ergraph::train {
using namespace nlp;  // the trainers build nlp models from nlp documents

PerceptronTrainer::PerceptronTrainer(int classes)
    : classes_(std::clamp(classes, 1, nlp::PerceptronModel::kMaxClasses)) {
  table_.reset(std::size_t{1} << 16);
}

const PerceptronTrainer::Slot* PerceptronTrainer::find(FeatureKey f) const { return table_.find(f, f); }

void PerceptronTrainer::scores(std::span<const FeatureKey> features, float* out) const {
  std::fill(out, out + classes_, 0.0f);
  // Prefetch every home slot, then every row found, then add (in feature order, so the float
  // sums are the same as a plain loop's).
  for (FeatureKey f : features) __builtin_prefetch(table_.data() + table_.start(f));
  constexpr std::size_t kBatch = 256;
  const Slot* found[kBatch];
  for (std::size_t begin = 0; begin < features.size(); begin += kBatch) {
    const std::size_t n = std::min(kBatch, features.size() - begin);
    for (std::size_t i = 0; i < n; ++i) {
      found[i] = find(features[begin + i]);
      if (found[i] && !found[i]->row.empty()) __builtin_prefetch(found[i]->row.data());
    }
    for (std::size_t i = 0; i < n; ++i)
      if (found[i])
        for (const Entry& e : found[i]->row) out[e.cls] += e.weight;
  }
}

void PerceptronTrainer::update(std::span<const FeatureKey> features, int cls, float delta) {
  const auto c = static_cast<std::uint32_t>(cls);
  table_.grow(features.size(), [](const Slot& s) { return s.key; });
  for (FeatureKey f : features) {
    if (f == 0) continue;  // never produced by feature_key(); 0 marks an empty slot
    auto& row = table_.insert(f, f).row;
    auto it = std::find_if(row.begin(), row.end(), [c](const Entry& e) { return e.cls == c; });
    if (it == row.end()) {
      row.push_back(Entry{c, now_, delta, 0.0});
      continue;
    }
    it->total += static_cast<double>(now_ - it->stamp) * it->weight;
    it->stamp = now_;
    it->weight += delta;
  }
}

nlp::PerceptronModel PerceptronTrainer::average(float prune_below, float scale) const {
  const PerceptronTrainer* self = this;
  return average_of({&self, 1}, prune_below, scale);
}

nlp::PerceptronModel PerceptronTrainer::average_of(std::span<const PerceptronTrainer* const> trainers, float prune_below,
                                              float scale) {
  if (trainers.empty()) throw std::invalid_argument("average_of: no trainers");
  const int classes = trainers[0]->classes_;
  std::vector<FeatureKey> keys;
  for (const PerceptronTrainer* t : trainers) {
    if (t->classes_ != classes) throw std::invalid_argument("average_of: different class counts");
    for (const Slot& s : t->table_.slots())
      if (s.key != 0) keys.push_back(s.key);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  const double n_models = static_cast<double>(trainers.size());
  // Averaged weights per kept feature, in key order; classes ascending inside a feature. With
  // several trainers, a weight is the mean of their averaged weights (0 where one has none),
  // pruned like a single model's: the model scores like the models together.
  std::vector<double> sum(static_cast<std::size_t>(classes), 0.0);
  std::vector<std::uint8_t> seen(static_cast<std::size_t>(classes), 0);
  std::vector<std::uint32_t> touched;
  std::vector<std::pair<std::uint32_t, double>> avg;
  std::vector<std::uint32_t> begins{0};
  std::vector<FeatureKey> kept;
  double max_abs = 0;
  for (FeatureKey k : keys) {
    touched.clear();
    for (const PerceptronTrainer* t : trainers) {
      const Slot* slot = t->find(k);
      if (!slot) continue;
      const double now = static_cast<double>(std::max<std::uint64_t>(t->now_, 1));
      for (const Entry& e : slot->row) {
        sum[e.cls] += (e.total + static_cast<double>(t->now_ - e.stamp) * e.weight) / now;
        if (!seen[e.cls]) seen[e.cls] = 1, touched.push_back(e.cls);
      }
    }
    std::sort(touched.begin(), touched.end());
    const std::size_t before = avg.size();
    for (std::uint32_t c : touched) {
      const double a = sum[c] / n_models;
      sum[c] = 0.0;
      seen[c] = 0;
      if (a == 0.0 || std::fabs(a) < prune_below) continue;
      avg.emplace_back(c, a);
      max_abs = std::max(max_abs, std::fabs(a));
    }
    if (avg.size() == before) continue;
    kept.push_back(k);
    begins.push_back(static_cast<std::uint32_t>(avg.size()));
  }
  const float step = scale > 0 ? scale : max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  // Quantize; drop weights that round to zero (and features left empty).
  std::vector<FeatureKey> out_keys;
  std::vector<std::uint32_t> out_begins{0};
  std::vector<nlp::PerceptronModel::Entry> entries;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const std::size_t before = entries.size();
    for (std::uint32_t i = begins[k]; i < begins[k + 1]; ++i) {
      const long q = std::lround(avg[i].second / static_cast<double>(step));
      if (q == 0) continue;
      entries.push_back(nlp::PerceptronModel::Entry{static_cast<std::uint16_t>(avg[i].first),
                                                    static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (entries.size() == before) continue;
    out_keys.push_back(kept[k]);
    out_begins.push_back(static_cast<std::uint32_t>(entries.size()));
  }
  return nlp::PerceptronModel::from_tables(classes, step, std::move(out_keys), std::move(out_begins),
                                           std::move(entries));
}

}  // namespace ergraph::train
