#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

#if defined(__x86_64__) || defined(__SSE2__)
#include <immintrin.h>
#endif

#include "nlp/detail/binary_io.h"

namespace ergraph::nlp {
namespace {
// Versions of the "perceptron" section:
//   1: u32 classes, f32 scale, u32 features, u32 entries, u64 keys (ascending), u16 counts,
//      entries as (u16 class, i16 weight).
//   2: the same header; the keys Elias-Fano coded (u8 low bit count l, the n low parts of l bits
//      packed LSB first, u32 byte length of the high parts, then the high parts in unary: bit
//      (key_i >> l) + i set); counts as u8 and classes as u8 when the class count allows (<= 255
//      and <= 256 classes), else u16; weights i16. About 40% smaller for the same model.
constexpr std::uint16_t kSectionVersion = 2;
constexpr int kMaxClasses = PerceptronModel::kMaxClasses;
constexpr std::size_t kChunk = 256;  // keys looked up before their weights are summed
// How many features ahead lookup() prefetches hash slots: a sliding window keeps this many
// misses in flight while probing. Prefetching a whole chunk's slots first (the earlier code)
// was slower, probably because it asked for more misses at once than the core tracks; 8 and 32
// ahead measured no better than 16 (bench/README.md).
constexpr std::size_t kAhead = 16;
}  // namespace

// ---------------------------------------------------------------- PerceptronModel

// Only used in this file; inlined into lookup(). The SSE2 probe reads Slots as pairs of u32.
[[gnu::always_inline]] inline std::uint32_t PerceptronModel::find(FeatureKey f) const {
  static_assert(sizeof(Slot) == 8 && offsetof(Slot, value) == 4);
  const auto check = static_cast<std::uint32_t>(f >> 32) | 1u;
  const Slot* const slots = index_.data();
  const std::uint64_t mask = index_.mask();
  std::uint64_t i = index_.start(f);
#if defined(__SSE2__)
  // The first four slots at once, without a branch per slot: the first one that holds the key
  // or is empty ends the probe (most probes end there).
  if (i + 4 <= index_.capacity()) {
    const __m128i c = _mm_set1_epi32(static_cast<int>(check)), zero = _mm_setzero_si128();
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&slots[i]));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&slots[i + 2]));
    const auto bits = [](__m128i x) { return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(x))); };
    const unsigned hit = bits(_mm_cmpeq_epi32(a, c)) | bits(_mm_cmpeq_epi32(b, c)) << 4;
    const unsigned empty = bits(_mm_cmpeq_epi32(a, zero)) | bits(_mm_cmpeq_epi32(b, zero)) << 4;
    const unsigned stop = (hit | empty) & 0x55u;  // the check words (even lanes) only
    if (stop != 0) {
      const auto k = static_cast<unsigned>(__builtin_ctz(stop));
      return (hit >> k) & 1u ? slots[i + k / 2].value : 0u;
    }
    i = (i + 4) & mask;
  }
#endif
  for (;; i = (i + 1) & mask) {
    const Slot s = slots[i];
    if (s.key == check) return s.value;
    if (s.key == 0) return 0;
  }
}

namespace {
// dense[c] += rows[r][c] for every row and c < stride (a multiple of 16). Integer sums: every
// variant gives the same result.
void sum_rows_plain(const std::int16_t* const* rows, std::size_t n, std::uint32_t stride, std::int32_t* dense) {
  for (std::size_t r = 0; r < n; ++r) {
    const std::int16_t* row = rows[r];
    for (std::uint32_t c = 0; c < stride; ++c) dense[c] += row[c];
  }
}

#if defined(__x86_64__)
// 8 * kVecs classes from `first` on, with the running sums in registers.
template <int kVecs>
__attribute__((target("avx2"))) void sum_block_avx2(const std::int16_t* const* rows, std::size_t n,
                                                    std::uint32_t first, std::int32_t* dense) {
  __m256i acc[kVecs];
  for (int i = 0; i < kVecs; ++i) acc[i] = _mm256_setzero_si256();
  for (std::size_t r = 0; r < n; ++r)
    for (int i = 0; i < kVecs; ++i)
      acc[i] = _mm256_add_epi32(
          acc[i], _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(rows[r] + first + 8 * i))));
  for (int i = 0; i < kVecs; ++i) {
    __m256i* out = reinterpret_cast<__m256i*>(dense + first + 8 * i);
    _mm256_storeu_si256(out, _mm256_add_epi32(_mm256_loadu_si256(out), acc[i]));
  }
}

