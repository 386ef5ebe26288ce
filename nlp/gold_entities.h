#pragma once
/// @file gold_entities.h
/// Gold entity annotations for training and evaluating the entity recognizer and coreference:
///  - GUM's MISC "Entity=" brackets in CoNLL-U (global.Entity =
///    GRP-etype-infstat-salience-centering-minspan-link-identity), every mention with its
///    entity (coreference chain) id, type and Wikipedia identity;
///  - WebAnno TSV 3.2 (GUM's tsv/ folder): the same mentions, one file per document;
///  - IOB2 files of Universal NER (id, form, tag, ...), spans typed PER/ORG/LOC.
/// Spans are half-open token ranges within one sentence.
#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/document.h"

namespace ergraph::nlp {

/// One gold mention of GUM.
struct GumMention {
  std::uint32_t first = 0, last = 0;  ///< token range in the sentence, half-open
  std::uint32_t entity = 0;           ///< the entity's id, unique within a document (its chain)
  std::string type;                   ///< person, place, organization, event, object, abstract, ...
  std::string infstat;                ///< new, giv:act, acc:inf, ...
  std::string identity;               ///< Wikipedia title ("United_Kingdom"), empty if none
  std::vector<std::uint32_t> heads;   ///< the min-span tokens (sentence indices), may be empty
};

/// The mentions of a GUM sentence read with read_conllu (from GoldSentence::entity_misc), in
/// order of their first token (outer mention first). Brackets left open at the end of the sentence
/// are dropped. Throws ParseError("E120") on a malformed bracket, naming `where`.
std::vector<GumMention> gum_mentions(const GoldSentence& sentence, const std::string& where);

/// Whether a GUM mention is a name: one of its min-span heads (any token if none are given) is a
/// proper noun (PROPN). A Wikipedia identity alone does not make a name: pronouns and
/// descriptions ("he", "the city") carry their entity's identity. For files without tags
/// (WebAnno TSV): after a leading "the", every word but connectors (of, and, de, ...) is written
/// in title case and not all of them open the sentence.
bool is_named(const GumMention& m, const GoldSentence& sentence);

/// A typed gold span (NER).
struct GoldSpan {
  std::uint32_t first = 0, last = 0;  ///< token range in the sentence, half-open
  std::string type;                   ///< "PER", "ORG", "LOC" (IOB2) or a mapped GUM type
};

/// One sentence of an IOB2 file: a one-sentence Document (words joined by single spaces) and
/// its gold spans.
struct IobSentence {
  Document doc;
  std::vector<GoldSpan> spans;
  std::string sent_id;  ///< "# sent_id =" if given
};

/// Reads Universal NER's IOB2 format: comment lines "# ...", one token per line with
/// tab-separated columns id, form, tag (O, B-X, I-X) and optional others, blank line between
/// sentences. Tags other than B-/I- of PER, ORG, LOC (e.g. OTH in early UNER files) and "B-O"
/// count as O; an I- tag that does not continue a span of its type starts one.
/// Throws IoError("E101") if the file cannot be opened, ParseError("E121") naming file:line on a
/// line without three columns.
std::vector<IobSentence> read_iob2(const std::filesystem::path& path);
std::vector<IobSentence> read_iob2(std::istream& in, const std::string& source);

/// One document of WebAnno TSV 3.2 as GUM writes it: sentences as one-sentence GoldSentences
/// (tokens without tags) and their mentions.
struct TsvDocument {
  std::string id;                                 ///< the file name without ".tsv"
  std::vector<GoldSentence> sentences;
  std::vector<std::vector<GumMention>> mentions;  ///< per sentence
};
/// Reads a GUM WebAnno TSV file (columns: token id, char span, form, entity type[id], infstat,
/// salience, identity, ...). Throws IoError("E101") / ParseError("E122", file:line).
TsvDocument read_webanno_tsv(const std::filesystem::path& path);
TsvDocument read_webanno_tsv(std::istream& in, const std::string& source, std::string id);

}  // namespace ergraph::nlp
