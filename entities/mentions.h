#pragma once
/// @file mentions.h
/// Entity mentions for the extractors: rule-based
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
///  - a demonym or country followed (within three words) by an actor noun: with a noun naming the
///    state itself ("the Ukrainian government", "US authorities": state_nouns) a mention of the
///    country, canonical "Ukraine"/"United States", flagged `demonym_actor`; with another actor
///    noun ("Chinese companies", "Russian troops") a group of its own (`group`): canonical the
///    phrase as written, type ORG, the country in `nationality` (the extractors link the two:
///    Chinese companies -from-> China);
///  - a capital or seat of government (gazetteer "metonym") stands for its state only where it acts
///    (MentionOptions::actors = Country): not after a place preposition ("in Moscow"), not as the
///    object of a place verb ("visited Moscow": place_object_verbs), not in the "to"/"into" phrase
///    of a destination verb ("moved its headquarters to London": destination_verbs) or the "of"
///    phrase of a place noun ("the mayor of Lisbon": place_of_nouns), both learned from GUM and
///    EWT train by scripts/ud_word_lists.py; else it is the city ("Moscow", GPE);
///  - a place name the recognizer reads as part of a person's name ("Paris Hilton") is a person;
///    so is any name before a person-only predicate ("Paris was born in ...", "Smith died":
///    person_predicates), whatever the recognizer reads unless it reads an organization; a state
///    named like a country or capital is told by its context ("Washington state", "the governor
///    of Georgia": the gazetteer's ambiguous entries);
///  - title words inside a name the recognizer reads whole as an organization make no person
///    ("the Army General Staff"); a recognized name is kept whole up to a trailing portfolio word
///    ("the Ministry of Foreign Affairs and Trade").
/// Canonical names and types
///  - leading "former", a nationality (demonym or country alias) before a title, and title words
///    (President, Prime Minister, Mr., Gen., ...) are dropped from the canonical name; a title makes
///    the mention a PERSON and the nationality is kept for the "president of" triple;
///  - gazetteer first (alias -> canonical, type); then organization words (Inc, Ministry, Bank,
///    Party, Agency, ...) -> ORG; geographic head words (Sea, River, Strait, ...) -> LOC; then the
///    trained recognizer's type (entities/recognizer.h: PER -> PERSON, ORG, LOC -> GPE), which also
///    adds the capitalized names no rule found; without a recognizer: a run starting with a known
///    first name -> PERSON; after a place preposition ("in", "near", "across", ...) -> GPE; two or
///    three title-case words -> PERSON; anything else -> MISC;
///  - junk is skipped: single letters, bare titles, all-caps section labels at the start of a
///    sentence, hyphenated pairs of known places ("Russia-US"), and a capitalized word at the start
///    of a sentence that is a common word (it occurs in lower case elsewhere in the document)
///    unless coreference ties it to a person.
/// Coreference (within one document)
///  - a capitalized word tagged as a common noun that is the last word of a PERSON's full name in
///    the document ("Bill Gates ... Reporters asked Gates") is a weak mention, kept only if the
///    rule below ties it to exactly one person; not after a determiner ("a Curry"), and not at a
///    sentence start when the document also writes the word in lower case;
///  - a mention whose canonical name is one to two words (not from the gazetteer) takes the name
///    of the one PERSON whose longer canonical name starts or ends with those words ("Putin",
///    "President Putin" -> "Vladimir Putin"; "Xi" -> "Xi Jinping"); with two or more candidates it
///    keeps its own name.
/// Thread safety: see MentionFinder.
#include <array>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "nlp/document.h"
#include "nlp/lexicon.h"

