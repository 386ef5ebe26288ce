#pragma once
// The stages the coreference tests (here and tests/train/coreference_eval_test.cpp) run: the
// shipped tagger, lemmatizer, parser, mention finder and resolver of the source tree's models/.
#include <memory>

#include "entities/coreference.h"
#include "entities/mentions.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "support/test_support.h"

namespace ergraph::test {

struct CorefStages {
  std::unique_ptr<nlp::Tagger> tagger;
  std::unique_ptr<nlp::Lemmatizer> lemmatizer;
  std::unique_ptr<nlp::Parser> parser;
  entities::MentionFinder finder;
  entities::CoreferenceResolver resolver;
};

/// Loads the shipped stages; `mentions` configures the mention finder (e.g. its text domain).
inline CorefStages load_coref_stages(entities::MentionOptions mentions = {}) {
  const auto dir = source_dir() / "models";
  return CorefStages{nlp::Tagger::load(dir / "tagger.model"), nlp::Lemmatizer::load(dir / "lemmas.tsv"),
                     nlp::Parser::load(dir / "parser.model"), entities::MentionFinder::load(dir, mentions),
                     entities::CoreferenceResolver::load(dir)};
}

}  // namespace ergraph::test
