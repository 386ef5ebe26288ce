// Pattern extractor: ReVerb-style triples between entity mentions, on hand-tagged sentences
// taken from shared/seeds/000_1ae14861dfa7de9e.txt.
#include "extract/pattern_extractor.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/make_doc.h"
#include "support/test_support.h"

namespace {

using ergraph::core::EntityType;
using ergraph::core::Triple;
using ergraph::nlp::Document;
using ergraph::extract::PatternExtractor;
using ergraph::test::make_doc;

const PatternExtractor& extractor() {
  static const auto x = PatternExtractor::load(ergraph::test::source_dir() / "models");
  return *x;
}

std::string key(const Triple& t) { return t.subject.name + " | " + t.relation + " | " + t.object.name; }

std::vector<std::string> keys(const std::vector<Triple>& ts) {
  std::vector<std::string> out;
  for (const auto& t : ts) out.push_back(key(t));
  return out;
}

bool has(const std::vector<Triple>& ts, const std::string& k) {
  const auto ks = keys(ts);
  return std::find(ks.begin(), ks.end(), k) != ks.end();
}

const Triple& get(const std::vector<Triple>& ts, const std::string& k) {
  for (const auto& t : ts)
    if (key(t) == k) return t;
  FAIL("no triple " << k);
  return ts.front();
}

// The seed article's sentences, tagged by hand (Penn tags; lemmas only where they differ).
const std::string kS1 =
    "Russian/JJ President/NNP Vladimir/NNP Putin/NNP and/CC Chinese/JJ President/NNP Xi/NNP Jinping/NNP "
    "have/VBP/AUX/have held/VBN/VERB/hold a/DT phone/NN call/NN centered/VBN/VERB/center around/IN "
    "recent/JJ talks/NNS/NOUN/talk between/IN Russia/NNP and/CC the/DT US/NNP on/IN "
    "resolving/VBG/VERB/resolve the/DT war/NN in/IN Ukraine/NNP during/IN a/DT phone/NN call/NN ./.";
const std::string kS2 =
    "Throughout/IN the/DT war/NN in/IN Ukraine/NNP ,/, some/DT have/VBP/AUX/have "
    "criticized/VBN/VERB/criticize "
    "China/NNP for/IN allegedly/RB aiding/VBG/VERB/aid Russia/NNP ’s/POS military/JJ efforts/NNS ,/, "
    "pointing/VBG/VERB/point to/IN evidence/NN of/IN Chinese/JJ companies/NNS/NOUN/company "
    "selling/VBG/VERB/sell dual-use/JJ goods/NNS/NOUN/good to/IN Moscow/NNP ./.";
const std::string kS3 =
    "The/DT call/NN ,/, which/WDT came/VBD/VERB/come at/IN Russia/NNP ’s/POS request/NN ,/, saw/VBD/VERB/see "
    "President/NNP Putin/NNP update/VB/VERB/update President/NNP Xi/NNP on/IN recent/JJ Russia-US/NNP "
    "discussions/NNS aimed/VBN/VERB/aim at/IN resolving/VBG/VERB/resolve the/DT war/NN in/IN Ukraine/NNP ./.";
const std::string kS4 = "Xi/NNP praised/VBD/VERB/praise Russia/NNP ’s/POS diplomatic/JJ efforts/NNS ./.";
const std::string kS5 =
    "With/IN limited/JJ trading/NN partners/NNS ,/, Russia/NNP has/VBZ/AUX/have turned/VBN/VERB/turn to/IN "
    "China/NNP for/IN investment/NN ./.";
const std::string kS6 =
    "Chinese/JJ companies/NNS/NOUN/company have/VBP/AUX/have rapidly/RB taken/VBN/VERB/take over/RP "
    "large/JJ swaths/NNS of/IN Russian/JJ businesses/NNS and/CC industries/NNS ./.";
const std::string kS7 =
    "Analysts/NNS have/VBP/AUX/have drawn/VBN/VERB/draw parallels/NNS ,/, referencing/VBG/VERB/reference "
    "former/JJ US/NNP President/NNP Richard/NNP Nixon/NNP ’s/POS Cold/NNP War-era/NN strategy/NN ./.";

}  // namespace

