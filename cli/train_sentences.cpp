// `ergraph train sentences`: the learned sentence splitter (models/sentences.model,
// nlp/sentence_splitter.h) from gold sentence boundaries (train/sentence_trainer.h).
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "nlp/conllu.h"
#include "nlp/sentence_splitter.h"
#include "train/corpus.h"
#include "train/sentence_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct TrainSentencesOptions {
  std::string data;
  std::string output;
  std::string models;
  std::vector<std::string> corpora{"ewt-train", "gum-train"};
  std::vector<std::string> extra;  // more CoNLL-U files (experiments: cross-validation folds)
  train::SentenceTrainOptions train;
};

void run_train(const TrainSentencesOptions& opt) {
  const fs::path data = data_dir(opt.data);
  const fs::path output = opt.output.empty() ? models_dir(opt.models) / nlp::kSentenceModelFile : fs::path(opt.output);
  std::vector<nlp::GoldSentence> gold;
  std::vector<nlp::TrainingSource> sources;
  for (const std::string& c : std::set<std::string>(opt.corpora.begin(), opt.corpora.end())) {
    const std::string name = c == "ewt-train" ? "ud/en_ewt-ud-train.conllu"
                             : c == "ewt-dev" ? "ud/en_ewt-ud-dev.conllu"
                                              : "ud/en_gum-ud-train.conllu";
    auto sentences = nlp::read_conllu(data / name);
    if (c == "gum-train") {  // only the documents whose licence allows commercial use
      const auto docs = train::gum_commercial_train_docs(data / "gum" / "doc_licenses.tsv");
      std::erase_if(sentences, [&](const nlp::GoldSentence& s) { return docs.count(s.doc_id) == 0; });
    }
    auto source = train::describe_source(data, name);
    source.sentences = static_cast<std::uint32_t>(sentences.size());
    for (const auto& s : sentences) source.tokens += static_cast<std::uint32_t>(s.doc.tokens.size());
    sources.push_back(source);
    gold.insert(gold.end(), std::make_move_iterator(sentences.begin()), std::make_move_iterator(sentences.end()));
  }
  for (const std::string& file : opt.extra) {
    auto sentences = nlp::read_conllu(file);
    auto source = train::describe_source(fs::path(file).parent_path(), fs::path(file).filename().string());
    source.sentences = static_cast<std::uint32_t>(sentences.size());
    sources.push_back(source);
    gold.insert(gold.end(), std::make_move_iterator(sentences.begin()), std::make_move_iterator(sentences.end()));
  }
  const auto model = train::train_sentence_model(gold, sources, opt.train);
  core::write_file_atomically(output, nlp::serialize_sentence_model(model));
  fmt::print("{}: {} sentences from {} file(s), {} iterations, {} features\n", output.string(), gold.size(),
             sources.size(), opt.train.iterations, model.weights.feature_count());
}

}  // namespace

void add_train_sentences_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainSentencesOptions>();
  auto* cmd = train.add_subcommand("sentences", "Sentence splitter (models/sentences.model) from gold sentence boundaries");
  cmd->add_option("--data", opt->data, "Corpora folder (default: ../shared/data beside the source tree)");
  cmd->add_option("--output,-o", opt->output, "Model to write (default: <models>/sentences.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_option("--corpus", opt->corpora,
                  "Training corpora (repeat): ewt-train, ewt-dev, gum-train (only its commercially usable documents)")
      ->check(CLI::IsMember({"ewt-train", "ewt-dev", "gum-train"}))
      ->capture_default_str();
  cmd->add_option("--conllu", opt->extra, "More gold CoNLL-U files to train on (repeat; e.g. cross-validation folds)");
  cmd->add_option("--iterations", opt->train.iterations, "Passes over the training documents")->capture_default_str();
  cmd->add_option("--seed", opt->train.seed, "Seed of the per-pass shuffle")->capture_default_str();
  cmd->add_option("--prune", opt->train.prune_below, "Drop averaged weights below this magnitude")->capture_default_str();
  cmd->footer(
      "Each document's gold sentences are joined by spaces into running text, which the tokenizer\n"
      "tokenizes; every gap between two tokens is a training instance (models/SENTENCES.md).\n"
      "The same data and options give a byte-identical model.\n"
      "Examples:\n"
      "  ergraph train sentences                                   # the shipped model\n"
      "  ergraph train sentences --corpus gum-train --corpus ewt-dev -o /tmp/s.model   # EWT train held out");
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
