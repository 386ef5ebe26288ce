/// @file tokenizer.cpp
/// Byte scanner: whitespace-separated chunks, then prefixes (opening quotes, brackets,
/// currency), suffixes (closing punctuation, sentence periods unless the word is an
/// abbreviation), URLs/e-mails, infixes (dashes, commas between words, ...) and clitics.
/// No regex, no allocation per token: suffixes wait on one reused stack. Offsets are uint32
/// (Document::Token), so a text must be smaller than 4 GiB.
#include "nlp/tokenizer.h"

#include <algorithm>
#include <vector>

#include "nlp/detail/tokenizer_rules.h"
#include "nlp/detail/tokenizer_sentences.h"

namespace ergraph::nlp {
namespace {

using detail::decode_at;

/// Longer words ending in '.' are never abbreviations ("J.R.R." is 6 bytes).
constexpr std::uint32_t kMaxAbbreviationBytes = 24;

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Case-insensitive (ASCII) equality of s and a lower-case literal.
bool iequals(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (ascii_lower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool is_digit_byte(std::string_view t, std::uint32_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
bool is_alpha_byte(std::string_view t, std::uint32_t i) {
  return i < t.size() && detail::is_ascii_alpha(static_cast<unsigned char>(t[i]));
}
bool is_alnum_byte(std::string_view t, std::uint32_t i) { return is_digit_byte(t, i) || is_alpha_byte(t, i); }

bool is_single_quote(char32_t c) { return c == '\'' || c == '`' || c == U'’' || c == U'‘'; }

/// "5pm", "7:30AM" -> number + "pm"/"AM".
bool is_number_with_meridiem(std::string_view w) {
  if (w.size() < 3 || !(w[w.size() - 3] >= '0' && w[w.size() - 3] <= '9')) return false;
  const char a = ascii_lower(w[w.size() - 2]);
  return (a == 'a' || a == 'p') && ascii_lower(w.back()) == 'm';
}

/// Emoticons that would otherwise fall apart into punctuation.
bool is_emoticon(std::string_view w) {
  static constexpr std::string_view kEmoticons[] = {":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D",
                                                    ":P", ":p", ":/", ":-/", "=)", ":'("};
  if (w.size() < 2 || w.size() > 3) return false;
  for (std::string_view e : kEmoticons) {
    if (w == e) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>& out) : t_(text), out_(out) { stack_.reserve(16); }

  void run() {
    const auto n = static_cast<std::uint32_t>(t_.size());
    std::uint32_t i = 0;
    while (i < n) {
      std::uint32_t len = 0;
      if (detail::is_space(decode_at(t_, i, len))) {
        i += len;
        continue;
      }
      const std::uint32_t b = i;
      while (i < n && !detail::is_space(decode_at(t_, i, len))) i += len;
      chunk(b, i, true);
    }
  }

 private:
  /// Tokenizes the non-space span [b, e). Infixes are only looked for at the top level, so the
  /// recursion is at most two deep.
  void chunk(std::uint32_t b, std::uint32_t e, bool top) {
    if (is_emoticon(t_.substr(b, e - b))) {
      emit(b, e);
      return;
    }
    b = strip_prefixes(b, e);
    const std::size_t mark = stack_.size();
    e = strip_suffixes(b, e);
    if (b < e) {
      if (!top) {
        emit_word(b, e);
      } else if (is_url_or_email(b, e)) {
        emit(b, e);
      } else {
        split_infixes(b, e);
      }
    }
    while (stack_.size() > mark) {
      emit(stack_.back().begin, stack_.back().end);
      stack_.pop_back();
    }
  }

  /// Emits leading punctuation as tokens; returns the new begin.
  std::uint32_t strip_prefixes(std::uint32_t b, std::uint32_t e) {
    while (b < e) {
      std::uint32_t n = 0;
      const char32_t c = decode_at(t_, b, n);
      if (b + n == e) break;  // a lone character is the core
      std::uint32_t len = 0;
      if (c == '\'' || c == U'’') {
        // "'s" standing alone, "'90s": keep the apostrophe with the word.
        if (is_clitic(t_.substr(b, e - b)) || is_digit_byte(t_, b + n)) break;
        len = std::min(same_cp_run(b, e, n), 2 * n);  // '' as a double quote
      } else if (c == '.' || c == '-') {
        len = run_length(b, e, static_cast<char>(c));
        if (len == 1 && (c == '-' || is_alnum_byte(t_, b + 1))) break;  // -5  -word  .5  .com
      } else if (c == '!' || c == '?') {
        len = bang_run(b, e);
      } else if (c == '#') {
        if (!is_digit_byte(t_, b + 1)) break;  // #hashtag stays, "#1" -> "#" "1"
        len = 1;
      } else if (detail::is_currency(c) || detail::is_edge_symbol(c)) {
        len = same_cp_run(b, e, n);  // "$$$", "***", ">>"
      } else if (detail::is_open_punct(c) || detail::is_close_punct(c) || detail::is_dash(c)) {
        len = is_single_quote(c) ? std::min(same_cp_run(b, e, n), 2 * n) : n;  // '' as a double quote
      } else {
        break;
      }
      emit(b, b + len);
      b += len;
    }
    return b;
  }

  /// Pushes trailing punctuation on the stack (emitted after the core); returns the new end.
  std::uint32_t strip_suffixes(std::uint32_t b, std::uint32_t e) {
    while (e > b) {
      const auto p = static_cast<std::uint32_t>(detail::prev_cp_start(t_, b, e));
      if (p == b) break;
      std::uint32_t n = 0;
      const char32_t c = decode_at(t_, p, n);
      std::uint32_t q = p;
      if (c == '.' || c == '-') {
        while (q > b && t_[q - 1] == static_cast<char>(c)) --q;
        if (q == b) break;
        if (e - q == 1 && (c == '-' || is_abbreviation(b, e))) break;
        // An abbreviation's period, then the sentence's: "Andes Mining S.A.." -> "S.A." ".".
        if (c == '.' && e - q == 2 && is_abbreviation(b, e - 1)) {
          stack_.push_back(Span{e - 1, e});
          e = e - 1;
          break;
        }
      } else if (c == '!' || c == '?') {  // "?!", "!!!", ".?"
        while (q > b && (t_[q - 1] == '!' || t_[q - 1] == '?' || t_[q - 1] == '.')) --q;
        if (q == b) break;
      } else if (detail::is_edge_symbol(c) || detail::is_currency(c)) {
        while (q >= b + n && t_.compare(q - n, n, t_, p, n) == 0) q -= n;
        if (q == b) break;
      } else if (!(detail::is_close_punct(c) || detail::is_open_punct(c) || detail::is_dash(c))) {
        break;
      } else if (is_single_quote(c) && q >= b + n && t_.compare(q - n, n, t_, p, n) == 0) {
        q -= n;  // '' as a double quote
        if (q == b) break;
      }
      stack_.push_back(Span{q, e});
      e = q;
    }
    return e;
  }

  /// Splits [b, e) at dashes, ellipses, brackets, double quotes and at , : / ; between words.
  void split_infixes(std::uint32_t b, std::uint32_t e) {
    std::uint32_t start = b;
    for (std::uint32_t i = b; i < e;) {
      std::uint32_t n = 0;
      const char32_t c = decode_at(t_, i, n);
      const std::uint32_t len = infix_length(c, i, n, b, e);
      if (len == 0) {
        i += n;
        continue;
      }
      if (start < i) chunk(start, i, false);
      emit(i, i + len);
      i += len;
      start = i;
    }
    if (start == b) {
      emit_word(b, e);
    } else if (start < e) {
      chunk(start, e, false);
    }
  }

  std::uint32_t infix_length(char32_t c, std::uint32_t i, std::uint32_t n, std::uint32_t b, std::uint32_t e) const {
    switch (c) {
      case ',': case ':':
        return i > b && is_digit_byte(t_, i - 1) && i + 1 < e && is_digit_byte(t_, i + 1) ? 0 : 1;
      case '/':  // and/or -> and / or; 9/11, b/c, w/o stay whole
        return i >= b + 2 && i + 2 < e && is_alpha_byte(t_, i - 2) && is_alpha_byte(t_, i - 1) &&
                       is_alpha_byte(t_, i + 1) && is_alpha_byte(t_, i + 2)
                   ? 1
                   : 0;
      case ';': case '!': case '?': case '"': case '(': case ')': case '[': case ']': case '{':
      case '}': case '|':
        return 1;
      case '-': case '.': {
        const std::uint32_t run = run_length(i, e, static_cast<char>(c));
        return run >= 2 ? run : 0;
      }
      case U'—': case U'–': case U'―': case U'…': case U'“': case U'”': case U'‘': case U'«':
      case U'»':
        return n;
      default:
        return 0;
    }
  }

  /// Emits a word, splitting clitics: n't, 's, 'm, 'd, 'll, 're, 've (straight or U+2019
  /// apostrophe), cannot -> can not, gonna/wanna/gotta -> gon na / wan na / got ta.
  void emit_word(std::uint32_t b, std::uint32_t e) {
    const std::string_view w = t_.substr(b, e - b);
    std::uint32_t cut = 0;
    if (iequals(w, "cannot")) {
      cut = 3;
    } else if (iequals(w, "gonna") || iequals(w, "wanna") || iequals(w, "gotta") || iequals(w, "outta")) {
      cut = 3;
    } else if (is_number_with_meridiem(w)) {
      cut = static_cast<std::uint32_t>(w.size()) - 2;
    } else {
      const std::uint32_t clitic = clitic_suffix_length(w);
      if (clitic > 0 && clitic < w.size()) cut = static_cast<std::uint32_t>(w.size()) - clitic;
    }
    if (cut == 0) {
      emit(b, e);
      return;
    }
    emit(b, b + cut);
    emit(b + cut, e);
  }

  /// Byte length of a clitic at the end of w ("n't", "’s", ...), or 0.
  static std::uint32_t clitic_suffix_length(std::string_view w) {
    static constexpr std::string_view kApostrophes[] = {"'", "’"};
    static constexpr std::string_view kTails[] = {"s", "m", "d", "ll", "re", "ve"};
    for (std::string_view apo : kApostrophes) {
      const std::size_t neg = apo.size() + 2;  // n + apostrophe + t
      if (w.size() >= neg && ascii_lower(w[w.size() - neg]) == 'n' && w.substr(w.size() - neg + 1, apo.size()) == apo &&
          ascii_lower(w.back()) == 't') {
        return static_cast<std::uint32_t>(neg);
      }
      for (std::string_view tail : kTails) {
        const std::size_t len = apo.size() + tail.size();
        if (w.size() >= len && w.substr(w.size() - len, apo.size()) == apo &&
            iequals(w.substr(w.size() - tail.size()), tail)) {
          return static_cast<std::uint32_t>(len);
        }
      }
    }
    return 0;
  }

  /// The whole of w is a clitic ("'s", "’ll", "n't").
  static bool is_clitic(std::string_view w) { return !w.empty() && clitic_suffix_length(w) == w.size(); }

  /// [b, e) ends with '.' and is an abbreviation whose period belongs to it.
  bool is_abbreviation(std::uint32_t b, std::uint32_t e) const {
    if (e - b > kMaxAbbreviationBytes) return false;  // also keeps adversarial input linear
    const auto kind = detail::abbreviation_kind(t_.substr(b, e - b));
    if (kind != detail::AbbrevKind::NeedsNumber) return kind != detail::AbbrevKind::None;
    std::uint32_t i = e;
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    return i > e && is_digit_byte(t_, i);
  }

  bool is_url_or_email(std::uint32_t b, std::uint32_t e) const {
    const std::string_view w = t_.substr(b, e - b);
    if (w.size() > 7 && (iequals(w.substr(0, 7), "http://") || iequals(w.substr(0, 6), "ftp://"))) return true;
    if (w.size() > 8 && iequals(w.substr(0, 8), "https://")) return true;
    if (w.size() > 4 && iequals(w.substr(0, 4), "www.")) return true;
    const std::size_t at = w.find('@');
    if (at == 0 || at == std::string_view::npos) return false;
    const std::size_t dot = w.find('.', at + 2);
    return dot != std::string_view::npos && dot + 1 < w.size();
  }

  std::uint32_t run_length(std::uint32_t i, std::uint32_t e, char c) const {
    std::uint32_t j = i;
    while (j < e && t_[j] == c) ++j;
    return j - i;
  }
  /// Length of the run of copies of the n-byte code point at i.
  std::uint32_t same_cp_run(std::uint32_t i, std::uint32_t e, std::uint32_t n) const {
    std::uint32_t j = i + n;
    while (j + n <= e && t_.compare(j, n, t_, i, n) == 0) j += n;
    return j - i;
  }
  std::uint32_t bang_run(std::uint32_t i, std::uint32_t e) const {
    std::uint32_t j = i;
    while (j < e && (t_[j] == '!' || t_[j] == '?')) ++j;
    return j - i;
  }

  void emit(std::uint32_t b, std::uint32_t e) {
    Token& tok = out_.emplace_back();
    tok.begin = b;
    tok.end = e;
  }

  std::string_view t_;
  std::vector<Token>& out_;
  std::vector<Span> stack_;
};

}  // namespace

void Tokenizer::tokenize(Document& doc) const {
  doc.tokens.clear();
  doc.tokens.reserve(doc.text.size() / 4 + 8);
  Scanner(doc.text, doc.tokens).run();
  detail::split_sentences(doc);
}

void tokenize_pretokenized(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(doc.text.size() / 4 + 8);
  const std::string_view t = doc.text;
  const auto n = static_cast<std::uint32_t>(t.size());
  std::uint32_t i = 0;
  while (i < n) {
    const auto first = static_cast<std::uint32_t>(doc.tokens.size());
    while (i < n && t[i] != '\n') {
      if (t[i] == ' ' || t[i] == '\t' || t[i] == '\r') {
        ++i;
        continue;
      }
      const std::uint32_t b = i;
      while (i < n && t[i] != ' ' && t[i] != '\t' && t[i] != '\r' && t[i] != '\n') ++i;
      Token& tok = doc.tokens.emplace_back();
      tok.begin = b;
      tok.end = i;
    }
    ++i;  // the newline
    const auto last = static_cast<std::uint32_t>(doc.tokens.size());
    if (last > first) doc.sentences.push_back(Sentence{first, last});
  }
}

std::uint64_t count_whitespace_tokens(std::string_view text) {
  std::uint64_t n = 0;
  bool in_token = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    n += !space && !in_token;
    in_token = !space;
  }
  return n;
}

}  // namespace ergraph::nlp
