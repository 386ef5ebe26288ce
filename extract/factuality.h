#pragma once
/// @file factuality.h
/// Factuality of a clause, decided from its embedding (FactBank's scale, core::Factuality) and
/// its source (who holds that stance). All rules are here; the words are in models/factuality.tsv
/// (format in its header).
///
/// For a predicate p, starting from "certain, positive, the author's":
///  1. p's own words: a negation (not, n't, never, "no longer") flips the sign; a modal auxiliary
///     or a hedging adverb lowers the certainty (may: possible, probably: probable); a
///     subordinator of condition (if, unless, whether) or an adverbial clause of condition under p
///     ("If A buys B, C will sue D": both clauses) makes it underspecified; a direct question
///     (the sentence ends with "?") too.
///  2. Then up the embedding, step by step (ccomp, xcomp, an advcl or obl clause introduced by a
///     marker, a noun's complement clause; conjuncts share their first conjunct's embedding):
///     the governor's lexicon effect (report, belief, doubt, deny, accuse, request, imply+,
///     imply-, end, continue, condition, claim, evidence, probable, possible, unlikely) changes
///     the value, and report, belief, doubt, deny, accuse and request verbs push their subject
///     (a passive's agent) as a source. A governor's own negation and modality count: "did not
///     manage to" (CT-), "did not deny that" (Uu), "does not believe that" (PR-), "did not say
///     that" (Uu). A purpose clause ("sent troops to seize") is underspecified; other adverbial
///     clauses (because, after, when) and relative clauses keep their own value.
///  3. "according to X" on a clause or a governor, and "..., X said" (a report verb in
///     parataxis), add X as the source.
/// The cue is the word that made the value less than certain or flipped it by embedding
/// ("urged", "if", "denied"); empty for a plain CT+ or a plain negation.
/// Thread safety: immutable after load; assess() may be called concurrently.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/triple.h"
#include "extract/clauses.h"

namespace ergraph::extract {

/// File name of the lexicon inside a models folder.
inline constexpr const char* kFactualityLexicon = "factuality.tsv";

enum class FactEffect : std::uint8_t {
  None, Report, Belief, Doubt, Deny, Accuse, Request, ImplyPos, ImplyNeg, End, Continue,
  Condition, Evidence, Claim, Probable, Possible, Unlikely
};
/// "report", "imply+", ... as in the file; false for an unknown name.
bool parse_fact_effect(std::string_view s, FactEffect& out);

class FactualityLexicon {
 public:
  /// Throws ModelError: E444 the file is missing or unreadable, E445 (file:line) a bad row.
  static FactualityLexicon load(const std::filesystem::path& path);
  static FactualityLexicon parse(std::istream& in, const std::string& source);
  /// A verb governing a clause through `frame`: "" for a clausal complement (ccomp), "to" for an
  /// open complement (xcomp; falls back to ""), else the marker of an adverbial clause ("of").
  FactEffect verb(std::string_view lemma, std::string_view frame) const;
  FactEffect noun(std::string_view lemma) const { return find(1, lemma, {}); }
  FactEffect adjective(std::string_view lemma) const { return find(2, lemma, {}); }
  FactEffect adverb(std::string_view lemma) const { return find(3, lemma, {}); }
  FactEffect modal(std::string_view lemma) const { return find(4, lemma, {}); }
  FactEffect mark(std::string_view lemma) const { return find(5, lemma, {}); }
  /// A word (lower case, as written) that makes a noun phrase a condition ("failing", "barring").
  FactEffect preposition(std::string_view word) const { return find(6, word, {}); }
  std::size_t size() const { return entries_.size(); }

 private:
  FactEffect find(int kind, std::string_view lemma, std::string_view frame) const;
  std::map<std::tuple<int, std::string, std::string>, FactEffect, std::less<>> entries_;
};

/// The factuality of one clause.
struct ClauseFactuality {
  core::Factuality value = core::Factuality::CertainPos;
  std::string cue;                ///< as written; see the file comment
  std::vector<Argument> sources;  ///< outermost first; empty: the author
};

/// `holder(g)`: the source phrase of governor g (its first subject, or a passive's agent), if any.
using HolderFn = std::function<bool(std::uint32_t governor, Argument& out)>;
/// `rel_of(t)`: the relation to use for t (clauses.cpp reads a finite xcomp of a report verb as ccomp).
using RelFn = std::function<std::string_view(std::uint32_t t)>;

ClauseFactuality assess_factuality(const ParsedSentence& ps, std::uint32_t predicate, const FactualityLexicon& lexicon,
                                   const HolderFn& holder, const RelFn& rel_of);

}  // namespace ergraph::extract
