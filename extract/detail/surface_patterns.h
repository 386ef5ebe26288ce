#pragma once
// The part-of-speech patterns over entity mentions (internal to extract/): the whole pattern
// extractor (pattern_extractor.h documents the rules), and its nominal patterns alone (title,
// apposition "X, the president of Y", "talks between", "China-Russia relations"), which the
// clause extractor adds to what it reads off the parse.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "entities/gazetteer.h"
#include "entities/mentions.h"
#include "extract/detail/word_lists.h"
#include "nlp/document.h"

namespace ergraph::extract::detail {

using entities::Gazetteer;
using entities::MentionInfo;
using nlp::Document;

/// The pattern triples of sentence `s`: all patterns, or (verbs = false) only the nominal ones.
/// `mentions` are the mentions of that sentence, in text order.
std::vector<core::Triple> surface_triples(const Document& doc, const Gazetteer& gazetteer, const ExtractorWords& words,
                                          std::uint32_t s, std::vector<const MentionInfo*> mentions, bool verbs);

/// The rule (core::EntityRef::rule) by which mention `m` got its canonical name: "demonym",
/// "metonym", "exact" (the text, a leading "the" aside, is the name), "gazetteer", "title" (the
/// name after the title words is the name), "surname" (the name is a shorter form of the
/// canonical, resolved by the in-document coreference of short names), else "normalized".
std::string mention_rule(const Document& doc, const MentionInfo& m);

/// The rule of a gazetteer entry `entry` matched by the text `written`.
std::string gazetteer_rule(std::string_view written, const entities::GazetteerEntry& entry);

/// Appends one sentence's triples to `out` in triple_less order, without duplicates (same
/// subject, relation, object and polarity: the first in that order is kept).
void append_sentence_triples(std::vector<core::Triple>&& sentence, std::vector<core::Triple>& out);

}  // namespace ergraph::extract::detail
