#pragma once
/// @file coreference.h
/// Pronoun and definite-description coreference inside one document, on top of the named
/// mentions of MentionFinder::find. It does not change those mentions: it returns the anaphors it
/// resolved, each as an extra MentionInfo whose tokens are the anaphor's ("he", "the company")
/// and whose canonical name and type are the antecedent entity's. The text of the tokens (the
/// evidence) stays what the document says.
///
///   auto finder = MentionFinder::load(models);             // as today
///   auto resolver = CoreferenceResolver::load(models);     // models/lexicon + the two gender tables
///   std::vector<MentionInfo> named = finder.find(doc);     // needs tags, lemmas and the parse
///   for (const ResolvedAnaphor& a : resolver.resolve(doc, named)) use(a.info);
///
/// Rules (all in coreference.cpp, word lists in models/lexicon/):
///  - anaphors: 3rd-person personal and possessive pronouns of masculine_pronouns,
///    feminine_pronouns, neuter_pronouns, plural_pronouns (tagged PRON, matched in lower case);
///    "the <noun>" heading its noun phrase with a noun of organization_nouns (-> ORG),
///    country_nouns (-> GPE), place_nouns (-> GPE or LOC: "the city", "the island"), title_nouns
///    or role_nouns (-> a PERSON introduced with that title, "President Biden" ... "the
///    president"); "the two/both countries" -> the two latest GPEs. First of all, "the/this/that
///    <noun>" goes to an earlier non-person name (anywhere before) whose last word is the noun
///    ("Shah Mosque" ... "the mosque", "the Clean Water Act" ... "this act"; not for place_nouns);
///    "this/that" also open the list rules except the title ones.
///    Never: I/we/you, reflexives, pleonastic "it" (deprel expl; subject of a predicate with a
///    clausal subject or complement, "it is likely that", "it takes years to"; subject of a
///    weather_verbs verb, "it rains"), or anything without a compatible candidate.
///  - candidates: the named mentions and the anaphors already resolved, in the same sentence
///    before the anaphor or in the previous kPersonWindow (he/she), kNeuterWindow (it/its) or
///    kPronounWindow (they) sentences (kDescriptionWindow for descriptions; a title match for
///    "the president" is looked for in the whole document before).
///  - filters: he/she -> PERSON, or a MISC name only when its first word or a title gives it a
///    gender ("May", "Christianity" never); gender from the first word of the canonical name
///    (models/first_name_gender.tsv, learned from GUM train; for a name the table does not know,
///    the lists masculine_first_names / feminine_first_names, then for a PERSON name the census
///    table models/given_name_gender.tsv), a gendered title (masculine_titles / feminine_titles:
///    "Mr.", "Queen"; never against the first name's gender), or a pronoun already resolved to the
///    entity; a known other gender excludes the candidate.
///    it/its -> ORG, GPE, LOC, MISC, or (penalty 1) a PERSON the document gives no sign of being
///    a person: no gender from a first name, title or resolved he/she, and no title ("Cyclone
///    Phailin", "Neuralink" as the recognizer types them); they/them/their -> ORG, a plural name (NNPS), a
///    coordination of names, or a GPE (penalty 0.5). Binding: a non-possessive pronoun that is an
///    object of a verb is not coreferent with that verb's subject ("Putin met him").
///  - ranking: sentence distance first (each sentence back costs 1), then grammatical role (a
///    subject, nsubj/nsubj:pass, gains 0.6, a possessor 0.2), a known matching gender (he 0.3;
///    she 5, i.e. a known-female name anywhere in the window beats a nearer name of unknown
///    gender), the document's main person for he/she (the compatible PERSON with the most named
///    mentions so far, at least 3: 0.3), how often the entity was mentioned so far (up to 0.8;
///    half of it for it/its), for it/its a penalty of 0.5 for a candidate heading a prepositional
///    phrase (obl, nmod: "a plant in Brazil"), then the latest. Weights tuned on GUM train only (models/COREFERENCE.md).
///  - fallback: he/she with no candidate in the window go to the document's main person of that
///    (known) gender however far back it was named (a biography's subject after a long stretch).
/// Thread safety: immutable after construction; resolve() may be called concurrently.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mentions.h"
#include "nlp/document.h"
#include "nlp/lexicon.h"

