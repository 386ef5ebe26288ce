#include <catch2/catch.hpp>

#include <filesystem>
#include <array>
#include <string>

#include "core/error.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/lemma_table.h"
#include "support/make_doc.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::nlp;
using ergraph::test::gold_sentence;

namespace {

Xpos tag(std::string_view name) { return *parse_xpos(name); }

// Rules and the closed-class list only: an empty exception table.
std::string rules(std::string_view form, std::string_view xpos) {
  static const auto lemmatizer = make_lemmatizer(LemmaTable{});
  return lemmatizer->lemma(form, Upos::None, tag(xpos));
}

std::filesystem::path model_path() { return test::source_dir() / "models" / "lemmas.tsv"; }

}  // namespace

TEST_CASE("lemma: plural nouns become singular", "[lemma]") {
  CHECK(rules("countries", "NNS") == "country");
  CHECK(rules("boxes", "NNS") == "box");
  CHECK(rules("churches", "NNS") == "church");
  CHECK(rules("wishes", "NNS") == "wish");
  CHECK(rules("classes", "NNS") == "class");
  CHECK(rules("cases", "NNS") == "case");
  CHECK(rules("cats", "NNS") == "cat");
  CHECK(rules("headaches", "NNS") == "headache");
  CHECK(rules("women", "NNS") == "woman");
  CHECK(rules("Books", "NNS") == "book");
  CHECK(rules("CDs", "NNS") == "CD");
  CHECK(rules("status", "NN") == "status");
  CHECK(rules("glass", "NN") == "glass");
}

TEST_CASE("lemma: verb forms lose -ed, -ing and -s", "[lemma]") {
  CHECK(rules("running", "VBG") == "run");
  CHECK(rules("stopped", "VBD") == "stop");
  CHECK(rules("raised", "VBN") == "raise");
  CHECK(rules("tried", "VBD") == "try");
  CHECK(rules("died", "VBD") == "die");
  CHECK(rules("agreed", "VBD") == "agree");
  CHECK(rules("played", "VBD") == "play");
  CHECK(rules("helped", "VBD") == "help");
  CHECK(rules("hoped", "VBD") == "hope");
  CHECK(rules("called", "VBN") == "call");
  CHECK(rules("continued", "VBD") == "continue");
  CHECK(rules("making", "VBG") == "make");
  CHECK(rules("seeing", "VBG") == "see");
  CHECK(rules("lying", "VBG") == "lie");
  CHECK(rules("tries", "VBZ") == "try");
  CHECK(rules("watches", "VBZ") == "watch");
  CHECK(rules("goes", "VBZ") == "go");
  CHECK(rules("uses", "VBZ") == "use");
}

TEST_CASE("lemma: comparatives and superlatives lose -er and -est", "[lemma]") {
  CHECK(rules("bigger", "JJR") == "big");
  CHECK(rules("larger", "JJR") == "large");
  CHECK(rules("easier", "JJR") == "easy");
  CHECK(rules("biggest", "JJS") == "big");
  CHECK(rules("simplest", "JJS") == "simple");
  CHECK(rules("better", "JJR") == "good");
  CHECK(rules("best", "JJS") == "good");
}

TEST_CASE("lemma: case follows the tag", "[lemma]") {
  CHECK(rules("Apple", "NNP") == "Apple");
  CHECK(rules("States", "NNPS") == "State");
  CHECK(rules("The", "DT") == "the");
  CHECK(rules("THANKS", "NN") == "thanks");
  CHECK(rules("I", "PRP") == "I");
  CHECK(rules("i", "PRP") == "I");
  CHECK(rules("Me", "PRP") == "I");
  CHECK(rules("them", "PRP") == "they");
}

TEST_CASE("lemma: auxiliaries, contractions and curly apostrophes", "[lemma]") {
  CHECK(rules("was", "VBD") == "be");
  CHECK(rules("Is", "VBZ") == "be");
  CHECK(rules("'re", "VBP") == "be");
  CHECK(rules("'m", "VBP") == "be");
  CHECK(rules("'ve", "VBP") == "have");
  CHECK(rules("has", "VBZ") == "have");
  CHECK(rules("'d", "MD") == "would");
  CHECK(rules("'d", "VBD") == "have");
  CHECK(rules("'ll", "MD") == "will");
  CHECK(rules("ca", "MD") == "can");
  CHECK(rules("wo", "MD") == "will");
  CHECK(rules("n't", "RB") == "not");
  CHECK(rules("n\u2019t", "RB") == "not");
  CHECK(rules("'s", "VBZ") == "be");
  CHECK(rules("\u2019s", "VBZ") == "be");
  CHECK(rules("'s", "POS") == "'s");
  CHECK(rules("\u2019s", "POS") == "'s");
  CHECK(rules("'", "POS") == "'s");
}