__attribute__((target("avx2"))) void sum_rows_avx2(const std::int16_t* const* rows, std::size_t n,
                                                   std::uint32_t stride, std::int32_t* dense) {
  std::uint32_t b = 0;
  for (; b + 64 <= stride; b += 64) sum_block_avx2<8>(rows, n, b, dense);
  switch (stride - b) {
    case 48: sum_block_avx2<6>(rows, n, b, dense); break;
    case 32: sum_block_avx2<4>(rows, n, b, dense); break;
    case 16: sum_block_avx2<2>(rows, n, b, dense); break;
    default: break;
  }
}

void sum_rows(const std::int16_t* const* rows, std::size_t n, std::uint32_t stride, std::int32_t* dense) {
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) sum_rows_avx2(rows, n, stride, dense);
  else sum_rows_plain(rows, n, stride, dense);
}
#else
void sum_rows(const std::int16_t* const* rows, std::size_t n, std::uint32_t stride, std::int32_t* dense) {
  sum_rows_plain(rows, n, stride, dense);
}
#endif
}  // namespace

void PerceptronModel::lookup(const FeatureKey* f, std::size_t n, Hits& h) const {
  for (std::size_t k = 0; k < std::min(n, kAhead); ++k) __builtin_prefetch(index_.data() + index_.start(f[k]));
  // Each value is written to all three lists and only the list of its kind advances (fewer
  // branches than choosing where to write).
  std::size_t n_inlined = h.n_inlined, n_rows = h.n_rows, n_lists = h.n_lists;
  std::uint32_t* const inlined = h.inlined;
  const std::int16_t** const rows = h.rows;
  std::uint32_t* const lists = h.lists;
  const std::int16_t* const dense = dense_.data();
  FeatureKey* const missing = h.missing;
  std::size_t n_missing = h.n_missing;
  for (std::size_t k = 0; k < n; ++k) {
    if (k + kAhead < n) __builtin_prefetch(index_.data() + index_.start(f[k + kAhead]));
    const std::uint32_t v = find(f[k]);
    if (missing) {
      missing[n_missing] = f[k];
      n_missing += v == 0;
    }
    const std::uint32_t kind = v & (kInline | kDense);
    inlined[n_inlined] = v;
    rows[n_rows] = dense + (kind == kDense ? std::size_t{v & ~kDense} * stride_ : 0);
    lists[n_lists] = v;
    n_inlined += kind == kInline;
    // the weights are prefetched as soon as their place is known
    if (kind == kDense) {
      for (std::uint32_t c = 0; c < stride_; c += 32) __builtin_prefetch(rows[n_rows] + c);  // 64-byte lines
      ++n_rows;
    } else if (v != 0 && kind == 0) {
      __builtin_prefetch(&packed_[v]);
      __builtin_prefetch(&packed_[v] + 16);
      ++n_lists;
    }
  }
  h.n_inlined = n_inlined;
  h.n_rows = n_rows;
  h.n_lists = n_lists;
  h.n_missing = n_missing;
}

void PerceptronModel::accumulate(const Hits& h, std::int32_t* scores) const {
  for (std::size_t k = 0; k < h.n_inlined; ++k)
    scores[(h.inlined[k] >> 16) & 0x7fffu] += static_cast<std::int16_t>(h.inlined[k] & 0xffffu);
  for (std::size_t k = 0; k < h.n_lists; ++k) {
    const Entry* e = packed_.data() + h.lists[k];
    const std::uint16_t count = e->cls;
    for (std::uint16_t j = 1; j <= count; ++j) scores[e[j].cls] += e[j].weight;
  }
  if (h.n_rows == 0) return;
  alignas(64) std::int32_t dense[kMaxDenseClasses] = {};  // sums of the dense rows
  sum_rows(h.rows, h.n_rows, stride_, dense);
  for (int c = 0; c < classes_; ++c) scores[c] += dense[c];
}