TEST_CASE("extract: seed sentence 1 gives the phone call, titles and talks", "[extract]") {
  Document doc = make_doc({kS1}, "seed-000");
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(has(ts, "Vladimir Putin | hold-phone-call-with | Xi Jinping"));
  CHECK(has(ts, "Vladimir Putin | president-of | Russia"));
  CHECK(has(ts, "Xi Jinping | president-of | China"));
  CHECK(has(ts, "Russia | talks-with | United States"));
  CHECK(ts.size() == 4);

  const Triple& call = get(ts, "Vladimir Putin | hold-phone-call-with | Xi Jinping");
  CHECK(call.subject.type == EntityType::Person);
  CHECK(call.subject.mention == "Russian President Vladimir Putin");
  CHECK(call.object.mention == "Chinese President Xi Jinping");
  CHECK(call.relation_text == "have held a phone call");
  CHECK(call.evidence.doc_id == "seed-000");
  CHECK(call.evidence.sentence == 0);
  CHECK(call.evidence.begin == 0);
  CHECK(doc.text.substr(call.evidence.begin, call.evidence.end - call.evidence.begin) ==
        "Russian President Vladimir Putin and Chinese President Xi Jinping");
  CHECK(call.evidence.sentence_text == doc.text);
  // Title triples point at the title words as their relation.
  const Triple& title = get(ts, "Vladimir Putin | president-of | Russia");
  const auto slice = [&](ergraph::core::Span sp) { return doc.text.substr(sp.begin, sp.end - sp.begin); };
  CHECK(slice(title.relation_span) == "President");
  CHECK(slice(title.object_span) == "Russian");
  CHECK(slice(title.subject_span) == "Russian President Vladimir Putin");
  CHECK(call.confidence > 0.0);
  CHECK(call.confidence <= 1.0);

  const Triple& talks = get(ts, "Russia | talks-with | United States");
  CHECK(talks.object.mention == "the US");
  CHECK(talks.object.type == EntityType::Gpe);

  // Text order: the evidence spans are non-decreasing.
  for (std::size_t i = 1; i < ts.size(); ++i) CHECK(ts[i - 1].evidence.begin <= ts[i].evidence.begin);
}

TEST_CASE("extract: seed sentence 1 mentions", "[extract]") {
  Document doc = make_doc({kS1});
  extractor().extract(doc);
  std::vector<std::string> names;
  for (const auto& m : doc.mentions) names.push_back(m.canonical);
  CHECK(names ==
        std::vector<std::string>{"Vladimir Putin", "Xi Jinping", "Russia", "United States", "Ukraine"});
  REQUIRE(doc.mentions.size() == 5);
  CHECK(doc.mentions[0].type == EntityType::Person);
  CHECK(doc.mentions[1].type == EntityType::Person);
  CHECK(doc.mentions[3].type == EntityType::Gpe);
  // "the US": the determiner is in the mention's tokens, not in the canonical name.
  CHECK(doc.text.substr(doc.tokens[doc.mentions[3].first].begin,
                        doc.tokens[doc.mentions[3].last - 1].end - doc.tokens[doc.mentions[3].first].begin) ==
        "the US");
}

TEST_CASE("extract: demonym group sells to a capital metonym, and is linked to its country", "[extract]") {
  Document doc = make_doc({kS2});
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  REQUIRE(keys(ts) == std::vector<std::string>{"Chinese companies | from | China",
                                               "Chinese companies | sell-dual-use-goods-to | Russia"});
  CHECK(ts[0].relation_text == "Chinese");
  CHECK(ts[1].subject.mention == "Chinese companies");
  CHECK(ts[1].subject.type == EntityType::Org);
  CHECK(ts[1].object.mention == "Moscow");
  CHECK(ts[1].relation_text == "selling dual-use goods to");
  // A metonym is an indirect argument: lower confidence than a named one.
  Document named = make_doc({"Beijing/NNP sold/VBD/VERB/sell goods/NNS to/IN Ukraine/NNP ./."});
  Document direct = make_doc({"China/NNP sold/VBD/VERB/sell goods/NNS to/IN Ukraine/NNP ./."});
  const auto t_metonym = extractor().extract(named);
  const auto t_direct = extractor().extract(direct);
  REQUIRE(t_metonym.size() == 1);
  REQUIRE(t_direct.size() == 1);
  CHECK(t_metonym[0].confidence < t_direct[0].confidence);
}

