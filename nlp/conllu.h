#pragma once
/// @file conllu.h
/// CoNLL-U reading (for training and evaluation) into the document model.
/// Multiword-token ranges (1-2) and empty nodes (1.1) are skipped: the syntactic words are the tokens.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "nlp/document.h"

namespace ergraph::nlp {

/// One CoNLL-U sentence with gold annotations, as a one-sentence Document plus the gold tags,
/// lemmas and heads on its tokens. `doc_id` is the "# newdoc id" in force (GUM document name).
struct GoldSentence {
  Document doc;          ///< text = the words, joined by a space unless SpaceAfter=No; one Sentence;
                         ///< tokens carry the gold upos, xpos, lemma and head (0-based, -1 = root)
  std::vector<std::string> deprels;  ///< gold DEPREL of each token
  std::string doc_id;    ///< last "# newdoc id =" seen ("" if none)
  std::string sent_id;   ///< "# sent_id ="
  /// The MISC "Entity=" value of each token (GUM's entity and coreference brackets, read by
  /// nlp/gold_entities.h); empty when no token of the sentence has one.
  std::vector<std::string> entity_misc;
};

/// Reads a whole CoNLL-U file. Throws ParseError with file:line on malformed lines.
std::vector<GoldSentence> read_conllu(const std::filesystem::path& path);
/// Same from a stream; `source` names it in error locations.
std::vector<GoldSentence> read_conllu(std::istream& in, const std::string& source);

/// Merges every hyphenated compound written without spaces, word HYPH word (HYPH word ...), where
/// the hyphens are "-" tokens with XPOS HYPH, the words are not PUNCT and each token's span ends
/// where the next begins, into one token spanning the whole compound, as extract/tokenizer.h
/// writes it ("long-term", "state-of-the-art"). The merged token takes the tags, deprel and head
/// of its head piece (the piece whose head lies outside the compound; if several, the last) and
/// the lemma = its text, lower-cased (ASCII) unless PROPN. A sentence with merges loses its entity_misc. Heads pointing into a compound point
/// to the merged token; later indices shift. The text is unchanged. Returns the number of merges.
std::size_t merge_hyphenated_compounds(GoldSentence& sentence);

/// Gold relation index of CoNLL-U DEPREL `s` (unknown relations map to "dep").
Deprel gold_deprel(std::string_view s);

}  // namespace ergraph::nlp
