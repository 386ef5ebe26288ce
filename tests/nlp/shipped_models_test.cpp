// Accuracy gates of the shipped models (models/*.model) on held-out UD English EWT dev data from
// ../shared/data. The models are part of the repository: a missing or broken model fails. The dev
// data is not: without it the gate is skipped (ctest) or, with CI=true, fails.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"
#include "nlp/word_shape.h"
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

// The goal is UAS >= 86 / LAS >= 83; the shipped model's figures (86.45 / 83.44) are in
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

TEST_CASE("tagger: a name starting with a capital outside ASCII is a proper noun (Nordic, Polish, Turkish, Czech)",
          "[tagger]") {
  // The tagger's features see "Ø" as neither upper nor lower case: "Ørsted" (a lower-case-like word
  // in -ed) came out VBN. repair_verbless_sentences makes such a verb or common noun NNP.
  const auto tagger = Tagger::load(test::source_dir() / "models" / "tagger.model");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Equinor sold a stake to Ørsted on Monday.", "Ørsted"},
      {"Vestas will supply 60 turbines to Ørsted for a wind farm.", "Ørsted"},
      {"The mayor of Łódź met the minister.", "Łódź"},
      {"Fenerbahçe hired İsmail Kartal as coach.", "İsmail"},
      {"Prosecutors in Brno charged Čestmír Novák with fraud.", "Čestmír"},
      {"The contract went to Ångström Laboratories.", "Ångström"},
  };
  bool any_repaired = false;
  for (const auto& [text, name] : cases) {
    Document d;
    d.text = text;
    Tokenizer().tokenize(d);
    tagger->tag(d);
    any_repaired = repair_verbless_sentences(d) > 0 || any_repaired;
    INFO(text);
    bool seen = false;
    for (std::uint32_t t = 0; t < d.tokens.size(); ++t) {
      if (d.form(t) != name) continue;
      seen = true;
      CHECK(d.tokens[t].upos == Upos::PROPN);
    }
    CHECK(seen);
  }
  CHECK(any_repaired);  // at least one of them the tagger alone got wrong
}

TEST_CASE("word shapes: the case of letters outside ASCII", "[tagger]") {
  using namespace ergraph::nlp::shape;
  const auto k = [](const char* s) { return utf8_letter_case(static_cast<unsigned char>(s[0]), static_cast<unsigned char>(s[1])); };
  CHECK(k("Ø") == 'X');
  CHECK(k("ø") == 'x');
  CHECK(k("Ł") == 'X');
  CHECK(k("ł") == 'x');
  CHECK(k("İ") == 'X');
  CHECK(k("Ž") == 'X');
  CHECK(k("ž") == 'x');
  CHECK(k("Ж") == 'X');
  CHECK(k("ж") == 'x');
  CHECK(k("Ω") == 'X');
  CHECK(k("ß") == 'x');
  CHECK(k("×") == 0);  // a sign, not a letter
  CHECK(k("÷") == 0);
  CHECK(k("ab") == 0);  // ASCII
  CHECK(starts_with_non_ascii_capital("Ørsted"));
  CHECK_FALSE(starts_with_non_ascii_capital("ørsted"));
  CHECK_FALSE(starts_with_non_ascii_capital("Orsted"));
  CHECK_FALSE(starts_with_non_ascii_capital("—"));
  CHECK_FALSE(starts_with_non_ascii_capital(""));
}

TEST_CASE("tagger: names the training data lacks stay names around WordNet's readings (business, sports, politics, courts)",
          "[tagger]") {
  // The shipped tagger reads WordNet's parts of speech for words it saw fewer than twice
  // (models/TAGGER.md). A capitalised word WordNet knows as an adjective before a proper noun
  // ("Meridian Pharma"), an unseen capitalised adjective opening the sentence before its verb
  // ("Celtic refused"), and a capitalised word WordNet knows only as an open-class word ("Xi")
  // are names, never prepositions or conjunctions.
  const auto tagger = Tagger::load(test::source_dir() / "models" / "tagger.model");
  const auto lemmatizer = Lemmatizer::load(test::source_dir() / "models" / "lemmas.tsv");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Meridian Pharma hired a new chief executive.", "Meridian"},
      {"Did Meridian Pharma pay Lumen Diagnostics for the test kits?", "Meridian"},
      {"Celtic refused to sell Kenji Watanabe to Rangers.", "Celtic"},
      {"Xi Jinping also met the Treasury Secretary.", "Xi"},
      {"Prosecutors said Orion Freight had paid the inspector.", "Orion"},
  };
  for (const auto& [text, name] : cases) {
    Document d;
    d.text = text;
    Tokenizer().tokenize(d);
    tagger->tag(d);
    repair_verbless_sentences(d, lemmatizer.get());
    INFO(text);
    bool seen = false;
    for (std::uint32_t t = 0; t < d.tokens.size(); ++t)
      if (d.form(t) == name) {
        seen = true;
        CHECK(d.tokens[t].upos == Upos::PROPN);
      }
    CHECK(seen);
  }
  // WordNet's readings help lower-case words the training data lacks: "ore" is a noun.
  Document d;
  d.text = "The company ships bauxite and ore to smelters in Guinea.";
  Tokenizer().tokenize(d);
  tagger->tag(d);
  REQUIRE(d.form(5) == "ore");
  CHECK(d.tokens[5].upos == Upos::NOUN);
}

TEST_CASE("tagger: a word the training data never saw in a closed class does not take one (business, sports)", "[tagger]") {
  // "quit" (twice a verb in training) came out SCONJ/IN after a name.
  const auto tagger = Tagger::load(test::source_dir() / "models" / "tagger.model");
  for (const char* text : {"Hartmann Trading quit buying copper from Minera Cerro Blanco after the spill.",
                           "Kestrel Rovers quit the league after the scandal."}) {
    Document d;
    d.text = text;
    Tokenizer().tokenize(d);
    tagger->tag(d);
    INFO(text);
    bool seen = false;
    for (std::uint32_t t = 0; t < d.tokens.size(); ++t)
      if (d.form(t) == "quit") {
        seen = true;
        CHECK(d.tokens[t].upos == Upos::VERB);
      }
    CHECK(seen);
  }
  // The shipped model knows verbs its classes hide: "hand" (over) is a verb too.
  CHECK((tagger->verb_forms("hand") & Tagger::kVerbBase) != 0);
  CHECK(tagger->verb_forms("ore") == 0);
  CHECK((tagger->verb_forms("cut") & Tagger::kVerbPast) != 0);
}
