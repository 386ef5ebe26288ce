#include "nlp/detail/punctuation.h"

#include <algorithm>

namespace ergraph::nlp::detail {
namespace {

/// The closing mark of an opening bracket or quote ("" if `f` opens nothing).
std::string_view closing_of(std::string_view f) {
  if (f == "(") return ")";
  if (f == "[") return "]";
  if (f == "{") return "}";
  if (f == "\"") return "\"";
  if (f == "``") return "''";
  if (f == "'") return "'";
  if (f == "\xE2\x80\x98") return "\xE2\x80\x99";  // ‘ ’
  if (f == "\xE2\x80\x9C") return "\xE2\x80\x9D";  // “ ”
  return {};
}

bool sentence_final(std::string_view f) { return f == "." || f == "?" || f == "!"; }

/// Whether `a` is `b` or lies below it.
bool within(std::span<const int> head, int a, int b) {
  for (std::size_t steps = 0; a >= 0 && steps <= head.size(); ++steps, a = head[static_cast<std::size_t>(a)])
    if (a == b) return true;
  return false;
}

}  // namespace

void attach_punctuation(std::span<int> head, std::span<const std::uint8_t> punct,
                        std::span<const std::string_view> form) {
  const int n = static_cast<int>(head.size());
  const auto H = [&](int i) -> int& { return head[static_cast<std::size_t>(i)]; };
  const auto P = [&](int i) { return punct[static_cast<std::size_t>(i)] != 0; };
  // 1. Punctuation has no dependents: a token attached to a punctuation mark climbs past it.
  for (int i = 0; i < n; ++i)
    for (int steps = 0; H(i) >= 0 && P(H(i)) && H(H(i)) >= 0 && steps < n; ++steps) H(i) = H(H(i));

  // Which punctuation this pass may move: not the root, not a mark that still has dependents.
  std::vector<std::uint8_t> movable(static_cast<std::size_t>(n), 0), paired(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) movable[static_cast<std::size_t>(i)] = P(i) && H(i) >= 0;
  for (int i = 0; i < n; ++i)
    if (H(i) >= 0 && P(H(i))) movable[static_cast<std::size_t>(H(i))] = 0;

  // Subtree spans of the words (punctuation still to be placed left out).
  std::vector<int> lo(static_cast<std::size_t>(n)), hi(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) lo[static_cast<std::size_t>(i)] = hi[static_cast<std::size_t>(i)] = i;
  const auto spread = [&](int i) {
    for (int a = H(i), steps = 0; a >= 0 && steps < n; a = H(a), ++steps) {
      lo[static_cast<std::size_t>(a)] = std::min(lo[static_cast<std::size_t>(a)], i);
      hi[static_cast<std::size_t>(a)] = std::max(hi[static_cast<std::size_t>(a)], i);
    }
  };

  // 2. Brackets and quotes: both marks of a pair go to the one head of what they enclose.
  for (int i = 0; i < n; ++i) {
    if (!movable[static_cast<std::size_t>(i)] || paired[static_cast<std::size_t>(i)]) continue;
    const std::string_view close = closing_of(form[static_cast<std::size_t>(i)]);
    if (close.empty()) continue;
    int j = -1;
    for (int k = i + 1; k < n; ++k) {
      if (!P(k)) continue;
      if (form[static_cast<std::size_t>(k)] == close && movable[static_cast<std::size_t>(k)] &&
          !paired[static_cast<std::size_t>(k)]) {
        j = k;
        break;
      }
      if (form[static_cast<std::size_t>(k)] == form[static_cast<std::size_t>(i)]) break;  // nested: give up
    }
    if (j < 0) continue;
    int inner_head = -1, heads = 0;
    for (int k = i + 1; k < j; ++k)
      if (!P(k) && (H(k) < i || H(k) > j)) ++heads, inner_head = k;
    if (heads != 1) continue;
    paired[static_cast<std::size_t>(i)] = paired[static_cast<std::size_t>(j)] = 1;
    H(i) = H(j) = inner_head;
  }
  for (int i = 0; i < n; ++i)
    if (!P(i) || paired[static_cast<std::size_t>(i)] || !movable[static_cast<std::size_t>(i)]) spread(i);

  // 3. Every other mark: the lower of the candidates climbed from its left and right neighbours.
  for (int i = 0; i < n; ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (!movable[u] || paired[u]) continue;
    int l = i - 1, r = sentence_final(form[u]) ? n : i + 1;
    while (l >= 0 && P(l)) {
      if (paired[static_cast<std::size_t>(l)] && H(l) > l) {  // an opening mark of another pair
        l = -1;
        break;
      }
      --l;
    }
    while (r < n && P(r)) {
      if (paired[static_cast<std::size_t>(r)] && H(r) < r) {  // a closing mark of another pair
        r = n;
        break;
      }
      ++r;
    }
    if (l >= 0)
      while (H(l) >= 0 && H(l) < i && hi[static_cast<std::size_t>(l)] < i) l = H(l);
    if (r < n)
      while (H(r) > i && lo[static_cast<std::size_t>(r)] > i) r = H(r);
    int to;
    if (l < 0 && r >= n) continue;
    if (l < 0) to = r;
    else if (r >= n) to = l;
    else if (within(head, r, l)) to = r;
    else to = l;
    H(i) = to;
    spread(i);
  }
}

}  // namespace ergraph::nlp::detail
