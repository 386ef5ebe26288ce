// The wrong entity cases of issue 10, each with its sentence (and others from several domains:
// business, sports, courts, science, local politics, other regions), through the shipped
// pipeline: tokenizer, tagger, parser, recognizer, mention rules, coreference, clause extractor.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "support/test_support.h"

namespace {

using ergraph::core::EntityType;
using ergraph::extract::Pipeline;
using ergraph::extract::PipelineOutput;

const Pipeline& pipeline() {
  static const auto p = Pipeline::load(ergraph::test::source_dir() / "models");
  return *p;
}

PipelineOutput run(const std::string& text) {
  ergraph::nlp::Document doc;
  doc.id = "t";
  doc.text = text;
  return pipeline().process(doc);
}

/// "subject | relation | object" of every triple.
std::set<std::string> triples(const std::string& text) {
  std::set<std::string> out;
  for (const auto& t : run(text).triples) out.insert(t.subject.name + " | " + t.relation + " | " + t.object.name);
  return out;
}

/// The canonical name and type of the mention written `written` (a leading "the" aside).
struct Named {
  std::string name;
  EntityType type = EntityType::Misc;
  bool found = false;
};
Named mention(const std::string& text, const std::string& written) {
  for (const auto& m : run(text).mentions)
    if (m.entity.mention == written || m.entity.mention == "the " + written || m.entity.mention == "The " + written)
      return {m.entity.name, m.entity.type, true};
  return {};
}

}  // namespace

TEST_CASE("entity cases: organisations are not people, whatever their shape", "[entities][issue10]") {
  struct Case {
    const char* text;
    const char* name;
    EntityType type;
  };
  const Case cases[] = {
      {"Goldman Sachs advised Nordbank AG.", "Nordbank AG", EntityType::Org},             // banking
      {"Meridian Pharma hired a new chief executive.", "Meridian Pharma", EntityType::Org},  // business
      {"FC Barcelona signed a striker from Ajax.", "FC Barcelona", EntityType::Org},       // sports
      {"LA Weekly reviewed the new album.", "LA Weekly", EntityType::Org},                 // media
      {"UBS agreed to a merger after FINMA approved the deal.", "UBS", EntityType::Org},  // regulators
      {"UBS agreed to a merger after FINMA approved the deal.", "FINMA", EntityType::Org},
      {"The Museum of Modern Art acquired a painting.", "Museum of Modern Art", EntityType::Org},  // culture
      {"Officials at Transport Canada grounded the aircraft.", "Transport Canada", EntityType::Org},  // agency
  };
  for (const Case& c : cases) {
    INFO(c.text << " / " << c.name);
    const auto m = mention(c.text, c.name);
    CHECK(m.found);
    CHECK(m.name == c.name);
    CHECK(m.type == c.type);
  }
}

TEST_CASE("entity cases: an organisation does not swallow the noun after it", "[entities][issue10]") {
  // Sports merchandise, retail.
  const auto shirt = mention("Fans bought a Real Madrid T-shirt at the store.", "Real Madrid");
  CHECK(shirt.found);
  CHECK(shirt.name == "Real Madrid");
  CHECK(shirt.type != EntityType::Person);
  CHECK_FALSE(mention("Fans bought a Real Madrid T-shirt at the store.", "Real Madrid T-shirt").found);
  const auto phone = mention("She compared the Samsung phone with an Apple laptop.", "Samsung");
  CHECK(phone.found);
  CHECK(phone.name == "Samsung");
}

TEST_CASE("entity cases: products and facilities are not people", "[entities][issue10]") {
  const auto xp = mention("Microsoft ended support for Windows XP.", "Windows XP");
  CHECK(xp.found);
  CHECK(xp.type != EntityType::Person);
  const auto vr = mention("Sony launched PlayStation VR in Tokyo.", "PlayStation VR");
  CHECK(vr.found);
  CHECK(vr.type != EntityType::Person);
  const auto stadium = mention("The final was played at Wembley Stadium on Saturday.", "Wembley Stadium");
  CHECK(stadium.found);
  CHECK(stadium.type == EntityType::Loc);
}

TEST_CASE("entity cases: an acronym that acts is an organisation, one that only changes is none", "[entities][issue10]") {
  // Business, science, sports, courts, energy.
  for (const auto& [sentence, name] : std::vector<std::pair<std::string, std::string>>{
           {"UBS agreed to a merger after FINMA approved the deal.", "UBS"},
           {"NASA launched a probe to Mars on Tuesday.", "NASA"},
           {"FIFA fined the club for racist chanting.", "FIFA"},
           {"The ACLU sued the city over the new policy.", "ACLU"},
           {"OPEC agreed to cut output.", "OPEC"}}) {
    INFO(sentence);
    const auto m = mention(sentence, name);
    CHECK(m.found);
    CHECK(m.type == EntityType::Org);
  }
  // Measures are no actors.
  for (const auto& [sentence, name] : std::vector<std::pair<std::string, std::string>>{
           {"GDP grew 3 percent in the second quarter.", "GDP"}, {"CPI rose 2 percent last month.", "CPI"}}) {
    INFO(sentence);
    const auto m = mention(sentence, name);
    CHECK((!m.found || m.type != EntityType::Org));
  }
}

