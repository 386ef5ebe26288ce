#pragma once
/// @file document.h
/// The document model every NLP stage reads and annotates in place:
/// Document (owns the UTF-8 text) -> Sentence (token range) -> Token (byte range + annotations).
/// All spans are half-open. Token byte ranges are ordered, do not overlap and lie inside `text`,
/// so the text can always be rebuilt and every triple can point at its evidence.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "nlp/tagset.h"

namespace ergraph::nlp {

struct Token {
  std::uint32_t begin = 0;   ///< byte offset of the first byte in Document::text
  std::uint32_t end = 0;     ///< byte offset one past the last byte
  Upos upos = Upos::None;    ///< universal POS tag (set by the tagger)
  Xpos xpos = 0;             ///< Penn Treebank tag (index, see tagset.h; 0 = untagged)
  std::string lemma;         ///< lemma (set by the lemmatizer); empty until then
  std::int32_t head = -1;    ///< index of the head token within the sentence, -1 = root/unset (parser)
  std::uint8_t deprel = 0;   ///< dependency relation (Deprel index, see tagset.h; 0 = unparsed)
};

struct Sentence {
  std::uint32_t first = 0;   ///< index of the first token in Document::tokens
  std::uint32_t last = 0;    ///< one past the last token
  std::uint32_t size() const { return last - first; }
};

/// A mention of an entity: a token range inside one sentence, with its resolved canonical entity.
struct Mention {
  std::uint32_t sentence = 0;      ///< sentence index
  std::uint32_t first = 0;         ///< first token (document-level index)
  std::uint32_t last = 0;          ///< one past the last token
  std::string canonical;           ///< canonical entity name ("Vladimir Putin")
  core::EntityType type = core::EntityType::Misc;
};

/// Told, by a stage that goes through a document sentence by sentence, how many sentences it has
/// finished (for a progress display; see extract::ProgressCallback). Empty: nobody listens.
using SentenceProgress = std::function<void(std::uint32_t sentences_done)>;

struct Document {
  std::string id;                               ///< JSONL id, or path relative to the input argument
  std::string text;                             ///< the article's text, valid UTF-8
  std::map<std::string, std::string> metadata;  ///< title, date, url, and any other JSONL fields
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;

  /// The token's text as written (a view into `text`).
  std::string_view form(const Token& t) const { return std::string_view(text).substr(t.begin, t.end - t.begin); }
  std::string_view form(std::uint32_t token) const { return form(tokens[token]); }
  /// Appends `word` to the text as a new token, after one space unless it is the first token or
  /// `space_before` is false; returns the token (for tags and lemmas).
  Token& append_token(std::string_view word, bool space_before = true) {
    if (space_before && !tokens.empty()) text += ' ';
    Token t;
    t.begin = static_cast<std::uint32_t>(text.size());
    text.append(word);
    t.end = static_cast<std::uint32_t>(text.size());
    tokens.push_back(std::move(t));
    return tokens.back();
  }
  /// The text of a sentence as written (from its first token to its last).
  std::string_view sentence_text(const Sentence& s) const {
    if (s.first == s.last) return {};
    const auto b = tokens[s.first].begin, e = tokens[s.last - 1].end;
    return std::string_view(text).substr(b, e - b);
  }
};

}  // namespace ergraph::nlp
