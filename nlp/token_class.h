#pragma once
/// @file token_class.h
/// Token classes read off the tags, shared by the mention and relation rules: Penn Treebank XPOS
/// first, UPOS as the fallback for tokens without one.
/// Thread safety: pure functions.
#include <initializer_list>
#include <string_view>

#include "nlp/document.h"

namespace ergraph::nlp {

namespace pos {
bool has_xpos(const Token& t, std::initializer_list<std::string_view> tags);  ///< its Penn tag is one of `tags`
bool is_proper(const Token& t);        ///< NNP, NNPS
bool is_noun(const Token& t);          ///< NN, NNS, NNP, NNPS
bool is_verb(const Token& t);          ///< any verb or auxiliary or modal
bool is_aux(const Token& t);           ///< UPOS AUX or MD
bool is_adverb(const Token& t);        ///< RB, RBR, RBS, WRB
bool is_adjective(const Token& t);     ///< JJ, JJR, JJS
bool is_determiner(const Token& t);    ///< DT, PDT, PRP$, WP$
bool is_punct(const Token& t);         ///< punctuation (UPOS PUNCT or a punctuation tag)
bool is_quote(std::string_view form);  ///< straight or curly quote marks
}  // namespace pos

}  // namespace ergraph::nlp
