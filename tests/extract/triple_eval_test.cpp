// The triple scorer (extract/triple_eval.h) on hand-made system outputs.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/error.h"
#include "extract/triple_eval.h"
#include "support/test_support.h"

using namespace ergraph;
using extract::MatchLevel;

namespace {

core::Triple triple(std::string s, std::string rel, std::string o, core::EntityType ot = core::EntityType::Org,
                    core::Polarity p = core::Polarity::Positive) {
  core::Triple t;
  t.subject = {std::move(s), core::EntityType::Org, "", ""};
  t.relation = std::move(rel);
  t.object = {std::move(o), ot, "", ""};
  t.polarity = p;
  return t;
}

extract::GoldTriple gt(std::string s, std::string o, std::vector<std::string> rels, core::Polarity p) {
  extract::GoldTriple g;
  g.subject = std::move(s);
  g.object = std::move(o);
  g.relations = std::move(rels);
  g.polarity = p;
  return g;
}

extract::GoldSentenceTriples gold(std::vector<extract::GoldTriple> ts) {
  extract::GoldSentenceTriples g;
  g.id.assign(1, 'x');  // not `= "x"`: g++ 12 gives a false -Wstringop-overflow on it
  g.triples = std::move(ts);
  return g;
}

std::size_t matched(const extract::SentenceScore& s, MatchLevel l) { return s.levels[static_cast<std::size_t>(l)].matched; }

}  // namespace

TEST_CASE("triple eval: strict, verb and pair levels", "[eval]") {
  const auto g = gold({gt("Goldman Sachs", "Nordbank AG", {"advise", "advise-on"}, core::Polarity::Positive)});
  // Exact alternative, names ignoring case.
  auto s = extract::score_sentence(g, {triple("goldman sachs", "advise-on", "Nordbank AG")});
  CHECK(matched(s, MatchLevel::Strict) == 1);
  CHECK(s.missed.empty());
  // A leading "the" of a name read with it is no part of the name (gold names have none).
  s = extract::score_sentence(g, {triple("The Goldman Sachs", "advise", "the Nordbank AG")});
  CHECK(matched(s, MatchLevel::Strict) == 1);
  s = extract::score_sentence(g, {triple("Goldman Sachs", "advise", "Nordbank AG.")});  // a period at the sentence's end
  CHECK(matched(s, MatchLevel::Strict) == 1);
  s = extract::score_sentence(g, {triple("Theodor Goldman Sachs", "advise", "Nordbank AG")});
  CHECK(matched(s, MatchLevel::Strict) == 0);
  // Same first word only.
  s = extract::score_sentence(g, {triple("Goldman Sachs", "advise-on-bond-sale-with", "Nordbank AG")});
  CHECK(matched(s, MatchLevel::Strict) == 0);
  CHECK(matched(s, MatchLevel::Verb) == 1);
  CHECK(s.missed.size() == 1);
  CHECK(s.spurious.size() == 1);
  // Another verb: a pair match only; the wrong polarity matches nothing.
  s = extract::score_sentence(g, {triple("Goldman Sachs", "be-advised", "Nordbank AG")});
  CHECK(matched(s, MatchLevel::Verb) == 0);
  CHECK(matched(s, MatchLevel::Pair) == 1);
  s = extract::score_sentence(
      g, {triple("Goldman Sachs", "advise", "Nordbank AG", core::EntityType::Org, core::Polarity::Negative)});
  CHECK(matched(s, MatchLevel::Pair) == 0);
}

TEST_CASE("triple eval: concept objects are not scored, duplicates count once, reciprocal links both ways", "[eval]") {
  const auto g = gold({gt("Kenya", "Ethiopia", {"sign-treaty-with"}, core::Polarity::Positive)});
  auto s = extract::score_sentence(g, {triple("Kenya", "sign", "treaty", core::EntityType::Concept)});
  CHECK(s.levels[0].predicted == 0);
  s = extract::score_sentence(g, {triple("Ethiopia", "sign-treaty-with", "Kenya")});
  CHECK(matched(s, MatchLevel::Strict) == 1);
  // Two relations for one pair: one system triple at the pair level, two at the strict level.
  s = extract::score_sentence(g, {triple("Kenya", "sign-treaty-with", "Ethiopia"), triple("Kenya", "meet", "Ethiopia")});
  CHECK(s.levels[static_cast<std::size_t>(MatchLevel::Strict)].predicted == 2);
  CHECK(s.levels[static_cast<std::size_t>(MatchLevel::Pair)].predicted == 1);
  CHECK(s.levels[static_cast<std::size_t>(MatchLevel::Strict)].precision() == 0.5);
  // A one-way relation does not match reversed.
  const auto one_way = gold({gt("Kenya", "Ethiopia", {"accuse"}, core::Polarity::Positive)});
  CHECK(matched(extract::score_sentence(one_way, {triple("Ethiopia", "accuse", "Kenya")}), MatchLevel::Pair) == 0);
}

