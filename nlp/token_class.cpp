#include "nlp/token_class.h"

#include <algorithm>
#include <initializer_list>

namespace ergraph::nlp {

namespace pos {
bool has_xpos(const Token& t, std::initializer_list<std::string_view> tags) {
  const std::string_view name = xpos_name(t.xpos);
  return std::find(tags.begin(), tags.end(), name) != tags.end();
}

bool is_proper(const Token& t) {
  return has_xpos(t, {"NNP", "NNPS"}) || (t.xpos == 0 && t.upos == Upos::PROPN);
}
bool is_noun(const Token& t) {
  return has_xpos(t, {"NN", "NNS", "NNP", "NNPS"}) || t.upos == Upos::NOUN || t.upos == Upos::PROPN;
}
bool is_verb(const Token& t) {
  return t.upos == Upos::VERB || t.upos == Upos::AUX ||
         has_xpos(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"});
}
bool is_aux(const Token& t) { return t.upos == Upos::AUX || has_xpos(t, {"MD"}); }
bool is_adverb(const Token& t) {
  return has_xpos(t, {"RB", "RBR", "RBS", "WRB"}) || (t.xpos == 0 && t.upos == Upos::ADV);
}
bool is_adjective(const Token& t) {
  return has_xpos(t, {"JJ", "JJR", "JJS"}) || (t.xpos == 0 && t.upos == Upos::ADJ);
}
bool is_determiner(const Token& t) {
  return has_xpos(t, {"DT", "PDT", "PRP$", "WP$"}) || (t.xpos == 0 && t.upos == Upos::DET);
}
bool is_punct(const Token& t) {
  return t.upos == Upos::PUNCT || has_xpos(t, {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"});
}
bool is_quote(std::string_view f) {
  return f == "\"" || f == "'" || f == "``" || f == "''" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D" ||
         f == "\xE2\x80\x98" || f == "\xE2\x80\x99";
}
}  // namespace pos

}  // namespace ergraph::nlp
