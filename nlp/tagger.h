#pragma once
/// @file tagger.h
/// Averaged-perceptron part-of-speech tagger: predicts UPOS and Penn XPOS for every token.
/// Model file format: see docs/FORMATS.md (magic, version, checked completely on load).
/// Thread safety: a loaded Tagger is immutable; tag() may be called concurrently.
#include <filesystem>
#include <memory>

#include "nlp/document.h"

namespace ergraph::nlp {

class Tagger {
 public:
  virtual ~Tagger() = default;
  /// Loads a model file; throws ModelError naming the file and the problem.
  static std::unique_ptr<Tagger> load(const std::filesystem::path& path);
  /// Sets upos and xpos on every token of every sentence of `doc`.
  virtual void tag(Document& doc) const = 0;
};

class Lemmatizer;

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
/// a verb or common noun becomes NNP (NNPS for NNS). Returns how many tokens changed.
std::size_t repair_verbless_sentences(Document& doc, const Lemmatizer* lemmatizer = nullptr);

}  // namespace ergraph::nlp
