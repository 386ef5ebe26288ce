#include "core/triple.h"

#include <tuple>

namespace ergraph::core {

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Gpe: return "GPE";
    case EntityType::Loc: return "LOC";
    case EntityType::Misc: return "MISC";
    case EntityType::Concept: return "CONCEPT";
  }
  return "MISC";
}

bool parse_entity_type(std::string_view s, EntityType& out) {
  static constexpr std::pair<std::string_view, EntityType> kNames[] = {
      {"PERSON", EntityType::Person}, {"ORG", EntityType::Org}, {"GPE", EntityType::Gpe},
      {"LOC", EntityType::Loc},       {"MISC", EntityType::Misc},
      {"CONCEPT", EntityType::Concept}};
  for (const auto& [name, type] : kNames) {
    if (s == name) {
      out = type;
      return true;
    }
  }
  return false;
}

const char* to_string(Polarity p) { return p == Polarity::Negative ? "negative" : "positive"; }

bool parse_polarity(std::string_view s, Polarity& out) {
  if (s == "positive") out = Polarity::Positive;
  else if (s == "negative") out = Polarity::Negative;
  else return false;
  return true;
}

const char* to_string(Modality m) { return m == Modality::Hedged ? "hedged" : "asserted"; }

bool parse_modality(std::string_view s, Modality& out) {
  if (s == "asserted") out = Modality::Asserted;
  else if (s == "hedged") out = Modality::Hedged;
  else return false;
  return true;
}

namespace {
constexpr std::pair<std::string_view, Factuality> kFactuality[] = {
    {"CT+", Factuality::CertainPos},  {"PR+", Factuality::ProbablePos}, {"PS+", Factuality::PossiblePos},
    {"CT-", Factuality::CertainNeg},  {"PR-", Factuality::ProbableNeg}, {"PS-", Factuality::PossibleNeg},
    {"Uu", Factuality::Underspecified}};
}  // namespace

const char* to_string(Factuality f) {
  for (const auto& [name, value] : kFactuality)
    if (value == f) return name.data();
  return "Uu";
}

bool parse_factuality(std::string_view s, Factuality& out) {
  for (const auto& [name, value] : kFactuality)
    if (s == name) {
      out = value;
      return true;
    }
  return false;
}

Polarity polarity_of(Factuality f) {
  return f == Factuality::CertainNeg || f == Factuality::ProbableNeg || f == Factuality::PossibleNeg ? Polarity::Negative
                                                                                                      : Polarity::Positive;
}

Modality modality_of(Factuality f) {
  return f == Factuality::CertainPos || f == Factuality::CertainNeg ? Modality::Asserted : Modality::Hedged;
}

int certainty(Factuality f) {
  switch (f) {
    case Factuality::CertainPos:
    case Factuality::CertainNeg: return 3;
    case Factuality::ProbablePos:
    case Factuality::ProbableNeg: return 2;
    case Factuality::PossiblePos:
    case Factuality::PossibleNeg: return 1;
    case Factuality::Underspecified: return 0;
  }
  return 0;
}

Factuality firmer(Factuality a, Factuality b) { return certainty(b) > certainty(a) ? b : a; }

Factuality factuality_of(Polarity p, Modality m) {
  const bool neg = p == Polarity::Negative;
  if (m == Modality::Asserted) return neg ? Factuality::CertainNeg : Factuality::CertainPos;
  return neg ? Factuality::PossibleNeg : Factuality::PossiblePos;
}

bool triple_less(const Triple& a, const Triple& b) {
  auto key = [](const Triple& t) {
    return std::tie(t.evidence.doc_id, t.evidence.sentence, t.evidence.begin, t.evidence.end,
                    t.subject.name, t.relation, t.object.name, t.relation_text);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  if (a.subject.type != b.subject.type) return a.subject.type < b.subject.type;
  if (a.object.type != b.object.type) return a.object.type < b.object.type;
  if (a.polarity != b.polarity) return a.polarity < b.polarity;
  if (a.modality != b.modality) return a.modality < b.modality;
  if (a.factuality != b.factuality) return a.factuality < b.factuality;
  if (a.source_chain != b.source_chain) return a.source_chain < b.source_chain;
  if (a.hedge != b.hedge) return a.hedge < b.hedge;
  if (a.attribution != b.attribution) return a.attribution < b.attribution;
  return a.confidence < b.confidence;
}

}  // namespace ergraph::core