TEST_CASE("triple eval: malformed gold files are errors with file and line", "[eval]") {
  test::TempDir dir;
  const auto path = dir.path() / "g.jsonl";
  test::write_file(path, "{\"id\":\"a\",\"domain\":\"d\",\"split\":\"dev\",\"text\":\"t\",\"triples\":[]}\n\n{\"id\":1}\n");
  try {
    extract::read_gold_triples(path);
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.location() == path.string() + ":3");
  }
  test::write_file(path, "{\"id\":\"a\",\"domain\":\"d\",\"split\":\"dev\",\"text\":\"t\",\"triples\":[{\"subject\":\"A\","
                         "\"relation\":\"r|s\",\"object\":\"B\",\"polarity\":\"maybe\"}]}\n");
  CHECK_THROWS_AS(extract::read_gold_triples(path), ParseError);
  CHECK_THROWS_AS(extract::read_gold_triples(dir.path() / "none.jsonl"), IoError);
}

TEST_CASE("triple eval: factuality is scored by value and innermost source, safe counts false facts", "[eval]") {
  auto g = gt("Meridian Pharma", "Lumen Diagnostics", {"pay"}, core::Polarity::Negative);
  g.has_factuality = true;
  g.factuality = core::Factuality::CertainNeg;
  g.source = "Tom Hale";
  const auto gs = gold({g});
  auto t = triple("Meridian Pharma", "pay", "Lumen Diagnostics", core::EntityType::Org, core::Polarity::Negative);
  t.factuality = core::Factuality::CertainNeg;
  t.attribution = "tom hale";
  auto s = extract::score_sentence(gs, {t});
  CHECK(s.factuality.gold == 1);
  CHECK(s.factuality.found == 1);
  CHECK(s.factuality.correct == 1);
  CHECK(s.factuality.not_fact == 1);
  CHECK(s.factuality.safe == 1);
  // Right value, wrong source: value but not correct.
  t.attribution.clear();
  s = extract::score_sentence(gs, {t});
  CHECK(s.factuality.value == 1);
  CHECK(s.factuality.correct == 0);
  CHECK(s.factuality_errors.size() == 1);
  // A CT+ triple of the pair beside the right one: found and correct, but not safe.
  auto fact = triple("Meridian Pharma", "pay", "Lumen Diagnostics");
  t.attribution = "Tom Hale";
  s = extract::score_sentence(gs, {fact, t});
  CHECK(s.factuality.correct == 1);
  CHECK(s.factuality.safe == 0);
  // Nothing extracted: not found, and safe.
  s = extract::score_sentence(gs, {});
  CHECK(s.factuality.found == 0);
  CHECK(s.factuality.safe == 1);
  // A name matches the text it was read from too ("Meridian" for Meridian Pharma Group).
  auto named = t;
  named.subject.name = "Meridian Pharma Group";
  named.subject.mention = "Meridian Pharma";
  s = extract::score_sentence(gs, {named});
  CHECK(s.factuality.correct == 1);
  named.subject.mention = "Meridian";
  s = extract::score_sentence(gs, {named});
  CHECK(s.factuality.found == 0);
  // A source matches a text its entity was read from in the sentence: the tool's source "Thomas
  // Hale" is read from "Tom Hale" as the subject of another triple of the sentence.
  auto sourced = t;
  sourced.attribution = "Thomas Hale";
  s = extract::score_sentence(gs, {sourced});
  CHECK(s.factuality.correct == 0);
  auto said = triple("Thomas Hale", "deny", "Meridian Pharma");
  said.subject.mention = "Tom Hale";
  s = extract::score_sentence(gs, {sourced, said});
  CHECK(s.factuality.correct == 1);
  // ... or as a mention of the sentence that is in no triple ("Tom Hale said that ...").
  s = extract::score_sentence(gs, {sourced}, {{"Thomas Hale", "Tom Hale"}});
  CHECK(s.factuality.correct == 1);
  s = extract::score_sentence(gs, {sourced}, {{"Thomas Hale", "Hale"}});
  CHECK(s.factuality.correct == 0);
}

TEST_CASE("triple eval: the reader takes category, factuality and source, and checks them", "[eval]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "f.jsonl";
  ergraph::test::write_file(path, R"({"id":"a","category":"denial","domain":"courts","split":"dev","text":"T.","triples":[{"subject":"A","relation":"pay","object":"B","polarity":"negative","factuality":"CT-","source":"Hale"}]})"
                                  "\n");
  const auto g = extract::read_gold_triples(path);
  REQUIRE(g.size() == 1);
  CHECK(g[0].category == "denial");
  REQUIRE(g[0].triples.size() == 1);
  CHECK(g[0].triples[0].has_factuality);
  CHECK(g[0].triples[0].factuality == core::Factuality::CertainNeg);
  CHECK(g[0].triples[0].source == "Hale");
  ergraph::test::write_file(path, R"({"id":"a","domain":"d","split":"dev","text":"T.","triples":[{"subject":"A","relation":"pay","object":"B","polarity":"positive","factuality":"CT-"}]})"
                                  "\n");
  CHECK_THROWS_AS(extract::read_gold_triples(path), ParseError);  // polarity disagrees
  ergraph::test::write_file(path, R"({"id":"a","domain":"d","split":"dev","text":"T.","triples":[{"subject":"A","relation":"pay","object":"B","polarity":"positive","factuality":"sure"}]})"
                                  "\n");
  CHECK_THROWS_AS(extract::read_gold_triples(path), ParseError);
}
