#include "nlp/dates.h"

#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "core/text.h"

namespace ergraph::nlp {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<std::string> make_date(int y, int m, int d) {
  if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  std::string date = fmt::format("{:04}-{:02}-{:02}", y, m, d);
  if (!core::is_iso_day(date)) return std::nullopt;  // no 30 February
  return date;
}

/// 1..12 for an English month name or its abbreviation ("Sept" too), case-insensitive; else 0.
int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  const std::string lw = core::ascii_lower(w);
  if (lw == "sept") return 9;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (lw == kMonths[i]) return static_cast<int>(i) + 1;
    if (lw.size() == 3 && kMonths[i].substr(0, 3) == lw) return static_cast<int>(i) + 1;
  }
  return 0;
}

struct Word {
  std::string_view text;
  bool number = false;
  bool joined = false;  ///< only spaces, commas or periods between it and the word before
};

/// Words (runs of letters) and numbers (runs of digits) of `s`; an ordinal suffix right after a
/// number ("12th") is dropped.
std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  bool joined = false;
  while (i < s.size()) {
    const char c = s[i];
    if (digit(c) || alpha(c)) {
      const bool num = digit(c);
      std::size_t j = i;
      while (j < s.size() && (num ? digit(s[j]) : alpha(s[j]))) ++j;
      const std::string_view w = s.substr(i, j - i);
      if (!num && !out.empty() && out.back().number && i > 0 && digit(s[i - 1]) &&
          (w == "st" || w == "nd" || w == "rd" || w == "th")) {
        i = j;
        continue;
      }
      out.push_back(Word{w, num, joined});
      joined = true;
      i = j;
      continue;
    }
    if (c != ' ' && c != ',' && c != '.') joined = false;
    ++i;
  }
  return out;
}

int number_of(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  int n = 0;
  for (char c : w) n = n * 10 + (c - '0');
  return n;
}

/// "YYYY-MM-DD" (or / or .) starting at s[i].
std::optional<std::string> numeric_at(std::string_view s, std::size_t i) {
  if (i + 10 > s.size()) return std::nullopt;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!digit(s[i + k])) return std::nullopt;
  const char sep = s[i + 4];
  if ((sep != '-' && sep != '/' && sep != '.') || s[i + 7] != sep) return std::nullopt;
  if (i + 10 < s.size() && digit(s[i + 10])) return std::nullopt;
  if (i > 0 && digit(s[i - 1])) return std::nullopt;
  return make_date(number_of(s.substr(i, 4)), number_of(s.substr(i + 5, 2)), number_of(s.substr(i + 8, 2)));
}

/// The first whole day written in `s`: numeric year-first, or with the month as a word.
std::optional<std::string> first_date_in(std::string_view s) {
  for (std::size_t i = 0; i + 10 <= s.size(); ++i)
    if (digit(s[i])) {
      if (auto d = numeric_at(s, i)) return d;
    }
  const auto w = words_of(s);
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    // Month Day Year: "April 12, 2025"
    if (const int m = month_of(w[i].text); m && !w[i].number && w[i + 1].number && w[i + 1].joined &&
                                           w[i + 2].number && w[i + 2].joined && w[i + 2].text.size() == 4 &&
                                           w[i + 1].text.size() <= 2)
      if (auto d = make_date(number_of(w[i + 2].text), m, number_of(w[i + 1].text))) return d;
    // Day Month Year: "12 April 2025", "12 of April 2025" is not news style and not accepted.
    if (w[i].number && w[i].text.size() <= 2 && !w[i + 1].number && w[i + 1].joined && w[i + 2].number &&
        w[i + 2].joined && w[i + 2].text.size() == 4)
      if (const int m = month_of(w[i + 1].text))
        if (auto d = make_date(number_of(w[i + 2].text), m, number_of(w[i].text))) return d;
  }
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string normalize_date(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 200) return {};
  if (auto d = numeric_at(s, 0)) return *d;
  if (auto d = first_date_in(s)) return *d;
  return {};
}

std::string find_dateline(std::string_view full) {
  const std::string_view text = full.substr(0, std::min(full.size(), kDatelineBytes));
  // Short lines among the first five non-empty ones: "Published 12 April 2025", "April 12, 2025".
  std::size_t pos = 0;
  int lines = 0;
  while (pos < text.size() && lines < 5) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    ++lines;
    const bool whole = nl != std::string_view::npos || full.size() <= kDatelineBytes;  // not cut by the limit
    if (line.size() <= 100 && whole)
      if (auto d = first_date_in(line)) return *d;
    // The lead-in of a paragraph up to a dash: "MOSCOW, April 12, 2025 — ...", "April 12 (Reuters) -".
    for (std::string_view dash : {"\u2014", "\u2013", " -- ", " - "}) {
      const std::size_t at = line.find(dash);
      if (at != std::string_view::npos && at <= 80)
        if (auto d = first_date_in(line.substr(0, at))) return *d;
    }
  }
  return {};
}

DocumentDate document_date(const Document& doc) {
  if (auto it = doc.metadata.find("date"); it != doc.metadata.end()) {
    std::string d = normalize_date(it->second);
    if (!d.empty()) return {std::move(d), "metadata"};
  }
  std::string d = find_dateline(doc.text);
  if (!d.empty()) return {std::move(d), "dateline"};
  return {};
}

}  // namespace ergraph::nlp
