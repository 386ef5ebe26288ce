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
  }
  return "MISC";
}

bool parse_entity_type(std::string_view s, EntityType& out) {
  static constexpr std::pair<std::string_view, EntityType> kNames[] = {
      {"PERSON", EntityType::Person}, {"ORG", EntityType::Org}, {"GPE", EntityType::Gpe},
      {"LOC", EntityType::Loc},       {"MISC", EntityType::Misc}};
  for (const auto& [name, type] : kNames) {
    if (s == name) {
      out = type;
      return true;
    }
  }
  return false;
}

bool triple_less(const Triple& a, const Triple& b) {
  auto key = [](const Triple& t) {
    return std::tie(t.evidence.doc_id, t.evidence.sentence, t.evidence.begin, t.evidence.end,
                    t.subject.name, t.relation, t.object.name, t.relation_text);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  if (a.subject.type != b.subject.type) return a.subject.type < b.subject.type;
  if (a.object.type != b.object.type) return a.object.type < b.object.type;
  return a.confidence < b.confidence;
}

}  // namespace ergraph::core
