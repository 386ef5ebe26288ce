// Word lists (nlp/lexicon.h): the file format, its errors, and lookups.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "core/error.h"
#include "nlp/lexicon.h"
#include "support/test_support.h"

using ergraph::ModelError;
using ergraph::nlp::Lexicon;
using ergraph::nlp::WordList;

namespace {

WordList parse(const std::string& text) {
  std::istringstream in(text);
  return WordList::parse(in, "x.txt");
}

std::string error_of(const std::string& text, std::string& location) {
  return ergraph::test::error_code_of([&] { parse(text); }, location);
}

}  // namespace

TEST_CASE("lexicon: a list has a purpose line and one word per line", "[lexicon]") {
  const WordList w = parse("# Verbs of saying.\r\nsay\n\n  tell  \n# a comment\nPresident\n");
  CHECK(w.purpose() == "Verbs of saying.");
  CHECK(w.size() == 3);
  CHECK(w.contains("say"));
  CHECK(w.contains("tell"));
  CHECK(w.contains("President"));
  CHECK_FALSE(w.contains("president"));  // exact match
  CHECK_FALSE(w.contains("sa"));
  CHECK_FALSE(w.contains(""));
}

TEST_CASE("lexicon: malformed lists are errors with file and line", "[lexicon]") {
  std::string where;
  CHECK(error_of("say\ntell\n", where) == "E441");
  CHECK(where == "x.txt:1");
  CHECK(error_of("", where) == "E441");
  CHECK(error_of("# ok\nsay\nfar away\n", where) == "E442");
  CHECK(where == "x.txt:3");
  CHECK(error_of("# ok\nsay\ntell\nsay\n", where) == "E443");
  CHECK(where == "x.txt:4");
}

TEST_CASE("lexicon: a folder of lists, and a missing list named by its file", "[lexicon]") {
  ergraph::test::TempDir dir;
  ergraph::test::write_file(dir.path() / "report_verbs.txt", "# Verbs of saying.\nsay\n");
  ergraph::test::write_file(dir.path() / "notes.md", "not a list\n");
  const Lexicon lex = Lexicon::load(dir.path());
  CHECK(lex.names() == std::vector<std::string>{"report_verbs"});
  CHECK(lex.get("report_verbs").contains("say"));
  try {
    lex.get("belief_verbs");
    FAIL("no error");
  } catch (const ModelError& e) {
    CHECK(e.code() == "E444");
    CHECK(e.location() == (dir.path() / "belief_verbs.txt").string());
  }
  CHECK_THROWS_AS(Lexicon::load(dir.path() / "missing"), ModelError);
  ergraph::test::write_file(dir.path() / "bad.txt", "no header\n");
  CHECK_THROWS_AS(Lexicon::load(dir.path()), ModelError);
}

TEST_CASE("lexicon: every shipped list loads and says what it is for", "[lexicon]") {
  const Lexicon lex = Lexicon::load(ergraph::test::source_dir() / "models" / "lexicon");
  CHECK(lex.names().size() >= 20);
  for (const auto& name : lex.names()) {
    INFO(name);
    CHECK(lex.get(name).size() > 0);
    CHECK(lex.get(name).purpose().size() > 20);
  }
}
