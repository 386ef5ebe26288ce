// `ergraph train parser`: trains the arc-hybrid perceptron dependency parser on UD English EWT
// train plus the commercially usable GUM train documents (tags jackknifed by the tagger trainer)
// and writes models/parser.model atomically.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "core/error.h"
#include "nlp/conllu.h"
#include "nlp/parser_io.h"
#include "train/parser_trainer.h"
#include "nlp/tagger.h"
#include "nlp/tagger_io.h"
#include "train/tagger_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct TrainParserOptions {
  std::string data;
  std::string output;
  std::string models;
  std::string dev;
  std::string tagger;
  nlp::ParserHyperparameters hyper;
  unsigned threads = 1;
};

void print_iteration(const train::ParserIterationReport& r, const nlp::ParserHyperparameters& h) {
  std::string dev;
  if (r.dev) dev = fmt::format("  dev UAS {:.2f}%  LAS {:.2f}%", r.dev->uas(), r.dev->las());
  if (h.models > 1 && r.model == h.models) {
    fmt::print("average of {} models{}\n", h.models, dev);
  } else {
    const std::string who = h.models > 1 ? fmt::format("model {}/{} (seed {})  ", r.model + 1, h.models, h.seed + r.model) : "";
    fmt::print("{}iteration {:>2}/{}  train moves {:.2f}%{}  ({:.1f} s)\n", who, r.iteration, h.iterations,
               r.train_accuracy, dev, r.seconds);
  }
  std::fflush(stdout);
}

/// The dev sentences, tagged by the tagger model (so dev scores use predicted tags).
std::vector<nlp::GoldSentence> load_dev(const TrainParserOptions& opt) {
  auto dev = nlp::read_conllu(opt.dev);
  const fs::path tagger_path = opt.tagger.empty() ? models_dir(opt.models) / "tagger.model" : fs::path(opt.tagger);
  const auto tagger = nlp::Tagger::load(tagger_path);
  for (auto& s : dev) tagger->tag(s.doc);
  fmt::print("dev   {}: {} sentences, tagged by {}\n", opt.dev, dev.size(), tagger_path.string());
  return dev;
}

void run_train(const TrainParserOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  const fs::path data = data_dir(opt.data);
  const fs::path output = opt.output.empty() ? models_dir(opt.models) / "parser.model" : fs::path(opt.output);
  if (opt.hyper.iterations == 0) throw ParseError("E106", "--iterations must be at least 1");
  if (opt.hyper.jackknife_folds == 1) throw ParseError("E106", "--jackknife must be 0 (gold tags) or at least 2");

  // UD tokens as they are (no merging of hyphenated compounds), like the shipped tagger and the
  // gold-token evaluation.
  train::TrainingCorpus corpus = train::load_training_corpus(data, /*merge_hyphens=*/false);
  for (const auto& s : corpus.sources)
    if (s.sentences) fmt::print("data  {}: {} sentences, {} tokens\n", s.name, s.sentences, s.tokens);
  fmt::print("data  GUM documents used {} (non_commercial=no), excluded {}\n", corpus.gum_docs_used,
             corpus.gum_docs_excluded);
  std::optional<std::vector<nlp::GoldSentence>> dev;
  if (!opt.dev.empty()) dev = load_dev(opt);
  if (opt.hyper.jackknife_folds >= 2) {
    // The jackknifed taggers use the lexicon of the tagger that will tag the parser's input.
    const fs::path tagger_path = opt.tagger.empty() ? models_dir(opt.models) / "tagger.model" : fs::path(opt.tagger);
    const auto lexicon = train::tagger_lexicon_of(nlp::load_tagger_model(tagger_path));
    fmt::print("tags  jackknifed taggers with the lexicon of {} ({} words)\n", tagger_path.string(), lexicon.size());
    train::jackknife_tags(corpus.sentences, opt.hyper.jackknife_folds, lexicon, [&](std::uint32_t fold, double s) {
      fmt::print("tags  jackknife fold {}/{} tagged ({:.1f} s)\n", fold, opt.hyper.jackknife_folds, s);
      std::fflush(stdout);
    });
  }

  train::ParserTrainOptions train;
  train.hyper = opt.hyper;
  train.dev = dev ? &*dev : nullptr;
  train.progress = [&](const train::ParserIterationReport& r) { print_iteration(r, opt.hyper); };
  train.threads = opt.threads;
  nlp::ParserModel model = train::train_parser(corpus.sentences, train);
  model.sources = corpus.sources;
  nlp::save_parser_model(model, output);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("model {} relations, {} features, {} weights, {:.2f} MB\n", model.labels.size(),
             model.moves.feature_count(), model.moves.entry_count(), static_cast<double>(fs::file_size(output)) / 1e6);
  fmt::print("wrote {} ({:.1f} s in total)\n", output.string(), seconds);
}

}  // namespace

void add_train_parser_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainParserOptions>();
  auto* cmd = train.add_subcommand("parser", "Train the dependency parser (models/parser.model)");
  cmd->add_option("--data", opt->data, "Corpus folder with ud/ and gum/ (default: <repo>/../shared/data)");
  cmd->add_option("--output,-o", opt->output, "Model file to write (default: <models>/parser.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_option("--dev", opt->dev, "Gold CoNLL-U file to score after every pass, with predicted tags");
  cmd->add_option("--tagger", opt->tagger, "Tagger model that tags --dev (default: <models>/tagger.model)");
  cmd->add_option("--iterations", opt->hyper.iterations, "Passes over the training data")->capture_default_str();
  cmd->add_option("--seed", opt->hyper.seed, "Seed of the shuffle and the exploration (std::mt19937_64)")
      ->capture_default_str();
  cmd->add_option("--jackknife", opt->hyper.jackknife_folds,
                  "Folds for predicted training tags (0 = train on gold tags)")
      ->capture_default_str();
  cmd->add_option("--explore-from", opt->hyper.explore_from, "First pass that follows the model's own moves")
      ->capture_default_str();
  cmd->add_option("--explore-prob", opt->hyper.explore_prob, "Probability of following the model's move")
      ->capture_default_str();
  cmd->add_option("--prune", opt->hyper.prune_below,
                  "Drop averaged weights below this magnitude (with --average: of the models' mean weight)")
      ->capture_default_str();
  cmd->add_option("--average", opt->hyper.models,
                  "Train this many models (seeds --seed, --seed+1, ...) and average their weights into one "
                  "model: more accurate, as fast to run, a larger file, N times the training")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("-j,--threads", opt->threads, "Models trained at once (with --average); same result for any value")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
