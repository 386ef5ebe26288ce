#pragma once
/// @file text.h
/// Small text utilities shared by every module: UTF-8 checks, stable hashes, case folding.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ergraph::core {

/// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or npos if `s` is valid
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t find_invalid_utf8(std::string_view s);

/// Decodes the code point at s[i] (s must be valid UTF-8); sets `len` to its byte length.
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// 64-bit FNV-1a: a stable hash, the same on every machine and run.
std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed = 14695981039346656037ull);
/// FNV-1a-64's steps over 8-byte little-endian words instead of bytes (the last word padded with
/// zero bytes, then the length in bytes as one more word): a stable checksum about five times
/// faster than fnv1a64() on large buffers (graph snapshots).
std::uint64_t fnv1a64_words(std::string_view s);

/// 16 lower-case hex digits.
std::string hex64(std::uint64_t v);

/// ASCII lower case (other bytes unchanged).
std::string ascii_lower(std::string_view s);

/// Collapses runs of whitespace to one space and trims both ends.
std::string squeeze_spaces(std::string_view s);

/// True for an ISO 8601 calendar day "YYYY-MM-DD" that exists (leap years checked), years 0001-9999.
bool is_iso_day(std::string_view s);

/// The tab-separated fields of one line (views into it; "a\t\tb" has an empty middle field).
std::vector<std::string_view> split_tabs(std::string_view line);

/// Hash of a string for maps keyed by std::string that find by std::string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
/// std::string -> V, found by std::string_view (find(view) makes no string).
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

}  // namespace ergraph::core