TEST_CASE("extract: short titled names resolve to the full names of the document", "[extract]") {
  Document doc = make_doc({kS1, kS3, kS4}, "seed");
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(has(ts, "Vladimir Putin | update | Xi Jinping"));
  CHECK(has(ts, "Xi Jinping | praise | Russia"));
  const Triple& upd = get(ts, "Vladimir Putin | update | Xi Jinping");
  CHECK(upd.subject.mention == "President Putin");
  CHECK(upd.object.mention == "President Xi");
  CHECK(upd.evidence.sentence == 1);
  // "Russia-US" is not a mention; "Russia" after "which came at" is no subject of "saw".
  for (const auto& m : doc.mentions) CHECK(m.canonical != "Russia-US");
  CHECK_FALSE(has(ts, "Russia | see | Vladimir Putin"));
  // The hyphenated compound before a relation noun.
  // Each argument quotes its own piece of "Russia-US", never the pair (issue 10: an alias is a
  // name seen for the entity); the spans cut the token at the hyphen.
  const Triple& disc = get(ts, "Russia | discussions-with | United States");
  CHECK(disc.subject.mention == "Russia");
  CHECK(disc.object.mention == "US");
  CHECK(disc.subject.rule == "exact");
  CHECK(disc.object.rule == "gazetteer");
  CHECK(doc.text.substr(disc.subject_span.begin, disc.subject_span.end - disc.subject_span.begin) == "Russia");
  CHECK(doc.text.substr(disc.object_span.begin, disc.object_span.end - disc.object_span.begin) == "US");
  CHECK(disc.relation_text == "Russia-US discussions");
  CHECK(disc.evidence.sentence == 1);
}

TEST_CASE("extract: a hyphenated pair gives each argument its own piece as mention", "[extract]") {
  // Trade (business), sport, a border dispute (other regions), a treaty (politics).
  Document doc = make_doc({"India-Pakistan/NNP tensions/NNS/NOUN/tension rose/VBD/VERB/rise ./.",
                           "The/DT US-Mexico/NNP trade/NN grew/VBD/VERB/grow last/JJ year/NN ./.",
                           "Kenya-Ethiopia/NNP border/NN talks/NNS/NOUN/talk resumed/VBD/VERB/resume ./.",
                           "Britain-France/NNP rivalry/NN at/IN Wimbledon/NNP is/VBZ/AUX/be old/JJ ./."},
                          "pairs");
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  struct Want {
    const char* key;
    const char* subject;
    const char* object;
  };
  const Want wants[] = {{"India | tensions-with | Pakistan", "India", "Pakistan"},
                        {"United States | trade-with | Mexico", "US", "Mexico"},
                        {"Kenya | border-with | Ethiopia", "Kenya", "Ethiopia"},
                        {"United Kingdom | rivalry-with | France", "Britain", "France"}};
  for (const Want& w : wants) {
    INFO(w.key);
    REQUIRE(has(ts, w.key));
    const Triple& t = get(ts, w.key);
    CHECK(t.subject.mention == w.subject);
    CHECK(t.object.mention == w.object);
    CHECK(doc.text.substr(t.subject_span.begin, t.subject_span.end - t.subject_span.begin) == w.subject);
    CHECK(doc.text.substr(t.object_span.begin, t.object_span.end - t.object_span.begin) == w.object);
  }
  for (const auto& t : ts) {
    CHECK(t.subject.mention.find('-') == std::string::npos);
    CHECK(t.object.mention.find('-') == std::string::npos);
  }
}

TEST_CASE("extract: verb with preposition and particle with noun phrase", "[extract]") {
  Document doc = make_doc({kS5, kS6});
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(keys(ts) == std::vector<std::string>{"Russia | turn-to | China", "Chinese companies | from | China",
                                             "Chinese companies | take-over-large-swaths-of | Russian businesses",
                                             "Russian businesses | from | Russia"});
  REQUIRE(ts.size() == 4);
  CHECK(ts[0].relation_text == "has turned to");
  CHECK(ts[2].relation_text == "have rapidly taken over large swaths of");
}

TEST_CASE("extract: former president with a nationality, and a hyphenated alias", "[extract]") {
  Document doc = make_doc({kS7});
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(keys(ts) == std::vector<std::string>{"Richard Nixon | former-president-of | United States"});
  std::vector<std::string> names;
  for (const auto& m : doc.mentions) names.push_back(m.canonical);
  CHECK(names == std::vector<std::string>{"Richard Nixon", "Cold War"});
}

