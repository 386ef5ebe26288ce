#include "nlp/parser_io.h"

#include <algorithm>

#include "core/atomic_file.h"
#include "core/error.h"
#include "nlp/detail/binary_io.h"
#include "nlp/detail/parser_state.h"

namespace ergraph::nlp {
namespace {

// Versions of the parser file format:
//   1: magic, u16 version, kind, feature set, hyperparameters, sources, labels (relation names),
//      move perceptron section, label perceptron section (each with its own version), u64 FNV-1a checksum of all preceding bytes.
//   2: the same without the label perceptron section: the move classifier predicts move and
//      relation jointly (1 + 2 * labels classes). Version 1 files are rejected (retrain).
//   3: u32 number of averaged models after the jackknife folds (version 2 files: 1).
//   4: the same fields; "prune below" applies to the models' mean weight (version 3: to each
//      model before averaging). Read like version 3.
constexpr std::string_view kMagic = "ERGPAR";
constexpr std::uint16_t kFormatVersion = 4;
constexpr std::string_view kKind = "arc-hybrid-perceptron-parser";

void write_header(detail::BinaryWriter& w, const ParserModel& m) {
  w.bytes(kMagic);
  w.u16(kFormatVersion);
  w.str(kKind);
  w.u32(m.feature_set);
  w.u32(m.hyper.iterations);
  w.u64(m.hyper.seed);
  w.u32(m.hyper.explore_from);
  w.f32(m.hyper.explore_prob);
  w.f32(m.hyper.prune_below);
  w.u32(m.hyper.jackknife_folds);
  w.u32(m.hyper.models);
  write_training_sources(w, m.sources);
}

void read_header(detail::BinaryReader& r, ParserModel& m) {
  if (r.remaining() < kMagic.size() || r.bytes(kMagic.size()) != kMagic)
    r.fail("E412", "not a parser model (bad magic; expected \"ERGPAR\")");
  const std::uint16_t version = r.u16();
  if (version == 0 || version > kFormatVersion)
    r.fail("E413", "parser model format version " + std::to_string(version) +
                       " is newer than this build supports (" + std::to_string(kFormatVersion) + ")");
  r.verify_checksum_trailer();  // before any count sizes anything
  if (version < 2)
    r.fail("E413", "parser model format version " + std::to_string(version) +
                       " is no longer supported (retrain with `ergraph train parser`)");
  const std::string kind = r.str(256);
  if (kind != kKind) r.fail("E416", "model kind '" + kind + "' is not '" + std::string(kKind) + "'");
  m.feature_set = r.u32();
  if (m.feature_set != detail::kParserFeatureSet)
    r.fail("E413", "parser feature set " + std::to_string(m.feature_set) + " is not supported");
  m.hyper.iterations = r.u32();
  m.hyper.seed = r.u64();
  m.hyper.explore_from = r.u32();
  m.hyper.explore_prob = r.f32();
  m.hyper.prune_below = r.f32();
  m.hyper.jackknife_folds = r.u32();
  m.hyper.models = version >= 3 ? r.u32() : 1;
  if (m.hyper.models == 0) r.fail("E416", "parser model averages 0 models");
  m.sources = read_training_sources(r);
}

void read_labels(detail::BinaryReader& r, ParserModel& m) {
  const std::uint32_t n = r.u32();
  if (n == 0 || n > 64) r.fail("E416", "bad label count " + std::to_string(n));
  r.need(std::uint64_t{n} * 4, "label table");
  m.labels.resize(n);
  for (auto& label : m.labels) {
    const std::string name = r.str(32);
    const auto d = parse_deprel(name);
    if (!d) r.fail("E416", "unknown relation '" + name + "'");
    label = *d;
  }
  if (std::find(m.labels.begin(), m.labels.end(), *parse_deprel("root")) == m.labels.end())
    r.fail("E416", "the label table has no 'root'");
}

}  // namespace

std::string serialize_parser_model(const ParserModel& m) {
  detail::BinaryWriter w;
  write_header(w, m);
  w.u32(static_cast<std::uint32_t>(m.labels.size()));
  for (Deprel d : m.labels) w.str(deprel_name(d));
  m.moves.write(w);
  w.checksum_trailer();
  return w.take();
}

ParserModel parse_parser_model(std::string_view bytes, const std::string& where) {
  detail::BinaryReader r(bytes, where);
  ParserModel m;
  read_header(r, m);
  read_labels(r, m);
  m.moves = PerceptronModel::read(r);
  const int classes = detail::move_class_count(static_cast<int>(m.labels.size()));
  if (m.moves.classes() != classes)
    r.fail("E416", "the move classifier does not have " + std::to_string(classes) + " classes (1 + 2 x labels)");
  r.expect_checksum_trailer();
  return m;
}

void save_parser_model(const ParserModel& model, const std::filesystem::path& path) {
  core::write_file_atomically(path, serialize_parser_model(model));
}

ParserModel load_parser_model(const std::filesystem::path& path) {
  return parse_parser_model(detail::read_model_file(path, "parser model"), path.string());
}

}  // namespace ergraph::nlp