TEST_CASE("lemma: numbers keep their form without thousands separators", "[lemma]") {
  CHECK(rules("2015", "CD") == "2015");
  CHECK(rules("200,000", "CD") == "200000");
  CHECK(rules("3.14", "CD") == "3.14");
  CHECK(rules("7,5", "CD") == "7.5");
  CHECK(rules("IV", "CD") == "IV");
  CHECK(rules("1,2,3,4", "CD") == "1,2,3,4");
}

TEST_CASE("lemma: the exception table overrides the rules", "[lemma]") {
  test::TempDir dir;
  const auto path = dir.path() / "lemmas.tsv";
  test::write_file(path, "# ergraph lemmas v1\n# test table\ngeese\tNNS\tgoose\tud\n#'s\tNNS\t#\tud\n");
  const auto lemmatizer = Lemmatizer::load(path);
  CHECK(rules("geese", "NNS") == "geese");
  CHECK(lemmatizer->lemma("geese", Upos::NOUN, tag("NNS")) == "goose");
  CHECK(lemmatizer->lemma("Geese", Upos::NOUN, tag("NNS")) == "goose");
  CHECK(lemmatizer->lemma("#'s", Upos::NOUN, tag("NNS")) == "#");
  CHECK(lemmatizer->lemma("geese", Upos::NOUN, tag("NN")) == "geese");  // other tag: rules
  CHECK(lemmatizer->lemma("cats", Upos::NOUN, tag("NNS")) == "cat");
}

TEST_CASE("lemma: the shipped table knows irregular forms", "[lemma]") {
  const auto lemmatizer = Lemmatizer::load(model_path());
  CHECK(lemmatizer->lemma("went", Upos::VERB, tag("VBD")) == "go");
  CHECK(lemmatizer->lemma("better", Upos::ADJ, tag("JJR")) == "good");
  CHECK(lemmatizer->lemma("children", Upos::NOUN, tag("NNS")) == "child");
  CHECK(lemmatizer->lemma("mice", Upos::NOUN, tag("NNS")) == "mouse");
  CHECK(lemmatizer->lemma("fled", Upos::VERB, tag("VBD")) == "flee");
  CHECK(lemmatizer->lemma("took", Upos::VERB, tag("VBD")) == "take");
  CHECK(lemmatizer->lemma("created", Upos::VERB, tag("VBN")) == "create");
  CHECK(lemmatizer->lemma("n\u2019t", Upos::PART, tag("RB")) == "not");
}

TEST_CASE("lemma: lemmatize sets the lemma of every token", "[lemma]") {
  auto g = gold_sentence({{"The", "DT", ""}, {"dogs", "NNS", ""}, {"were", "VBD", ""}, {"barking", "VBG", ""}});
  const auto lemmatizer = make_lemmatizer(LemmaTable{});
  lemmatizer->lemmatize(g.doc);
  CHECK(g.doc.tokens[0].lemma == "the");
  CHECK(g.doc.tokens[1].lemma == "dog");
  CHECK(g.doc.tokens[2].lemma == "be");
  CHECK(g.doc.tokens[3].lemma == "bark");
}

TEST_CASE("lemma: 's before been/got is have, elsewhere be", "[lemma]") {
  const auto lemmatizer = make_lemmatizer(LemmaTable{});
  auto been = gold_sentence({{"It", "PRP", ""}, {"\u2019s", "VBZ", ""}, {"never", "RB", ""}, {"been", "VBN", ""}});
  auto got = gold_sentence({{"She", "PRP", ""}, {"'s", "VBZ", ""}, {"got", "VBN", ""}, {"it", "PRP", ""}});
  auto done = gold_sentence({{"It", "PRP", ""}, {"'s", "VBZ", ""}, {"done", "VBN", ""}});
  auto big = gold_sentence({{"It", "PRP", ""}, {"'s", "VBZ", ""}, {"big", "JJ", ""}});
  for (auto* g : {&been, &got, &done, &big}) lemmatizer->lemmatize(g->doc);
  CHECK(been.doc.tokens[1].lemma == "have");
  CHECK(got.doc.tokens[1].lemma == "have");
  CHECK(done.doc.tokens[1].lemma == "be");
  CHECK(big.doc.tokens[1].lemma == "be");
}

