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

extract::GoldSentenceTriples gold(std::vector<extract::GoldTriple> ts) {
  extract::GoldSentenceTriples g;
  g.id.assign(1, 'x');  // not `= "x"`: g++ 12 gives a false -Wstringop-overflow on it
  g.triples = std::move(ts);
  return g;
}

std::size_t matched(const extract::SentenceScore& s, MatchLevel l) { return s.levels[static_cast<std::size_t>(l)].matched; }

}  // namespace

TEST_CASE("triple eval: strict, verb and pair levels", "[eval]") {
  const auto g = gold({{"Goldman Sachs", "Nordbank AG", {"advise", "advise-on"}, core::Polarity::Positive}});
  // Exact alternative, names ignoring case.
  auto s = extract::score_sentence(g, {triple("goldman sachs", "advise-on", "Nordbank AG")});
  CHECK(matched(s, MatchLevel::Strict) == 1);
  CHECK(s.missed.empty());
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
  const auto g = gold({{"Kenya", "Ethiopia", {"sign-treaty-with"}, core::Polarity::Positive}});
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
  const auto one_way = gold({{"Kenya", "Ethiopia", {"accuse"}, core::Polarity::Positive}});
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
