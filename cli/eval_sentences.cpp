// `ergraph eval sentences --conllu FILE`: the sentence splitter (nlp/tokenizer.h) against the gold
// sentence boundaries of a CoNLL-U file, each document's sentences joined by spaces.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalSentencesOptions {
  std::string conllu;
  std::size_t errors = 0;
  std::string model;
  std::string models;
  bool rules = false;
};

void run_eval(const EvalSentencesOptions& opt) {
  const auto gold = nlp::read_conllu(opt.conllu);
  const fs::path model = opt.model.empty() ? models_dir(opt.models) / nlp::kSentenceModelFile : fs::path(opt.model);
  const auto s = opt.rules ? nlp::evaluate_sentence_splitting(nlp::Tokenizer{}, gold, opt.errors)
                           : nlp::evaluate_sentence_splitting(nlp::Tokenizer{}, nlp::SentenceSplitter::load(model), gold,
                                                              opt.errors);
  fmt::print("splitter: {}\n", opt.rules ? std::string("the tokenizer's rules only") : model.string());
  if (!s.misses.empty()) {
    fmt::print("gold sentences not found (gold | what the splitter made of its start):\n");
    for (const auto& m : s.misses) fmt::print("  {}\n    | {}\n", m.text, m.got.empty() ? "(no sentence starts here)" : m.got);
  }
  fmt::print("{}: {} gold sentences, {} predicted, {} found exactly\n", opt.conllu, s.gold, s.predicted, s.found);
  fmt::print("overall P={:.3f} R={:.3f} F1={:.3f}\n", s.precision(), s.recall(), s.f1());
}

}  // namespace

void add_eval_sentences_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalSentencesOptions>();
  auto* cmd = eval.add_subcommand("sentences", "Sentence splitting against the gold sentences of a CoNLL-U file");
  cmd->add_option("--conllu", opt->conllu, "Gold CoNLL-U file (e.g. ../shared/data/ud/en_ewt-ud-dev.conllu)")
      ->required();
  cmd->add_option("--errors", opt->errors, "List the first N gold sentences not found");
  cmd->add_option("--model", opt->model, "Sentence model (default: <models>/sentences.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_flag("--rules", opt->rules, "Score the tokenizer's rules alone, without the learned splitter");
  cmd->footer(
      "The sentences of each document (# newdoc id) are joined by single spaces into running text\n"
      "without line breaks, which the tokenizer splits and the learned splitter re-splits (what\n"
      "`build` does; --rules: the tokenizer alone). A gold sentence is found when one\n"
      "predicted sentence covers exactly its characters; P = found / predicted, R = found / gold.\n"
      "Example: ergraph eval sentences --conllu ../shared/data/ud/en_ewt-ud-train.conllu");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
