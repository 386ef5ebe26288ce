#pragma once
/// @file tagset.h
/// The fixed tag inventories: Universal POS (17 tags) and Penn Treebank XPOS as used by
/// UD English EWT and GUM. Tags are stored in tokens as small integers.
#include <cstdint>
#include <optional>
#include <string_view>

namespace ergraph::nlp {

enum class Upos : std::uint8_t {
  None = 0,  // not tagged yet
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
};
inline constexpr int kUposCount = 18;  // including None

std::string_view to_string(Upos u);
std::optional<Upos> parse_upos(std::string_view s);

/// XPOS: index into xpos_names(); 0 is "not tagged". Unknown tags in data map to "XX".
using Xpos = std::uint8_t;
std::string_view xpos_name(Xpos x);
std::optional<Xpos> parse_xpos(std::string_view s);
int xpos_count();

/// Dependency relation: index into the UD relation table (basic relations with the subtypes of
/// UD English EWT/GUM, e.g. nsubj:pass, obl:tmod, nmod:poss, compound:prt); 0 is "not parsed".
/// Unknown relations in data map to "dep". At most 64 entries (parser label sets are bit masks).
using Deprel = std::uint8_t;
std::string_view deprel_name(Deprel d);
std::optional<Deprel> parse_deprel(std::string_view s);

}  // namespace ergraph::nlp
