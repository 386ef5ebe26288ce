#pragma once
/// @file parser_io.h
/// The parser's model (label table, perceptron weights, provenance) and its binary file format
/// ("ERGPAR", see docs/FORMATS.md, section "Parser model"). Loading checks magic, version, kind,
/// feature set, every count and label, a checksum, and that no bytes are left over; any problem
/// is a ModelError naming the file and the reason.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/parser.h"
#include "nlp/perceptron.h"
#include "nlp/training_source.h"
#include "nlp/tagset.h"

namespace ergraph::nlp {

/// Training settings, recorded in the model.
struct ParserHyperparameters {
  std::uint32_t iterations = 10;       ///< passes over the training data
  std::uint64_t seed = 1;              ///< std::mt19937 seed (per-pass shuffle, exploration)
  std::uint32_t explore_from = 2;      ///< first pass (1-based) that follows the model's own moves
  float explore_prob = 0.9f;           ///<   with this probability (else the best zero-cost move)
  float prune_below = 2.0f;            ///< averaged weights with smaller magnitude are dropped
  std::uint32_t jackknife_folds = 5;   ///< training tags come from taggers trained on the other folds (0 = gold tags)
  std::uint32_t models = 1;            ///< models trained with seeds seed, seed+1, ...; their weights are averaged
};

struct ParserModel {
  std::uint32_t feature_set = 0;       ///< detail::kParserFeatureSet
  ParserHyperparameters hyper;
  std::vector<TrainingSource> sources;
  std::vector<Deprel> labels;          ///< label index -> relation; contains "root"
  PerceptronModel moves;               ///< move+relation classifier: classes() == 1 + 2 * labels.size()
};

/// The file bytes of a model.
std::string serialize_parser_model(const ParserModel& model);
/// Parses file bytes; `where` names the file in errors.
ParserModel parse_parser_model(std::string_view bytes, const std::string& where);
/// Writes atomically (temporary file + rename).
void save_parser_model(const ParserModel& model, const std::filesystem::path& path);
/// Reads a model file; throws ModelError (missing file, bad magic, newer version, truncated, ...).
ParserModel load_parser_model(const std::filesystem::path& path);

/// A Parser over an in-memory model (Parser::load is load_parser_model + make_parser).
/// Throws ModelError if the label table has no "root".
std::unique_ptr<Parser> make_parser(ParserModel model);

}  // namespace ergraph::nlp
