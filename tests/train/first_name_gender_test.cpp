// Learning the first-name gender table of the coreference resolver from GUM coreference chains
// (train/first_name_gender.h), on small hand-written CoNLL-U documents.
#include "train/first_name_gender.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "nlp/conllu.h"
#include "nlp/lexicon.h"
#include "support/test_support.h"

namespace {

using ergraph::entities::Gender;

// Two documents. d1: "Mr. Robin Hale spoke . He said his team won ." (Robin: 2 masculine pronouns,
// "Mr." skipped). d2: "Robin Voss arrived . She smiled ." (Robin: 1 feminine) and "Kim" in a chain
// without pronouns. d3 is not in the licensed set: its "Robin ... he" is not counted.
const char* kGum =
    "# newdoc id = d1\n"
    "# sent_id = d1-1\n"
    "# text = Mr. Robin Hale spoke .\n"
    "1\tMr.\tMr.\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-3-coref\n"
    "2\tRobin\tRobin\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tHale\tHale\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
    "4\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = d1-2\n"
    "# text = He said his team won .\n"
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\this\this\tPRON\tPRP$\t_\t4\tnmod:poss\t_\tEntity=(2-organization-new-sssss-cf2-2-coref(1-person-giv-sssss-cf1-1-coref)\n"
    "4\tteam\tteam\tNOUN\tNN\t_\t5\tnsubj\t_\tEntity=2)\n"
    "5\twon\twin\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# sent_id = d2-1\n"
    "# text = Robin Voss met Kim .\n"
    "1\tRobin\tRobin\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref\n"
    "2\tVoss\tVoss\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n"
    "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tKim\tKim\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-person-new-sssss-cf2-1-sgl)\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = d2-2\n"
    "# text = She smiled .\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)\n"
    "2\tsmiled\tsmile\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d3\n"
    "# sent_id = d3-1\n"
    "# text = Robin ran . He won .\n"
    "1\tRobin\tRobin\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref)\n"
    "2\tran\trun\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "4\tHe\the\tPRON\tPRP\t_\t5\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)\n"
    "5\twon\twin\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("first-name gender: counts the chain's pronouns for the first name, titles skipped, licensed documents only",
          "[first_names]") {
  std::istringstream in(kGum);
  const auto gold = ergraph::nlp::read_conllu(in, "mini.conllu");
  const auto lexicon = ergraph::nlp::Lexicon::load(ergraph::test::source_dir() / "models" / "lexicon");
  const auto table = ergraph::train::learn_first_name_gender(gold, {"d1", "d2"}, lexicon);
  const auto& c = table.counts();
  REQUIRE(c.count("Robin") == 1);
  CHECK(c.at("Robin").first == 2);   // He, his (d1); d3 is not licensed
  CHECK(c.at("Robin").second == 1);  // She (d2)
  CHECK(c.count("Mr.") == 0);        // a title is skipped
  CHECK(c.count("Kim") == 0);        // a chain without pronouns adds nothing
  CHECK(table.gender("Robin") == Gender::Male);  // 2 of 3: exactly 2/3
  // The same data and documents give the same table (the shipped file is reproducible).
  std::ostringstream a, b;
  table.write(a, {"h"});
  ergraph::train::learn_first_name_gender(gold, {"d1", "d2"}, lexicon).write(b, {"h"});
  CHECK(a.str() == b.str());
}
