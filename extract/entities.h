#pragma once
/// @file entities.h
/// Entity mentions for the pattern extractor: the gazetteer (models/gazetteer.tsv), rule-based
/// mention detection over POS-tagged sentences, canonical names and in-document coreference of
/// short person names. A trained recognizer replaces the typing rules later; the rules are:
///
/// Mentions
///  - a maximal run of proper nouns (NNP/NNPS); inside a run "&" and hyphens join proper nouns,
///    "of" joins only after an organization head word ("Bank of America", "Ministry of Defence")
///    and "and" only after such an "of"; a possessive "’s" ends the run and is not part of it;
///  - gazetteer aliases (longest match, case-sensitive, even if mistagged) such as "Cold War" or
///    "Soviet Union"; the last word of a multiword alias may carry a hyphenated suffix
///    ("Cold War-era" -> Cold War);
///  - a leading "the" belongs to the mention text (not the canonical name) when the mention is the
///    head of its noun phrase ("the US", not "the Biden administration");
///  - DECISION: a demonym followed (within three words) by an actor noun ("Chinese companies",
///    "Russian officials", "the Ukrainian government") is a mention of the country, canonical
///    "China"/"Russia"/"Ukraine", type of the country (GPE), flagged `demonym_actor`.
/// Canonical names and types
///  - leading "former", a nationality (demonym or country alias) before a title, and title words
///    (President, Prime Minister, Mr., Gen., ...) are dropped from the canonical name; a title makes
///    the mention a PERSON and the nationality is kept for the "president of" triple;
///  - gazetteer first (alias -> canonical, type); then organization words (Inc, Ministry, Bank,
///    Party, Agency, ...) -> ORG; geographic head words (Sea, River, Strait, ...) -> LOC; a run
///    starting with a known first name -> PERSON; after "in"/"near"/"across"... -> GPE; two or
///    three title-case words -> PERSON; anything else -> MISC;
///  - junk is skipped: single letters, bare titles, all-caps section labels at the start of a
///    sentence, hyphenated pairs of known places ("Russia-US"), and a capitalized word at the start
///    of a sentence that is a common word (it occurs in lower case elsewhere in the document)
///    unless coreference ties it to a person.
/// Coreference (within one document)
///  - a mention whose canonical name is one to two words (not from the gazetteer) takes the name
///    of the one PERSON whose longer canonical name starts or ends with those words ("Putin",
///    "President Putin" -> "Vladimir Putin"; "Xi" -> "Xi Jinping"); with two or more candidates it
///    keeps its own name.
/// Thread safety: a loaded Gazetteer is immutable; the free functions are re-entrant.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "extract/document.h"

namespace ergraph::extract {

/// One gazetteer alias: its canonical entity and whether it names the state by a metonym
/// (a capital or seat of government: "Moscow", "the Kremlin" -> Russia).
struct GazetteerEntry {
  std::string canonical;                           ///< canonical entity name
  core::EntityType type = core::EntityType::Misc;  ///< entity type
  bool metonym = false;                            ///< 4th column "metonym"
};

/// Alias table read from a TSV file:
///   line 1: "# ergraph gazetteer v1"
///   then:   alias <TAB> canonical <TAB> type [<TAB> metonym]
/// where type is PERSON, ORG, GPE, LOC, MISC, DEMONYM (an adjective such as "Chinese" whose
/// canonical is the country) or FIRSTNAME (a given name: a run of names starting with one is a
/// PERSON; canonical = the name itself). Blank lines and lines starting with '#' are ignored. An alias
/// may have several words ("the" is never part of an alias: it is handled by the matcher).
class Gazetteer {
 public:
  /// Reads a gazetteer file. Throws ModelError: E421 cannot open, E422 bad header line,
  /// E423 wrong column count, E424 unknown type or empty field, E425 alias listed twice with
  /// different entities; the location is "file:line".
  static Gazetteer load(const std::filesystem::path& path);
  /// Same from a stream; `source` names it in error locations.
  static Gazetteer parse(std::istream& in, const std::string& source);

