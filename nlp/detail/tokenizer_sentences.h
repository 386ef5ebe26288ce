#pragma once
/// @file tokenizer_sentences.h
/// Sentence splitting over already tokenized text (internal to extract/; the rules are
/// documented in extract/tokenizer.h).
#include "nlp/document.h"

namespace ergraph::nlp::detail {

/// Replaces doc.sentences with a partition of doc.tokens into sentences.
/// Requires doc.tokens to be ordered, non-overlapping byte spans of doc.text.
void split_sentences(Document& doc);

}  // namespace ergraph::nlp::detail
