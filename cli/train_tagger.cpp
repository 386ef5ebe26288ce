// `ergraph train tagger`: trains the averaged-perceptron POS tagger on UD English EWT train plus
// the commercially usable GUM train documents and writes models/tagger.model atomically.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "core/error.h"
#include "nlp/conllu.h"
#include "nlp/tagger_io.h"
#include "train/tagger_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct TrainTaggerOptions {
  std::string data;
  std::string output;
  std::string models;
  std::string dev;
  std::string labels = "joint";
  bool merge_hyphens = false;  // the shipped model: UD tokens as they are (see models/TAGGER.md)
  std::uint32_t name_copies = train::TaggerTrainOptions{}.name_copies;
  std::string lexicon;
  nlp::TaggerHyperparameters hyper;
};

train::TaggerLabelScheme parse_scheme(const std::string& s) {
  if (s == "joint") return train::TaggerLabelScheme::Joint;
  if (s == "upos") return train::TaggerLabelScheme::UposOnly;
  if (s == "xpos") return train::TaggerLabelScheme::XposOnly;
  throw ParseError("E106", "--labels must be joint, upos or xpos, not '" + s + "'");
}

void print_iteration(const train::TaggerIterationReport& r, std::uint32_t total) {
  std::string dev;
  if (r.dev)
    dev = fmt::format("  dev UPOS {:.2f}%  XPOS {:.2f}%", r.dev->upos(), r.dev->xpos());
  fmt::print("iteration {:>2}/{}  train {:.2f}%{}  ({:.1f} s)\n", r.iteration, total, r.train_accuracy, dev,
             r.seconds);
  std::fflush(stdout);
}

void run_train(const TrainTaggerOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  const fs::path data = data_dir(opt.data);
  const fs::path output = opt.output.empty() ? models_dir(opt.models) / "tagger.model" : fs::path(opt.output);
  if (opt.hyper.iterations == 0) throw ParseError("E106", "--iterations must be at least 1");

  train::TrainingCorpus corpus = train::load_training_corpus(data, opt.merge_hyphens);
  for (const auto& s : corpus.sources)
    if (s.sentences) fmt::print("data  {}: {} sentences, {} tokens\n", s.name, s.sentences, s.tokens);
  fmt::print("data  GUM documents used {} (non_commercial=no), excluded {}\n", corpus.gum_docs_used,
             corpus.gum_docs_excluded);
  fmt::print("data  hyphenated compounds merged: {}\n",
             corpus.merged_hyphens ? std::to_string(corpus.hyphen_merges) : std::string("no (--no-merge-hyphens)"));

  std::optional<std::vector<nlp::GoldSentence>> dev;
  if (!opt.dev.empty()) dev = nlp::read_conllu(opt.dev);
  train::TaggerTrainOptions train;
  train.hyper = opt.hyper;
  train.scheme = parse_scheme(opt.labels);
  train.dev = dev ? &*dev : nullptr;
  train.name_copies = opt.name_copies;
  if (!opt.lexicon.empty()) {
    train.lexicon = train::read_tagger_lexicon(opt.lexicon);
    fmt::print("data  lexicon {}: {} words\n", opt.lexicon, train.lexicon.size());
  }
  train.progress = [&](const train::TaggerIterationReport& r) { print_iteration(r, opt.hyper.iterations); };

  nlp::TaggerModel model = train::train_tagger(corpus.sentences, train);
  model.sources = corpus.sources;
  model.merged_hyphens = corpus.merged_hyphens;
  nlp::save_tagger_model(model, output);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("model {} labels, {} tag-dictionary words, {} features, {} weights{}, {:.2f} MB\n",
             model.labels.size(), model.tagdict.size(), model.weights.feature_count() + model.backward.feature_count(),
             model.weights.entry_count() + model.backward.entry_count(),
             model.backward.classes() > 0 ? " (both directions)" : "", static_cast<double>(fs::file_size(output)) / 1e6);
  fmt::print("wrote {} ({:.1f} s in total)\n", output.string(), seconds);
}

}  // namespace

void add_train_tagger_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainTaggerOptions>();
  auto* cmd = train.add_subcommand("tagger", "Train the part-of-speech tagger (models/tagger.model)");
  cmd->add_option("--data", opt->data, "Corpus folder with ud/ and gum/ (default: <repo>/../shared/data)");
  cmd->add_option("--output,-o", opt->output, "Model file to write (default: <models>/tagger.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_option("--iterations", opt->hyper.iterations, "Passes over the training data")->capture_default_str();
  cmd->add_option("--seed", opt->hyper.seed, "Seed of the per-pass shuffle (std::mt19937)")->capture_default_str();
  cmd->add_option("--dev", opt->dev, "Gold CoNLL-U file to score after every pass (never trained on)");
  cmd->add_option("--labels", opt->labels, "What to predict: joint (UPOS+XPOS, default), upos or xpos")
      ->capture_default_str();
  cmd->add_flag("--merge-hyphens,!--no-merge-hyphens", opt->merge_hyphens,
               "Merge hyphenated compounds written without spaces (long - term -> long-term) in the "
               "training data, as the tokenizer keeps them whole (default: off, as for the shipped model)");
  cmd->add_option("--name-copies", opt->name_copies,
                  "Also train on N copies of each sentence with its proper nouns replaced by invented names "
                  "(teaches the context around names never seen)")
      ->capture_default_str();
  cmd->add_option("--lexicon", opt->lexicon,
                  "Open-class lexicon, WORD<TAB>TAGS per line, for words seen too rarely to have an ambiguity class "
                  "(the shipped model: WordNet's, written by scripts/wordnet/build_wordnet_tags.py)");
  cmd->add_option("--tagdict-min-count", opt->hyper.tagdict_min_count, "Tag dictionary: minimum word count")
      ->capture_default_str();
  cmd->add_option("--tagdict-min-ratio", opt->hyper.tagdict_min_ratio, "Tag dictionary: minimum share of one label")
      ->capture_default_str();
  cmd->add_option("--class-min-count", opt->hyper.class_min_count, "Ambiguity classes: minimum word count")
      ->capture_default_str();
  cmd->add_option("--class-folds", opt->hyper.class_folds, "Ambiguity classes: jackknife folds (0 = off)")
      ->capture_default_str();
  cmd->add_option("--prune", opt->hyper.prune_below, "Drop averaged weights below this magnitude")
      ->capture_default_str();
  cmd->add_flag("--bidirectional,!--left-to-right", opt->hyper.bidirectional,
               "Also train right-to-left weights; tagging then adds both directions' scores (default: on; "
               "--left-to-right trains one direction, tagging twice as fast)");
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
