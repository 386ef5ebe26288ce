#include "nlp/token_class.h"

#include <algorithm>
#include <initializer_list>

namespace ergraph::nlp {

namespace pos {
namespace {
bool xpos_in(const Token& t, std::initializer_list<std::string_view> tags) {
  const std::string_view name = xpos_name(t.xpos);
  return std::find(tags.begin(), tags.end(), name) != tags.end();
}
}  // namespace

bool is_proper(const Token& t) {
  return xpos_in(t, {"NNP", "NNPS"}) || (t.xpos == 0 && t.upos == Upos::PROPN);
}
bool is_noun(const Token& t) {
  return xpos_in(t, {"NN", "NNS", "NNP", "NNPS"}) || t.upos == Upos::NOUN || t.upos == Upos::PROPN;
}
bool is_verb(const Token& t) {
  return t.upos == Upos::VERB || t.upos == Upos::AUX ||
         xpos_in(t, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"});
}
bool is_aux(const Token& t) { return t.upos == Upos::AUX || xpos_in(t, {"MD"}); }
bool is_adverb(const Token& t) {
  return xpos_in(t, {"RB", "RBR", "RBS", "WRB"}) || (t.xpos == 0 && t.upos == Upos::ADV);
}
bool is_adjective(const Token& t) {
  return xpos_in(t, {"JJ", "JJR", "JJS"}) || (t.xpos == 0 && t.upos == Upos::ADJ);
}
bool is_determiner(const Token& t) {
  return xpos_in(t, {"DT", "PDT", "PRP$", "WP$"}) || (t.xpos == 0 && t.upos == Upos::DET);
}
bool is_punct(const Token& t) {
  return t.upos == Upos::PUNCT || xpos_in(t, {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"});
}
bool is_quote(std::string_view f) {
  return f == "\"" || f == "'" || f == "``" || f == "''" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D" ||
         f == "\xE2\x80\x98" || f == "\xE2\x80\x99";
}
}  // namespace pos

}  // namespace ergraph::nlp
