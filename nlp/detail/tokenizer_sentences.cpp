/// @file tokenizer_sentences.cpp
/// Sentence boundaries from tokens plus the whitespace between them (one pass, no allocation
/// beyond doc.sentences).
#include "nlp/detail/tokenizer_sentences.h"

#include "nlp/detail/tokenizer_rules.h"

namespace ergraph::nlp::detail {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;
/// A section label ("What’s going on now:") has at most this many words before the colon.
constexpr int kMaxLabelWords = 8;
/// ... and we look at most this many tokens ahead for its colon.
constexpr std::uint32_t kMaxLabelTokens = 16;

enum class EndKind { None, Terminal, Abbrev };

class Splitter {
 public:
  explicit Splitter(Document& doc) : doc_(doc), text_(doc.text), n_(static_cast<std::uint32_t>(doc.tokens.size())) {}

  void run() {
    auto& out = doc_.sentences;
    out.clear();
    out.reserve(n_ / 16 + 1);
    std::uint32_t start = 0;
    std::uint32_t label_end = kNone;
    bool paragraph_start = true;
    for (std::uint32_t i = 0; i < n_;) {
      if (paragraph_start) {
        label_end = find_label(i);
        paragraph_start = false;
      }
      std::uint32_t last = i;
      bool newline = false;
      const bool cut = decide(i, start, label_end, last, newline);
      if (!cut) {
        ++i;
        continue;
      }
      out.push_back(Sentence{start, last + 1});
      start = last + 1;
      i = last + 1;
      if (newline) paragraph_start = true;
    }
  }

 private:
  /// Whether a sentence ends at token i (or at `last`, after closing quotes/brackets that
  /// follow i). Sets `newline` when the boundary is a line end.
  bool decide(std::uint32_t i, std::uint32_t start, std::uint32_t label_end, std::uint32_t& last, bool& newline) const {
    if (i + 1 >= n_) return true;
    if (gap_has_newline(i)) return newline = true;
    if (i == label_end) return true;
    std::string_view f = form(i);
    const EndKind kind = end_kind(f);
    if (kind == EndKind::None) return false;
    last = absorb_closers(i);
    if (last + 1 >= n_) return true;
    if (gap_has_newline(last)) return newline = true;
    if (doc_.tokens[last + 1].begin == doc_.tokens[last].end) return false;  // no space
    const std::string_view next = form(last + 1);
    // "2. The attachment ...": a list number opening a sentence is no sentence of its own.
    if (f == "." && i == start + 1 && is_list_number(form(start))) return false;
    if (kind == EndKind::Terminal) return is_plausible_sentence_start(first_cp(next));
    switch (abbreviation_kind(f)) {
      case AbbrevKind::FinalIfStarter: return is_sentence_starter(next);
      case AbbrevKind::FinalIfCapital: return is_upper(first_cp(next));
      default: return false;
    }
  }

  /// At a paragraph start: the index of the ':' that ends a short section label, or kNone.
  std::uint32_t find_label(std::uint32_t p) const {
    if (!is_upper(first_cp(form(p)))) return kNone;
    int words = 0;
    for (std::uint32_t j = p; j < n_ && j < p + kMaxLabelTokens; ++j) {
      if (j > p && gap_has_newline(j - 1)) return kNone;
      const std::string_view f = form(j);
      if (f == ":") {
        const bool ok = words >= 1 && j + 1 < n_ && !gap_has_newline(j) &&
                        doc_.tokens[j + 1].begin > doc_.tokens[j].end && is_upper(first_cp(form(j + 1)));
        return ok ? j : kNone;
      }
      if (end_kind(f) != EndKind::None || f == ";") return kNone;
      const char32_t c = first_cp(f);
      if (c != '\'' && c != U'’' && !is_open_punct(c) && !is_close_punct(c) && !is_edge_symbol(c) &&
          !is_dash(c) && ++words > kMaxLabelWords) {
        return kNone;
      }
    }
    return kNone;
  }

  static EndKind end_kind(std::string_view f) {
    if (f == "…") return EndKind::Terminal;
    bool all_terminal = true;
    for (char ch : f) all_terminal = all_terminal && (ch == '.' || ch == '!' || ch == '?');
    if (all_terminal) return EndKind::Terminal;
    return f.size() >= 2 && f.back() == '.' ? EndKind::Abbrev : EndKind::None;
  }

  /// Closing quotes/brackets written right after token i belong to its sentence.
  std::uint32_t absorb_closers(std::uint32_t i) const {
    while (i + 1 < n_ && doc_.tokens[i + 1].begin == doc_.tokens[i].end) {
      const std::string_view f = form(i + 1);
      std::uint32_t len = 0;
      const char32_t c = decode_at(f, 0, len);
      if (len != f.size() || !is_close_punct(c)) break;
      ++i;
    }
    return i;
  }

  bool gap_has_newline(std::uint32_t i) const {
    const std::uint32_t e = doc_.tokens[i + 1].begin;
    for (std::uint32_t k = doc_.tokens[i].end; k < e;) {
      std::uint32_t len = 0;
      if (is_newline(decode_at(text_, k, len))) return true;
      k += len;
    }
    return false;
  }

  /// One to three digits: the number of a list item ("2" of "2. The ...").
  static bool is_list_number(std::string_view f) {
    if (f.empty() || f.size() > 3) return false;
    for (char c : f)
      if (c < '0' || c > '9') return false;
    return true;
  }

  std::string_view form(std::uint32_t i) const {
    const Token& t = doc_.tokens[i];
    return text_.substr(t.begin, t.end - t.begin);
  }
  static char32_t first_cp(std::string_view f) {
    std::uint32_t len = 0;
    return f.empty() ? 0 : decode_at(f, 0, len);
  }

  Document& doc_;
  std::string_view text_;
  std::uint32_t n_;
};

}  // namespace

void split_sentences(Document& doc) { Splitter(doc).run(); }

}  // namespace ergraph::nlp::detail
