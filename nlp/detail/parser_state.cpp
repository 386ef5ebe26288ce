#include "nlp/detail/parser_state.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text.h"

// Key mixing is compiled twice on x86-64 (AVX-512 and baseline), the copy chosen at load time.
#if defined(__x86_64__)
#define ERGRAPH_KEY_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))
#else
#define ERGRAPH_KEY_CLONES
#endif

namespace ergraph::nlp::detail {
namespace {

constexpr std::uint64_t kNone = 0x6a09e667f3bcc908ull;  // value of a missing position
constexpr std::uint64_t kNoLabel = 0xbb67ae8584caa73bull;

constexpr std::uint64_t cat(std::uint64_t a, std::uint64_t b) { return mix64(a * 0x9e3779b97f4a7c15ull ^ b); }
constexpr std::uint64_t cat(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return cat(cat(a, b), c); }

/// The parser's feature key for template `t` and values `a`, `b`: one mix (cheaper than
/// feature_key(), which the tagger keeps using).
inline FeatureKey key(std::uint32_t t, std::uint64_t a, std::uint64_t b) {
  const std::uint64_t h = mix64(a * 0x9e3779b97f4a7c15ull + b * 0xff51afd7ed558ccdull + (t + 1ull) * 0xc4ceb9fe1a85ec53ull);
  return h != 0 ? h : 1;
}

/// out[t] = key(t, a[t], b[t]) for t < n. A separate loop over arrays, so that where the CPU
/// has 64-bit vector multiplies (AVX-512DQ, chosen at run time) eight keys are mixed at once.
/// Same keys on every path.
ERGRAPH_KEY_CLONES void make_keys(const std::uint64_t* a, const std::uint64_t* b, std::size_t n, FeatureKey* out) {
  for (std::size_t t = 0; t < n; ++t) out[t] = key(static_cast<std::uint32_t>(t), a[t], b[t]);
}

/// Distance buckets 1, 2, 3, 4, 5-6, 7-9, 10+ (0 = a position is missing).
std::uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int d = std::abs(b - a);
  if (d <= 4) return static_cast<std::uint64_t>(d);
  return d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

}  // namespace

void make_parser_input(const Document& doc, const Sentence& sent, ParserInput& in) {
  const std::size_t n = sent.size() + 1;
  in.word.resize(n);
  in.tag.resize(n);
  in.upos.resize(n);
  in.suffix.resize(n);
  in.punct.resize(n);
  in.suffix[0] = 0x1f83d9abfb41bd6bull;
  in.punct[0] = 0;
  in.word[0] = 0x3c6ef372fe94f82bull;  // the root
  in.tag[0] = 0xa54ff53a5f1d36f1ull;
  in.upos[0] = 0x510e527fade682d1ull;
  std::string norm;
  for (std::size_t i = 1; i < n; ++i) {
    const Token& t = doc.tokens[sent.first + i - 1];
    norm.assign(doc.form(t));
    for (char& c : norm) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      else if (c >= '0' && c <= '9') c = '0';
    }
    in.word[i] = core::fnv1a64(norm);
    in.suffix[i] = core::fnv1a64(std::string_view(norm).substr(norm.size() > 3 ? norm.size() - 3 : 0), 0x5be0cd19137e2179ull);
    in.punct[i] = in.punct[i - 1] + (t.upos == Upos::PUNCT);
    in.tag[i] = mix64(0x100u + t.xpos);
    in.upos[i] = mix64(0x200u + static_cast<std::uint64_t>(t.upos));
  }
}

void ParseState::reset(int n) {
  n_ = n;
  b0_ = 1;
  stack_.assign(1, 0);
  const auto size = static_cast<std::size_t>(n) + 1;
  for (auto* v : {&head_, &label_, &l1_, &l2_, &r1_, &r2_}) v->assign(size, -1);
  lval_.assign(size, 0);
  rval_.assign(size, 0);
  lset_.assign(size, 0);
  rset_.assign(size, 0);
}

bool ParseState::valid(Move m) const {
  switch (m) {
    case Move::Shift: return b0_ <= n_;
    case Move::Left: return stack_.size() >= 2 && b0_ <= n_;
    case Move::Right: return stack_.size() >= 2 && (s(1) != 0 || (b0_ > n_ && stack_.size() == 2));
  }
  return false;
}

bool ParseState::valid_class(int cls, int root_label) const {
  const Move m = class_move(cls);
  if (!valid(m)) return false;
  if (m == Move::Shift) return true;
  const bool to_root = m == Move::Right && s(1) == 0;
  return to_root == (class_label(cls) == root_label);
}

