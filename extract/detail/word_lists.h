#pragma once
// Word lists and the membership test shared by the extractors (pattern_extractor.cpp,
// clause_extractor.cpp, clauses.cpp, entities.cpp). Internal to extract/.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace ergraph::extract::detail {

/// Whether `w` is one of `list`.
template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Heads of the object noun phrase (or verbs) that make "A and B <verb>" reciprocal
// ("Putin and Xi held a phone call" -> hold-phone-call-with).
// clang-format off
inline constexpr std::string_view kReciprocalNouns[] = {
    "call", "talks", "talk", "meeting", "summit", "conversation", "discussions", "discussion",
    "negotiations", "agreement", "deal", "treaty", "pact", "accord", "partnership", "relations", "ties",
    "dialogue", "exchange", "consultations", "phone", "meetings", "calls"};
inline constexpr std::string_view kReciprocalVerbs[] = {
    "meet", "talk", "speak", "agree", "negotiate", "clash", "cooperate", "confer"};
// clang-format on

}  // namespace ergraph::extract::detail
