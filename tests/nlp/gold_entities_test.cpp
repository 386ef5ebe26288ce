#include <catch2/catch.hpp>

#include <sstream>

#include "core/error.h"
#include "nlp/gold_entities.h"

using namespace ergraph;
using namespace ergraph::nlp;

namespace {

std::string row(int id, const char* form, const char* upos, const char* xpos, const char* misc) {
  return std::to_string(id) + "\t" + form + "\t_\t" + upos + "\t" + xpos + "\t_\t0\troot\t_\t" + misc + "\n";
}

}  // namespace

TEST_CASE("gold entities: GUM brackets give nested mentions with ids, heads and identities", "[gold_entities]") {
  std::istringstream in("# newdoc id = GUM_x\n# sent_id = GUM_x-1\n" +
                        row(1, "He", "PRON", "PRP", "Entity=(1-person-giv:act-sssss-cf1-1-coref-Lord_Byron)") +
                        row(2, "studied", "VERB", "VBD", "_") +
                        row(3, "at", "ADP", "IN", "_") +
                        row(4, "Durham", "PROPN", "NNP",
                            "Entity=(13-organization-new-nnnnn-cf4-1,2-coref-Durham_University(14-place-new-nnnnn-cf5-1-coref-Durham%2C_England)") +
                        row(5, "University", "PROPN", "NNP", "Entity=13)") +
                        row(6, "in", "ADP", "IN", "_") +
                        row(7, "the", "DET", "DT", "Entity=(2-place-new-nnnnn-cf2-2-sgl") +
                        row(8, "city", "NOUN", "NN", "Entity=2)") + row(9, "of", "ADP", "IN", "_") +
                        row(10, "Saint-Denis", "PROPN", "NNP", "Entity=(3-place-new-nnnnn-cf2-1-coref-Saint-Denis,_Seine-Saint-Denis)") +
                        "\n");
  const auto sents = read_conllu(in, "mini");
  REQUIRE(sents.size() == 1);
  const auto ms = gum_mentions(sents[0], "mini");
  REQUIRE(ms.size() == 5);
  CHECK(ms[0].type == "person");
  CHECK(ms[0].identity == "Lord_Byron");
  CHECK(ms[0].first == 0);
  CHECK(ms[0].last == 1);
  CHECK(ms[1].type == "organization");  // the outer mention first
  CHECK(ms[1].first == 3);
  CHECK(ms[1].last == 5);
  CHECK(ms[1].heads == std::vector<std::uint32_t>{3, 4});
  CHECK(ms[2].type == "place");
  CHECK(ms[2].last == 4);
  CHECK(ms[2].identity == "Durham%2C_England");
  CHECK(ms[3].entity == 2);
  CHECK(ms[3].identity.empty());
  CHECK(ms[4].identity == "Saint-Denis,_Seine-Saint-Denis");  // hyphens inside the identity kept
  CHECK(is_named(ms[1], sents[0]));
  CHECK_FALSE(is_named(ms[0], sents[0]));  // "He" carries Byron's identity but is no name
  CHECK_FALSE(is_named(ms[3], sents[0]));  // "the city": no identity, head is a common noun
}

TEST_CASE("gold entities: a malformed bracket is an E120 error", "[gold_entities]") {
  std::istringstream in(row(1, "He", "PRON", "PRP", "Entity=(x-person)") + "\n");
  const auto sents = read_conllu(in, "bad");
  try {
    (void)gum_mentions(sents[0], "bad");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.code()) == "E120");
  }
}

TEST_CASE("gold entities: IOB2 spans, OTH and B-O as O, I- without B- starts a span", "[gold_entities]") {
  std::istringstream in(
      "# sent_id = s1\n# text = x\n1\tJohn\tB-PER\t-\t-\n2\tSmith\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n"
      "4\tNew\tB-LOC\t-\t-\n5\tYork\tI-LOC\t-\t-\n6\tand\tO\t-\t-\n7\tWindows\tB-OTH\t-\t-\n8\tIBM\tI-ORG\t-\t-\n"
      "9\tx\tB-O\t-\t-\n\n# sent_id = s2\n1\tHi\tO\t-\t-\n");
  const auto sents = read_iob2(in, "mini.iob2");
  REQUIRE(sents.size() == 2);
  CHECK(sents[0].sent_id == "s1");
  CHECK(sents[0].doc.text == "John Smith visited New York and Windows IBM x");
  REQUIRE(sents[0].spans.size() == 3);
  CHECK(sents[0].spans[0].type == "PER");
  CHECK(sents[0].spans[0].first == 0);
  CHECK(sents[0].spans[0].last == 2);
  CHECK(sents[0].spans[1].type == "LOC");
  CHECK(sents[0].spans[2].type == "ORG");
  CHECK(sents[0].spans[2].first == 7);
  CHECK(sents[1].spans.empty());
  std::istringstream bad("1\tonly-two\n");
  CHECK_THROWS_AS(read_iob2(bad, "bad"), ParseError);
}

TEST_CASE("gold entities: WebAnno TSV mentions, multi-token, single-token and identities", "[gold_entities]") {
  std::istringstream in(
      "#FORMAT=WebAnno TSV 3.2\n\n#Text=Byron went to Aberdeen Grammar School .\n"
      "1-1\t0-5\tByron\tperson\tnew\tsssss\tLord_Byron\tcf1\t_\t_\t\n"
      "1-2\t6-10\twent\t_\t_\t_\t_\t_\t_\t_\t\n"
      "1-3\t11-13\tto\t_\t_\t_\t_\t_\t_\t_\t\n"
      "1-4\t14-22\tAberdeen\torganization[9]|place[10]\tnew[9]|new[10]\ts[9]|s[10]\tAberdeen_Grammar_School[9]|Aberdeen[10]\t_\t_\t_\t\n"
      "1-5\t23-30\tGrammar\torganization[9]\tnew[9]\ts[9]\tAberdeen_Grammar_School[9]\t_\t_\t_\t\n"
      "1-6\t31-37\tSchool\torganization[9]\tnew[9]\ts[9]\tAberdeen_Grammar_School[9]\t_\t_\t_\t\n"
      "1-7\t38-39\t.\t_\t_\t_\t_\t_\t_\t_\t\n\n"
      "#Text=the school\n2-1\t40-43\tthe\torganization[15]\tgiv[15]\ts[15]\t_\t_\t_\t_\t\n"
      "2-2\t44-50\tschool\torganization[15]\tgiv[15]\ts[15]\t_\t_\t_\t_\t\n");
  const auto doc = read_webanno_tsv(in, "mini.tsv", "mini");
  REQUIRE(doc.sentences.size() == 2);
  REQUIRE(doc.mentions[0].size() == 3);
  const auto& m = doc.mentions[0];
  CHECK(m[0].type == "person");
  CHECK(m[0].identity == "Lord_Byron");
  CHECK(m[1].type == "organization");
  CHECK(m[1].first == 3);
  CHECK(m[1].last == 6);
  CHECK(m[1].identity == "Aberdeen_Grammar_School");
  CHECK(m[2].type == "place");
  CHECK(m[2].last == 4);
  CHECK(m[2].identity == "Aberdeen");
  REQUIRE(doc.mentions[1].size() == 1);
  CHECK_FALSE(is_named(doc.mentions[1][0], doc.sentences[1]));
  CHECK(is_named(m[1], doc.sentences[0]));
}
