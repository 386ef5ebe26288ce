#pragma once
/// @file tokenizer_rules.h
/// Character classes and word tables shared by the tokenizer and the sentence splitter
/// (internal to extract/; see extract/tokenizer.h for the behaviour they implement).
/// Everything here is a pure function of its arguments: thread-safe, no allocation.
#include <cstdint>
#include <string_view>

namespace ergraph::nlp::detail {

/// Decodes the code point starting at s[i] (s is valid UTF-8). Sets `len` to its byte length.
/// A truncated sequence at the end of `s` decodes as one byte (defensive; never out of bounds).
inline char32_t decode_at(std::string_view s, std::size_t i, std::uint32_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  const std::uint32_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) {
    len = 1;
    return b0;
  }
  char32_t cp = b0 & (0x7F >> n);
  for (std::uint32_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  len = n;
  return cp;
}

/// Start of the code point that ends at byte `end` (exclusive), not before `floor`.
inline std::size_t prev_cp_start(std::string_view s, std::size_t floor, std::size_t end) {
  std::size_t p = end - 1;
  while (p > floor && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char32_t c) { return is_ascii_upper(c) || is_ascii_lower(c); }

/// Whitespace for tokenization: ASCII blanks, NEL, NBSP and the Unicode space separators,
/// line/paragraph separators, plus the invisible ZWSP and BOM. Tokens never contain these.
inline bool is_space(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

/// Characters that end a line (a line end is a sentence boundary).
inline bool is_newline(char32_t c) {
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/// Opening brackets and quotes (including the ambiguous straight ones).
bool is_open_punct(char32_t c);
/// Closing brackets and quotes (including the ambiguous straight ones and U+2019).
bool is_close_punct(char32_t c);
/// Em dash, en dash, figure dash, horizontal bar.
bool is_dash(char32_t c);
/// Currency signs split off a following number ("$5" -> "$" "5").
bool is_currency(char32_t c);
/// Other symbols that are always tokens of their own at the edge of a word.
bool is_edge_symbol(char32_t c);
/// True when the code point can start a sentence (upper-case letter, digit, opening
/// quote/bracket, currency, or a non-ASCII letter not known to be lower case).
bool is_plausible_sentence_start(char32_t c);
/// Upper-case letter (ASCII, Latin-1, Greek, Cyrillic).
bool is_upper(char32_t c);

/// How an abbreviation that ends with '.' behaves at a possible sentence end.
enum class AbbrevKind : std::uint8_t {
  None,            ///< not an abbreviation: the period is a token of its own
  Title,           ///< never ends a sentence (Mr., Dr., Gen.)
  NeedsNumber,     ///< an abbreviation only before a number (No. 5); never ends a sentence
  FinalIfStarter,  ///< ends a sentence before a common sentence starter (U.S. The)
  FinalIfCapital,  ///< ends a sentence before any capitalized word (etc. Then)
};

/// Classifies `word`, which ends with '.', e.g. "U.S.", "Mr.", "J.R.R.", "e.g.", "etc.".
AbbrevKind abbreviation_kind(std::string_view word);

/// True for a frequent sentence-initial word ("The", "He", "It", "But", ...), case-sensitive.
bool is_sentence_starter(std::string_view word);

}  // namespace ergraph::nlp::detail