void PerceptronModel::add_scores(std::span<const FeatureKey> features, std::int32_t* scores) const {
  if (index_.empty()) return;
  std::uint32_t inlined[kChunk], lists[kChunk];
  const std::int16_t* rows[kChunk];
  for (std::size_t start = 0; start < features.size(); start += kChunk) {
    Hits h{inlined, rows, lists};
    lookup(features.data() + start, std::min(kChunk, features.size() - start), h);
    accumulate(h, scores);
  }
}

std::size_t PerceptronModel::add_scores(std::span<const FeatureKey> features, std::int32_t* scores,
                                        FeatureKey* missing) const {
  if (index_.empty()) {
    std::copy(features.begin(), features.end(), missing);
    return features.size();
  }
  std::uint32_t inlined[kChunk], lists[kChunk];
  const std::int16_t* rows[kChunk];
  std::size_t n_missing = 0;
  for (std::size_t start = 0; start < features.size(); start += kChunk) {
    Hits h{inlined, rows, lists};
    h.missing = missing;
    h.n_missing = n_missing;
    lookup(features.data() + start, std::min(kChunk, features.size() - start), h);
    accumulate(h, scores);
    n_missing = h.n_missing;
  }
  return n_missing;
}

void PerceptronModel::add_rows(std::span<const FeatureKey> features, std::int32_t* rows) const {
  if (index_.empty()) return;
  for (const FeatureKey f : features) __builtin_prefetch(index_.data() + index_.start(f));
  std::uint32_t inlined[1], lists[1];
  const std::int16_t* row[1];
  for (std::size_t k = 0; k < features.size(); ++k) {
    Hits h{inlined, row, lists};
    lookup(features.data() + k, 1, h);
    accumulate(h, rows + k * static_cast<std::size_t>(classes_));
  }
}

void PerceptronModel::build_index() {
  index_.reset(keys_.size() + keys_.size() / 2);
  packed_.assign(1, Entry{0, 0});
  packed_.reserve(entries_.size() + keys_.size() + 1);
  dense_.clear();
  // Features with at least an eighth of the row filled are dense rows (added with vector code).
  stride_ = classes_ <= kMaxDenseClasses ? (static_cast<std::uint32_t>(classes_) + 15u) / 16u * 16u : 0;
  const std::uint32_t dense_from = std::max<std::uint32_t>(8, stride_ / 8);
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    std::uint32_t value = 0;
    const std::uint32_t count = begins_[k + 1] - begins_[k];
    // Inline only below 0x4000: class << 16 must stay clear of bit 30, the dense-row flag.
    if (count == 1 && entries_[begins_[k]].cls < 0x4000u) {
      const Entry& e = entries_[begins_[k]];
      value = kInline | std::uint32_t{e.cls} << 16 | static_cast<std::uint16_t>(e.weight);
    } else if (stride_ > 0 && count >= dense_from) {
      value = kDense | static_cast<std::uint32_t>(dense_.size() / stride_);
      dense_.resize(dense_.size() + stride_, 0);
      std::int16_t* row = dense_.data() + dense_.size() - stride_;
      for (std::uint32_t i = begins_[k]; i < begins_[k + 1]; ++i) row[entries_[i].cls] = entries_[i].weight;
    } else {
      value = static_cast<std::uint32_t>(packed_.size());
      packed_.push_back(Entry{static_cast<std::uint16_t>(count), 0});
      packed_.insert(packed_.end(), entries_.begin() + begins_[k], entries_.begin() + begins_[k + 1]);
    }
    // Two keys may share a check word; in one probe chain the first one answers for both.
    bool inserted = false;
    Slot& slot = index_.insert(keys_[k], static_cast<std::uint32_t>(keys_[k] >> 32) | 1u, &inserted);
    if (inserted) slot.value = value;
  }
}

