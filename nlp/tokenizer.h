#pragma once
/// @file tokenizer.h
/// Rule-based tokenizer and sentence splitter for news text, following the Universal
/// Dependencies English conventions (so the trained models see the tokens they were trained on):
/// clitics split ("Russia’s" -> "Russia" "’s", "don't" -> "do" "n't", "cannot" -> "can" "not"),
/// abbreviations and initials kept whole (U.S., Mr., Jan., J.R.R.), straight and curly quotes,
/// em/en dashes, hyphenated compounds kept whole (dual-use, China-Russia), numbers, URLs and
/// e-mail addresses kept whole. A section label such as "What’s going on now:" at the start of a
/// paragraph is a sentence of its own.
/// Sentences end at . ! ? … (with the closing quotes/brackets written right after them) before a
/// plausible sentence start; after an abbreviation (U.S., Inc.) only before a common sentence
/// starter ("The", "He", ...); a list number opening a sentence ("2. The ...") is no sentence of
/// its own. Every line break ends a sentence: news articles put one
/// paragraph on a line (see ../shared/seeds), so a blank line and a single newline both do.
/// The pipeline then adds the boundaries the rules miss with the learned splitter
/// (nlp/sentence_splitter.h), which never removes one of these.
/// Thread safety: tokenize() is const and may be called concurrently.
#include <cstdint>
#include <string_view>

#include "nlp/document.h"

namespace ergraph::nlp {

class Tokenizer {
 public:
  /// Fills doc.tokens and doc.sentences from doc.text (which must be valid UTF-8).
  /// Existing tokens and sentences are replaced.
  void tokenize(Document& doc) const;
};

/// For already-tokenized input (one sentence per line, tokens separated by spaces, as in CaRB):
/// every line is one sentence, every space-separated piece one token.
void tokenize_pretokenized(Document& doc);

/// The number of whitespace-separated tokens in `text` (runs of bytes other than space, tab,
/// line feed, carriage return, vertical tab and form feed): what `wc -w` and `str.split()` count
/// for ASCII whitespace, and what other tools report their throughput in. Our own tokens are
/// more (punctuation and clitics are tokens of their own; about 14% more in news text), so
/// `ergraph build` and bench/ report both. One pass, no allocation.
std::uint64_t count_whitespace_tokens(std::string_view text);

}  // namespace ergraph::nlp