std::pair<int, int> ParseState::arc(Move m) const {
  switch (m) {
    case Move::Shift: break;
    case Move::Left: return {b0_, s(0)};
    case Move::Right: return {s(1), s(0)};
  }
  return {-1, -1};
}

void ParseState::attach(int head, int dep, int label) {
  const auto h = static_cast<std::size_t>(head), d = static_cast<std::size_t>(dep);
  head_[d] = head;
  label_[d] = label;
  const std::uint64_t bit = std::uint64_t{1} << (label & 63);
  if (dep < head) {
    if (l1_[h] < 0 || dep < l1_[h]) {
      l2_[h] = l1_[h];
      l1_[h] = dep;
    } else if (l2_[h] < 0 || dep < l2_[h]) {
      l2_[h] = dep;
    }
    ++lval_[h];
    lset_[h] |= bit;
  } else {
    if (r1_[h] < 0 || dep > r1_[h]) {
      r2_[h] = r1_[h];
      r1_[h] = dep;
    } else if (r2_[h] < 0 || dep > r2_[h]) {
      r2_[h] = dep;
    }
    ++rval_[h];
    rset_[h] |= bit;
  }
}

void ParseState::apply(Move m, int label) {
  if (m == Move::Shift) {
    stack_.push_back(b0_++);
    return;
  }
  const auto [h, d] = arc(m);
  attach(h, d, label);
  stack_.pop_back();
}

int ParseState::deps_in_buffer(int node, std::span<const int> gold_head) const {
  int c = 0;
  for (int i = b0_; i <= n_; ++i) c += gold_head[static_cast<std::size_t>(i)] == node;
  return c;
}

int ParseState::cost(Move m, std::span<const int> gold_head) const {
  const auto gh = [&](int node) { return gold_head[static_cast<std::size_t>(node)]; };
  const int s0 = s(0), s1 = s(1);
  switch (m) {
    case Move::Shift: {
      int c = 0;
      for (std::size_t i = 0; i < stack_.size(); ++i) {
        const int x = stack_[i];
        if (x != 0 && gh(x) == b0_) ++c;                       // b0 loses its dependents on the stack
        if (i + 1 < stack_.size() && gh(b0_) == x) ++c;        // and its head below s0
      }
      return c;
    }
    case Move::Left: {
      const int h = gh(s0);
      return deps_in_buffer(s0, gold_head) + (h != b0_ && (h == s1 || h > b0_));
    }
    case Move::Right: return deps_in_buffer(s0, gold_head) + (gh(s0) >= b0_);
  }
  return 0;
}

namespace {
std::uint64_t at(const std::vector<std::uint64_t>& v, int i) { return i < 0 ? kNone : v[static_cast<std::size_t>(i)]; }
}  // namespace

