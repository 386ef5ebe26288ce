#pragma once
/// @file string_pool.h
/// Interned strings: a Symbol is a small integer that stands for one string in one pool.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ergraph::core {

/// Strongly typed id of an interned string. Symbol{} (0) is the empty string.
struct Symbol {
  std::uint32_t id = 0;
  friend bool operator==(Symbol a, Symbol b) { return a.id == b.id; }
  friend bool operator!=(Symbol a, Symbol b) { return a.id != b.id; }
  friend bool operator<(Symbol a, Symbol b) { return a.id < b.id; }
};

/// Owns strings and hands out Symbols. Views returned by str() stay valid for the pool's life.
/// Not thread-safe: use one pool per thread or guard it.
class StringPool {
 public:
  StringPool();
  /// The symbol of `s`, adding it if new.
  Symbol intern(std::string_view s);
  /// The symbol of `s` if present, else Symbol{} (check with contains()).
  bool find(std::string_view s, Symbol& out) const;
  std::string_view str(Symbol s) const { return strings_[s.id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;  // deque: element addresses are stable
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

}  // namespace ergraph::core