TEST_CASE("extract: coordinated subjects give one triple per conjunct", "[extract]") {
  Document doc =
      make_doc({"Russia/NNP and/CC China/NNP signed/VBD/VERB/sign a/DT deal/NN with/IN Iran/NNP ./."});
  const auto ts = extractor().extract(doc);
  CHECK(keys(ts) ==
        std::vector<std::string>{"Russia | sign-deal-with | Iran", "China | sign-deal-with | Iran"});
  CHECK(ts[0].subject.mention == "Russia");
  CHECK(ts[1].subject.mention == "China");
}

TEST_CASE("extract: coordinated objects give one triple per conjunct", "[extract]") {
  Document doc =
      make_doc({"Iran/NNP sold/VBD/VERB/sell drones/NNS to/IN Russia/NNP ,/, Belarus/NNP and/CC "
                "Syria/NNP ./."});
  CHECK(keys(extractor().extract(doc)) == std::vector<std::string>{"Iran | sell-drones-to | Russia",
                                                                   "Iran | sell-drones-to | Belarus",
                                                                   "Iran | sell-drones-to | Syria"});
  // "Xi met Putin and Biden said ...": the last name starts a new clause.
  Document clause =
      make_doc({"Xi/NNP Jinping/NNP met/VBD/VERB/meet Vladimir/NNP Putin/NNP and/CC Joe/NNP Biden/NNP "
                "said/VBD/VERB/say nothing/NN ./."});
  CHECK(keys(extractor().extract(clause)) == std::vector<std::string>{"Xi Jinping | meet | Vladimir Putin"});
  // An unclosed list ("Russia, Iran") is an apposition, not a coordination.
  Document open = make_doc({"China/NNP praised/VBD/VERB/praise Russia/NNP ,/, Iran/NNP ./."});
  CHECK(keys(extractor().extract(open)) == std::vector<std::string>{"China | praise | Russia"});
}

TEST_CASE("extract: reciprocal pattern needs a coordination and a reciprocal noun", "[extract]") {
  Document three = make_doc({"Russia/NNP ,/, China/NNP and/CC Iran/NNP held/VBD/VERB/hold talks/NNS ./."});
  CHECK(keys(extractor().extract(three)) == std::vector<std::string>{"Russia | hold-talks-with | China",
                                                                     "Russia | hold-talks-with | Iran",
                                                                     "China | hold-talks-with | Iran"});
  Document met = make_doc({"Putin/NNP and/CC Modi/NNP met/VBD/VERB/meet on/IN Tuesday/NNP ./."});
  CHECK(keys(extractor().extract(met)) == std::vector<std::string>{"Putin | meet-with | Modi"});
  Document not_reciprocal =
      make_doc({"Russia/NNP and/CC China/NNP rejected/VBD/VERB/reject the/DT claims/NNS ./."});
  CHECK(extractor().extract(not_reciprocal).empty());
  Document single = make_doc({"Russia/NNP held/VBD/VERB/hold talks/NNS ./."});
  CHECK(extractor().extract(single).empty());
}

TEST_CASE("extract: relation must end right before the object", "[extract]") {
  // V W* P with a noun phrase after the preposition: no entity object, no triple.
  Document doc =
      make_doc({"China/NNP expressed/VBD/VERB/express support/NN for/IN the/DT dialogue/NN "
                "with/IN Russia/NNP ./."});
  CHECK(extractor().extract(doc).empty());
  // A complementizer is no preposition: "said that Russia" is not a relation.
  Document that = make_doc({"China/NNP said/VBD/VERB/say that/IN Russia/NNP won/VBD/VERB/win ./."});
  CHECK(extractor().extract(that).empty());
}

