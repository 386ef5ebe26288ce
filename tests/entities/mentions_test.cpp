// Entity mentions: gazetteer file, mention detection, canonical names, types, coreference.
#include "entities/mentions.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "core/error.h"
#include "support/make_doc.h"
#include "support/test_support.h"

namespace {

using ergraph::ModelError;
using ergraph::core::EntityType;
using ergraph::entities::Document;
using ergraph::entities::Gazetteer;
using ergraph::entities::GazetteerEntry;
using ergraph::entities::MentionInfo;
using ergraph::test::make_doc;

// The shipped rules: models/gazetteer.tsv and models/lexicon/.
const ergraph::entities::MentionFinder& finder() {
  static const auto f = ergraph::entities::MentionFinder::load(ergraph::test::source_dir() / "models");
  return f;
}
const Gazetteer& gazetteer() { return finder().gazetteer(); }
// The rules alone, without the trained recognizer.
const ergraph::entities::MentionFinder& rules_finder() {
  static const auto f = ergraph::entities::MentionFinder(
      Gazetteer::load(ergraph::test::source_dir() / "models" / ergraph::entities::kGazetteerFile),
      ergraph::nlp::Lexicon::load(ergraph::test::source_dir() / "models" / ergraph::nlp::kLexiconFolder));
  return f;
}

struct Found {
  std::string text, canonical;
  EntityType type;
};

std::vector<Found> mentions_of(const std::vector<std::string>& sentences,
                               const ergraph::entities::MentionFinder& with = finder()) {
  const Document doc = make_doc(sentences);
  std::vector<Found> out;
  for (const MentionInfo& m : with.find(doc)) {
    const auto b = doc.tokens[m.mention.first].begin, e = doc.tokens[m.mention.last - 1].end;
    out.push_back({doc.text.substr(b, e - b), m.mention.canonical, m.mention.type});
  }
  return out;
}

/// "name/TYPE name/TYPE ..." of a sentence's mentions, for failure messages.
std::string found_text(const std::string& sentence) {
  std::string out;
  for (const auto& f : mentions_of({sentence})) out += f.canonical + "/" + ergraph::core::to_string(f.type) + " ";
  return out;
}

std::vector<std::string> canonicals(const std::vector<Found>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.canonical);
  return out;
}

/// Whether the sentence has a mention named `canonical` of type `type`.
bool has_mention(const std::string& sentence, const std::string& canonical, EntityType type) {
  for (const auto& f : mentions_of({sentence}))
    if (f.canonical == canonical && f.type == type) return true;
  return false;
}

Gazetteer parse(const std::string& text) {
  std::istringstream in(text);
  return Gazetteer::parse(in, "g.tsv");
}

std::string error_of(const std::string& text, std::string& location) {
  return ergraph::test::error_code_of([&] { parse(text); }, location);
}

}  // namespace

TEST_CASE("entities: the shipped gazetteer loads with countries, metonyms and demonyms", "[extract]") {
  const Gazetteer& g = gazetteer();
  CHECK(g.alias_count() > 400);
  CHECK(g.demonym_count() > 60);
  const GazetteerEntry* kremlin = g.find("Kremlin");
  REQUIRE(kremlin);
  CHECK(kremlin->canonical == "Russia");
  CHECK(kremlin->metonym);
  REQUIRE(g.find("U.S."));
  CHECK(g.find("U.S.")->canonical == "United States");
  CHECK_FALSE(g.find("U.S.")->metonym);
  REQUIRE(g.find("NATO"));
  CHECK(g.find("NATO")->type == EntityType::Org);
  REQUIRE(g.find("Soviet Union"));
  CHECK(g.find("Soviet Union")->type == EntityType::Gpe);
  REQUIRE(g.demonym("Chinese"));
  CHECK(g.demonym("Chinese")->canonical == "China");
  CHECK(g.demonym("Chinese")->type == EntityType::Gpe);
  for (const char* country :
       {"Argentina",     "Australia",      "Brazil",       "Canada",      "China",    "France",
        "Germany",       "India",          "Indonesia",    "Italy",       "Japan",    "Mexico",
        "Russia",        "Saudi Arabia",   "South Africa", "South Korea", "Turkey",   "United Kingdom",
        "United States", "European Union", "Ukraine",      "Iran",        "Israel",   "North Korea",
        "Taiwan",        "Syria",          "Iraq",         "Afghanistan", "Pakistan", "Poland",
        "Belarus",       "Estonia",        "Latvia",       "Lithuania"}) {
    INFO(country);
    CHECK(g.find(country) != nullptr);
  }
}

