#pragma once
/// @file relation_phrase.h
/// ReVerb-style relation phrases (Fader et al. 2011, syntactic constraint only):
///   V | V P | V W* P
///   V = auxiliaries/modals/adverbs* verb (particle)?      ("have held", "has rapidly taken over")
///   W = noun | adjective | adverb | pronoun | determiner | number   ("a phone call")
///   P = preposition | particle | infinitive "to"           ("with", "to", "of")
/// A phrase starts right after the subject mention (quotes skipped) and, when it reaches an
/// object, ends right before the object mention; participles and adjectives (VBG/VBN/JJ) right
/// before the object mention belong to its noun phrase, not to the relation ("told visiting US
/// lawmakers" -> "told"), unless the phrase would keep no main verb or the verb takes a gerund
/// ("kept supplying Russia", gerund_object_verbs in the lexicon). Normalization: verbs lemmatized, other words
/// as written, all in lower case ("selling dual-use goods to" -> "sell dual-use goods to"), with
/// determiners, adverbs (but not negation) and auxiliaries/modals that precede another verb
/// dropped ("have held a phone call with" -> "hold phone call with").
/// Thread safety: pure functions.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "nlp/document.h"
#include "nlp/lexicon.h"

namespace ergraph::extract {

using nlp::Document;
using nlp::Token;

/// A matched relation phrase: tokens [first, last) of one sentence (document-level indices).
struct RelationPhrase {
  std::uint32_t first = 0;  ///< first token of the phrase
  std::uint32_t last = 0;   ///< one past the last token (the object mention starts here if reaches_object)
  std::uint32_t verb_last = 0;  ///< one past the verb group (auxiliaries, adverbs, verbs)
  bool reaches_object = false;  ///< a mention starts at `object`
  std::uint32_t object = 0;     ///< first token of the object mention (`last`, or after its modifiers)
  std::int64_t np_head = -1;    ///< last noun of W* (token index), -1 if none
  std::uint32_t main_verb = 0;  ///< the last verb of the verb group
  bool particle = false;        ///< a particle/preposition follows the verb group inside the phrase
};

/// Whether a mention starts at a (document-level) token index.
using MentionStartFn = std::function<bool(std::size_t)>;

/// Matches the pattern starting at token `begin` (the token after the subject) inside the sentence
/// ending at `end`. Returns nullopt if no verb group starts there. If the phrase cannot reach a
/// mention, the returned phrase covers the verb group and the noun phrase after it
/// (reaches_object = false), so the caller can try the reciprocal pattern.
/// `gerund_object_verbs` (lexicon list gerund_object_verbs): verbs that keep a gerund before the
/// object in the relation ("kept supplying Russia").
std::optional<RelationPhrase> match_relation(const Document& doc, std::size_t begin, std::size_t end,
                                             const MentionStartFn& mention_at,
                                             const nlp::WordList& gerund_object_verbs);

/// The normalized relation of tokens [first, last): "hold phone call with".
std::string normalize_relation(const Document& doc, std::size_t first, std::size_t last);

/// The text of tokens [first, last) as written, spaces squeezed, quote marks at both ends trimmed.
std::string phrase_text(const Document& doc, std::size_t first, std::size_t last);

/// A word of a normalized relation: the lower-cased lemma of a verb, else the lower-cased form.
std::string relation_word(const Document& doc, std::size_t token);

/// Lower-cased lemma of a token (its form if the lemma is empty); "n't" -> "not".
std::string lemma_lower(const Document& doc, std::size_t token);

}  // namespace ergraph::extract
