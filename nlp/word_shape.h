#pragma once
/// @file word_shape.h
/// Word-level hashing shared by the feature templates of the tagger (nlp/detail/tagger_features)
/// and the entity recognizer (entities/detail/ner_features): ASCII character classes, FNV-1a
/// hashes (as written and ASCII-lower-cased), UTF-8 affix boundaries and word shapes. The models'
/// feature hashes are built from these, so changing one changes every trained model.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ergraph::nlp::shape {

inline constexpr std::uint64_t kFnvBasis = 14695981039346656037ull, kFnvPrime = 1099511628211ull;

constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
/// A UTF-8 continuation byte (10xxxxxx).
constexpr bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// FNV-1a of `s`, continuing from `h`.
inline std::uint64_t hash(std::string_view s, std::uint64_t h = kFnvBasis) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

/// FNV-1a of `s` lower-cased in ASCII, continuing from `h`.
inline std::uint64_t hash_lower(std::string_view s, std::uint64_t h = kFnvBasis) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(lower(c))) * kFnvPrime;
  return h;
}

/// Byte offset where the last `n` code points of `s` start (0 if `s` is shorter).
inline std::size_t last_code_points(std::string_view s, int n) {
  std::size_t i = s.size();
  while (n > 0 && i > 0) {
    --i;
    if (!is_continuation(s[i])) --n;
  }
  return i;
}

/// Byte length of the first `n` code points of `s` (all of `s` if shorter).
inline std::size_t first_code_points(std::string_view s, int n) {
  std::size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && is_continuation(s[i])) ++i;
    --n;
  }
  return i;
}

/// Hash of the word's shape: X (upper), x (lower), d (digit), u (non-ASCII code point), other
/// characters as themselves, runs capped at `cap` ("Xxx" with cap 2 for "Moscow", "Xx" with
/// cap 1); the hash starts from `basis`.
inline std::uint64_t shape_hash(std::string_view s, int cap, std::uint64_t basis = kFnvBasis) {
  std::uint64_t h = basis;
  char prev = 0;
  int run = 0;
  for (char c : s) {
    if (is_continuation(c)) continue;
    const char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? 'd' : (c & 0x80) ? 'u' : c;
    run = k == prev ? run + 1 : 1;
    prev = k;
    if (run <= cap) h = (h ^ static_cast<unsigned char>(k)) * kFnvPrime;
  }
  return h;
}

/// The case of the code point of a 2-byte UTF-8 sequence (lead byte `b0`, continuation `b1`) in
/// the Latin-1 Supplement, Latin Extended-A, Greek or Cyrillic letters: 'X' upper, 'x' lower, 0
/// for anything else ("Ø", "Ł", "Ж" are 'X'; "é", "ł", "ж" are 'x'; "×", "—" are 0). Not used by
/// the feature templates above (the trained models see such letters as 'u').
constexpr char utf8_letter_case(unsigned char b0, unsigned char b1) {
  if ((b0 & 0xE0) != 0xC0 || (b1 & 0xC0) != 0x80) return 0;
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp == 0xD7 ? 0 : 'X';
  if (cp >= 0xDF && cp <= 0xFF) return cp == 0xF7 ? 0 : 'x';
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0 ? 'X' : 'x';
  if (cp == 0x138) return 'x';
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1 ? 'X' : 'x';
  if (cp == 0x149) return 'x';
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0 ? 'X' : 'x';
  if (cp == 0x178) return 'X';
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1 ? 'X' : 'x';
  if (cp == 0x17F) return 'x';
  if (cp >= 0x391 && cp <= 0x3A9) return cp == 0x3A2 ? 0 : 'X';
  if (cp >= 0x3AC && cp <= 0x3CE) return 'x';
  if (cp >= 0x400 && cp <= 0x42F) return 'X';
  if (cp >= 0x430 && cp <= 0x45F) return 'x';
  return 0;
}

/// Whether `s` starts with a capital letter outside ASCII ("Ørsted", "Łódź", "İzmir").
inline bool starts_with_non_ascii_capital(std::string_view s) {
  return s.size() >= 2 && utf8_letter_case(static_cast<unsigned char>(s[0]), static_cast<unsigned char>(s[1])) == 'X';
}

/// "Celtic", "Rangers", "Sertão", "Gómez": an ASCII capital, then lower case only (ASCII, or a
/// two-byte UTF-8 lower-case letter), at least `min_size` bytes.
constexpr bool is_title_case(std::string_view w, std::size_t min_size = 2) {
  if (w.size() < min_size || w.empty() || !is_upper(w[0])) return false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (is_lower(w[i])) continue;
    if (i + 1 < w.size() &&
        utf8_letter_case(static_cast<unsigned char>(w[i]), static_cast<unsigned char>(w[i + 1])) == 'x') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace ergraph::nlp::shape
