#include "extract/detail/word_lists.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace ergraph::extract::detail {
namespace {

nlp::WordList joined(const nlp::WordList& a, const nlp::WordList& b, std::string purpose) {
  std::vector<std::string> words;
  std::set_union(a.words().begin(), a.words().end(), b.words().begin(), b.words().end(), std::back_inserter(words));
  return nlp::WordList(std::move(purpose), std::move(words));
}

nlp::WordList without(const nlp::WordList& a, const nlp::WordList& b, std::string purpose) {
  std::vector<std::string> words;
  std::set_difference(a.words().begin(), a.words().end(), b.words().begin(), b.words().end(),
                      std::back_inserter(words));
  return nlp::WordList(std::move(purpose), std::move(words));
}

}  // namespace

ExtractorWords ExtractorWords::from(const nlp::Lexicon& lex) {
  ExtractorWords w;
  w.modal_verbs = lex.get("modal_verbs");
  w.gerund_object_verbs = lex.get("gerund_object_verbs");
  w.reciprocal_nouns = lex.get("reciprocal_nouns");
  w.reciprocal_verbs = lex.get("reciprocal_verbs");
  w.relation_nouns = lex.get("relation_nouns");
  w.prepositions = lex.get("prepositions");
  w.place_prepositions = lex.get("place_prepositions");
  w.role_nouns = joined(joined(lex.get("role_nouns"), lex.get("title_nouns"), ""), lex.get("occupation_nouns"),
                        "roles in an apposition");
  w.complement_verbs = without(joined(lex.get("report_verbs"), lex.get("belief_verbs"), ""),
                               lex.get("object_report_verbs"), "verbs whose bare object starts a clause");
  w.craft_nouns = lex.get("craft_nouns");
  w.organization_nouns = lex.get("organization_nouns");
  w.authoring_verbs = lex.get("authoring_verbs");
  w.time_nouns = lex.get("time_nouns");
  return w;
}

bool ExtractorWords::role(std::string_view w) const {
  if (role_nouns.contains(w)) return true;
  return w.ends_with("ologist") || w.ends_with("ician") || w.ends_with("ographer") ||
         (w.size() >= 7 && w.ends_with("ist") && !w.ends_with("list"));
}

}  // namespace ergraph::extract::detail
