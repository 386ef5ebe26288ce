#pragma once
/// @file triple.h
/// The record that flows from the extractors to the graph: subject, relation, object and
/// where it was read. The graph library sees only this type, never NLP types.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

/// How firmly the text commits to the relation, on FactBank's scale (Saurí and Pustejovsky 2009):
/// certain, probable or possible, each positive or negative, or underspecified (nobody commits
/// either way: a request, a plan, a condition, a question). Relative to the triple's source
/// (Triple::source_chain). Strings in files: "CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu".
/// Polarity is the sign; Modality is Asserted for CT+ and CT-, Hedged for the rest.
enum class Factuality : std::uint8_t { CertainPos, ProbablePos, PossiblePos, CertainNeg, ProbableNeg, PossibleNeg, Underspecified };
const char* to_string(Factuality f);
bool parse_factuality(std::string_view s, Factuality& out);
/// The sign: Negative for CT-, PR-, PS-.
Polarity polarity_of(Factuality f);
/// Asserted for CT+ and CT-, Hedged otherwise.
Modality modality_of(Factuality f);
/// Certainty rank: 3 certain, 2 probable, 1 possible, 0 underspecified.
int certainty(Factuality f);
/// The more certain of two values (an edge merges triples of one polarity: the firmest one counts);
/// on a tie, `a`.
Factuality firmer(Factuality a, Factuality b);
/// The value implied by a polarity and a modality alone (files written before factuality):
/// asserted -> CT+/CT-, hedged -> PS+/PS-.
Factuality factuality_of(Polarity p, Modality m);

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
  /// The document's metadata (nlp/dates.h, nlp/reader.h): its day as ISO 8601 "YYYY-MM-DD" (from
  /// the JSONL `date`, else a dateline in the text; empty if neither), its title and url (empty if
  /// the input has none).
  std::string date, title, url;
};

/// A subject–relation–object triple with its evidence.
struct Triple {
  EntityRef subject;
  std::string relation;          ///< normalized: lemmatized, lower case, words joined by hyphens ("sell-dual-use-goods-to")
  std::string relation_text;     ///< the relation as written ("were selling dual-use goods to")
  EntityRef object;
  double confidence = 0.5;       ///< in (0, 1]
  Provenance evidence;
  /// The factuality (extract/factuality.h); polarity and modality are derived from it.
  Factuality factuality = Factuality::CertainPos;
  Polarity polarity = Polarity::Positive;
  Modality modality = Modality::Asserted;
  std::string hedge;             ///< the cue that made it less than certain, as written ("may", "urged", "if"); empty when CT+/CT-
  /// Who holds that stance, outermost first, the author not listed: ["NATO"] for "NATO accused
  /// Russia of ...", ["Kremlin", "Peskov"] for "the Kremlin said Peskov denied that ...". Canonical
  /// names when entities. Empty: the author.
  std::vector<std::string> source_chain;
  std::string attribution;       ///< the innermost source (source_chain.back()); empty if the author
  /// Byte spans of the subject, relation and object tokens in the document's text. The relation
  /// span runs from its first to its last word (it may enclose words of the object: "sell goods to").
  /// Empty when the extractor does not know them.
  Span subject_span, relation_span, object_span;
};

/// One mention of an entity in a document, for mention and document counts on graph nodes.
struct EntityMention {
  EntityRef entity;
  std::string doc_id;
  std::string date;  ///< the document's day ("YYYY-MM-DD"), empty if unknown
};

/// Strict weak order used for deterministic output: by document, sentence, span, then content.
bool triple_less(const Triple& a, const Triple& b);

}  // namespace ergraph::core