TEST_CASE("entities: gazetteer errors name the code and the line", "[extract]") {
  std::string where;
  CHECK(error_of("", where) == "E422");
  CHECK(error_of("# ergraph gazetteer v2\n", where) == "E422");
  CHECK(where == "g.tsv:1");
  CHECK(error_of("# ergraph gazetteer v1\n\nFoo\tFoo\n", where) == "E423");
  CHECK(where == "g.tsv:3");
  CHECK(error_of("# ergraph gazetteer v1\n# c\nFoo\tFoo\tCITY\n", where) == "E424");
  CHECK(where == "g.tsv:3");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\t\tGPE\n", where) == "E424");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tGPE\tcapital\n", where) == "E424");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tGPE\nFoo\tBar\tGPE\n", where) == "E425");
  CHECK(where == "g.tsv:3");
  CHECK_THROWS_AS(Gazetteer::load("/nonexistent/gazetteer.tsv"), ModelError);
  const Gazetteer ok = parse("# ergraph gazetteer v1\r\nFoo Bar\tFoo\tORG\r\nFooish\tFoo\tDEMONYM\r\n");
  REQUIRE(ok.find("Foo Bar"));
  CHECK(ok.find("Foo Bar")->type == EntityType::Org);
  REQUIRE(ok.demonym("Fooish"));
  CHECK(ok.demonym("Fooish")->type == EntityType::Org);  // takes its country's type
}

TEST_CASE("entities: titles and nationalities are stripped from person names", "[extract]") {
  const auto fs =
      mentions_of({"Russian/JJ President/NNP Vladimir/NNP Putin/NNP spoke/VBD ./.",
                   "Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP and/CC Mr./NNP Smith/NNP left/VBD ./.",
                   "NATO/NNP Secretary-General/NNP Mark/NNP Rutte/NNP arrived/VBD ./."});
  REQUIRE(fs.size() == 4);
  CHECK(fs[0].text == "Russian President Vladimir Putin");
  CHECK(fs[0].canonical == "Vladimir Putin");
  CHECK(fs[0].type == EntityType::Person);
  CHECK(fs[1].canonical == "Sergei Lavrov");
  CHECK(fs[2].canonical == "Smith");
  CHECK(fs[2].type == EntityType::Person);
  CHECK(fs[3].canonical == "Mark Rutte");
  // A bare title names nobody.
  CHECK(mentions_of({"The/DT President/NNP spoke/VBD ./."}).empty());
}

TEST_CASE("entities: forms of the United States", "[extract]") {
  const auto fs =
      mentions_of({"the/DT US/NNP ,/, the/DT U.S./NNP ,/, U.S./NNP ,/, USA/NNP and/CC America/NNP ./."});
  CHECK(canonicals(fs) == std::vector<std::string>(5, "United States"));
  REQUIRE(fs.size() == 5);
  CHECK(fs[0].text == "the US");
  CHECK(fs[1].text == "the U.S.");
  CHECK(fs[2].text == "U.S.");
  // "the" before a modifier belongs to the noun phrase, not to the mention.
  const auto goal = mentions_of({"the/DT US/NNP long-term/JJ goal/NN ./."});
  REQUIRE(goal.size() == 1);
  CHECK(goal[0].text == "US");
  // Metonyms and multiword aliases, even when mistagged.
  CHECK(canonicals(mentions_of({"the/DT Kremlin/NNP and/CC the/DT White/JJ House/NN and/CC the/DT "
                                "European/JJ Union/NN and/CC Downing/NNP Street/NNP ./."})) ==
        std::vector<std::string>{"Russia", "United States", "European Union", "United Kingdom"});
}