namespace ergraph::entities {

/// File name of the first-name gender table inside a models folder.
inline constexpr const char* kFirstNameGenderTable = "first_name_gender.tsv";
/// File name of the given-name table (US baby-name counts by sex, scripts/given_names/) inside a
/// models folder; same format, counts are births instead of pronouns.
inline constexpr const char* kGivenNameGenderTable = "given_name_gender.tsv";

enum class Gender : std::uint8_t { Unknown, Male, Female };

/// First name -> counts of masculine and feminine pronouns in the coreference chains of the
/// named PERSON mentions that start with it (learned by train/first_name_gender.h). File format (TSV, '#' lines are comments):
///   name <TAB> masculine <TAB> feminine
class FirstNameGender {
 public:
  /// Throws IoError (E101) if the file cannot be read, ParseError (E123, file:line) on a bad row.
  static FirstNameGender load(const std::filesystem::path& path);
  static FirstNameGender parse(std::istream& in, const std::string& source);
  void add(const std::string& name, std::uint32_t masculine, std::uint32_t feminine);
  /// Male/Female when one side has at least 2/3 of the (at least one) counted pronouns.
  Gender gender(std::string_view first_name) const;
  std::size_t size() const { return counts_.size(); }
  const std::map<std::string, std::pair<std::uint32_t, std::uint32_t>, std::less<>>& counts() const { return counts_; }
  /// Writes the table with `header` lines (each written as "# line") and one row per name.
  void write(std::ostream& out, const std::vector<std::string>& header) const;

 private:
  std::map<std::string, std::pair<std::uint32_t, std::uint32_t>, std::less<>> counts_;
};

enum class AnaphorKind : std::uint8_t { Pronoun, Description };

/// One resolved anaphor.
struct ResolvedAnaphor {
  /// The anaphor's tokens (sentence, first, last) with the antecedent entity's canonical name and
  /// type; other fields default (name_first = first).
  MentionInfo info;
  AnaphorKind kind = AnaphorKind::Pronoun;
  /// The named mention (index into the `named` argument of resolve()) the chain goes back to.
  std::size_t antecedent = 0;
  /// The direct antecedent: < named.size() for named[via], else the resolved anaphor
  /// result[via - named.size()] (a pronoun resolved to an earlier pronoun).
  std::size_t via = 0;
  /// "the two countries": each member entity is one ResolvedAnaphor with the same tokens;
  /// member is 0, 1, ... within the group (0 for everything else).
  std::uint32_t member = 0;
  /// An it/its pronoun (whatever the antecedent's type: it may be a name typed PERSON).
  bool neuter = false;
};

class CoreferenceResolver {
 public:
  static constexpr std::uint32_t kPersonWindow = 8;   ///< previous sentences searched for he/she
  static constexpr std::uint32_t kPronounWindow = 3;  ///< ... for they
  static constexpr std::uint32_t kNeuterWindow = 5;   ///< ... for it/its
  static constexpr std::uint32_t kDescriptionWindow = 4;
  /// The word lists it reads (models/lexicon/<name>.txt).
  static constexpr std::array<std::string_view, 15> kLists = {
      "masculine_pronouns",    "feminine_pronouns",    "neuter_pronouns", "plural_pronouns",
      "organization_nouns",    "country_nouns",        "title_nouns",     "role_nouns",
      "weather_verbs",         "masculine_titles",     "feminine_titles", "titles",
      "masculine_first_names", "feminine_first_names", "place_nouns"};

  /// Throws ModelError (E444) if a list is missing. A PERSON name's gender comes from its first
  /// word: `genders` (learned from GUM), else the given-name word lists, else `given_names`.
  CoreferenceResolver(const nlp::Lexicon& lexicon, FirstNameGender genders, FirstNameGender given_names = {});
  /// models_dir/lexicon/, models_dir/first_name_gender.tsv and models_dir/given_name_gender.tsv.
  static CoreferenceResolver load(const std::filesystem::path& models_dir);
  static CoreferenceResolver load(const std::filesystem::path& models_dir, const nlp::Lexicon& lexicon);
  ~CoreferenceResolver();
  CoreferenceResolver(CoreferenceResolver&&) noexcept;
  CoreferenceResolver& operator=(CoreferenceResolver&&) noexcept;

  /// Resolves the anaphors of `doc` (all sentences of one document; tags, lemmas and the
  /// dependency parse required) against `named` = MentionFinder::find(doc). Returns them in
  /// text order; anaphors without a compatible antecedent are left out.
  std::vector<ResolvedAnaphor> resolve(const nlp::Document& doc, const std::vector<MentionInfo>& named) const;
  const FirstNameGender& genders() const;
  const FirstNameGender& given_names() const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace ergraph::entities