PerceptronModel PerceptronModel::from_tables(int classes, float scale, std::vector<FeatureKey> keys,
                                             std::vector<std::uint32_t> begins, std::vector<Entry> entries) {
  PerceptronModel m;
  m.classes_ = classes;
  m.scale_ = scale;
  m.keys_ = std::move(keys);
  m.begins_ = std::move(begins);
  m.entries_ = std::move(entries);
  m.build_index();
  return m;
}

namespace {
// Elias-Fano coding of strictly ascending 64-bit keys (Elias 1974, Fano 1971): each key's low
// `l` bits stored as they are, its high bits as a unary-coded gap. For n uniformly spread hashes
// it costs about 64 - log2(n) + 2 bits per key instead of 64.
int elias_fano_low_bits(std::size_t n) { return n == 0 ? 0 : 64 - static_cast<int>(std::bit_width(n)); }

// `width` (<= 63) bits from bit `bit` on, least significant bit first. `bytes` holds them all.
std::uint64_t get_bits(const std::string_view bytes, std::uint64_t bit, int width) {
  const std::size_t first = static_cast<std::size_t>(bit >> 3);
  const std::size_t last = std::min(bytes.size(), first + 9);  // 63 bits span at most 9 bytes
  std::uint64_t v = 0;
  const int shift = static_cast<int>(bit & 7);
  for (std::size_t i = first; i < last && i < first + 8; ++i)
    v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes[i])) << (8 * (i - first));
  v >>= shift;
  if (shift + width > 64 && first + 8 < last)
    v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes[first + 8])) << (64 - shift);
  return width == 0 ? 0 : v & ((std::uint64_t{1} << width) - 1);
}

void put_bits(std::string& bytes, std::uint64_t bit, std::uint64_t v, int width) {
  for (int i = 0; i < width; ++i, ++bit)
    if ((v >> i) & 1) bytes[bit >> 3] = static_cast<char>(bytes[bit >> 3] | (1 << (bit & 7)));
}
}  // namespace

void PerceptronModel::write(detail::BinaryWriter& out) const {
  const std::size_t n = keys_.size();
  out.u16(kSectionVersion);
  out.u32(static_cast<std::uint32_t>(classes_));
  out.f32(scale_);
  out.u32(static_cast<std::uint32_t>(n));
  out.u32(static_cast<std::uint32_t>(entries_.size()));
  const int l = elias_fano_low_bits(n);
  std::string low((n * static_cast<std::size_t>(l) + 7) / 8, '\0');
  const std::uint64_t high_bits = n == 0 ? 0 : (keys_.back() >> l) + n;
  std::string high((high_bits + 7) / 8, '\0');
  const std::uint64_t low_mask = l == 0 ? 0 : (std::uint64_t{1} << l) - 1;
  for (std::size_t i = 0; i < n; ++i) {
    put_bits(low, i * static_cast<std::uint64_t>(l), keys_[i] & low_mask, l);
    put_bits(high, (keys_[i] >> l) + i, 1, 1);
  }
  out.u8(static_cast<std::uint8_t>(l));
  out.bytes(low);
  out.u32(static_cast<std::uint32_t>(high.size()));
  out.bytes(high);
  const bool small_counts = classes_ <= 255, small_classes = classes_ <= 256;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t count = begins_[k + 1] - begins_[k];
    small_counts ? out.u8(static_cast<std::uint8_t>(count)) : out.u16(static_cast<std::uint16_t>(count));
  }
  for (const Entry& e : entries_) {
    small_classes ? out.u8(static_cast<std::uint8_t>(e.cls)) : out.u16(e.cls);
    out.i16(e.weight);
  }
}

