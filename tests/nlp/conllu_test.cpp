#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "nlp/conllu.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::nlp;

TEST_CASE("conllu: words, tags, heads and multiword tokens are read", "[conllu]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "mini.conllu";
  ergraph::test::write_file(path,
                            "# newdoc id = doc1\n# sent_id = s1\n# text = I don't know.\n"
                            "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
                            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                            "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
                            "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                            "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
                            "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  auto sents = read_conllu(path);
  REQUIRE(sents.size() == 1);
  const auto& s = sents[0];
  CHECK(s.doc_id == "doc1");
  CHECK(s.sent_id == "s1");
  CHECK(s.doc.text == "I don't know.");
  REQUIRE(s.doc.tokens.size() == 5);
  CHECK(s.doc.form(1) == "do");
  CHECK(s.doc.form(2) == "n't");
  CHECK(s.doc.tokens[2].lemma == "not");
  CHECK(s.doc.tokens[3].upos == Upos::VERB);
  CHECK(xpos_name(s.doc.tokens[3].xpos) == "VB");
  CHECK(s.doc.tokens[3].head == -1);
  CHECK(s.doc.tokens[0].head == 3);
  CHECK(s.deprels[0] == "nsubj");
}

TEST_CASE("conllu: a malformed line is a ParseError with file and line", "[conllu]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "bad.conllu";
  ergraph::test::write_file(path, "# sent_id = s1\n1\tI\tI\tPRON\n");
  try {
    read_conllu(path);
    FAIL("expected a ParseError");
  } catch (const ParseError& e) {
    CHECK(std::string(e.what()).find("bad.conllu:2") != std::string::npos);
  }
  CHECK_THROWS_AS(read_conllu(dir.path() / "missing.conllu"), IoError);
}

TEST_CASE("conllu: EWT dev text is rebuilt exactly from the words", "[conllu][slow]") {
  const auto path = ergraph::test::shared_dir() / "data/ud/en_ewt-ud-dev.conllu";
  ergraph::test::Prerequisites("CoNLL-U EWT dev round trip").file(path).require();
  std::vector<std::string> texts;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("# text = ", 0) == 0) texts.push_back(line.substr(9));
  const auto sents = read_conllu(path);
  REQUIRE(sents.size() == texts.size());
  std::size_t same = 0;
  for (std::size_t i = 0; i < sents.size(); ++i) same += sents[i].doc.text == texts[i];
  CHECK(same == sents.size());
}

TEST_CASE("conllu: hyphenated compounds written without spaces are merged into one token", "[conllu]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "hyph.conllu";
  // "The long-term China- deal - as state-of-The-Art."
  ergraph::test::write_file(
      path,
      "# sent_id = h1\n"
      "1\tThe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "2\tlong\tlong\tADJ\tJJ\t_\t4\tamod\t_\tSpaceAfter=No\n"
      "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
      "4\tterm\tterm\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
      "5\tChina\tChina\tPROPN\tNNP\t_\t7\tcompound\t_\tSpaceAfter=No\n"
      "6\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t_\t_\n"
      "7\tdeal\tdeal\tNOUN\tNN\t_\t16\tnsubj\t_\t_\n"
      "8\t-\t-\tPUNCT\tHYPH\t_\t10\tpunct\t_\t_\n"
      "9\tas\tas\tADV\tRB\t_\t10\tadvmod\t_\t_\n"
      "10\tstate\tstate\tNOUN\tNN\t_\t7\tappos\t_\tSpaceAfter=No\n"
      "11\t-\t-\tPUNCT\tHYPH\t_\t12\tpunct\t_\tSpaceAfter=No\n"
      "12\tof\tof\tADP\tIN\t_\t14\tcase\t_\tSpaceAfter=No\n"
      "13\t-\t-\tPUNCT\tHYPH\t_\t14\tpunct\t_\tSpaceAfter=No\n"
      "14\tThe\tthe\tDET\tDT\t_\t10\tnmod\t_\tSpaceAfter=No\n"
      "15\t-\t-\tPUNCT\tHYPH\t_\t16\tpunct\t_\tSpaceAfter=No\n"
      "16\tArt\tart\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n"
      "17\t.\t.\tPUNCT\t.\t_\t16\tpunct\t_\t_\n\n");
  auto sents = read_conllu(path);
  REQUIRE(sents.size() == 1);
  auto& s = sents[0];
  const std::string text = s.doc.text;
  REQUIRE(text == "The long-term China- deal - as state-of-The-Art.");
  REQUIRE(s.doc.tokens.size() == 17);
  // "China- deal" and "deal - as": a hyphen with a space on one side joins nothing.
  CHECK(merge_hyphenated_compounds(s) == 2);
  CHECK(s.doc.text == text);
  std::vector<std::string> forms;
  for (std::uint32_t i = 0; i < s.doc.tokens.size(); ++i) forms.emplace_back(s.doc.form(i));
  CHECK(forms == std::vector<std::string>{"The", "long-term", "China", "-", "deal", "-", "as", "state-of-The-Art", "."});
  REQUIRE(s.deprels.size() == 9);
  REQUIRE(s.doc.sentences.size() == 1);
  CHECK(s.doc.sentences[0].last == 9);
  const auto& t = s.doc.tokens;
  // long-term: "term" heads the compound (head 7 = "deal", outside); "long" points inside.
  CHECK(t[1].upos == Upos::NOUN);
  CHECK(xpos_name(t[1].xpos) == "NN");
  CHECK(t[1].lemma == "long-term");
  CHECK(t[1].head == 4);
  CHECK(s.deprels[1] == "compound");
  // state-of-The-Art: both "state" (-> deal) and "Art" (root) head outside; the last one wins.
  CHECK(t[7].upos == Upos::NOUN);
  CHECK(t[7].lemma == "state-of-the-art");
  CHECK(t[7].head == -1);
  CHECK(s.deprels[7] == "root");
  // Heads into a compound point to the merged token; heads after it shift.
  CHECK(t[0].head == 4);   // The -> deal
  CHECK(t[3].head == 2);   // - -> China
  CHECK(t[4].head == 7);   // deal -> (Art) -> state-of-The-Art
  CHECK(t[5].head == 7);   // - -> (state) -> state-of-The-Art
  CHECK(t[6].head == 7);   // as -> state
  CHECK(t[8].head == 7);   // . -> Art
  CHECK(merge_hyphenated_compounds(s) == 0);  // idempotent
}

TEST_CASE("conllu: a proper-noun compound keeps its case in the lemma", "[conllu]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "propn.conllu";
  ergraph::test::write_file(path,
                            "# sent_id = p1\n"
                            "1\tCoca\tCoca\tPROPN\tNNP\t_\t3\tcompound\t_\tSpaceAfter=No\n"
                            "2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n"
                            "3\tCola\tCola\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n");
  auto sents = read_conllu(path);
  REQUIRE(sents.size() == 1);
  CHECK(merge_hyphenated_compounds(sents[0]) == 1);
  REQUIRE(sents[0].doc.tokens.size() == 1);
  CHECK(sents[0].doc.tokens[0].lemma == "Coca-Cola");
  CHECK(sents[0].doc.tokens[0].upos == Upos::PROPN);
  CHECK(sents[0].doc.tokens[0].head == -1);
}
