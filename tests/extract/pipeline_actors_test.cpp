// PipelineOptions::mentions reaches the mention finder (`ergraph build --actors`): an acting
// capital or seat of government is its state with Actors::Country (the default), the place itself
// with Actors::Literal; a place that does not act is the place either way.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "support/test_support.h"

namespace {

using ergraph::entities::Actors;
using ergraph::extract::Pipeline;
using ergraph::extract::PipelineOptions;

const Pipeline& pipeline(Actors actors) {
  static const auto load = [](Actors a) {
    PipelineOptions o;
    o.mentions.actors = a;
    return Pipeline::load(ergraph::test::source_dir() / "models", o);
  };
  static const auto country = load(Actors::Country);
  static const auto literal = load(Actors::Literal);
  return actors == Actors::Country ? *country : *literal;
}

/// The canonical name of the mention written `text` in `sentence`, or "" if there is none.
std::string named(Actors actors, const std::string& sentence, const std::string& text) {
  ergraph::nlp::Document doc;
  doc.id = "t";
  doc.text = sentence;
  const auto out = pipeline(actors).process(doc);
  for (const auto& m : out.mentions)
    if (m.entity.mention == text || m.entity.mention == "The " + text || m.entity.mention == "the " + text)
      return m.entity.name;
  return "";
}

}  // namespace

TEST_CASE("extract: --actors country names an acting seat by its state, literal by itself", "[extract]") {
  struct Case {
    const char* sentence;
    const char* seat;
    const char* state;
  };
  // Diplomacy, a court fine (business), a sports federation, local politics abroad.
  const Case cases[] = {{"Moscow said the talks failed.", "Moscow", "Russia"},
                        {"The Kremlin said the talks failed.", "Kremlin", "Russia"},
                        {"Washington fined Meridian Pharma for misleading doctors.", "Washington", "United States"},
                        {"Seoul named a new ambassador to Japan.", "Seoul", "South Korea"},
                        {"Downing Street rejected the council's housing plan.", "Downing Street", "United Kingdom"}};
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(named(Actors::Country, c.sentence, c.seat) == c.state);
    CHECK(named(Actors::Literal, c.sentence, c.seat) == c.seat);
  }
}

TEST_CASE("extract: a capital that does not act is the city with either --actors", "[extract]") {
  for (const Actors a : {Actors::Country, Actors::Literal}) {
    CHECK(named(a, "Angela Merkel visited Moscow last week.", "Moscow") == "Moscow");
    CHECK(named(a, "The final was played in Seoul on Sunday.", "Seoul") == "Seoul");
  }
}

TEST_CASE("extract: a capital in the 'to' phrase of a destination verb is the city, a recipient stays the state (business, sports, politics)",
          "[extract]") {
  // models/lexicon/destination_verbs.txt is learned from GUM and EWT train (scripts/ud_word_lists.py).
  CHECK(named(Actors::Country, "Nordbank moved its headquarters to London in 2019.", "London") == "London");
  CHECK(named(Actors::Country, "Marco Rossi flew to Madrid on Monday.", "Madrid") == "Madrid");
  CHECK(named(Actors::Country, "Vanuatu has urged Australia to relocate the Pacific Climate Office to Port Vila.",
              "Port Vila") == "Port Vila");
  // "sell ... to": the capital receives, as its state.
  CHECK(named(Actors::Country, "China sold drones to Moscow.", "Moscow") == "Russia");
  CHECK(named(Actors::Country, "Ankara sold grain to Cairo.", "Cairo") == "Egypt");
}

TEST_CASE("extract: a capital in the 'of' phrase of a place noun is the city, an ally's stays the state (local politics, politics)",
          "[extract]") {
  // models/lexicon/place_of_nouns.txt is learned from GUM and EWT train (scripts/ud_word_lists.py).
  CHECK(named(Actors::Country, "Ana Silva, who is the mayor of Lisbon, met Tom Hale.", "Lisbon") == "Lisbon");
  CHECK(named(Actors::Country, "Kenya condemned the bombing of Mogadishu.", "Mogadishu") == "Mogadishu");
  CHECK(named(Actors::Country, "Belarus is a close ally of Moscow.", "Moscow") == "Russia");
}