TEST_CASE("entities: organization patterns and types", "[extract]") {
  const auto fs =
      mentions_of({"Bank/NNP of/IN America/NNP and/CC the/DT Ministry/NNP of/IN Defence/NNP and/CC "
                   "Johnson/NNP &/CC Johnson/NNP and/CC Acme/NNP Corp/NNP ./.",
                   "Russia/NNP and/CC China/NNP met/VBD in/IN the/DT Red/NNP Sea/NNP ./."});
  CHECK(canonicals(fs) == std::vector<std::string>{"Bank of America", "Ministry of Defence",
                                                   "Johnson & Johnson", "Acme Corp", "Russia", "China",
                                                   "Red Sea"});
  REQUIRE(fs.size() == 7);
  CHECK(fs[0].type == EntityType::Org);
  CHECK(fs[1].type == EntityType::Org);
  CHECK(fs[1].text == "the Ministry of Defence");
  CHECK(fs[3].type == EntityType::Org);
  CHECK(fs[6].type == EntityType::Loc);
  CHECK(fs[4].type == EntityType::Gpe);
  // "and" joins names only inside an "of" organization name, before a portfolio word.
  CHECK(canonicals(mentions_of(
            {"the/DT Ministry/NNP of/IN Foreign/NNP Affairs/NNPS and/CC Trade/NNP said/VBD ./."})) ==
        std::vector<std::string>{"Ministry of Foreign Affairs and Trade"});
  CHECK(canonicals(mentions_of({"the/DT Bank/NNP of/IN England/NNP and/CC Russia/NNP ./."})) ==
        std::vector<std::string>{"Bank of England", "Russia"});
}

TEST_CASE("entities: first names and place prepositions type unknown names", "[extract]") {
  const auto fs =
      mentions_of({"Virginia/NNP Woolf/NNP and/CC Zorblax/NNP Quentin/NNP Fripp/NNP met/VBD "
                   "Justin/NNP in/IN Pleasantville/NNP near/IN Fooberg/NNP ./."});
  REQUIRE(fs.size() == 5);
  CHECK(fs[0].canonical == "Virginia Woolf");  // a first name wins over the state "Virginia"
  CHECK(fs[0].type == EntityType::Person);
  CHECK(fs[1].type == EntityType::Person);  // three title-case words
  CHECK(fs[2].type == EntityType::Person);  // a lone first name
  CHECK(fs[3].type == EntityType::Gpe);
  CHECK(fs[4].type == EntityType::Gpe);
  // One unknown word: the rules cannot tell (MISC); the recognizer reads the subject of "spoke" as a person.
  CHECK(mentions_of({"Zorblax/NNP spoke/VBD ./."}, rules_finder()).at(0).type == EntityType::Misc);
  // A person-only predicate makes a person of a name the recognizer does not read, even a place
  // name of the gazetteer (sports, local news, courts).
  for (const auto& sentence : {"Paris/NNP was/VBD/AUX born/VBN/VERB/bear in/IN Switzerland/NNP ./.",
                               "Zorblax/NNP died/VBD/VERB/die in/IN 2019/CD ./.",
                               "Jordan/NNP married/VBD/VERB/marry a/DT lawyer/NN ./."}) {
    INFO(sentence);
    const auto found = mentions_of({sentence}, rules_finder());
    REQUIRE(!found.empty());
    CHECK(found[0].type == EntityType::Person);
  }
  CHECK(mentions_of({"Jordan/NNP closed/VBD/VERB/close its/PRP$ border/NN ./."}, rules_finder()).at(0).type ==
        EntityType::Gpe);
  CHECK(mentions_of({"Zorblax/NNP spoke/VBD ./."}).at(0).type == EntityType::Person);
  CHECK(gazetteer().is_first_name("Vladimir"));
  CHECK(gazetteer().first_name_count() > 100);
}

TEST_CASE("entities: a demonym before a state noun is the country, before another actor noun a group of its own", "[extract]") {
  const auto fs =
      mentions_of({"Chinese/JJ companies/NNS and/CC the/DT Ukrainian/JJ government/NN and/CC "
                   "Russian/JJ state-owned/JJ banks/NNS but/CC not/RB Chinese/JJ food/NN ./."});
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].text == "Chinese companies");  // a group: its own node, not the Chinese state
  CHECK(fs[0].canonical == "Chinese companies");
  CHECK(fs[0].type == EntityType::Org);
  CHECK(fs[1].text == "the Ukrainian government");  // the state itself
  CHECK(fs[1].canonical == "Ukraine");
  CHECK(fs[1].type == EntityType::Gpe);
  CHECK(fs[2].text == "Russian state-owned banks");
  CHECK(fs[2].canonical == "Russian state-owned banks");
  // The group keeps its country for the link (Chinese companies -from-> China).
  const auto doc = make_doc({"Brazilian/JJ officials/NNS protested/VBD ./."});
  const auto ms = finder().find(doc);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].group);
  CHECK(ms[0].nationality == "Brazil");
  CHECK(ms[0].mention.canonical == "Brazilian officials");
}