namespace ergraph::entities {

using nlp::Document;
using nlp::Mention;
using nlp::Token;

/// A mention with what the relation patterns need to know about how it was found.
struct MentionInfo {
  Mention mention;                ///< what goes to doc.mentions
  std::uint32_t name_first = 0;   ///< first token of the name proper (after "the", titles)
  bool from_gazetteer = false;    ///< canonical name came from the gazetteer
  bool metonym = false;           ///< gazetteer metonym ("Moscow" for Russia)
  bool demonym_actor = false;     ///< "the Chinese government" -> China
  /// "Chinese companies", "US lawmakers": a group from a country, its own node (canonical = the
  /// phrase as written, type ORG); `nationality` is the country it is from.
  bool group = false;
  /// A pronoun or description ("he", "the company") resolved by entities/coreference.h: the
  /// canonical name and type are its antecedent's, the tokens the anaphor's.
  bool anaphor = false;
  bool titled = false;            ///< a title word preceded the name
  std::uint32_t title_first = 0;  ///< title words [title_first, title_last) ("President")
  std::uint32_t title_last = 0;
  std::string nationality;  ///< canonical country of a nationality before the title
  core::EntityType nationality_type = core::EntityType::Gpe;
  std::uint32_t nationality_first = 0;  ///< its tokens [nationality_first, nationality_last)
  std::uint32_t nationality_last = 0;
  bool weak = false;  ///< capitalized common word opening a sentence: dropped unless it resolves to a person
};

/// The mention rules above over a gazetteer and the word lists they read from models/lexicon/:
/// titles, title_nouns, title_modifiers, name_particles, organization_words,
/// organization_of_heads, portfolio_words, geographic_words, actor_nouns, place_prepositions
/// (matched ignoring case), time_words, non_name_openers, person_predicates, place_object_verbs, state_nouns,
/// subdivision_words, company_words (read as more organization_words; a capitalised one also
/// continues a name run when tagged as a common noun: "Aerolease Partners") and occupation_nouns
/// (read as more title_nouns), event_words (a run ending in one is one MISC name: "Pacific
/// Nations Cup"), destination_verbs, place_of_nouns, and place_head_nouns,
/// organization_head_nouns, thing_head_nouns (a name ending in one is LOC, ORG or MISC where the
/// recognizer reads a person or nothing: "Whitlock Inquiry") (nlp/lexicon.h). A title noun
/// written with a capital is a title too ("Prosecutor Hanna Berg").
/// Thread safety: immutable; find() may be called concurrently.
/// How capitals and seats of government are named (`ergraph build --actors`).
enum class Actors : std::uint8_t {
  Country,  ///< a capital or seat that acts stands for its state ("Moscow said" -> Russia)
  Literal   ///< every place keeps its own name ("Moscow said" -> Moscow)
};

struct MentionOptions {
  Actors actors = Actors::Country;
  /// The text's genre for a recognizer trained with domain copies (EntityRecognizer::set_domain;
  /// applied by MentionFinder::load): web = UNER EWT's conventions (default), gum, none.
  std::uint32_t text_domain = EntityRecognizer::kDomainWeb;
};

class MentionFinder {
 public:
  /// Throws ModelError (E444) naming the list file if a list is missing. Without a recognizer,
  /// names are found and typed by the rules alone.
  MentionFinder(Gazetteer gazetteer, const nlp::Lexicon& lexicon,
                std::shared_ptr<const EntityRecognizer> recognizer = nullptr, MentionOptions options = {});
  /// models_dir/gazetteer.tsv, models_dir/lexicon/ and the recognizer models_dir/ner.model;
  /// throws ModelError.
  static MentionFinder load(const std::filesystem::path& models_dir, MentionOptions options = {});
  /// The same with word lists already loaded.
  static MentionFinder load(const std::filesystem::path& models_dir, const nlp::Lexicon& lexicon,
                            MentionOptions options = {});

  /// Finds the mentions of all sentences (in text order, not overlapping) with canonical names,
  /// then applies in-document coreference. Requires tokens, sentences and tags. `progress` (if
  /// set) hears how many sentences the recognizer has done (its pass is most of the time).
  std::vector<MentionInfo> find(const Document& doc, const nlp::SentenceProgress& progress = {}) const;
  /// Applies the coreference rule above to `mentions` in place (called by find()).
  void resolve_coreference(std::vector<MentionInfo>& mentions) const;
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const EntityRecognizer* recognizer() const { return recognizer_.get(); }

  /// The lexicon lists the rules read, in the order of the members of Words.
  static constexpr std::array<std::string_view, 25> kLists = {
      "titles",          "title_nouns",      "title_modifiers", "name_particles",
      "organization_words", "organization_of_heads", "portfolio_words", "geographic_words",
      "actor_nouns",     "place_prepositions", "time_words",      "non_name_openers",
      "person_predicates", "place_object_verbs", "state_nouns", "subdivision_words",
      "company_words",   // read as part of organization_words
      "occupation_nouns",  // read as part of title_nouns
      "event_words",     "destination_verbs", "place_of_nouns",
      "place_head_nouns", "organization_head_nouns", "thing_head_nouns", "month_openers"};
  struct Words;  ///< the lists, as read (defined in mentions.cpp)

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const EntityRecognizer> recognizer_;
  MentionOptions options_;
  std::shared_ptr<const Words> words_;
};

/// Stores the mentions in doc.mentions and groups them by sentence: element s lists the
/// mentions of sentence s (pointers into `infos`, in text order).
std::vector<std::vector<const MentionInfo*>> store_mentions(Document& doc, const std::vector<MentionInfo>& infos);

}  // namespace ergraph::entities
