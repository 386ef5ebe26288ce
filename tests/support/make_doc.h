#pragma once
// Builds tagged Documents by hand for the extractor tests, so tests never need the trained models.
//
//   make_doc({"Russia/NNP has/VBZ/AUX turned/VBN to/IN China/NNP ./."})
//
// Each sentence is one string of space-separated tokens "word/XPOS[/UPOS[/lemma]]" (split at the
// last slashes, so "24/7/CD" is the word "24/7"). Without UPOS it is derived from XPOS (VB* ->
// VERB, MD -> AUX, NNP -> PROPN, ...); give "/AUX" explicitly for auxiliaries. Without a lemma
// the lemma is the lower-cased word; verbs and plurals need an explicit lemma ("held/VBN/VERB/hold").
// The text is the words joined by single spaces; sentences are joined by a single space.
#include <array>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "nlp/conllu.h"
#include "nlp/document.h"
#include "nlp/tagset.h"

namespace ergraph::test {

inline nlp::Upos upos_for_xpos(std::string_view x) {
  using nlp::Upos;
  if (x == "NNP" || x == "NNPS") return Upos::PROPN;
  if (x == "NN" || x == "NNS") return Upos::NOUN;
  if (x == "MD") return Upos::AUX;
  if (x.substr(0, 2) == "VB") return Upos::VERB;
  if (x.substr(0, 2) == "JJ") return Upos::ADJ;
  if (x.substr(0, 2) == "RB" || x == "WRB") return Upos::ADV;
  if (x == "IN" || x == "RP") return Upos::ADP;
  if (x == "TO" || x == "POS") return Upos::PART;
  if (x == "DT" || x == "PDT" || x == "WDT") return Upos::DET;
  if (x == "PRP" || x == "PRP$" || x == "WP" || x == "WP$" || x == "EX") return Upos::PRON;
  if (x == "CC") return Upos::CCONJ;
  if (x == "CD") return Upos::NUM;
  if (x == "UH") return Upos::INTJ;
  if (x == "SYM" || x == "$" || x == "#") return Upos::SYM;
  if (x == "FW" || x == "XX" || x == "ADD") return Upos::X;
  return Upos::PUNCT;
}

/// One token "word/XPOS[/UPOS[/lemma]]" appended to `doc` (text and token).
inline void add_token(nlp::Document& doc, std::string_view spec) {
  std::vector<std::string_view> parts;
  std::size_t end = spec.size();
  // Peel fields from the right while they look like tags (the word itself may contain '/').
  for (int field = 0; field < 3; ++field) {
    const std::size_t slash = spec.rfind('/', end - 1);
    if (slash == std::string_view::npos || slash == 0) break;
    const std::string_view piece = spec.substr(slash + 1, end - slash - 1);
    parts.insert(parts.begin(), piece);
    end = slash;
    if (nlp::parse_xpos(piece)) break;  // reached the XPOS field
  }
  if (parts.empty() || !nlp::parse_xpos(parts[0]))
    throw std::invalid_argument("bad token spec: " + std::string(spec));
  const std::string_view word = spec.substr(0, end);
  nlp::Token& t = doc.append_token(word);
  t.xpos = *nlp::parse_xpos(parts[0]);
  t.upos =
      parts.size() > 1 ? nlp::parse_upos(parts[1]).value_or(nlp::Upos::X) : upos_for_xpos(parts[0]);
  t.lemma = parts.size() > 2 ? std::string(parts[2]) : core::ascii_lower(word);
}

/// A document with one sentence per string (tokens separated by single spaces).
inline nlp::Document make_doc(const std::vector<std::string>& sentences, std::string id = "test-doc") {
  nlp::Document doc;
  doc.id = std::move(id);
  for (const std::string& s : sentences) {
    nlp::Sentence sent;
    sent.first = static_cast<std::uint32_t>(doc.tokens.size());
    std::size_t b = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i < s.size() && s[i] != ' ') continue;
      if (i > b) add_token(doc, std::string_view(s).substr(b, i - b));
      b = i + 1;
    }
    sent.last = static_cast<std::uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sent);
  }
  return doc;
}

/// A one-sentence GoldSentence (nlp/conllu.h): words with their gold Penn tag and lemma.
inline nlp::GoldSentence gold_sentence(std::initializer_list<std::array<std::string_view, 3>> words) {
  nlp::GoldSentence g;
  for (const auto& [form, xpos, lemma] : words) {
    nlp::Token& t = g.doc.append_token(form);
    t.xpos = *nlp::parse_xpos(xpos);
    t.lemma = std::string(lemma);
  }
  g.doc.sentences.push_back(nlp::Sentence{0, static_cast<std::uint32_t>(g.doc.tokens.size())});
  return g;
}

}  // namespace ergraph::test