TEST_CASE("entities: coreference with one candidate", "[extract]") {
  const auto fs =
      mentions_of({"President/NNP Putin/NNP spoke/VBD ./.",
                   "Russian/JJ President/NNP Vladimir/NNP Putin/NNP met/VBD Xi/NNP Jinping/NNP ./.",
                   "Putin/NNP and/CC Xi/NNP smiled/VBD ./."});
  CHECK(canonicals(fs) == std::vector<std::string>{"Vladimir Putin", "Vladimir Putin", "Xi Jinping",
                                                   "Vladimir Putin", "Xi Jinping"});
  for (const auto& f : fs) CHECK(f.type == EntityType::Person);
  CHECK(fs[0].text == "President Putin");
}

TEST_CASE("entities: coreference with two candidates keeps the short name", "[extract]") {
  const auto fs = mentions_of({"Joe/NNP Biden/NNP and/CC Hunter/NNP Biden/NNP arrived/VBD ./.",
                               "Biden/NNP spoke/VBD with/IN Hunter/NNP ./."});
  CHECK(canonicals(fs) == std::vector<std::string>{"Joe Biden", "Hunter Biden", "Biden", "Hunter Biden"});
}

TEST_CASE("entities: junk is skipped", "[extract]") {
  // Sentence-initial common words, single letters, section labels, dates, known-place compounds.
  CHECK(mentions_of({"Meanwhile/NNP ,/, prices/NNS rose/VBD ./."}).empty());
  CHECK(mentions_of({"Prices/NNP rose/VBD and/CC prices/NNS fell/VBD ./."}).empty());
  CHECK(mentions_of({"the/DT X/NNP factor/NN ./."}).empty());
  CHECK(mentions_of({"A/NNP plan/NN ./."}).empty());
  CHECK(mentions_of({"BREAKING/NNP :/: markets/NNS fell/VBD ./."}).empty());
  CHECK(mentions_of({"On/IN Tuesday/NNP in/IN March/NNP ,/, Russia-US/NNP talks/NNS began/VBD ./."}).empty());
}

TEST_CASE("entities: compound titles before a name make a person", "[extract]") {
  const auto fs = mentions_of(
      {"Xi/NNP met/VBD Treasury/NNP Secretary/NNP Janet/NNP Yellen/NNP ./.",
       "Defense/NNP Secretary/NNP Lloyd/NNP Austin/NNP and/CC Secretary/NNP of/IN State/NNP Antony/NNP "
       "Blinken/NNP met/VBD Prime/NNP Minister/NNP Narendra/NNP Modi/NNP ./.",
       "White/NNP House/NNP spokesperson/NN Karine/NNP Jean-Pierre/NNP spoke/VBD ./.",
       "EU/NNP Commission/NNP President/NNP Ursula/NNP von/NN der/NN Leyen/NNP spoke/VBD ./."});
  REQUIRE(fs.size() == 7);
  CHECK(fs[1].text == "Treasury Secretary Janet Yellen");
  CHECK(fs[1].canonical == "Janet Yellen");
  CHECK(fs[2].canonical == "Lloyd Austin");
  CHECK(fs[3].text == "Secretary of State Antony Blinken");
  CHECK(fs[3].canonical == "Antony Blinken");
  CHECK(fs[4].canonical == "Narendra Modi");
  CHECK(fs[5].text == "White House spokesperson Karine Jean-Pierre");
  CHECK(fs[5].canonical == "Karine Jean-Pierre");
  CHECK(fs[6].text == "EU Commission President Ursula von der Leyen");
  CHECK(fs[6].canonical == "Ursula von der Leyen");
  for (std::size_t i = 1; i < fs.size(); ++i) CHECK(fs[i].type == EntityType::Person);
  // An organization word after the title still makes an organization.
  const auto org = mentions_of({"the/DT Defence/NNP Ministry/NNP said/VBD ./."});
  REQUIRE(org.size() == 1);
  CHECK(org[0].type == EntityType::Org);
}

