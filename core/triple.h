#pragma once
/// @file triple.h
/// The record that flows from the extractors to the graph: subject, relation, object and
/// where it was read. The graph library sees only this type, never NLP types.
#include <cstdint>
#include <string>
#include <string_view>

namespace ergraph::core {

/// Entity types. Strings in files: "PERSON", "ORG", "GPE", "LOC", "MISC", "CONCEPT".
/// CONCEPT is a common-noun phrase standing as an object ("neutrality", "dual-use goods"), not
/// a named entity; its name is the phrase in lower case.
enum class EntityType : std::uint8_t { Person, Org, Gpe, Loc, Misc, Concept };
const char* to_string(EntityType t);
/// Parses the file spelling; returns false for an unknown name.
bool parse_entity_type(std::string_view s, EntityType& out);

/// Whether the sentence asserts the relation or denies it ("China does not take sides").
/// Strings in files: "positive", "negative".
enum class Polarity : std::uint8_t { Positive, Negative };
const char* to_string(Polarity p);
bool parse_polarity(std::string_view s, Polarity& out);

/// How firmly the relation is stated: asserted, or hedged by a modal verb ("may", "could"),
/// an adverb ("allegedly", "reportedly") or a verb of intent or guessing ("plan to", "speculate").
/// Strings in files: "asserted", "hedged".
enum class Modality : std::uint8_t { Asserted, Hedged };
const char* to_string(Modality m);
bool parse_modality(std::string_view s, Modality& out);

/// A half-open byte range in a document's text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

/// One argument of a triple, already resolved to its canonical entity.
struct EntityRef {
  std::string name;                        ///< canonical name: "Vladimir Putin", "United States"
  EntityType type = EntityType::Misc;      ///< entity type
  std::string mention;                     ///< surface text in the sentence: "President Putin"
  /// How the surface text was resolved to `name` (kept per surface form in entities.jsonl):
  /// "exact" (the name as written, a leading "the" aside), "gazetteer" (a gazetteer alias: "US"),
  /// "metonym" (a capital or seat of government standing for its state: "the Kremlin"),
  /// "demonym" ("the Chinese government", "Russian" before a title), "coreference" (a pronoun or
  /// description resolved to its antecedent: "he", "the company"), "title" (title words dropped:
  /// "President Putin"), "surname" (a short name resolved to the one longer name: "Putin"),
  /// "normalized" (other canonical-name rules: "former", spacing), "concept" (a CONCEPT noun
  /// phrase), "alias-file" (the user's --aliases file). Empty when the producer does not say.
  std::string rule;
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
  std::string relation;          ///< normalized: lemmatized, lower case, words joined by hyphens ("sell-dual-use-goods-to")
  std::string relation_text;     ///< the relation as written ("were selling dual-use goods to")
  EntityRef object;
  double confidence = 0.5;       ///< in (0, 1]
  Provenance evidence;
  Polarity polarity = Polarity::Positive;
  Modality modality = Modality::Asserted;
  std::string hedge;             ///< the hedging cue as written ("may", "reportedly"); empty when asserted
  std::string attribution;       ///< who says so, canonical when an entity ("Kremlin", "Xi Jinping"); empty if none
  /// Byte spans of the subject, relation and object tokens in the document's text. The relation
  /// span runs from its first to its last word (it may enclose words of the object: "sell goods to").
  /// Empty when the extractor does not know them.
  Span subject_span, relation_span, object_span;
};

/// One mention of an entity in a document, for mention and document counts on graph nodes.
struct EntityMention {
  EntityRef entity;
  std::string doc_id;
};

/// Strict weak order used for deterministic output: by document, sentence, span, then content.
bool triple_less(const Triple& a, const Triple& b);

}  // namespace ergraph::core
