#pragma once
/// @file open_table.h
/// The project's one open-addressing hash table: linear probing over a power-of-two array of
/// slots, for the hot lookups of the tagger and the parser (perceptron weights, word tables) and
/// of their training.
///
/// A Slot is a struct whose member `key` is an unsigned integer; key 0 marks an empty slot, so
/// callers never store 0. The caller chooses where a key's probe starts (`hash`: only its low
/// bits are used) and what is stored as `key`: the whole key, or a check word derived from it
/// when the rest of the slot holds a value (the perceptron stores 32 of the 64 key bits).
/// There is no erase. The slots are reachable as an array (data(), capacity(), mask()) for
/// prefetching and vectorized probes.
/// Thread safety: const member functions may be called concurrently.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace ergraph::core {

template <class Slot, class Alloc = std::allocator<Slot>>
class OpenTable {
 public:
  using Key = std::remove_cvref_t<decltype(std::declval<Slot&>().key)>;

  /// Empties the table and sizes it to the smallest power of two >= max(16, min_slots).
  void reset(std::size_t min_slots) {
    std::size_t cap = 16;
    while (cap < min_slots) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    used_ = 0;
  }

  std::size_t capacity() const { return slots_.size(); }
  std::size_t size() const { return used_; }
  bool empty() const { return used_ == 0; }
  std::uint64_t mask() const { return mask_; }
  const Slot* data() const { return slots_.data(); }
  std::span<const Slot> slots() const { return {slots_.data(), slots_.size()}; }
  /// Where the probe for `hash` starts.
  std::uint64_t start(std::uint64_t hash) const { return hash & mask_; }

  /// The slot holding `key`, probing from start(hash); nullptr if absent (or the table unsized).
  const Slot* find(std::uint64_t hash, Key key) const {
    if (slots_.empty()) return nullptr;
    for (std::uint64_t i = start(hash);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s;
      if (s.key == Key{}) return nullptr;
    }
  }

  /// The slot holding `key`; if absent, the empty slot where it belongs, with its key set and
  /// the rest as Slot{} left it (`inserted` tells which). There must be a free slot: size the
  /// table with reset() or grow() first.
  Slot& insert(std::uint64_t hash, Key key, bool* inserted = nullptr) {
    for (std::uint64_t i = start(hash);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) {
        if (inserted) *inserted = false;
        return s;
      }
      if (s.key == Key{}) {
        s.key = key;
        ++used_;
        if (inserted) *inserted = true;
        return s;
      }
    }
  }

  /// Makes room for `more` inserts with the load kept at or below 1/2: doubles the capacity as
  /// often as needed and moves every slot to its new place (`hash_of(slot)` gives the hash its
  /// probe starts from).
  template <class HashOf>
  void grow(std::size_t more, HashOf&& hash_of) {
    if ((used_ + more) * 2 <= slots_.size()) return;
    std::size_t cap = slots_.empty() ? 16 : slots_.size();
    while ((used_ + more) * 2 > cap) cap *= 2;
    std::vector<Slot, Alloc> old(cap);
    old.swap(slots_);
    mask_ = cap - 1;
    for (Slot& s : old) {
      if (s.key == Key{}) continue;
      std::uint64_t i = start(hash_of(s));
      while (slots_[i].key != Key{}) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

 private:
  std::vector<Slot, Alloc> slots_;
  std::uint64_t mask_ = 0;
  std::size_t used_ = 0;
};

}  // namespace ergraph::core
