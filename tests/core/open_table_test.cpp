// The one open-addressing table (core/open_table.h): find, insert, growth and collisions.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <string>

#include "core/open_table.h"

using ergraph::core::OpenTable;

namespace {
struct Slot {
  std::uint64_t key = 0;
  std::string value;
};
}  // namespace

TEST_CASE("open table: inserted keys are found, absent keys are not", "[core]") {
  OpenTable<Slot> t;
  CHECK(t.find(5, 5) == nullptr);  // never sized
  t.reset(4);
  CHECK(t.capacity() == 16);
  bool inserted = false;
  t.insert(7, 7, &inserted).value = "seven";
  CHECK(inserted);
  t.insert(7, 7, &inserted);
  CHECK_FALSE(inserted);
  REQUIRE(t.find(7, 7) != nullptr);
  CHECK(t.find(7, 7)->value == "seven");
  CHECK(t.find(8, 8) == nullptr);
  CHECK(t.size() == 1);
}

TEST_CASE("open table: keys with the same start probe past each other", "[core]") {
  OpenTable<Slot> t;
  t.reset(16);
  // Every key starts at slot 3: they fill 3, 4, 5, ... and wrap around the end.
  for (std::uint64_t k = 1; k <= 15; ++k) t.insert(3, k).value = std::to_string(k);
  for (std::uint64_t k = 1; k <= 15; ++k) {
    REQUIRE(t.find(3, k) != nullptr);
    CHECK(t.find(3, k)->value == std::to_string(k));
  }
  CHECK(t.find(3, 16) == nullptr);  // one slot is still empty, so the probe ends
}

TEST_CASE("open table: growth keeps every entry and the load at most one half", "[core]") {
  OpenTable<Slot> t;
  t.reset(16);
  std::mt19937_64 rng(42);
  std::map<std::uint64_t, std::string> want;
  for (int i = 0; i < 5000; ++i) {
    const std::uint64_t k = rng() | 1;
    t.grow(1, [](const Slot& s) { return s.key; });
    t.insert(k, k).value = std::to_string(i);
    want[k] = std::to_string(i);
  }
  CHECK(t.size() == want.size());
  CHECK(t.size() * 2 <= t.capacity());
  for (const auto& [k, v] : want) {
    REQUIRE(t.find(k, k) != nullptr);
    CHECK(t.find(k, k)->value == v);
  }
  std::size_t used = 0;
  for (const Slot& s : t.slots()) used += s.key != 0;
  CHECK(used == want.size());
}
