#pragma once
/// @file parser_state.h
/// The arc-hybrid transition system (Kuhlmann et al. 2011) used by the dependency parser, its
/// features (after Zhang & Nivre 2011, adapted to arc-hybrid) and the dynamic oracle's costs
/// (Goldberg & Nivre 2013).
///
/// Nodes: 0 is the artificial root, 1..n are the sentence's tokens. The stack starts as [root],
/// the buffer as 1..n (always a contiguous range b0..n in arc-hybrid). Transitions:
///   SHIFT      push b0;
///   LEFT(l)    s0 <-l- b0, pop s0;
///   RIGHT(l)   s1 -l-> s0, pop s0.
/// The root gets exactly one dependent, labelled "root", by the last transition (RIGHT with
/// s1 = root is allowed only when the buffer is empty and the stack is [root, x]), so every
/// complete parse is a single-rooted projective tree.
///
/// One classifier (the move classifier) chooses SHIFT, or LEFT/RIGHT together with the arc's
/// relation: class 0 = SHIFT, 1 + 2l = LEFT with label l, 2 + 2l = RIGHT with label l (l indexes
/// the model's label table). The root's arc is always labelled "root", and no other arc is.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "nlp/document.h"
#include "nlp/perceptron.h"

namespace ergraph::nlp::detail {

/// Version of the feature templates below; recorded in the model and checked on load.
inline constexpr std::uint32_t kParserFeatureSet = 2;

enum class Move : std::uint8_t { Shift, Left, Right };

inline constexpr int kMoveCount = 3;
inline Move move_of(int m) { return static_cast<Move>(m); }

/// Number of move classes for `labels` relations.
inline constexpr int move_class_count(int labels) { return 1 + 2 * labels; }
inline Move class_move(int cls) { return cls == 0 ? Move::Shift : (cls % 2 == 1 ? Move::Left : Move::Right); }
/// Label index of an arc class (LEFT/RIGHT), -1 for SHIFT.
inline int class_label(int cls) { return cls == 0 ? -1 : (cls - 1) / 2; }
inline int arc_class(Move m, int label) { return m == Move::Shift ? 0 : 1 + 2 * label + (m == Move::Right); }

/// Per-token inputs of the features: word and tag hashes (node 0 = root).
struct ParserInput {
  std::vector<std::uint64_t> word;  ///< normalized form hash
  std::vector<std::uint64_t> tag;   ///< xpos hash
  std::vector<std::uint64_t> upos;  ///< upos hash
  std::vector<std::uint64_t> suffix;  ///< hash of the normalized form's last three bytes
  std::vector<std::int32_t> punct;    ///< punct[i] = PUNCT tokens among nodes 1..i
  int size() const { return static_cast<int>(word.size()) - 1; }  ///< tokens, without the root
};

/// Fills `in` for sentence `sent` of `doc` (lower-cased forms with digits as 0, xpos, upos).
void make_parser_input(const Document& doc, const Sentence& sent, ParserInput& in);

class ParseState {
 public:
  /// Starts a parse of `n` tokens.
  void reset(int n);
  bool done() const { return b0_ > n_ && stack_.size() == 1; }
  /// Whether move `m` can be applied now.
  bool valid(Move m) const;
  /// Whether move class `cls` (move + label) can be applied now: the label `root_label` exactly
  /// for the final RIGHT onto the root.
  bool valid_class(int cls, int root_label) const;
  /// The arc move `m` would make: {head, dependent} ({-1, -1} for SHIFT).
  std::pair<int, int> arc(Move m) const;
  /// Applies `m`; `label` is the arc's label index (ignored for SHIFT).
  void apply(Move m, int label);
  /// Move features of the current state for `in` (clears `out` first).
  void features(const ParserInput& in, std::vector<FeatureKey>& out) const;
  /// Dynamic-oracle cost of move `m` (gold arcs it makes unreachable) given the gold head of
  /// every node (node indices, 0 = root; entry 0 unused).
  int cost(Move m, std::span<const int> gold_head) const;
  int s0() const { return s(0); }
  int s1() const { return s(1); }
  int b0() const { return b(0); }
  int head(int node) const { return head_[static_cast<std::size_t>(node)]; }
  int label(int node) const { return label_[static_cast<std::size_t>(node)]; }

 private:
  int s(std::size_t i) const { return stack_.size() > i ? stack_[stack_.size() - 1 - i] : -1; }
  int b(int i) const { return b0_ + i <= n_ ? b0_ + i : -1; }
  void attach(int head, int dep, int label);
  int deps_in_buffer(int node, std::span<const int> gold_head) const;

  int n_ = 0;
  int b0_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, label_;            // per node; -1 = none
  std::vector<int> l1_, l2_, r1_, r2_;       // leftmost, second leftmost, rightmost, second rightmost child
  std::vector<std::uint8_t> lval_, rval_;    // number of left / right children
  std::vector<std::uint64_t> lset_, rset_;   // label sets of left / right children (bit per label, mod 64)
};

}  // namespace ergraph::nlp::detail
