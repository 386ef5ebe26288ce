#include "extract/tagset.h"

#include <array>

namespace ergraph::extract {
namespace {
constexpr std::array<std::string_view, kUposCount> kUpos = {
    "_",    "ADJ",  "ADP",   "ADV",  "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM",  "PART", "PRON",  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

// Penn Treebank tags as used in UD English (EWT, GUM), plus "_" for untagged.
constexpr std::array<std::string_view, 52> kXpos = {
    "_",   "$",   "``",  "''",  ",",    "-LRB-", "-RRB-", ".",   ":",   "ADD", "AFX",
    "CC",  "CD",  "DT",  "EX",  "FW",   "GW",    "HYPH",  "IN",  "JJ",  "JJR", "JJS",
    "LS",  "MD",  "NFP", "NN",  "NNP",  "NNPS",  "NNS",   "PDT", "POS", "PRP", "PRP$",
    "RB",  "RBR", "RBS", "RP",  "SYM",  "TO",    "UH",    "VB",  "VBD", "VBG", "VBN",
    "VBP", "VBZ", "WDT", "WP",  "WP$",  "WRB",   "XX",    "#"};
}  // namespace

std::string_view to_string(Upos u) { return kUpos[static_cast<std::size_t>(u)]; }

std::optional<Upos> parse_upos(std::string_view s) {
  for (std::size_t i = 1; i < kUpos.size(); ++i)
    if (kUpos[i] == s) return static_cast<Upos>(i);
  return std::nullopt;
}

std::string_view xpos_name(Xpos x) { return x < kXpos.size() ? kXpos[x] : "_"; }

std::optional<Xpos> parse_xpos(std::string_view s) {
  for (std::size_t i = 1; i < kXpos.size(); ++i)
    if (kXpos[i] == s) return static_cast<Xpos>(i);
  return std::nullopt;
}

int xpos_count() { return static_cast<int>(kXpos.size()); }

}  // namespace ergraph::extract
