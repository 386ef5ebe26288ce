// Extraction quality on the out-of-domain set (tests/quality/ood_extraction.jsonl: business,
// sports, courts, science, local politics, other regions), through the whole pipeline with the
// shipped models. `make quality` prints the full table (ergraph eval triples).
//
// The floors are the figures measured when the set was written (2026-12-06), so a change that
// loses precision or recall fails here; raise them when an improvement lands. The set's test
// split is held out: look only at dev sentences when working on rules.
#include <catch2/catch.hpp>

#include <string>

#include "extract/pipeline.h"
#include "extract/triple_eval.h"
#include "support/test_support.h"

using ergraph::extract::MatchCounts;
using ergraph::extract::MatchLevel;

namespace {

ergraph::extract::ScoreTable score(ergraph::extract::ExtractorKind kind) {
  ergraph::extract::PipelineOptions opt;
  opt.extractor = kind;
  const auto pipeline = ergraph::extract::Pipeline::load(ergraph::test::source_dir() / "models", opt);
  const auto gold =
      ergraph::extract::read_gold_triples(ergraph::test::source_dir() / "tests" / "quality" / "ood_extraction.jsonl");
  return ergraph::extract::score_pipeline(*pipeline, gold);
}

const MatchCounts& at(const ergraph::extract::ScoreTable& t, const std::string& key, MatchLevel level) {
  return t.at(key)[static_cast<std::size_t>(level)];
}

}  // namespace

TEST_CASE("quality: the out-of-domain set covers six domains with at least 80 sentences", "[quality]") {
  const auto gold =
      ergraph::extract::read_gold_triples(ergraph::test::source_dir() / "tests" / "quality" / "ood_extraction.jsonl");
  CHECK(gold.size() >= 80);
  std::map<std::string, int> per_domain;
  for (const auto& g : gold) ++per_domain[g.domain];
  CHECK(per_domain.size() == 6);
  for (const auto& [domain, n] : per_domain) {
    INFO(domain);
    CHECK(n >= 13);
  }
}

TEST_CASE("quality: clause extractor precision and recall on the out-of-domain set stay at their floors", "[quality]") {
  const auto t = score(ergraph::extract::ExtractorKind::Clause);
  const auto& strict = at(t, "all", MatchLevel::Strict);
  INFO("strict: matched " << strict.matched << " of " << strict.predicted << " system, " << strict.gold << " gold");
  CHECK(strict.gold == 153);
  CHECK(strict.precision() >= 0.764);
  CHECK(strict.recall() >= 0.764);
  CHECK(at(t, "all", MatchLevel::Verb).precision() >= 0.770);
  // Measured after the fourth session of 2026-12-06 (third session: strict 0.677 / 0.575, verb
  // 0.692 / 0.588, pair 0.705 / 0.595; then "X appointed Y as its ROLE" role triples, role nouns
  // with a flat name, "X's ROLE, NAME," subjects): strict 96 of 140 system / 153 gold (0.686 /
  // 0.627), verb 0.700 / 0.641, pair 0.712 / 0.647. Fifth session ("for" in institution names,
  // no second argument inside a used name): strict 98 of 140 / 153 (0.700 / 0.641), verb 0.714 /
  // 0.654, pair 0.727 / 0.660. Seventh session (WordNet tagger, parser and recognizer retrained,
  // parse repairs): strict 0.709 / 0.654, verb 0.723 / 0.667, pair 0.736 / 0.673; then (closed
  // classes, verbs the tagger knows, outer copulas): strict 0.711 / 0.660, verb 0.725 / 0.673, pair
  // 0.738 / 0.680; then (lemmas: "expelled" -> expel): strict 0.718 / 0.667, verb 0.732 / 0.680
  // First session of 2026-12-07 (repairs found with probe sentences, names of many shapes):
  // strict 0.732 / 0.680, verb 0.746 / 0.693, pair 0.752 / 0.693 (floors 0.001 below).
  // Second session of 2026-12-07 (repairs found with more probes, name frames, new names):
  // strict 0.745 / 0.706, verb 0.759 / 0.719, pair 0.764 / 0.719 (floors 0.001 below).
  // Third session of 2026-12-07 (a "to" phrase hung on a name goes with the verb; roles in
  // apposition with "for" and "at"): strict 0.752 / 0.732, verb 0.765 / 0.745, pair 0.770 / 0.745
  // (floors 0.001 below).
  // Fourth session of 2026-12-07 (role titles before a name with "of", "assure" and "warn that"
  // as reports, repairs found with probe batches by a second annotator): strict 0.753 / 0.739,
  // verb 0.767 / 0.752, pair 0.772 / 0.752 (floors 0.001 below).
  // Fifth session of 2026-12-07 (a counted unit's "of" noun names the relation, "a 51 percent
  // stake" is a stake; repairs found with seven more probe batches): strict 0.762 / 0.752, verb
  // 0.768 / 0.758, pair 0.773 / 0.758; then (occupations formed as "-ologist", "-ist", "-ician"
  // as apposition roles): strict 0.765 / 0.765, verb 0.771 / 0.771, pair 0.776 / 0.771 (floors
  // 0.001 below).
  CHECK(at(t, "all", MatchLevel::Verb).recall() >= 0.770);
  CHECK(at(t, "all", MatchLevel::Pair).precision() >= 0.775);
  CHECK(at(t, "all", MatchLevel::Pair).recall() >= 0.770);
}

