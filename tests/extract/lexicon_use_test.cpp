// The shipped word lists (models/lexicon/) and the rules that read them: no list is missing and
// none is dead.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "entities/coreference.h"
#include "entities/mentions.h"
#include "extract/clauses.h"
#include "extract/detail/word_lists.h"
#include "nlp/lexicon.h"
#include "support/test_support.h"

TEST_CASE("lexicon: every shipped list is read by a rule, and every list a rule reads is shipped", "[lexicon]") {
  const auto lex = ergraph::nlp::Lexicon::load(ergraph::test::source_dir() / "models" / "lexicon");
  std::set<std::string> read;
  for (auto n : ergraph::entities::MentionFinder::kLists) read.emplace(n);
  for (auto n : ergraph::entities::CoreferenceResolver::kLists) read.emplace(n);
  for (auto n : ergraph::extract::ClauseWords::kLists) read.emplace(n);
  for (auto n : ergraph::extract::detail::ExtractorWords::kLists) read.emplace(n);
  const auto shipped = lex.names();
  CHECK(std::set<std::string>(shipped.begin(), shipped.end()) == read);
}

TEST_CASE("lexicon: the pattern extractor's complement verbs are the report and belief verbs without an object", "[lexicon]") {
  const auto lex = ergraph::nlp::Lexicon::load(ergraph::test::source_dir() / "models" / "lexicon");
  const auto w = ergraph::extract::detail::ExtractorWords::from(lex);
  CHECK(w.complement_verbs.contains("say"));      // report verb
  CHECK(w.complement_verbs.contains("believe"));  // belief verb
  CHECK_FALSE(w.complement_verbs.contains("tell"));  // "told Putin": an object
  CHECK_FALSE(w.complement_verbs.contains("warn"));
  CHECK_FALSE(w.complement_verbs.contains("sell"));
  CHECK(w.role_nouns.contains("member"));     // role_nouns
  CHECK(w.role_nouns.contains("spokesman"));  // title_nouns count as roles
  CHECK(w.role_nouns.contains("researcher"));  // and occupation_nouns ("a researcher at Y")
}