TEST_CASE("entities: title words alone do not make an organization a person", "[extract]") {
  // A modifier title ("General") without a first name or a head title stays an organization.
  const auto army = mentions_of({"the/DT Army/NNP General/NNP Staff/NNP said/VBD ./."});
  REQUIRE(army.size() == 1);
  CHECK(army[0].type == EntityType::Org);
  const auto navy = mentions_of({"Navy/NNP Admiral/NNP John/NNP Aquilino/NNP said/VBD ./."});
  REQUIRE(navy.size() == 1);
  CHECK(navy[0].canonical == "John Aquilino");
  CHECK(navy[0].type == EntityType::Person);
  // "Secretary of State" alone names nobody; "President of Russia" alone names Russia.
  CHECK(mentions_of({"the/DT Secretary/NNP of/IN State/NNP spoke/VBD ./."}).empty());
  CHECK(canonicals(mentions_of({"Putin/NNP ,/, President/NNP of/IN Russia/NNP ,/, spoke/VBD ./."})) ==
        std::vector<std::string>{"Putin", "Russia"});
}

TEST_CASE("entities: name particles join proper nouns and resolve later mentions", "[extract]") {
  const auto fs = mentions_of(
      {"Ursula/NNP von/NN der/NN Leyen/NNP met/VBD Mohammed/NNP bin/NNP Salman/NNP and/CC "
       "Bashar/NNP al-Assad/NNP ./.",
       "Later/RBR ,/, von/NN der/NN Leyen/NNP and/CC al-Assad/NNP and/CC Assad/NNP spoke/VBD ./."});
  CHECK(canonicals(fs) == std::vector<std::string>{"Ursula von der Leyen", "Mohammed bin Salman",
                                                   "Bashar al-Assad", "Ursula von der Leyen",
                                                   "Bashar al-Assad", "Bashar al-Assad"});
  REQUIRE(fs.size() == 6);
  CHECK(fs[3].text == "von der Leyen");
  for (const auto& f : fs) CHECK(f.type == EntityType::Person);
  // A particle without a following name is no part of a name.
  CHECK(canonicals(mentions_of({"Paris/NNP de/FW facto/FW ./."})) == std::vector<std::string>{"France"});
}

TEST_CASE("entities: a country before an actor noun is a group, before a state noun the country", "[extract]") {
  const auto fs = mentions_of({"visiting/VBG US/NNP lawmakers/NNS and/CC the/DT EU/NNP leaders/NNS met/VBD "
                               "Kenyan/JJ authorities/NNS ./."});
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].text == "US lawmakers");
  CHECK(fs[0].canonical == "US lawmakers");
  CHECK(fs[1].canonical == "EU leaders");
  CHECK(fs[2].text == "Kenyan authorities");
  CHECK(fs[2].canonical == "Kenya");
}

TEST_CASE("entities: a capitalised title noun before a name is a title (courts, business, sports, local politics, science)",
          "[extract]") {
  // Sentence-initial or used as a title, "Prosecutor", "Economist", "Coach" are the title nouns
  // of models/lexicon/title_nouns.txt and occupation_nouns.txt written with a capital; the person
  // is the name after them.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Prosecutor/NNP Hanna/NNP Berg/NNP alleged/VBD fraud/NN ./.", "Hanna Berg"},
      {"Economist/NNP Javier/NNP Ruiz/NNP doubts/VBZ the/DT plan/NN ./.", "Javier Ruiz"},
      {"Fans/NNS cheered/VBD Coach/NNP Ana/NNP Silva/NNP in/IN Lisbon/NNP ./.", "Ana Silva"},
      {"The/DT mayor/NN invited/VBD Councillor/NNP Priya/NNP Nandan/NNP ./.", "Priya Nandan"},
      {"Astronomer/NNP Lena/NNP Holt/NNP found/VBD the/DT comet/NN ./.", "Lena Holt"},
  };
  for (const auto& [sentence, want] : cases) {
    INFO(sentence);
    CHECK(has_mention(sentence, want, EntityType::Person));
  }
  // A title noun in an organisation's name leaves the organisation whole; one alone names nobody.
  const auto agency = mentions_of({"The/DT Detective/NNP Agency/NNP hired/VBD Darren/NNP Pike/NNP ./."});
  REQUIRE(!agency.empty());
  CHECK(agency[0].canonical == "Detective Agency");
  CHECK(agency[0].type == EntityType::Org);
  CHECK(mentions_of({"The/DT Prosecutor/NNP spoke/VBD ./."}).empty());
}

