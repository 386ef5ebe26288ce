#pragma once
/// @file lemma_table.h
/// The lemmatizer's exception table (the model file models/lemmas.tsv, see docs/FORMATS.md
/// "Lemmatizer table") and the suffix rules it corrects. The table is built by
/// train/lemmatizer_trainer.h; training and inference share rule_lemma() and lemma_key(), so
/// a table only ever stores the words the rules get wrong.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/tagset.h"

namespace ergraph::nlp {

/// First line of every table file; the version changes when the format or the rules change.
inline constexpr std::string_view kLemmaTableHeader = "# ergraph lemmas v1";

/// One exception: lemma_key(form) + Penn tag -> lemma, with where it came from ("ud", "wn").
struct LemmaEntry {
  std::string lemma;
  std::string source;
};

/// The content of a table file. Ordered maps keep the written file deterministic.
struct LemmaTable {
  std::vector<std::string> comments;                          ///< "# ..." provenance lines
  std::map<std::pair<std::string, Xpos>, LemmaEntry> entries;  ///< (key, xpos) -> lemma
};

/// The lookup key of a form: ASCII lower case, curly apostrophes (U+2019, U+2018) made straight.
std::string lemma_key(std::string_view form);

/// The suffix and closed-class rules alone, without the exception table.
std::string rule_lemma(std::string_view form, Upos upos, Xpos xpos);

/// Reads and checks a table file. Throws ModelError (E401 missing, E402 bad header,
/// E403 malformed line with file:line) .
LemmaTable read_lemma_table(const std::filesystem::path& path);

/// Writes a table atomically (header, comments, then one "key\txpos\tlemma\tsource" per line).
void write_lemma_table(const LemmaTable& table, const std::filesystem::path& path);

/// A lemmatizer over an in-memory table (what Lemmatizer::load returns after reading the file).
std::unique_ptr<Lemmatizer> make_lemmatizer(const LemmaTable& table);

}  // namespace ergraph::nlp
