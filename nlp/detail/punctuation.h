#pragma once
/// @file punctuation.h
/// Re-attaches punctuation after parsing, by the rule Universal Dependencies treebanks are
/// normalized with (after Udapi's `ud.FixPunct`): punctuation has no dependents; a pair of
/// brackets or quotes attaches to the one head of what it encloses; any other punctuation mark
/// attaches to the lower of two candidates, found by climbing from its nearest non-punctuation
/// neighbours on the left and on the right for as long as the tree stays projective (sentence-final
/// marks only look left). The parser's own choice for a punctuation token depends on arcs it has
/// not built yet; the rule reads the finished tree of the words.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace ergraph::nlp::detail {

/// One sentence: `head[i]` is token i's head (sentence-relative, -1 = root), `punct[i]` whether
/// token i is punctuation, `form[i]` its text. Changes the heads of punctuation tokens (and of
/// tokens attached to punctuation); the root token keeps head -1 and no cycle is made.
void attach_punctuation(std::span<int> head, std::span<const std::uint8_t> punct,
                        std::span<const std::string_view> form);

}  // namespace ergraph::nlp::detail
