#pragma once
/// @file open_extraction.h
/// Open IE output: every clause as (arg1; relation; arg2; arg3 ...) with the words as written,
/// whether or not its arguments are named entities. This is what `ergraph extract --format carb`
/// prints and what the CaRB benchmark scores (see bench/carb.sh).
///
/// Layout (OpenIE-4 / CaRB conventions):
///  - arg1 = a subject (one extraction per coordinated subject); a passive keeps its surface
///    subject and its agent follows as "by X" ("sanctions | were imposed by | the US");
///  - relation = auxiliaries, negation, verb and particle as written ("does not take");
///    a copula keeps its complement as arg2 ("Xi | is | the president of China");
///  - arg2 = the direct object; if there is none, the first oblique, with its preposition moved
///    into the relation ("taught at | the University"), or a clausal complement with its
///    marker moved into the relation ("indicated that | organic compounds could carry current");
///  - further obliques follow as "prep phrase" arguments, the preposition as written ("under the
///    house", "In 1840"), then time phrases without a preposition ("Earlier this year");
///  - a coordinated object stays one argument ("cars and trucks");
///  - appositions give (X; is; apposition) ("Xi Jinping | is | China's president").
/// Confidence: a fixed score per construction, lowered for inherited subjects, long arguments
/// and hedged clauses (see open_extraction.cpp), used by CaRB only to rank.
/// Thread safety: pure functions.
#include <string>
#include <vector>

#include "extract/clauses.h"

namespace ergraph::extract {

struct OpenExtraction {
  std::string relation;
  std::vector<std::string> args;  ///< arg1 (subject) first; at least one
  double confidence = 0.5;
  core::Polarity polarity = core::Polarity::Positive;
  core::Modality modality = core::Modality::Asserted;
};

/// The Open IE extractions of one parsed sentence, in clause order.
std::vector<OpenExtraction> open_extractions(const ParsedSentence& ps, const std::vector<Clause>& clauses);

/// The Open IE extractions of every sentence of a parsed document (Pipeline::annotate with the
/// parser), indexed by sentence; `words` as for find_clauses(). `display`: words to print instead of the token forms (see
/// ParsedSentence::set_display).
std::vector<std::vector<OpenExtraction>> open_extractions(const Document& doc, const ClauseWords& words,
                                                          const std::vector<std::string>* display = nullptr);

}  // namespace ergraph::extract
