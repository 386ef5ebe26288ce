#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "extract/conllu.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::extract;

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
  if (!std::filesystem::exists(path)) {
    WARN("skipped: " << path << " not found");
    return;
  }
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
