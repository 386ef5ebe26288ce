#pragma once
/// @file perceptron.h
/// The frozen weights of a sparse averaged perceptron over hashed features, shared by the tagger
/// and the dependency parser (trained by train/perceptron_trainer.h). Features are 64-bit hashes (built with
/// feature_key()); each feature owns a short list of (class, weight) pairs, so rare features cost a few bytes. In memory, a
/// loaded model indexes them for speed: one-weight features inline in their hash slot, features
/// with many weights as dense rows, the tables on transparent huge pages where available.
///
/// Weights are averaged, pruned and quantized to int16 by the trainer and scored with integer
/// arithmetic, so results are identical on every machine.
/// Thread safety: a PerceptronModel is immutable after construction/reading; add_scores() may be
/// called concurrently.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/huge_pages.h"
#include "core/open_table.h"

namespace ergraph::nlp {
namespace detail {
class BinaryWriter;
class BinaryReader;
}  // namespace detail

/// A hashed feature. Never 0 (0 marks an empty slot).
using FeatureKey = std::uint64_t;

/// A stable 64-bit mix (splitmix64 finalizer).
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

/// The feature for template `tmpl` with value hashes `a` and `b`. Stable across runs and machines.
constexpr FeatureKey feature_key(std::uint32_t tmpl, std::uint64_t a, std::uint64_t b = 0) {
  const std::uint64_t h = mix64(mix64(a + 0x9e3779b97f4a7c15ull * (tmpl + 1ull)) ^ (b * 0xff51afd7ed558ccdull));
  return h != 0 ? h : 1;
}

/// Frozen, quantized weights: weight(f, c) = q(f, c) * scale().
class PerceptronModel {
 public:
  static constexpr int kMaxClasses = 65535;
  int classes() const { return classes_; }
  std::size_t feature_count() const { return keys_.size(); }
  std::size_t entry_count() const { return entries_.size(); }
  float scale() const { return scale_; }
  /// scores[c] += q(f, c) for every feature f (unknown features add nothing).
  /// `scores` must have classes() elements.
  /// Looks the features up in batches with prefetching (the table is larger than the caches).
  void add_scores(std::span<const FeatureKey> features, std::int32_t* scores) const;
  /// rows[k * classes() + c] += q(features[k], c): each feature's weights into a row of its own
  /// (all slots prefetched first, then looked up one feature at a time).
  void add_rows(std::span<const FeatureKey> features, std::int32_t* rows) const;
  /// Writes the "perceptron" section (its own version number, then the tables).
  void write(detail::BinaryWriter& out) const;
  /// Reads and fully validates a section written by write(); throws ModelError on any problem.
  static PerceptronModel read(detail::BinaryReader& in);

  /// One quantized weight of a feature.
  struct Entry {
    std::uint16_t cls;
    std::int16_t weight;
  };
  /// A model from its tables (what the trainer produces): `keys` strictly ascending and never 0;
  /// feature k owns entries[begins[k] .. begins[k + 1]), classes ascending and < classes;
  /// begins has keys.size() + 1 offsets from 0 to entries.size().
  static PerceptronModel from_tables(int classes, float scale, std::vector<FeatureKey> keys,
                                     std::vector<std::uint32_t> begins, std::vector<Entry> entries);
  /// The feature keys (ascending) and the weights of the k-th (classes ascending): the tables
  /// from_tables() takes, for building a derived model.
  std::span<const FeatureKey> keys() const { return keys_; }
  std::span<const Entry> weights_of(std::size_t k) const {
    return {entries_.data() + begins_[k], entries_.data() + begins_[k + 1]};
  }
  /// As add_scores(), and writes the features the model does not have, in order, to `missing`
  /// (room for features.size() keys); returns how many it wrote.
  std::size_t add_scores(std::span<const FeatureKey> features, std::int32_t* scores, FeatureKey* missing) const;

 private:
  struct Slot {
    std::uint32_t key;     // check word: upper 32 bits of the feature key | 1; 0 = empty slot
    std::uint32_t value;   // kInline | class << 16 | (uint16) weight for a feature with one weight
                           // and class < 0x4000 (bit 30 is kDense), kDense | row for a feature with many weights (a
                           // row of dense_), else the index into packed_ of the feature's header
                           // entry (cls = count)
  };
  static constexpr std::uint32_t kInline = 0x80000000u;
  static constexpr std::uint32_t kDense = 0x40000000u;
  static constexpr int kMaxDenseClasses = 256;
  void build_index();
  std::uint32_t find(FeatureKey f) const;  // Slot::value, or 0 = absent
  // The weights of some features, sorted by kind: inline Slot values, dense rows, packed_
  // indices (each array has room for one entry per feature).
  struct Hits {
    std::uint32_t* inlined;
    const std::int16_t** rows;
    std::uint32_t* lists;
    std::size_t n_inlined = 0, n_rows = 0, n_lists = 0;
    FeatureKey* missing = nullptr;  // if set: the features not found (n_missing of them)
    std::size_t n_missing = 0;
  };
  // Scoring in two phases: look the slots of f[0..n) up into `hits`, prefetching each slot 16
  // features ahead and the weights as soon as their place is known; add the weights to scores.
  void lookup(const FeatureKey* f, std::size_t n, Hits& hits) const;
  void accumulate(const Hits& hits, std::int32_t* scores) const;

  int classes_ = 0;
  float scale_ = 1.0f;
  std::vector<FeatureKey> keys_;        // ascending
  std::vector<std::uint32_t> begins_;   // keys_.size() + 1 offsets into entries_
  std::vector<Entry> entries_;          // per feature, ascending class
  // probe start: the key's low bits
  core::OpenTable<Slot, core::HugePageAllocator<Slot>> index_;
  // [unused], then per feature with 2+ weights: header {count, 0}, entries
  std::vector<Entry, core::HugePageAllocator<Entry>> packed_;
  // rows of stride_ int16 weights (classes padded to 16) for features with many weights
  std::vector<std::int16_t, core::HugePageAllocator<std::int16_t>> dense_;
  std::uint32_t stride_ = 0;
};

}  // namespace ergraph::nlp