TEST_CASE("entity cases: a title or organisation in front of a name gives a role triple and the sentence's triples",
          "[entities][issue10]") {
  // Sports, local politics, business, courts.
  const auto madrid = triples("Real Madrid coach Carlo Ancelotti praised Erling Haaland.");
  CHECK(madrid.count("Carlo Ancelotti | coach-of | Real Madrid"));
  CHECK(madrid.count("Carlo Ancelotti | praise | Erling Haaland"));
  CHECK(triples("Ohio Governor Mike DeWine signed the bill.").count("Mike DeWine | governor-of | Ohio"));
  CHECK(triples("Apple chief executive Tim Cook met Indian officials.").count("Tim Cook | chief-executive-of | Apple"));
  CHECK(triples("Kenyan lawyer Ahmed Mohamed appealed the ruling.").count("Ahmed Mohamed | lawyer-of | Kenya") == 0);
}

TEST_CASE("entity cases: a place named like a person, a person named like a place", "[entities][issue10]") {
  // "Paris was born in Switzerland": a person named Paris, not France.
  const auto born = triples("Paris was born in Switzerland.");
  CHECK(born.count("France | be-born-in | Switzerland") == 0);
  CHECK(born.count("Paris | be-born-in | Switzerland"));
  // The same whatever the recognizer reads: places are not born, do not marry or die (sports,
  // local news, education).
  for (const auto& [sentence, name] : std::vector<std::pair<std::string, std::string>>{
           {"Jordan was born in Brooklyn in 1963.", "Jordan"},
           {"Chad died at his home in Ohio last week.", "Chad"},
           {"Georgia married a teacher from Atlanta.", "Georgia"}}) {
    INFO(sentence);
    const auto m = mention(sentence, name);
    CHECK(m.found);
    CHECK(m.type == EntityType::Person);
  }
  // A place that is the subject of another verb stays the place.
  CHECK(mention("Jordan closed its border with Syria.", "Jordan").type == EntityType::Gpe);
  // A capital visited or shelled is the city; a capital that acts is its state.
  CHECK(mention("Russian troops shelled Kyiv on Monday.", "Kyiv").name == "Kyiv");
  CHECK(mention("Kyiv rejected the offer.", "Kyiv").name == "Ukraine");
  CHECK(mention("The minister signed an agreement in Beijing.", "Beijing").name == "Beijing");
  // The US state of Washington is not the United States.
  CHECK(mention("Washington state passed a new climate law.", "Washington state").name == "Washington (US-WA)");
}

TEST_CASE("entity cases: demonym groups are their own nodes, linked to the country", "[entities][issue10]") {
  const auto t = triples("Chinese companies sold drones to Iran.");
  CHECK(t.count("Chinese companies | from | China"));
  CHECK(t.count("Chinese companies | sell-drones-to | Iran"));
  CHECK(t.count("China | sell-drones-to | Iran") == 0);
  // A state noun is the state itself.
  CHECK(mention("The Chinese government rejected the report.", "Chinese government").name == "China");
}

TEST_CASE("entity cases: the names are right even where the clause extractor misses the clause", "[entities][issue10]") {
  // "advised" is tagged as a participle, so no clause is found (known error KE22, issue 11);
  // both names are organisations.
  const auto gs = mention("Goldman Sachs advised Nordbank AG.", "Goldman Sachs");
  const auto nb = mention("Goldman Sachs advised Nordbank AG.", "Nordbank AG");
  CHECK(gs.type == EntityType::Org);
  CHECK(nb.type == EntityType::Org);
}

TEST_CASE("entity cases: acronyms defined in the text are the long name", "[entities][issue10]") {
  const auto t = triples(
      "The International Atomic Energy Agency (IAEA) inspected the plant. Later the IAEA condemned Iran.");
  CHECK(t.count("International Atomic Energy Agency | condemn | Iran"));
  CHECK(t.count("IAEA | condemn | Iran") == 0);
}

TEST_CASE("entity cases: pronouns of people are their antecedents, the text is kept", "[entities][issue10]") {
  // Politics abroad, courts.
  const auto out = run("Angela Merkel met Emmanuel Macron in Berlin. She praised him for the reforms.");
  bool found = false;
  for (const auto& t : out.triples)
    if (t.subject.name == "Angela Merkel" && t.relation == "praise" && t.object.name == "Emmanuel Macron") {
      found = true;
      CHECK(t.subject.mention == "She");
      CHECK(t.object.mention == "him");
      CHECK(t.subject.rule == "coreference");
    }
  CHECK(found);
  // "it" is not resolved to a named entity (it mostly stands for a common noun).
  for (const auto& t : run("Russia's economy grew. It has sparked unease among officials.").triples)
    CHECK(t.subject.mention != "It");
}

TEST_CASE("entity cases: 'in May' is the month, also beside Theresa May, and 'May' alone after her name is her (politics, business)",
          "[entities]") {
  const auto t = triples(
      "Theresa May met Angela Merkel in Berlin. Novak Freight stopped shipping grain to Odesa in May. May later "
      "praised Merkel.");
  INFO(::Catch::Detail::stringify(t));
  CHECK(t.count("Novak Freight | ship-grain-to | Odesa"));
  for (const auto& x : t) CHECK(x.find("| Theresa May") == std::string::npos);  // never an object here
  CHECK(t.count("Theresa May | praise | Angela Merkel"));
}
