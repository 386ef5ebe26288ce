// Accuracy gates of the shipped models (models/*.model) on held-out UD English EWT dev data from
// ../shared/data. The models are part of the repository: a missing or broken model fails. The dev
// data is not: without it the gate is skipped (ctest) or, with CI=true, fails.
#include <catch2/catch.hpp>

#include <filesystem>

#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::nlp;
namespace fs = std::filesystem;

TEST_CASE("tagger: the shipped model reaches 95% UPOS on EWT dev", "[tagger][slow]") {
  const fs::path dev = test::shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  const fs::path model = test::source_dir() / "models" / "tagger.model";
  test::Prerequisites("tagger accuracy gate (EWT dev)").file(dev).require();
  const auto tagger = Tagger::load(model);
  const TaggerScore s = evaluate_tagger(*tagger, read_conllu(dev));
  CHECK(s.tokens == 25147);
  CHECK(s.upos() >= 95.0);
  CHECK(s.xpos() >= 94.0);
}

// The goal is UAS >= 86 / LAS >= 83; the shipped model's figures (86.22 / 83.12) are in
// models/PARSER.md. This guards the goal itself. The same pass checks the lemma
// accuracy that `ergraph eval parser` prints (predicted tags, models/lemmas.tsv; goal >= 97%).
TEST_CASE("parser: the shipped model reaches UAS 86 / LAS 83 (the issue's target) on EWT dev with predicted tags", "[parser][slow]") {
  const fs::path dev = test::shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  const fs::path model = test::source_dir() / "models" / "parser.model";
  const fs::path tagger_model = test::source_dir() / "models" / "tagger.model";
  const fs::path lemmas = test::source_dir() / "models" / "lemmas.tsv";
  test::Prerequisites("parser accuracy gate (EWT dev)").file(dev).require();
  const auto parser = Parser::load(model);
  const auto tagger = Tagger::load(tagger_model);
  const auto lemmatizer = Lemmatizer::load(lemmas);
  const ParserScore s = evaluate_parser(*parser, read_conllu(dev), tagger.get(), lemmatizer.get());
  CHECK(s.tokens == 25147);
  CHECK(s.uas() >= 86.0);
  CHECK(s.las() >= 83.0);
  CHECK(s.lemma_accuracy() >= 97.0);
  const ParserScore untagged = evaluate_parser(*parser, read_conllu(dev));
  CHECK(untagged.lemma_correct == 0);  // no lemmatizer, no lemma count
}

TEST_CASE("tagger: a word never seen as a preposition is not read as one (sports, trade, courts)", "[tagger]") {
  // "beat" between two names came out ADP; training saw it only as a verb or a noun.
  const auto tagger = Tagger::load(test::source_dir() / "models" / "tagger.model");
  for (const char* text : {"Fiji beat Samoa 24-17 in Suva.", "Arsenal beat Chelsea 2-1 on Sunday.",
                           "Kenya beat Uganda in Nairobi."}) {
    Document d;
    d.text = text;
    Tokenizer().tokenize(d);
    tagger->tag(d);
    INFO(text);
    REQUIRE(d.tokens.size() > 2);
    CHECK(d.form(1) == "beat");
    CHECK(d.tokens[1].upos == Upos::VERB);
  }
  // Real prepositions stay prepositions.
  Document d;
  d.text = "Fiji played against Samoa in Suva.";
  Tokenizer().tokenize(d);
  tagger->tag(d);
  CHECK(d.tokens[2].upos == Upos::ADP);
  CHECK(d.tokens[4].upos == Upos::ADP);
}
