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
/// Two classifiers. The move classifier chooses SHIFT, or LEFT/RIGHT with a coarse relation group
/// (relation_group(): subject, complement, ... 12 groups): class 0 = SHIFT, 1 + 2g = LEFT with
/// group g, 2 + 2g = RIGHT with group g. When a move makes an arc, the label classifier chooses its
/// relation among the group's (label_features()). The root's arc is always labelled "root"
/// (group kRootGroup), and no other arc is.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/perceptron.h"

namespace ergraph::extract::detail {

/// Version of the feature templates below; recorded in the model and checked on load.
inline constexpr std::uint32_t kParserFeatureSet = 1;

enum class Move : std::uint8_t { Shift, Left, Right };

inline constexpr int kMoveCount = 3;
inline Move move_of(int m) { return static_cast<Move>(m); }

inline constexpr int kGroupCount = 12;
inline constexpr int kRootGroup = 11;
inline constexpr int kMoveClassCount = 1 + 2 * kGroupCount;
/// Coarse group (0..kGroupCount-1) of a relation; "root" is kRootGroup.
int relation_group(Deprel d);
inline Move class_move(int cls) { return cls == 0 ? Move::Shift : (cls % 2 == 1 ? Move::Left : Move::Right); }
inline int class_group(int cls) { return (cls - 1) / 2; }

/// Per-token inputs of the features: word and tag hashes (node 0 = root).
struct ParserInput {
  std::vector<std::uint64_t> word;  ///< normalized form hash
  std::vector<std::uint64_t> tag;   ///< xpos hash
  std::vector<std::uint64_t> upos;  ///< upos hash
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
  /// Whether move class `cls` (move + group) can be applied now: the root group exactly for the
  /// final RIGHT onto the root.
  bool valid_class(int cls) const;
  /// The arc move `m` would make: {head, dependent} ({-1, -1} for SHIFT).
  std::pair<int, int> arc(Move m) const;
  /// Applies `m`; `label` is the arc's label index (ignored for SHIFT).
  void apply(Move m, int label);
  /// Move features of the current state for `in` (clears `out` first).
  void features(const ParserInput& in, std::vector<FeatureKey>& out) const;
  /// Label features of the arc head -> dep in the current state (clears `out` first).
  void label_features(const ParserInput& in, int head, int dep, std::vector<FeatureKey>& out) const;
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

/// The highest-scoring label other than "root" within `group` (ties: the lower index); if the
/// group has no label (or `group` < 0), the highest-scoring label other than "root". Shared by
/// the parser and its trainer so both pick labels the same way.
template <class Score>
int best_label_in_group(std::span<const Score> scores, const std::vector<int>& groups, int group, int root_label) {
  int best = -1, any = -1;
  for (int c = 0; c < static_cast<int>(scores.size()); ++c) {
    if (c == root_label) continue;
    const auto i = static_cast<std::size_t>(c);
    if (any < 0 || scores[i] > scores[static_cast<std::size_t>(any)]) any = c;
    if (groups[i] == group && (best < 0 || scores[i] > scores[static_cast<std::size_t>(best)])) best = c;
  }
  return best >= 0 ? best : any;
}

}  // namespace ergraph::extract::detail