TEST_CASE("extract: auxiliaries and determiners are dropped, negation marks the triple negative", "[extract]") {
  Document doc =
      make_doc({"China/NNP did/VBD/AUX/do not/RB sell/VB/VERB/sell the/DT weapons/NNS to/IN Russia/NNP ./."});
  const auto ts = extractor().extract(doc);
  REQUIRE(keys(ts) == std::vector<std::string>{"China | sell-weapons-to | Russia"});
  CHECK(ts[0].polarity == ergraph::core::Polarity::Negative);
  CHECK(ts[0].relation_text == "did not sell the weapons to");
  Document may = make_doc({"China/NNP may/MD/AUX sell/VB/VERB/sell weapons/NNS to/IN Russia/NNP ./."});
  const auto hedged = extractor().extract(may);
  REQUIRE(keys(hedged) == std::vector<std::string>{"China | sell-weapons-to | Russia"});
  CHECK(hedged[0].polarity == ergraph::core::Polarity::Positive);
  CHECK(hedged[0].modality == ergraph::core::Modality::Hedged);
  CHECK(hedged[0].hedge == "may");
}

TEST_CASE("extract: the object of a preposition is no subject", "[extract]") {
  Document doc =
      make_doc({"The/DT partnership/NN between/IN Russia/NNP and/CC China/NNP will/MD not/RB "
                "be/VB/AUX/be affected/VBN/VERB/affect by/IN Iran/NNP ./."});
  CHECK(keys(extractor().extract(doc)) == std::vector<std::string>{"Russia | partnership-with | China"});
  // A subordinator is no preposition: "after Russia invaded Ukraine".
  Document after =
      make_doc({"Prices/NNS rose/VBD after/IN Russia/NNP invaded/VBD/VERB/invade Ukraine/NNP ./."});
  CHECK(keys(extractor().extract(after)) == std::vector<std::string>{"Russia | invade | Ukraine"});
}

TEST_CASE("extract: passive with by swaps the arguments", "[extract]") {
  Document doc =
      make_doc({"Gazprom/NNP was/VBD/AUX/be sanctioned/VBN/VERB/sanction by/IN the/DT EU/NNP ./."});
  const auto ts = extractor().extract(doc);
  REQUIRE(keys(ts) == std::vector<std::string>{"European Union | sanction | Gazprom"});
  CHECK(ts[0].subject.mention == "the EU");
  CHECK(ts[0].relation_text == "was sanctioned by");
}

TEST_CASE("extract: a mention that starts a complement clause is no object", "[extract]") {
  Document said = make_doc({"Xi/NNP Jinping/NNP said/VBD/VERB/say Russia/NNP ./."});
  CHECK(extractor().extract(said).empty());
  Document clause =
      make_doc({"Xi/NNP Jinping/NNP told/VBD/VERB/tell Putin/NNP China/NNP supports/VBZ/VERB/support "
                "talks/NNS ./."});
  CHECK(extractor().extract(clause).empty());
  Document told = make_doc(
      {"Xi/NNP Jinping/NNP told/VBD/VERB/tell Vladimir/NNP Putin/NNP that/IN he/PRP agreed/VBD ./."});
  CHECK(keys(extractor().extract(told)) == std::vector<std::string>{"Xi Jinping | tell | Vladimir Putin"});
}

TEST_CASE("extract: a title inside a name run", "[extract]") {
  Document doc =
      make_doc({"Home/NNP Secretary/NNP Suella/NNP Braverman/NNP told/VBD/VERB/tell Reuters/NNP ./."});
  const auto ts = extractor().extract(doc);
  REQUIRE(keys(ts) == std::vector<std::string>{"Suella Braverman | tell | Reuters"});
  CHECK(ts[0].subject.mention == "Home Secretary Suella Braverman");
  CHECK(ts[0].subject.type == EntityType::Person);
}

TEST_CASE("extract: apposition with a role noun", "[extract]") {
  Document doc =
      make_doc({"Emmanuel/NNP Macron/NNP ,/, the/DT president/NN of/IN France/NNP ,/, "
                "visited/VBD/VERB/visit Beijing/NNP ./."});
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(has(ts, "Emmanuel Macron | president-of | France"));
}

TEST_CASE("extract: relative clause subject", "[extract]") {
  Document doc =
      make_doc({"Kazakhstan/NNP ,/, which/WDT borders/VBZ/VERB/border Russia/NNP ,/, "
                "abstained/VBD/VERB/abstain ./."});
  CHECK(keys(extractor().extract(doc)) == std::vector<std::string>{"Kazakhstan | border | Russia"});
}