TEST_CASE("quality: pattern extractor precision and recall on the out-of-domain set stay at their floors", "[quality]") {
  const auto t = score(ergraph::extract::ExtractorKind::Pattern);
  const auto& strict = at(t, "all", MatchLevel::Strict);
  INFO("strict: matched " << strict.matched << " of " << strict.predicted << " system, " << strict.gold << " gold");
  // measured 0.901 / 0.536, pair 0.912 / 0.542 (before 0.879 / 0.523, 0.890 / 0.529; 0.864 / 0.497, 0.886 / 0.510)
  // Second session of 2026-12-07: 0.892 / 0.542, pair 0.903 / 0.549: a place and one coined word
  // after it became one name ("Montreal Neurotech"), which gave the clause extractor two more
  // held-out factuality triples and one OOD dev triple and the pattern extractor one more wrong
  // triple on the OOD test split (not read). The precision floors were lowered by that one triple.
  // Third session of 2026-12-07 (roles in apposition with "for" and "at", occupation nouns as
  // roles): 0.905 / 0.562, pair 0.916 / 0.569. Fourth session of 2026-12-07 (role titles before a
  // name with "of"): 0.906 / 0.569, pair 0.917 / 0.575.
  CHECK(strict.precision() >= 0.905);
  CHECK(strict.recall() >= 0.568);
  CHECK(at(t, "all", MatchLevel::Pair).precision() >= 0.916);
  CHECK(at(t, "all", MatchLevel::Pair).recall() >= 0.574);
}

TEST_CASE("quality: factuality on tests/quality/factuality.jsonl stays at its floors, every category at 0.9 or above", "[quality]") {
  const auto pipeline = ergraph::extract::Pipeline::load(ergraph::test::source_dir() / "models");
  const auto gold =
      ergraph::extract::read_gold_triples(ergraph::test::source_dir() / "tests" / "quality" / "factuality.jsonl");
  ergraph::extract::FactualityTable f;
  ergraph::extract::score_pipeline(*pipeline, gold, nullptr, &f);
  const auto& all = f.at("all");
  INFO("gold " << all.gold << ", found " << all.found << ", value " << all.value << ", correct " << all.correct
               << ", safe " << all.safe << " of " << all.not_fact);
  CHECK(all.gold >= 240);
  CHECK(f.size() >= 13 + 3);  // every category, both splits and "all"
  // Measured 2026-12-06 (seventh session): correct 210 of 242 (0.868), value 214, found 217, safe
  // 151 of 154 (earlier that session 207, 211, 216, 149; fourth session: 203, 207, 212, 149; third session: 201, 205, 211, 148; at the
  // set's first measurement: 174, 181, 189, 146).
  // First session of 2026-12-07: correct 218, value 220, found 221, safe 153 of 154.
  // Second session of 2026-12-07: correct 226, value 227, found 228, safe 153 of 154.
  // Third session of 2026-12-07 (names of many shapes: "Nguyen Van An", "S.A..", particles):
  // correct 227, value 228, found 229, safe 153 of 154.
  // Fourth session of 2026-12-07 (probe batches by a second annotator; the scorer matches a source
  // by any mention text of its entity): correct 230, value 231, found 232, safe 153 of 154.
  // Fifth session of 2026-12-07 (an accuser's name with an "of" phrase, conditions cut by the
  // parse): correct 232, value 233, found 234, safe 153 of 154.
  // Then (the conditions of "in the event that", "on condition that", ... found through an
  // auxiliary): correct 233, value 234, found 234, safe 154 of 154.
  CHECK(all.correct >= 233);  // 216 before: sources also match by the text they were read from; time nouns; "no longer"; "without export permits"
  CHECK(all.value >= 234);
  CHECK(all.safe >= 154);
  // Issue 11: every category scores at least 0.9 (accuracy: value and source; the lowest measured
  // is question, 12 of 13).
  for (const auto& [name, row] : f) {
    INFO(name << ": correct " << row.correct << " of " << row.gold);
    if (row.gold > 0) CHECK(static_cast<double>(row.correct) / static_cast<double>(row.gold) >= 0.9);
  }
  // Of the triples it finds, the value is right (214 of 217 measured).
  CHECK(static_cast<double>(all.value) / static_cast<double>(all.found) >= 0.96);
  // Issue 11: facts stated plainly are found (39 of 43 measured, 0.907).
  const auto& plain = f.at("plain");
  CHECK(static_cast<double>(plain.found) / static_cast<double>(plain.gold) >= 0.9);
}