TEST_CASE("entities: club and newspaper designators make an organisation (sports, media, rugby)", "[extract]") {
  // Two capitalised unknown words read as a person by the recognizer are a club or a paper when
  // the last is a designator of models/lexicon/company_words.txt (read as organization words).
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Kestrel/NNP Rovers/NNP signed/VBD Joel/NNP Mbeki/NNP ./.", "Kestrel Rovers"},
      {"Ashgrove/NNP United/NNP sacked/VBD the/DT manager/NN ./.", "Ashgrove United"},
      {"Fans/NNS of/IN Harlow/NNP Athletic/NNP protested/VBD ./.", "Harlow Athletic"},
      {"The/DT Westland/NNP Gazette/NNP reported/VBD the/DT deal/NN ./.", "Westland Gazette"},
      {"Auckland/NNP Harbour/NNP RFC/NNP signed/VBD a/DT winger/NN ./.", "Auckland Harbour RFC"},
      // A team named after its city is no metonym of the city's state.
      {"Colombo/NNP Kings/NNPS hired/VBD Dinesh/NNP Perera/NNP ./.", "Colombo Kings"},
      {"Detroit/NNP Lions/NNPS signed/VBD Tom/NNP Hale/NNP ./.", "Detroit Lions"},
  };
  for (const auto& [sentence, want] : cases) {
    INFO(sentence);
    CHECK(has_mention(sentence, want, EntityType::Org));
  }
  // The gazetteer still decides its own names.
  const auto us = mentions_of({"The/DT United/NNP States/NNPS signed/VBD ./."});
  REQUIRE(us.size() == 1);
  CHECK(us[0].type == EntityType::Gpe);
}

TEST_CASE("entities: an event's name stays whole, with a place in it (sports, politics, culture)", "[extract]") {
  // models/lexicon/event_words.txt: a run ending in "Cup", "Conference", "Festival" ... is one MISC name.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Fiji/NNP won/VBD the/DT Pacific/NNP Nations/NNPS Cup/NNP ./.", "Pacific Nations Cup"},
      {"Macron/NNP attended/VBD the/DT Munich/NNP Security/NNP Conference/NNP ./.", "Munich Security Conference"},
      {"The/DT film/NN opened/VBD the/DT Cannes/NNP Film/NNP Festival/NNP ./.", "Cannes Film Festival"},
  };
  for (const auto& [sentence, want] : cases) {
    INFO(sentence);
    CHECK(has_mention(sentence, want, EntityType::Misc));
  }
}

TEST_CASE("entities: a name ending in a noun that heads no person in GUM is that kind of thing (business, politics, education, science, courts)",
          "[extract]") {
  // models/lexicon/place_head_nouns.txt, organization_head_nouns.txt, thing_head_nouns.txt
  // (scripts/ud_word_lists.py, from the heads of GUM train mentions).
  const std::vector<std::tuple<std::string, std::string, EntityType>> cases = {
      // each of these the recognizer reads as a person's name
      {"Halvorsen/NNP Plan/NNP failed/VBD ./.", "Halvorsen Plan", EntityType::Misc},                     // business
      {"Morales/NNP Doctrine/NNP shaped/VBD policy/NN ./.", "Morales Doctrine", EntityType::Misc},        // politics
      {"Ibsen/NNP Project/NNP funded/VBD schools/NNS ./.", "Ibsen Project", EntityType::Misc},            // education
      {"Castillo/NNP Method/NNP cut/VBD costs/NNS ./.", "Castillo Method", EntityType::Misc},             // science
      {"Whitlock/NNP Inquiry/NNP found/VBD errors/NNS ./.", "Whitlock Inquiry", EntityType::Misc},        // courts
  };
  for (const auto& [sentence, want, type] : cases) {
    INFO(sentence);
    INFO("found: " << found_text(sentence));
    CHECK(has_mention(sentence, want, type));
  }
  // A given name before the noun keeps the person.
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Emma/NNP Stone/NNP praised/VBD the/DT film/NN ./.", "Emma Stone"},
      {"Laura/NNP Hall/NNP chaired/VBD the/DT committee/NN ./.", "Laura Hall"},
  };
  for (const auto& [sentence, want] : people) {
    INFO(sentence);
    INFO("found: " << found_text(sentence));
    CHECK(has_mention(sentence, want, EntityType::Person));
  }
}

