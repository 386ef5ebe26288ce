#pragma once
/// @file training_source.h
/// Provenance recorded in every trained model file: the training files it was built from,
/// pinned by size and SHA-256 (see docs/FORMATS.md, "sources" section).
#include <cstdint>
#include <string>

namespace ergraph::nlp {

/// A training file the model was built from, pinned by size and SHA-256.
struct TrainingSource {
  std::string name;            ///< path relative to the data folder ("ud/en_ewt-ud-train.conllu")
  std::uint64_t bytes = 0;     ///< file size
  std::string sha256;          ///< 64 hex digits
  std::uint32_t sentences = 0; ///< sentences used from it
  std::uint32_t tokens = 0;    ///< tokens used from it
};

}  // namespace ergraph::nlp