PerceptronModel PerceptronModel::read(detail::BinaryReader& in) {
  const std::uint16_t version = in.u16();
  if (version == 0 || version > kSectionVersion)
    in.fail("E413", "perceptron section version " + std::to_string(version) + " is not supported (this build reads up to " +
                        std::to_string(kSectionVersion) + ")");
  PerceptronModel m;
  const std::uint32_t classes = in.u32();
  if (classes == 0 || classes > kMaxClasses) in.fail("E416", "bad class count " + std::to_string(classes));
  m.classes_ = static_cast<int>(classes);
  m.scale_ = in.f32();
  if (!std::isfinite(m.scale_) || m.scale_ <= 0) in.fail("E416", "bad weight scale");
  const std::uint32_t n = in.u32(), n_entries = in.u32();
  if (std::uint64_t{n} + n_entries >= kDense) in.fail("E416", "too many perceptron weights");
  const bool v1 = version == 1;
  const bool small_counts = !v1 && classes <= 255, small_classes = !v1 && classes <= 256;
  // The smallest encoding of n keys and n_entries weights must fit in what is left, before any
  // vector is sized from the counts (a crafted header would ask for gigabytes).
  in.need(v1 ? std::uint64_t{n} * 10 + std::uint64_t{n_entries} * 4
             : std::uint64_t{n} * (small_counts ? 1 : 2) + std::uint64_t{n_entries} * (small_classes ? 3 : 4),
          "perceptron tables");
  m.keys_.resize(n);
  if (v1) {
    for (std::uint32_t k = 0; k < n; ++k) m.keys_[k] = in.u64();
  } else {
    const int l = in.u8();
    if (l != elias_fano_low_bits(n)) in.fail("E416", "bad Elias-Fano low bit count " + std::to_string(l));
    const std::uint64_t low_bytes = (std::uint64_t{n} * static_cast<std::uint64_t>(l) + 7) / 8;
    in.need(low_bytes + 4, "perceptron keys");
    const std::string_view low = in.bytes(low_bytes);
    const std::uint32_t high_bytes = in.u32();
    // The largest high part is below 2^(64 - l) <= 2n, so the unary code has at most 3n bits.
    if (high_bytes > (std::uint64_t{n} * 3 + 7) / 8) in.fail("E416", "Elias-Fano high part too long");
    in.need(std::uint64_t{high_bytes} + std::uint64_t{n} * (small_counts ? 1 : 2) +
                std::uint64_t{n_entries} * (small_classes ? 3 : 4),
            "perceptron tables");
    const std::string_view high = in.bytes(high_bytes);
    std::uint32_t k = 0;
    for (std::uint64_t byte = 0; byte < high_bytes; ++byte) {
      for (unsigned bits = static_cast<std::uint8_t>(high[byte]); bits != 0; bits &= bits - 1) {
        if (k == n) in.fail("E416", "Elias-Fano high part has too many keys");
        const std::uint64_t pos = byte * 8 + static_cast<std::uint64_t>(std::countr_zero(bits));
        const std::uint64_t hi = pos - k;
        if (l > 0 && hi >> (64 - l) != 0) in.fail("E416", "Elias-Fano key out of range");
        m.keys_[k] = l == 0 ? hi : hi << l | get_bits(low, std::uint64_t{k} * static_cast<std::uint64_t>(l), l);
        ++k;
      }
    }
    if (k != n) in.fail("E416", "Elias-Fano high part has too few keys");
  }
  for (std::uint32_t k = 0; k < n; ++k)
    if (m.keys_[k] == 0 || (k > 0 && m.keys_[k] <= m.keys_[k - 1])) in.fail("E416", "feature keys are not strictly ascending");
  m.begins_.resize(std::size_t{n} + 1, 0);
  std::uint64_t total = 0;  // 64 bits: a crafted file cannot wrap past the check below
  for (std::uint32_t k = 0; k < n; ++k) {
    total += small_counts ? in.u8() : in.u16();
    if (total > n_entries) in.fail("E416", "feature entry counts exceed the entry total");
    m.begins_[k + 1] = static_cast<std::uint32_t>(total);
  }
  if (total != n_entries) in.fail("E416", "feature entry counts do not add up to the entry total");
  m.entries_.resize(n_entries);
  for (Entry& e : m.entries_) {
    e.cls = small_classes ? in.u8() : in.u16();
    e.weight = in.i16();
    if (e.cls >= classes) in.fail("E416", "weight for class " + std::to_string(e.cls) + " out of range");
  }
  m.build_index();
  return m;
}

}  // namespace ergraph::nlp