TEST_CASE("extract: no duplicates and no self-relations, deterministic output", "[extract]") {
  Document doc = make_doc({"Moscow/NNP praised/VBD/VERB/praise Russia/NNP ./.",
                           "Russia/NNP and/CC Russia/NNP praised/VBD/VERB/praise China/NNP ./."});
  const auto ts = extractor().extract(doc);
  CHECK(keys(ts) == std::vector<std::string>{"Russia | praise | China"});
  Document again = make_doc({"Moscow/NNP praised/VBD/VERB/praise Russia/NNP ./.",
                             "Russia/NNP and/CC Russia/NNP praised/VBD/VERB/praise China/NNP ./."});
  const auto ts2 = extractor().extract(again);
  REQUIRE(ts2.size() == ts.size());
  CHECK(ts2[0].confidence == ts[0].confidence);
  CHECK(ts2[0].evidence.begin == ts[0].evidence.begin);
}

TEST_CASE("extract: empty document and document without entities", "[extract]") {
  Document empty;
  CHECK(extractor().extract(empty).empty());
  CHECK(empty.mentions.empty());
  Document plain = make_doc({"The/DT cat/NN sat/VBD/VERB/sit on/IN the/DT mat/NN ./."});
  CHECK(extractor().extract(plain).empty());
  CHECK(plain.mentions.empty());
}

TEST_CASE("extract: compound titles give the person and the office of the country", "[extract]") {
  Document doc = make_doc(
      {"Russian/JJ Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP met/VBD/VERB/meet Treasury/NNP "
       "Secretary/NNP Janet/NNP Yellen/NNP ./.",
       "EU/NNP Commission/NNP President/NNP Ursula/NNP von/NN der/NN Leyen/NNP visited/VBD/VERB/visit "
       "Kyiv/NNP ./.",
       "President/NNP of/IN Russia/NNP Vladimir/NNP Putin/NNP spoke/VBD/VERB/speak ./."});
  const auto ts = extractor().extract(doc);
  INFO(Catch::Detail::stringify(keys(ts)));
  CHECK(keys(ts) == std::vector<std::string>{"Sergei Lavrov | foreign-minister-of | Russia",
                                             "Sergei Lavrov | meet | Janet Yellen",
                                             "Janet Yellen | secretary-of | Treasury",  // as "Apple chief executive"
                                             "Ursula von der Leyen | commission-president-of | European Union",
                                             "Ursula von der Leyen | visit | Kyiv",  // the city: a place visited
                                             "Vladimir Putin | president-of | Russia"});
  REQUIRE(ts.size() == 6);
  CHECK(ts[1].object.mention == "Treasury Secretary Janet Yellen");
  CHECK(ts[1].object.type == EntityType::Person);
  CHECK(ts[5].relation_text == "President of Russia");
}

TEST_CASE("extract: modifiers before the object belong to its noun phrase", "[extract]") {
  Document doc = make_doc(
      {"President/NNP Xi/NNP told/VBD/VERB/tell visiting/VBG/VERB/visit US/NNP lawmakers/NNS/NOUN/lawmaker "
       "that/IN China/NNP wants/VBZ/VERB/want stable/JJ ties/NNS ./."});
  const auto ts = extractor().extract(doc);
  REQUIRE(keys(ts) == std::vector<std::string>{"Xi | tell | US lawmakers", "US lawmakers | from | United States"});
  CHECK(ts[0].relation_text == "told");
  CHECK(ts[0].object.mention == "US lawmakers");
  Document adj = make_doc({"Xi/NNP Jinping/NNP met/VBD/VERB/meet senior/JJ Russian/JJ officials/NNS ./."});
  CHECK(keys(extractor().extract(adj)) ==
        std::vector<std::string>{"Xi Jinping | meet | Russian officials", "Russian officials | from | Russia"});
  // The participle stays when it is the only lexical verb, or the object of a gerund verb.
  Document aux = make_doc({"Russia/NNP has/VBZ/AUX/have invaded/VBN/VERB/invade Ukraine/NNP ./."});
  CHECK(keys(extractor().extract(aux)) == std::vector<std::string>{"Russia | invade | Ukraine"});
  Document kept = make_doc({"Iran/NNP kept/VBD/VERB/keep supplying/VBG/VERB/supply Russia/NNP ./."});
  CHECK(keys(extractor().extract(kept)) == std::vector<std::string>{"Iran | keep-supply | Russia"});
}
