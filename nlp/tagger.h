#pragma once
/// @file tagger.h
/// Averaged-perceptron part-of-speech tagger: predicts UPOS and Penn XPOS for every token.
/// Model file format: see docs/FORMATS.md (magic, version, checked completely on load).
/// Thread safety: a loaded Tagger is immutable; tag() may be called concurrently.
#include <filesystem>
#include <memory>
#include <string_view>

#include "nlp/document.h"

namespace ergraph::nlp {

class Tagger {
 public:
  virtual ~Tagger() = default;
  /// Loads a model file; throws ModelError naming the file and the problem.
  static std::unique_ptr<Tagger> load(const std::filesystem::path& path);
  /// Sets upos and xpos on every token of every sentence of `doc`.
  virtual void tag(Document& doc) const = 0;
  /// The verb tags the model knows `form` may take, as kVerb* bits: those of the labels it had in
  /// training (its ambiguity class, exact form, then lower case) and those of the model's lexicon
  /// (WordNet); 0 if neither knows the word as a verb.
  virtual unsigned verb_forms(std::string_view form) const { (void)form; return 0; }
  static constexpr unsigned kVerbBase = 1, kVerbPast = 2, kVerbParticiple = 4, kVerbPresent = 8, kVerbThird = 16,
                            kVerbGerund = 32;
};

class Lemmatizer;
class WordList;

/// After tagging: in a sentence without a finite verb (no VBD, VBZ, VBP or MD), a word tagged as a
/// past participle (VBN) or an adjective (JJ) in -ed or, with `lemmatizer`, an irregular past form
/// ("lent": its VBD lemma differs from it) right after a proper noun (or a proper noun and one
/// adverb: "Orvell allegedly copied") and right before the start of
/// a noun phrase (DT, PRP$, CD, NNP, NNPS, NN, NNS) is the sentence's verb in the past tense: it
/// becomes VERB/VBD ("Goldman Sachs advised Nordbank AG", "Eastvale Bank lent money to ...", where
/// names the tagger never saw made it read a modifier). Also, in any sentence, a main clause
/// whose subject is a sentence-opening run of proper nouns and whose verb was read as something
/// else, with no finite verb before the first "that", "whether", "if" or comma: the lower-case
/// word right after the run becomes VBZ if tagged NNS ("Economist Javier Ruiz doubts that ...",
/// "Meghna Textiles ships jackets"), VBD if a participle, an -ed adjective or an irregular past
/// ("Kivu Metals refuted allegations that ...", "Felix Gantt hid money"), VBP if a base form,
/// when a noun phrase, "that" or a gerund follows; a plural noun followed at once by a VBZ in -s
/// swaps tags with it ("Meghna Textiles ships jackets": "jackets" was the verb). The same for a
/// run of proper nouns right after "that", "whether" or "if" ("suspects that Felix Gantt hid
/// money"). First of all, a word starting with a capital letter outside ASCII ("Ørsted") tagged as
/// a verb or common noun becomes NNP (NNPS for NNS). With `tagger`, the subject run may join
/// names with "and" ("that Yemen and Saudi Arabia hold direct talks"), and a word after it tagged
/// as a singular noun that the tagger knows as a verb becomes one: VBP after "that", "whether" or
/// "if" ("demanded that Somalia hand over ..."), else VBD if it can be a past form ("Banco Austral
/// cut lending to ..."), also before a preposition or particle. Also: a capitalised word inside a
/// sentence right after a proper noun, tagged as a verb, is NNP ("Marlow Chocolate"; not inside
/// quotation marks); a question opening with "Will", "May", "Can", "Must" or "Shall" read as a name,
/// with a base-form verb after it, opens with MD; "mine", "hers", ... after an article (and one
/// modifier) is a noun ("a copper mine"). Returns how many tokens changed.
/// With `gerund_verbs` (models/lexicon/gerund_object_verbs.txt) and `tagger` too: an -ing word
/// tagged as a singular noun right after a verb of that list and before its object is the gerund
/// ("Novak Freight stopped shipping/NN grain to Odesa"). With `clause_marks`
/// (models/lexicon/finite_clause_marks.txt): after a preposition that never marks a finite clause
/// and one noun, a VBZ in -s is the plural noun of a compound ("without export permits/VBZ"). With
/// `name_particles` (models/lexicon/name_particles.txt): a particle between a proper noun and a
/// capitalised word is part of the name ("Pieter van/NN der/NN Berg", "Banco do/VBP Sertão").
std::size_t repair_verbless_sentences(Document& doc, const Lemmatizer* lemmatizer = nullptr,
                                      const Tagger* tagger = nullptr, const WordList* gerund_verbs = nullptr,
                                      const WordList* clause_marks = nullptr, const WordList* name_particles = nullptr);

}  // namespace ergraph::nlp