void ParseState::features(const ParserInput& in, std::vector<FeatureKey>& out) const {
  constexpr std::size_t kMaxFeatures = 160;  // more than the templates below
  if (out.size() < kMaxFeatures) out.resize(kMaxFeatures);
  std::uint64_t va[kMaxFeatures], vb[kMaxFeatures];  // the values of each template
  const auto idx = [](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<std::size_t>(i)]; };
  const int s0 = s(0), s1 = s(1), s2 = s(2), b0 = b(0), b1 = b(1), b2 = b(2);
  const int s0l1 = idx(l1_, s0), s0l2 = idx(l2_, s0), s0r1 = idx(r1_, s0), s0r2 = idx(r2_, s0);
  const int s1l1 = idx(l1_, s1), s1r1 = idx(r1_, s1), s1r2 = idx(r2_, s1);
  const int b0l1 = idx(l1_, b0), b0l2 = idx(l2_, b0);
  const auto W = [&](int i) { return at(in.word, i); };
  const auto P = [&](int i) { return at(in.tag, i); };
  const auto U = [&](int i) { return at(in.upos, i); };
  const auto L = [&](int i) {
    return i < 0 || label_[static_cast<std::size_t>(i)] < 0 ? kNoLabel
                                                           : static_cast<std::uint64_t>(label_[static_cast<std::size_t>(i)]);
  };
  const auto V = [&](const std::vector<std::uint8_t>& v, int i) {
    return i < 0 ? std::uint64_t{255} : std::uint64_t{std::min<std::uint8_t>(v[static_cast<std::size_t>(i)], 6)};
  };
  const auto S = [&](const std::vector<std::uint64_t>& v, int i) { return i < 0 ? kNone : v[static_cast<std::size_t>(i)]; };
  std::uint32_t t = 0;
  const auto add = [&](std::uint64_t a, std::uint64_t b_ = 0) {
    va[t] = a;
    vb[t++] = b_;
  };

  add(1);  // bias
  // single positions
  for (int i : {s0, b0, b1, s1}) add(W(i)), add(P(i)), add(W(i), P(i)), add(U(i));
  add(W(b2)), add(P(b2)), add(W(s2)), add(P(s2));
  // pairs
  add(cat(W(s0), P(s0)), cat(W(b0), P(b0)));
  add(cat(W(s0), P(s0)), W(b0));
  add(W(s0), cat(W(b0), P(b0)));
  add(cat(W(s0), P(s0)), P(b0));
  add(P(s0), cat(W(b0), P(b0)));
  add(W(s0), W(b0));
  add(P(s0), P(b0));
  add(P(b0), P(b1));
  add(cat(W(s1), P(s1)), cat(W(s0), P(s0)));
  add(W(s1), W(s0));
  add(P(s1), P(s0));
  add(cat(W(s1), P(s1)), P(s0));
  add(P(s1), cat(W(s0), P(s0)));
  add(P(s1), P(b0));
  add(W(s1), W(b0));
  add(U(s1), U(s0)), add(U(s0), U(b0));
  // triples
  add(cat(P(b0), P(b1)), P(b2));
  add(cat(P(s0), P(b0)), P(b1));
  add(cat(P(s1), P(s0)), P(b0));
  add(cat(P(s2), P(s1)), P(s0));
  add(cat(P(s0), P(s0l1)), P(b0));
  add(cat(P(s0), P(s0r1)), P(b0));
  add(cat(P(s0), P(b0)), P(b0l1));
  add(cat(P(s1), P(s1r1)), P(s0));
  add(cat(P(s1), P(s1l1)), P(s0));
  add(cat(P(s1), P(s0)), P(s0l1));
  add(cat(P(s1), P(s0)), P(s0r1));
  add(cat(W(s1), P(s0)), P(b0));
  add(cat(P(s1), W(s0)), P(b0));
  add(cat(P(s1), P(s0)), W(b0));
  // distance
  const std::uint64_t d = distance_bucket(s0, b0), d2 = distance_bucket(s1, s0);
  add(W(s0), d), add(P(s0), d), add(W(b0), d), add(P(b0), d);
  add(cat(W(s0), W(b0)), d), add(cat(P(s0), P(b0)), d);
  add(cat(P(s1), P(s0)), d2), add(cat(W(s1), W(s0)), d2), add(cat(P(s1), P(s0), P(b0)), d2 * 8 + d);
  // valency
  add(W(s0), V(rval_, s0)), add(P(s0), V(rval_, s0)), add(W(s0), V(lval_, s0)), add(P(s0), V(lval_, s0));
  add(W(b0), V(lval_, b0)), add(P(b0), V(lval_, b0));
  add(W(s1), V(rval_, s1)), add(P(s1), V(rval_, s1)), add(P(s1), V(lval_, s1));
  // children
  for (int i : {s0l1, s0r1, b0l1, s1r1, s0l2, s0r2, b0l2}) add(W(i)), add(P(i)), add(L(i));
  add(P(s1l1)), add(L(s1l1)), add(P(s1r2)), add(L(s1r2));
  add(cat(P(s0), P(s0l1)), P(s0l2));
  add(cat(P(s0), P(s0r1)), P(s0r2));
  add(cat(P(b0), P(b0l1)), P(b0l2));
  add(cat(P(s1), P(s1r1)), P(s1r2));
  add(cat(P(s0), L(s0l1)), L(s0r1));
  add(cat(P(s0), L(s0l1)), L(s0l2));
  add(cat(P(s0), L(s0r1)), L(s0r2));
  add(cat(P(b0), L(b0l1)), L(b0l2));
  add(cat(P(s1), L(s1r1)), P(s0));
  // label sets
  add(W(s0), S(rset_, s0)), add(P(s0), S(rset_, s0)), add(W(s0), S(lset_, s0)), add(P(s0), S(lset_, s0));
  add(W(b0), S(lset_, b0)), add(P(b0), S(lset_, b0));
  add(P(s1), S(rset_, s1)), add(P(s1), S(lset_, s1));
  // suffixes, punctuation between s0 and b0
  const auto X = [&](int i) { return at(in.suffix, i); };
  add(X(s0), P(s0)), add(X(b0), P(b0)), add(cat(X(s0), P(b0)), X(b0));
  const std::uint64_t pb =
      s0 < 0 || b0 < 0 ? 9 : static_cast<std::uint64_t>(std::min(in.punct[b0 - 1] - in.punct[s0], 3));
  add(cat(P(s0), P(b0)), pb), add(cat(P(s1), P(s0)), pb * 8 + d);
  make_keys(va, vb, t, out.data());
  out.resize(t);
}

}  // namespace ergraph::nlp::detail
