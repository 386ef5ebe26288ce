#pragma once
/// @file corpus.h
/// The project's training data and its provenance: which files of ../shared/data a model is
/// trained on (only text whose licence allows commercial use), each pinned by size and SHA-256
/// in the model file (nlp/training_source.h).
#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/training_source.h"

namespace ergraph::train {

using nlp::GoldSentence;
using nlp::TrainingSource;

/// `dir / name` described for a model file: name, size and SHA-256 (sentence and token counts
/// left 0). Throws IoError if it cannot be read.
TrainingSource describe_source(const std::filesystem::path& dir, const std::string& name);

/// GUM document names whose licence allows commercial use: rows of gum/doc_licenses.tsv with
/// split "train" and non_commercial "no". Throws IoError / ParseError.
std::set<std::string> gum_commercial_train_docs(const std::filesystem::path& doc_licenses_tsv);

/// The project's training data under `data_dir` (normally /work/shared/data): all of
/// ud/en_ewt-ud-train.conllu plus the documents of ud/en_gum-ud-train.conllu that
/// gum/doc_licenses.tsv marks non_commercial=no. With `merge_hyphens` (the default), every
/// sentence goes through merge_hyphenated_compounds, so training sees "long-term" as one token,
/// as nlp/tokenizer.h writes it; the token counts in `sources` are after merging.
struct TrainingCorpus {
  std::vector<GoldSentence> sentences;
  bool merged_hyphens = false;
  std::size_t hyphen_merges = 0;        ///< compounds merged
  std::vector<TrainingSource> sources;  ///< the three files, with sizes and SHA-256
  std::size_t gum_docs_used = 0;
  std::size_t gum_docs_excluded = 0;
};
/// Throws IoError/ParseError if a file is missing or malformed.
TrainingCorpus load_training_corpus(const std::filesystem::path& data_dir, bool merge_hyphens = false);

/// A copy of `s` whose proper nouns written as one capitalised word of letters ("Kenya",
/// "Gantt"; not "U.S." or "NATO") are replaced by invented words of the same shape, so a model
/// trained on it also sees the sentence's context around names it never met (news is full of
/// such names; the training data's are mostly frequent ones). The words are made of syllables
/// chosen by a hash of `seed`, the token's index and the original word: deterministic. Tags,
/// heads and relations are kept. Returns false (and leaves `out` alone) if no token qualifies.
bool with_invented_names(const GoldSentence& s, std::uint64_t seed, GoldSentence& out);

}  // namespace ergraph::train
