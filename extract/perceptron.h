#pragma once
/// @file perceptron.h
/// A sparse averaged perceptron over hashed features, shared by the tagger and the dependency
/// parser. Features are 64-bit hashes (the tagger builds them with feature_key()); each feature
/// owns a short list of (class, weight) pairs, so rare features cost a few bytes. In memory, a
/// loaded model indexes them for speed: one-weight features inline in their hash slot, features
/// with many weights as dense rows, the tables on transparent huge pages where available.
///
/// Training (PerceptronTrainer) keeps float weights plus the running totals needed for lazy
/// averaging (Collins 2002; Honnibal's "A good POS tagger in about 200 lines of Python").
/// average() returns a frozen PerceptronModel: averaged, pruned and quantized to int16, scored
/// with integer arithmetic, so results are identical on every machine.
/// Thread safety: a PerceptronModel is immutable after construction/reading; add_scores() may be
/// called concurrently. PerceptronTrainer is single-threaded.
#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <vector>

namespace ergraph::extract {
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

namespace detail {
/// Large blocks on 2 MB boundaries, advised to use transparent huge pages (fewer TLB misses for
/// the random lookups of add_scores); small blocks come from operator new.
void* huge_page_allocate(std::size_t bytes);
void huge_page_free(void* p, std::size_t bytes) noexcept;

template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(huge_page_allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { huge_page_free(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};
}  // namespace detail

/// Frozen, quantized weights: weight(f, c) = q(f, c) * scale().
class PerceptronModel {
 public:
  int classes() const { return classes_; }
  std::size_t feature_count() const { return keys_.size(); }
  std::size_t entry_count() const { return entries_.size(); }
  float scale() const { return scale_; }
  /// scores[c] += q(f, c) for every feature f (unknown features add nothing).
  /// `scores` must have classes() elements.
  /// Looks the features up in batches with prefetching (the table is larger than the caches).
  void add_scores(std::span<const FeatureKey> features, std::int32_t* scores) const;
  /// Writes the "perceptron" section (its own version number, then the tables).
  void write(detail::BinaryWriter& out) const;
  /// Reads and fully validates a section written by write(); throws ModelError on any problem.
  static PerceptronModel read(detail::BinaryReader& in);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    std::uint16_t cls;
    std::int16_t weight;
  };
  struct Slot {
    std::uint32_t check;   // upper 32 bits of the key | 1; 0 = empty slot
    std::uint32_t value;   // kInline | class << 16 | (uint16) weight for a feature with one weight,
                           // kDense | row for a feature with many weights (a row of dense_),
                           // else the index into packed_ of the feature's header entry (cls = count)
  };
  static constexpr std::uint32_t kInline = 0x80000000u;
  static constexpr std::uint32_t kDense = 0x40000000u;
  static constexpr int kMaxDenseClasses = 256;
  void build_index();
  std::uint32_t find(FeatureKey f) const;  // Slot::value, or 0 = absent
  std::uint64_t home(FeatureKey f) const { return f & mask_; }
  // The weights of some features, sorted by kind: inline Slot values, dense rows, packed_
  // indices (each array has room for one entry per feature).
  struct Hits {
    std::uint32_t* inlined;
    const std::int16_t** rows;
    std::uint32_t* lists;
    std::size_t n_inlined = 0, n_rows = 0, n_lists = 0;
  };
  // Scoring in three phases: prefetch the slots of f[0..n); look them up into `hits`,
  // prefetching the weights; add the weights to scores.
  void lookup(const FeatureKey* f, std::size_t n, Hits& hits) const;
  void accumulate(const Hits& hits, std::int32_t* scores) const;

  int classes_ = 0;
  float scale_ = 1.0f;
  std::vector<FeatureKey> keys_;        // ascending
  std::vector<std::uint32_t> begins_;   // keys_.size() + 1 offsets into entries_
  std::vector<Entry> entries_;          // per feature, ascending class
  // open addressing by the key's low bits, power-of-two size
  std::vector<Slot, detail::HugePageAllocator<Slot>> slots_;
  // [unused], then per feature with 2+ weights: header {count, 0}, entries
  std::vector<Entry, detail::HugePageAllocator<Entry>> packed_;
  // rows of stride_ int16 weights (classes padded to 16) for features with many weights
  std::vector<std::int16_t, detail::HugePageAllocator<std::int16_t>> dense_;
  std::uint32_t stride_ = 0;
  std::uint64_t mask_ = 0;
};

/// Online training with lazy averaging.
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
  std::size_t feature_count() const { return used_; }
  /// The averaged model; averaged weights with |w| < prune_below are dropped, the rest are
  /// quantized to int16 against the largest |w|, or with step `scale` if it is > 0 (so that two
  /// models can share one scale and their integer scores can be added).
  PerceptronModel average(float prune_below, float scale = 0.0f) const;
  /// The same for several trainers (same class count): each weight is the mean of their
  /// averaged weights (0 where one has none), then pruned (|mean| < prune_below dropped) and
  /// quantized as above: the model scores like the models together (a score-level ensemble, in
  /// one model). One trainer gives exactly average().
  static PerceptronModel average_of(std::span<const PerceptronTrainer* const> trainers, float prune_below,
                                    float scale = 0.0f);

 private:
  struct Entry {
    std::uint32_t cls;
    std::uint64_t stamp;   // clock value when `total` was last brought up to date
    float weight;
    double total;          // sum over time of weight
  };
  // One feature: its key (0 = empty slot) and its weights, in the order the classes were first
  // updated. An open-addressing table on huge pages whose slots are prefetched a whole state at
  // a time (training spends most of its time waiting for these lookups).
  struct Slot {
    FeatureKey key = 0;
    std::vector<Entry> row;
  };
  const Slot* find(FeatureKey f) const;
  Slot& find_or_insert(FeatureKey f);
  void reserve_for(std::size_t more);  // grows the table so `more` inserts keep the load <= 1/2

  int classes_;
  std::uint64_t now_ = 0;
  std::vector<Slot, detail::HugePageAllocator<Slot>> slots_;
  std::uint64_t mask_ = 0;
  std::size_t used_ = 0;
};

}  // namespace ergraph::extract