TEST_CASE("entities: a demonym before one common word is part of the name (business, diplomacy, media)", "[extract]") {
  // The common word: rarely capitalized in the recognizer's training text (its capitalization
  // class). Before, the demonym was cut off and "Oil", "Embassy", "Press" were the names.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Indian/JJ Oil/NNP bought/VBD crude/NN from/IN Iraq/NNP ./.", "Indian Oil"},
      {"American/NNP Express/NNP sued/VBD Visa/NNP ./.", "American Express"},
      {"The/DT Chinese/JJ Embassy/NNP protested/VBD the/DT decision/NN ./.", "Chinese Embassy"},
      {"The/DT Canadian/NNP Press/NNP reported/VBD the/DT result/NN ./.", "Canadian Press"},
  };
  for (const auto& [sentence, want] : cases) {
    INFO(sentence);
    INFO("found: " << found_text(sentence));
    const auto names = canonicals(mentions_of({sentence}));
    CHECK(std::find(names.begin(), names.end(), want) != names.end());
  }
  // Before a name of its own, the demonym is not part of it.
  const auto taliban = canonicals(mentions_of({"Afghan/JJ Taliban/NNP fighters/NNS attacked/VBD Kabul/NNP ./."}));
  CHECK(std::find(taliban.begin(), taliban.end(), "Taliban") != taliban.end());
}

TEST_CASE("entities: a surname written alone as a common noun is the person named before (business, sports, local politics)",
          "[extract]") {
  // The tagger reads "Gates", "Curry" and "Bass" as common nouns; the full name earlier in the
  // document makes them the person.
  CHECK(canonicals(mentions_of({"Microsoft/NNP co-founder/NN Bill/NNP Gates/NNP arrived/VBD on/IN Monday/NNP ./.",
                                "Reporters/NNS asked/VBD Gates/NNS about/IN vaccines/NNS ./."})) ==
        std::vector<std::string>{"Microsoft", "Bill Gates", "Bill Gates"});
  CHECK(canonicals(mentions_of({"Stephen/NNP Curry/NNP scored/VBD 40/CD points/NNS ./.",
                                "Curry/NN said/VBD the/DT team/NN played/VBD well/RB ./."})) ==
        std::vector<std::string>{"Stephen Curry", "Stephen Curry"});
  const auto bass = mentions_of({"Mayor/NNP Karen/NNP Bass/NNP opened/VBD the/DT park/NN ./.",
                                 "The/DT council/NN thanked/VBD Bass/NN ./."});
  REQUIRE(bass.size() == 2);
  CHECK(bass[1].canonical == "Karen Bass");
  CHECK(bass[1].type == EntityType::Person);
}

TEST_CASE("entities: a common noun that only looks like an earlier surname stays a common noun (sports, business)",
          "[extract]") {
  // Lower case is never a name; a sentence-initial word the document also writes in lower case
  // is the word; a surname two people share stays unresolved and is dropped.
  CHECK(canonicals(mentions_of({"Bill/NNP Gates/NNP arrived/VBD ./.", "The/DT gates/NNS opened/VBD ./."})) ==
        std::vector<std::string>{"Bill Gates"});
  CHECK(canonicals(mentions_of({"Stephen/NNP Curry/NNP cooked/VBD dinner/NN ./.",
                                "Curry/NN is/VBZ spicy/JJ and/CC he/PRP likes/VBZ curry/NN ./."})) ==
        std::vector<std::string>{"Stephen Curry"});
  // Not after a determiner: "a Curry" (a dish).
  CHECK(canonicals(mentions_of({"Stephen/NNP Curry/NNP cooked/VBD ./.", "He/PRP ordered/VBD a/DT Curry/NN ./."})) ==
        std::vector<std::string>{"Stephen Curry"});
  CHECK(canonicals(mentions_of({"Venus/NNP Williams/NNP and/CC Serena/NNP Williams/NNP played/VBD ./.",
                                "Fans/NNS cheered/VBD Williams/NNS ./."})) ==
        std::vector<std::string>{"Venus Williams", "Serena Williams"});
}
