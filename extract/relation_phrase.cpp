#include "extract/relation_phrase.h"

#include <algorithm>
#include <iterator>

#include "core/text.h"
#include "nlp/token_class.h"

namespace ergraph::extract {
using namespace nlp;
namespace {

std::string_view form_at(const Document& doc, std::size_t k) { return doc.form(doc.tokens[k]); }

constexpr std::size_t kMaxW = 6;  // longest noun phrase inside a relation ("V W* P")

bool is_negation(std::string_view f) {
  return f == "not" || f == "n't" || f == "n\xE2\x80\x99t" || f == "never" || f == "Not" || f == "Never";
}

bool is_prep(const Document& doc, std::size_t k) {
  const Token& t = doc.tokens[k];
  const std::string_view f = doc.form(t);
  if (f == "that" || f == "because" || f == "if" || f == "whether" || f == "while" || f == "although" ||
      f == "than" || f == "as")
    return false;
  const std::string_view x = xpos_name(t.xpos);
  return t.upos == Upos::ADP || x == "IN" || x == "TO" || x == "RP";
}

bool is_w(const Document& doc, std::size_t k) {
  const Token& t = doc.tokens[k];
  const std::string_view x = xpos_name(t.xpos);
  return pos::is_noun(t) || pos::is_adjective(t) || pos::is_adverb(t) || pos::is_determiner(t) ||
         t.upos == Upos::PRON || t.upos == Upos::NUM || x == "PRP" || x == "CD" || x == "POS" ||
         pos::is_quote(doc.form(t));
}

bool is_modifier(const Document& doc, std::size_t k) {
  const Token& t = doc.tokens[k];
  const std::string_view x = xpos_name(t.xpos);
  return !pos::is_aux(t) && (x == "VBG" || x == "VBN" || pos::is_adjective(t));
}

bool in_verb_group(const Document& doc, std::size_t k) {
  const Token& t = doc.tokens[k];
  return pos::is_verb(t) || pos::is_adverb(t) || is_negation(doc.form(t)) || pos::is_quote(doc.form(t));
}

}  // namespace

namespace {

// Ends the relation of `r` before the modifiers of the object mention at `object`: the participles
// at the end of the verb group and the adjectives after it. False if no main verb would remain or
// the verb takes a gerund.
bool strip_modifiers(const Document& doc, RelationPhrase& r, std::size_t object,
                     const nlp::WordList& gerund_object_verbs) {
  std::size_t e = r.verb_last;
  while (e > r.first && is_modifier(doc, e - 1) && pos::is_verb(doc.tokens[e - 1])) --e;
  if (e == object) return false;
  std::int64_t verb = -1;
  for (std::size_t k = r.first; k < e; ++k)
    if (pos::is_verb(doc.tokens[k])) verb = static_cast<std::int64_t>(k);
  if (verb < 0 || pos::is_aux(doc.tokens[static_cast<std::size_t>(verb)])) return false;
  const auto v = static_cast<std::size_t>(verb);
  const std::string lemma = lemma_lower(doc, v);
  if (e < r.verb_last && gerund_object_verbs.contains(lemma)) return false;
  for (std::size_t k = e; k < object; ++k)
    if (!is_modifier(doc, k)) return false;
  r.main_verb = static_cast<std::uint32_t>(v);
  r.verb_last = static_cast<std::uint32_t>(e);
  r.last = r.verb_last;
  r.object = static_cast<std::uint32_t>(object);
  r.reaches_object = true;
  return true;
}

}  // namespace

std::optional<RelationPhrase> match_relation(const Document& doc, std::size_t begin, std::size_t end,
                                             const MentionStartFn& mention_at,
                                             const nlp::WordList& gerund_object_verbs) {
  std::size_t k = begin;
  while (k < end && pos::is_quote(form_at(doc, k))) ++k;
  RelationPhrase r;
  r.first = static_cast<std::uint32_t>(k);
  bool saw_verb = false;
  for (; k < end && !mention_at(k) && in_verb_group(doc, k); ++k) {
    if (pos::is_verb(doc.tokens[k])) {
      saw_verb = true;
      r.main_verb = static_cast<std::uint32_t>(k);
    }
  }
  if (!saw_verb) return std::nullopt;
  r.verb_last = static_cast<std::uint32_t>(k);
  auto reach = [&](std::size_t at) {
    r.last = static_cast<std::uint32_t>(at);
    r.object = r.last;
    r.reaches_object = true;
    return r;
  };
  // "told visiting US lawmakers": modifiers before the object leave the verb group.
  std::size_t mods = k;
  while (mods < end && mods < k + 3 && !mention_at(mods) && is_modifier(doc, mods)) ++mods;
  if (mods < end && mention_at(mods) && strip_modifiers(doc, r, mods, gerund_object_verbs)) return r;
  if (k < end && mention_at(k)) return reach(k);  // V
  if (k < end && is_prep(doc, k)) {
    if (k + 1 < end && mention_at(k + 1)) return reach(k + 1);  // V P
    ++k;                                                        // particle
    r.particle = true;
    if (k < end && mention_at(k)) return reach(k);
  }
  std::size_t w = 0;
  for (; k < end && w < kMaxW && !mention_at(k) && is_w(doc, k); ++k, ++w)
    if (pos::is_noun(doc.tokens[k])) r.np_head = static_cast<std::int64_t>(k);
  if (k < end && w > 0 && is_prep(doc, k) && k + 1 < end && mention_at(k + 1)) return reach(k + 1);  // V W* P
  r.last = static_cast<std::uint32_t>(k);
  while (r.last > r.verb_last && pos::is_quote(form_at(doc, r.last - 1))) --r.last;
  return r;
}

std::string lemma_lower(const Document& doc, std::size_t token) {
  const Token& t = doc.tokens[token];
  const std::string_view f = doc.form(t);
  if (f == "n't" || f == "N'T" || f == "n\xE2\x80\x99t") return "not";
  return core::ascii_lower(t.lemma.empty() ? f : std::string_view(t.lemma));
}

std::string relation_word(const Document& doc, std::size_t token) {
  if (pos::is_verb(doc.tokens[token]) || is_negation(form_at(doc, token))) return lemma_lower(doc, token);
  return core::ascii_lower(form_at(doc, token));
}

std::string normalize_relation(const Document& doc, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t k = first; k < last; ++k) {
    const Token& t = doc.tokens[k];
    const std::string_view f = doc.form(t);
    if (pos::is_punct(t) || pos::is_quote(f) || pos::is_determiner(t)) continue;
    if (pos::is_adverb(t) && !is_negation(f)) continue;
    if (pos::is_aux(t)) {
      bool later_verb = false;
      for (std::size_t j = k + 1; j < last && !later_verb; ++j) later_verb = pos::is_verb(doc.tokens[j]);
      if (later_verb) continue;
    }
    if (!out.empty()) out += ' ';
    out += relation_word(doc, k);
  }
  return out;
}

std::string phrase_text(const Document& doc, std::size_t first, std::size_t last) {
  while (first < last && pos::is_quote(form_at(doc, first))) ++first;
  while (last > first && pos::is_quote(form_at(doc, last - 1))) --last;
  if (first >= last) return {};
  const auto b = doc.tokens[first].begin, e = doc.tokens[last - 1].end;
  return core::squeeze_spaces(std::string_view(doc.text).substr(b, e - b));
}

}  // namespace ergraph::extract
