#include "nlp/tagset.h"

#include <array>

namespace ergraph::nlp {
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

// UD relations as used in English EWT and GUM (v2.16), plus older subtypes; "_" = unparsed.
constexpr std::array<std::string_view, 62> kDeprel = {
    "_",          "acl",         "acl:relcl",    "advcl",       "advcl:relcl", "advmod",
    "amod",       "appos",       "aux",          "aux:pass",    "case",        "cc",
    "cc:preconj", "ccomp",       "clf",          "compound",    "compound:prt", "conj",
    "cop",        "csubj",       "csubj:outer",  "csubj:pass",  "dep",         "det",
    "det:predet", "det:poss",    "discourse",    "dislocated",  "expl",        "fixed",
    "flat",       "flat:foreign", "goeswith",    "iobj",        "list",        "mark",
    "nmod",       "nmod:desc",   "nmod:npmod",   "nmod:poss",   "nmod:tmod",   "nmod:unmarked",
    "nsubj",      "nsubj:outer", "nsubj:pass",   "nummod",      "obj",         "obl",
    "obl:agent",  "obl:npmod",   "obl:tmod",     "obl:unmarked", "orphan",     "parataxis",
    "punct",      "reparandum",  "root",         "vocative",    "xcomp",       "advmod:emph",
    "expl:pv",    "obl:arg"};
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

std::string_view deprel_name(Deprel d) { return d < kDeprel.size() ? kDeprel[d] : "_"; }

std::optional<Deprel> parse_deprel(std::string_view s) {
  for (std::size_t i = 1; i < kDeprel.size(); ++i)
    if (kDeprel[i] == s) return static_cast<Deprel>(i);
  return std::nullopt;
}


}  // namespace ergraph::nlp