  /// Adds one alias (words separated by spaces). DEMONYM aliases go to the demonym table.
  void add(std::string_view alias, std::string canonical, core::EntityType type, bool metonym = false);
  void add_demonym(std::string_view demonym, std::string country);
  void add_first_name(std::string_view name) { first_names_.emplace(name); }

  /// The entry for an alias written with single spaces between its tokens, or nullptr.
  const GazetteerEntry* find(std::string_view alias) const;
  /// Longest alias matching the token forms starting at `i` (at most up to `end`): returns the
  /// number of tokens matched (0 if none) and sets `out`.
  std::size_t match(const std::vector<std::string_view>& forms, std::size_t i, std::size_t end,
                    const GazetteerEntry*& out) const;
  /// The country entry for a demonym ("Chinese" -> China, GPE), or nullptr.
  const GazetteerEntry* demonym(std::string_view word) const;

  std::size_t alias_count() const { return aliases_.size(); }
  std::size_t demonym_count() const { return demonyms_.size(); }
  bool is_first_name(std::string_view word) const { return first_names_.find(word) != first_names_.end(); }
  std::size_t first_name_count() const { return first_names_.size(); }

 private:
  std::map<std::string, GazetteerEntry, std::less<>> aliases_;
  std::map<std::string, GazetteerEntry, std::less<>> demonyms_;
  std::set<std::string, std::less<>> first_names_;
  std::size_t max_words_ = 1;
};

/// A mention with what the relation patterns need to know about how it was found.
struct MentionInfo {
  Mention mention;                ///< what goes to doc.mentions
  std::uint32_t name_first = 0;   ///< first token of the name proper (after "the", titles)
  bool from_gazetteer = false;    ///< canonical name came from the gazetteer
  bool metonym = false;           ///< gazetteer metonym ("Moscow" for Russia)
  bool demonym_actor = false;     ///< "Chinese companies" -> China
  bool titled = false;            ///< a title word preceded the name
  std::uint32_t title_first = 0;  ///< title words [title_first, title_last) ("President")
  std::uint32_t title_last = 0;
  std::string nationality;  ///< canonical country of a nationality before the title
  core::EntityType nationality_type = core::EntityType::Gpe;
  std::uint32_t nationality_first = 0;  ///< its tokens [nationality_first, nationality_last)
  std::uint32_t nationality_last = 0;
  bool weak = false;  ///< capitalized common word opening a sentence: dropped unless it resolves to a person
};

/// Finds the mentions of all sentences (in text order, not overlapping) with canonical names,
/// then applies in-document coreference. Requires tokens, sentences and tags.
std::vector<MentionInfo> find_mentions(const Document& doc, const Gazetteer& gazetteer);

/// Stores the mentions in doc.mentions and groups them by sentence: element s lists the
/// mentions of sentence s (pointers into `infos`, in text order).
std::vector<std::vector<const MentionInfo*>> store_mentions(Document& doc, const std::vector<MentionInfo>& infos);

/// Applies the coreference rule above to `mentions` in place (called by find_mentions).
void resolve_coreference(std::vector<MentionInfo>& mentions);

/// Token classes shared by the mention and relation rules (Penn tags, with UPOS as fallback).
namespace pos {
bool is_proper(const Token& t);        ///< NNP, NNPS
bool is_noun(const Token& t);          ///< NN, NNS, NNP, NNPS
bool is_verb(const Token& t);          ///< any verb or auxiliary or modal
bool is_aux(const Token& t);           ///< UPOS AUX or MD
bool is_adverb(const Token& t);        ///< RB, RBR, RBS, WRB
bool is_adjective(const Token& t);     ///< JJ, JJR, JJS
bool is_determiner(const Token& t);    ///< DT, PDT, PRP$, WP$
bool is_punct(const Token& t);         ///< punctuation (UPOS PUNCT or a punctuation tag)
bool is_quote(std::string_view form);  ///< straight or curly quote marks
}  // namespace pos

}  // namespace ergraph::extract
