#pragma once
/// @file triple_eval.h
/// Scoring extracted triples against hand-made gold triples (tests/quality/ood_extraction.jsonl,
/// format in tests/quality/README.md): one sentence per line with the entity–entity triples a
/// correct extractor gives. `ergraph eval triples` and `make quality` print the table; a test
/// keeps floors under it.
///
/// Only system triples whose subject and object are named entities (not CONCEPT) are scored.
/// Names are compared ignoring ASCII case. Three levels, each a one-to-one matching of system and
/// gold triples with the same subject, object and polarity (a gold relation ending in "-with"
/// also matches the reverse direction: reciprocal links):
///  - strict: the system relation is one of the gold alternatives ("sign-treaty-with|sign-with");
///  - verb:   the first word of the relation matches (after a leading "be-"): sell-drones-to ~ sell;
///  - pair:   any relation.
/// System triples are deduplicated per level before matching (two relations between the same
/// pair count once at the pair level).
/// Thread safety: pure functions.
#include <array>
#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/triple.h"
#include "extract/pipeline.h"

namespace ergraph::extract {

struct GoldTriple {
  std::string subject, object;
  std::vector<std::string> relations;  ///< the "|" alternatives
  core::Polarity polarity = core::Polarity::Positive;
  /// Optional (tests/quality/factuality.jsonl): the expected factuality and innermost source
  /// ("" = the author; the file writes "author").
  bool has_factuality = false;
  core::Factuality factuality = core::Factuality::CertainPos;
  std::string source;
};

struct GoldSentenceTriples {
  std::string id, domain, split, text;
  std::string category;  ///< optional: the factuality category ("denial", "plain", ...)
  std::vector<GoldTriple> triples;
};

/// Factuality of the gold triples that carry one. A gold triple is `found` when the system gives a
/// triple (any relation, any polarity) between the same subject and object in that direction (a
/// name matches the canonical name or the text it was read from: "NATO"); of
/// those, the one with the gold value is taken when there is one, else the first. `value`: its
/// factuality is the gold one; `correct`: and its innermost source (Triple::attribution, "" = the
/// author) is the gold source, names compared ignoring case. `not_fact`: gold triples that are not
/// CT+; `safe`: of those, the ones for which the system gives no CT+ triple of the pair.
/// Accuracy = correct / gold (a missing triple counts against it).
struct FactualityCounts {
  std::size_t gold = 0, found = 0, value = 0, correct = 0, not_fact = 0, safe = 0;
  FactualityCounts& operator+=(const FactualityCounts& o) {
    gold += o.gold, found += o.found, value += o.value, correct += o.correct, not_fact += o.not_fact, safe += o.safe;
    return *this;
  }
};

/// Reads the gold JSONL; throws ParseError naming file:line on a malformed line, IoError if the
/// file cannot be read.
std::vector<GoldSentenceTriples> read_gold_triples(const std::filesystem::path& path);

enum class MatchLevel { Strict = 0, Verb = 1, Pair = 2 };
inline constexpr std::array<const char*, 3> kMatchLevelNames = {"strict", "verb", "pair"};

/// Counts for one level.
struct MatchCounts {
  std::size_t gold = 0, predicted = 0, matched = 0;  ///< matched: pairs of the one-to-one matching
  double precision() const { return predicted ? static_cast<double>(matched) / static_cast<double>(predicted) : 0.0; }
  double recall() const { return gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  MatchCounts& operator+=(const MatchCounts& o) {
    gold += o.gold, predicted += o.predicted, matched += o.matched;
    return *this;
  }
};

/// The result for one sentence: counts per level, and what went wrong at the strict level.
struct SentenceScore {
  std::array<MatchCounts, 3> levels;
  std::vector<std::string> missed;    ///< gold triples without a strict match ("s | rel | o")
  std::vector<std::string> spurious;  ///< entity–entity system triples without a strict match
  FactualityCounts factuality;
  std::vector<std::string> factuality_errors;  ///< gold triples not `correct`, with what the system gave
};

/// Scores the system's triples of one sentence (all of them: concept triples are skipped here).
/// `read_names` (canonical name, text as written) are the sentence's entity mentions: a source
/// also matches a gold source by the text its entity was read from ("NATO" for North Atlantic
/// Treaty Organization), as subjects and objects match by their triples' mention texts.
SentenceScore score_sentence(const GoldSentenceTriples& gold, const std::vector<core::Triple>& system,
                             const std::vector<std::pair<std::string, std::string>>& read_names = {});

/// Counts summed by a key ("all", a domain, a split).
using ScoreTable = std::map<std::string, std::array<MatchCounts, 3>>;

/// Factuality counts by category, split and "all".
using FactualityTable = std::map<std::string, FactualityCounts>;

/// Runs `pipeline` on each gold sentence (one document each, id = the sentence's id) and sums the
/// scores by "all", domain and split; `per_sentence` (if given) receives each sentence's score,
/// `factuality` (if given) the factuality counts by category, split and "all".
ScoreTable score_pipeline(const Pipeline& pipeline, const std::vector<GoldSentenceTriples>& gold,
                          std::vector<SentenceScore>* per_sentence = nullptr, FactualityTable* factuality = nullptr);

}  // namespace ergraph::extract
