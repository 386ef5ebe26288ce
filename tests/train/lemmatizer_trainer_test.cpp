// Training of the lemmatizer's exception table (train/lemmatizer_trainer.h).
#include <catch2/catch.hpp>

#include <array>
#include <set>
#include <string>

#include "core/error.h"
#include "nlp/lemma_table.h"
#include "train/lemmatizer_trainer.h"
#include "support/make_doc.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::nlp;
using ergraph::test::gold_sentence;
using namespace ergraph::train;

namespace {

Xpos tag(std::string_view name) { return *parse_xpos(name); }

}  // namespace

TEST_CASE("lemma: training keeps only what the rules get wrong", "[lemma]") {
  LemmaTableBuilder b;
  b.add_sentence(gold_sentence({{"The", "DT", "the"}, {"geese", "NNS", "goose"}, {"ran", "VBD", "run"}}));
  b.add_sentence(gold_sentence({{"Geese", "NNS", "goose"}, {"cats", "NNS", "cat"}, {"ran", "VBD", "rin"}}));
  b.add_sentence(gold_sentence({{"ran", "VBD", "run"}, {"URL", "ADD", "_"}}));
  LemmaTrainReport report;
  const auto table = b.build(&report);
  CHECK(report.tokens == 7);  // "_" lemma skipped
  CHECK(report.rule_correct == 2);
  CHECK(report.table_correct == 6);
  CHECK(table.entries.size() == 2);
  CHECK(table.entries.at({"geese", tag("NNS")}).lemma == "goose");
  CHECK(table.entries.at({"ran", tag("VBD")}).lemma == "run");  // majority wins
  CHECK(table.entries.count({"cats", tag("NNS")}) == 0);
}

TEST_CASE("lemma: WordNet exceptions fill in what the data does not cover", "[lemma]") {
  test::TempDir dir;
  test::write_file(dir.path() / "noun.exc", "mice mouse\ncats cat\nbig_toes big_toe\n");
  test::write_file(dir.path() / "verb.exc",
                   "fled flee\nslept sleep\nsleeping sleep\ninstalled instal\nexpelled expel\n");
  test::write_file(dir.path() / "adj.exc", "better good\nbest good\n");
  test::write_file(dir.path() / "adv.exc", "");
  test::write_file(dir.path() / "index.verb", "  1 license\ninstal v 1 0 1 0 00000000\ninstall v 1 0 1 0 00000000\n"
                                              "expel v 1 0 1 0 00000000\nset_up v 1 0 1 0 00000000\n");
  LemmaTableBuilder b;
  b.add_sentence(gold_sentence({{"fled", "VBD", "flead"}, {"slept", "VBD", "slept"}}));
  b.add_wordnet(dir.path());
  LemmaTrainReport report;
  const auto t = b.build(&report);
  CHECK(t.entries.at({"mice", tag("NNS")}).lemma == "mouse");
  CHECK(t.entries.count({"cats", tag("NNS")}) == 0);        // the rules get it
  CHECK(t.entries.count({"big_toes", tag("NNS")}) == 0);    // multiword: skipped
  CHECK(t.entries.at({"fled", tag("VBD")}).lemma == "flee");  // verb list beats a slip
  CHECK(t.entries.at({"fled", tag("VBD")}).source == "wn");
  CHECK(t.entries.count({"slept", tag("VBD")}) == 0);       // the data agrees with the rules
  CHECK(t.entries.at({"slept", tag("VBN")}).lemma == "sleep");
  CHECK(t.entries.count({"sleeping", tag("VBG")}) == 0);
  CHECK(t.entries.count({"installed", tag("VBD")}) == 0);   // British spelling variant ("install" is a verb)
  CHECK(t.entries.at({"expelled", tag("VBD")}).lemma == "expel");  // the rules' "expell" is none
  CHECK(report.wordnet_overrides == 1);
  CHECK_THROWS_AS(b.add_wordnet(dir.path() / "missing"), IoError);
}

TEST_CASE("lemma: regular forms of WordNet verbs that the rules turn into a non-verb are added", "[lemma]") {
  test::TempDir dir;
  for (const char* f : {"noun.exc", "verb.exc", "adj.exc", "adv.exc"}) test::write_file(dir.path() / f, "");
  test::write_file(dir.path() / "index.verb", "owe v 1 0 1 0 00000000\ndistress v 1 0 1 0 00000000\n"
                                              "hop v 1 0 1 0 00000000\nhope v 1 0 1 0 00000000\n"
                                              "fin v 1 0 1 0 00000000\nfine v 1 0 1 0 00000000\n");
  LemmaTableBuilder b;
  b.add_sentence(gold_sentence({{"owed", "VBN", "owe"}}));
  b.add_wordnet(dir.path());
  LemmaTrainReport report;
  const auto t = b.build(&report);
  CHECK(t.entries.at({"owed", tag("VBD")}).lemma == "owe");  // the rules give "ow"
  CHECK(t.entries.at({"owed", tag("VBD")}).source == "wnr");
  CHECK(t.entries.at({"owed", tag("VBN")}).source == "ud");  // the data's entry stays
  CHECK(t.entries.at({"distressed", tag("VBD")}).lemma == "distress");  // the rules give "distresse"
  CHECK(t.entries.at({"distressing", tag("VBG")}).lemma == "distress");
  CHECK(t.entries.count({"owes", tag("VBZ")}) == 0);   // the rules get it
  CHECK(t.entries.count({"hoped", tag("VBD")}) == 0);  // "hop" gives "hoped" too: the rules decide
  CHECK(t.entries.count({"fined", tag("VBD")}) == 0);  // two verbs, and the rules' "fine" is one
  CHECK(report.wordnet_regular == t.entries.size() - 1);
}

TEST_CASE("lemma: only commercially usable GUM train documents are selected", "[lemma]") {
  test::TempDir dir;
  const auto path = dir.path() / "doc_licenses.tsv";
  test::write_file(path,
                   "doc_id\tsplit\tgenre\twords\ttext_license\tnon_commercial\tsource_url\n"
                   "GUM_a\ttrain\tnews\t1\tCC BY 4.0\tno\tx\n"
                   "GUM_b\ttrain\tnews\t1\tCC BY-NC 4.0\tYES\tx\n"
                   "GUM_c\tdev\tnews\t1\tCC BY 4.0\tno\tx\n");
  CHECK(gum_commercial_train_docs(path) == std::set<std::string>{"GUM_a"});
  test::write_file(path, "doc\tsplit\n");
  CHECK_THROWS_AS(gum_commercial_train_docs(path), ParseError);
}

