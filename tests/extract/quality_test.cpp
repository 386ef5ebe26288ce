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
  CHECK(strict.precision() >= 0.663);
  CHECK(strict.recall() >= 0.555);
  CHECK(at(t, "all", MatchLevel::Verb).precision() >= 0.687);
  // Measured with company_words, subject control of bare infinitives, role nouns before names,
  // the repair of verbless sentences, "Ex-" titles and no "$" in relations (issue 11): strict
  // 0.664 / 0.556, verb 0.688 / 0.575, pair 0.701 / 0.582 (floors 0.001 below).
  CHECK(at(t, "all", MatchLevel::Verb).recall() >= 0.574);
  CHECK(at(t, "all", MatchLevel::Pair).precision() >= 0.700);
  CHECK(at(t, "all", MatchLevel::Pair).recall() >= 0.581);
}

TEST_CASE("quality: pattern extractor precision and recall on the out-of-domain set stay at their floors", "[quality]") {
  const auto t = score(ergraph::extract::ExtractorKind::Pattern);
  const auto& strict = at(t, "all", MatchLevel::Strict);
  INFO("strict: matched " << strict.matched << " of " << strict.predicted << " system, " << strict.gold << " gold");
  CHECK(strict.precision() >= 0.850);  // measured 0.851 / 0.484, pair 0.874 / 0.497
  CHECK(strict.recall() >= 0.483);
  CHECK(at(t, "all", MatchLevel::Pair).precision() >= 0.873);
  CHECK(at(t, "all", MatchLevel::Pair).recall() >= 0.496);
}

TEST_CASE("quality: factuality on tests/quality/factuality.jsonl stays at its floors", "[quality]") {
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
  // Measured 2026-12-06: correct 174 of 242 (0.719), value 181, found 189, safe 146 of 154.
  CHECK(all.correct >= 173);
  CHECK(all.value >= 180);
  CHECK(all.safe >= 145);
  // Of the triples it finds, the value is right (181 of 189 measured).
  CHECK(static_cast<double>(all.value) / static_cast<double>(all.found) >= 0.94);
}
