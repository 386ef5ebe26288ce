#pragma once
/// @file triple.h
/// The record that flows from the extractors to the graph: subject, relation, object and
/// where it was read. The graph library sees only this type, never NLP types.
#include <cstdint>
#include <string>
#include <string_view>

namespace ergraph::core {

/// Entity types. Strings in files: "PERSON", "ORG", "GPE", "LOC", "MISC".
enum class EntityType : std::uint8_t { Person, Org, Gpe, Loc, Misc };
const char* to_string(EntityType t);
/// Parses the file spelling; returns false for an unknown name.
bool parse_entity_type(std::string_view s, EntityType& out);

/// One argument of a triple, already resolved to its canonical entity.
struct EntityRef {
  std::string name;                        ///< canonical name: "Vladimir Putin", "United States"
  EntityType type = EntityType::Misc;      ///< entity type
  std::string mention;                     ///< surface text in the sentence: "President Putin"
};

/// Where a triple was read.
struct Provenance {
  std::string doc_id;            ///< the document's id (JSONL id or path relative to the argument)
  std::uint32_t sentence = 0;    ///< 0-based sentence index in the document
  std::uint32_t begin = 0;       ///< byte span of the evidence (subject start .. object end) in the
  std::uint32_t end = 0;         ///<   document's text, half-open
  std::string sentence_text;     ///< the whole sentence, as written
};

/// A subject–relation–object triple with its evidence.
struct Triple {
  EntityRef subject;
  std::string relation;          ///< normalized: lemmatized, lower case, words joined by spaces ("hold phone call with")
  std::string relation_text;     ///< the relation as written ("have held a phone call with")
  EntityRef object;
  double confidence = 0.5;       ///< in (0, 1]
  Provenance evidence;
};

/// One mention of an entity in a document, for mention and document counts on graph nodes.
struct EntityMention {
  EntityRef entity;
  std::string doc_id;
};

/// Strict weak order used for deterministic output: by document, sentence, span, then content.
bool triple_less(const Triple& a, const Triple& b);

}  // namespace ergraph::core