TEST_CASE("lemma: table load errors name the file and the line", "[lemma]") {
  test::TempDir dir;
  const auto path = dir.path() / "lemmas.tsv";
  const auto code_of = [&](const std::string& content) -> std::string {
    test::write_file(path, content);
    try {
      Lemmatizer::load(path);
    } catch (const ModelError& e) {
      return e.code() + " " + e.what();
    }
    return "no error";
  };
  SECTION("missing file") {
    try {
      Lemmatizer::load(dir.path() / "nope.tsv");
      FAIL("no exception");
    } catch (const ModelError& e) {
      CHECK(e.code() == "E401");
      CHECK_THAT(std::string(e.what()), Catch::Contains("nope.tsv"));
    }
  }
  SECTION("wrong header") {
    CHECK_THAT(code_of("# ergraph lemmas v2\ncats\tNNS\tcat\tud\n"), Catch::StartsWith("E402") && Catch::Contains(":1"));
    CHECK_THAT(code_of(""), Catch::StartsWith("E402"));
  }
  SECTION("malformed lines") {
    CHECK_THAT(code_of("# ergraph lemmas v1\ngeese\tNNS\tgoose\tud\ncats\tNNS\n"),
               Catch::StartsWith("E403") && Catch::Contains("lemmas.tsv:3"));
    CHECK_THAT(code_of("# ergraph lemmas v1\ngeese\tNNS\tgoose\tud\textra\n"), Catch::StartsWith("E403"));
    CHECK_THAT(code_of("# ergraph lemmas v1\ngeese\tNNZ\tgoose\tud\n"),
               Catch::StartsWith("E403") && Catch::Contains("NNZ") && Catch::Contains(":2"));
    CHECK_THAT(code_of("# ergraph lemmas v1\nGeese\tNNS\tgoose\tud\n"), Catch::StartsWith("E403"));
    CHECK_THAT(code_of("# ergraph lemmas v1\ngeese\tNNS\t\tud\n"), Catch::StartsWith("E403"));
  }
  SECTION("a good table loads") { CHECK(code_of("# ergraph lemmas v1\r\n# c\r\ngeese\tNNS\tgoose\tud\r\n") == "no error"); }
}

TEST_CASE("lemma: a written table reads back the same", "[lemma]") {
  test::TempDir dir;
  LemmaTable t;
  t.comments = {"# provenance", "no hash"};
  t.entries[{"geese", tag("NNS")}] = LemmaEntry{"goose", "wn"};
  t.entries[{"#'s", tag("NNS")}] = LemmaEntry{"#", "ud"};
  write_lemma_table(t, dir.path() / "t.tsv");
  const auto back = read_lemma_table(dir.path() / "t.tsv");
  CHECK(back.comments == std::vector<std::string>{"# provenance", "# no hash"});
  REQUIRE(back.entries.size() == 2);
  CHECK(back.entries.at({"geese", tag("NNS")}).lemma == "goose");
  CHECK(back.entries.at({"geese", tag("NNS")}).source == "wn");
  CHECK(back.entries.at({"#'s", tag("NNS")}).lemma == "#");
}

TEST_CASE("lemma: the shipped table scores at least 97% on EWT dev with gold tags", "[lemma][slow]") {
  const auto dev = test::shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  test::Prerequisites("lemmatizer accuracy gate (EWT dev)").file(dev).require();
  const auto lemmatizer = Lemmatizer::load(model_path());
  std::size_t tokens = 0, correct = 0;
  for (auto& g : read_conllu(dev)) {
    Document doc = g.doc;
    lemmatizer->lemmatize(doc);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i, ++tokens)
      correct += doc.tokens[i].lemma == g.doc.tokens[i].lemma ? 1 : 0;
  }
  const double accuracy = double(correct) / double(tokens);
  INFO("accuracy " << accuracy << " on " << tokens << " tokens");
  CHECK(tokens == 25147);
  CHECK(accuracy >= 0.97);
}

TEST_CASE("lemma: a past tense known only as a participle (and back) shares its lemma", "[lemma]") {
  LemmaTable table;
  table.entries[{"struck", tag("VBN")}] = LemmaEntry{"strike", "ud"};
  table.entries[{"sought", tag("VBD")}] = LemmaEntry{"seek", "ud"};
  const auto lemmatizer = make_lemmatizer(table);
  CHECK(lemmatizer->lemma("struck", Upos::VERB, tag("VBD")) == "strike");
  CHECK(lemmatizer->lemma("sought", Upos::VERB, tag("VBN")) == "seek");
  // Other tags do not borrow: "struck" as an adjective stays itself.
  CHECK(lemmatizer->lemma("struck", Upos::ADJ, tag("JJ")) == "struck");
}
