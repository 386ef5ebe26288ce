#pragma once
/// @file perceptron_trainer.h
/// Online training of the averaged perceptron (nlp/perceptron.h) with lazy averaging (Collins
/// 2002; Honnibal's "A good POS tagger in about 200 lines of Python"): float weights plus the
/// running totals the average needs. average() returns the frozen PerceptronModel: averaged,
/// pruned and quantized to int16.
/// Thread safety: single-threaded.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/huge_pages.h"
#include "core/open_table.h"
#include "nlp/perceptron.h"

namespace ergraph::train {

using nlp::FeatureKey;

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes);
  int classes() const { return classes_; }
  /// out[c] = sum of the current (not averaged) weights; `out` has classes() elements.
  void scores(std::span<const FeatureKey> features, float* out) const;
  /// weight(f, cls) += delta for every f in `features`.
  void update(std::span<const FeatureKey> features, int cls, float delta);
  /// Advances the averaging clock; call once per training instance (before or after updating).
  void tick() { ++now_; }
  std::uint64_t instances() const { return now_; }
  std::size_t feature_count() const { return table_.size(); }
  /// The averaged model; averaged weights with |w| < prune_below are dropped, the rest are
  /// quantized to int16 against the largest |w|, or with step `scale` if it is > 0 (so that two
  /// models can share one scale and their integer scores can be added).
  nlp::PerceptronModel average(float prune_below, float scale = 0.0f) const;
  /// The same for several trainers (same class count): each weight is the mean of their
  /// averaged weights (0 where one has none), then pruned (|mean| < prune_below dropped) and
  /// quantized as above: the model scores like the models together (a score-level ensemble, in
  /// one model). One trainer gives exactly average().
  static nlp::PerceptronModel average_of(std::span<const PerceptronTrainer* const> trainers, float prune_below,
                                         float scale = 0.0f);

 private:
  struct Entry {
    std::uint32_t cls;
    std::uint64_t stamp;   // clock value when `total` was last brought up to date
    float weight;
    double total;          // sum over time of weight
  };
  // One feature: its key (0 = empty slot) and its weights, in the order the classes were first
  // updated. The table lives on huge pages and its slots are prefetched a whole state at a time
  // (training spends most of its time waiting for these lookups); load <= 1/2.
  struct Slot {
    FeatureKey key = 0;
    std::vector<Entry> row;
  };
  const Slot* find(FeatureKey f) const;

  int classes_;
  std::uint64_t now_ = 0;
  core::OpenTable<Slot, core::HugePageAllocator<Slot>> table_;
};

}  // namespace ergraph::train
