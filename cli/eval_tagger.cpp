// `ergraph eval tagger --conllu FILE`: UPOS and XPOS accuracy of the tagger on gold tokens,
// and its speed.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "extract/conllu.h"
#include "extract/tagger.h"
#include "extract/tagger_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalTaggerOptions {
  std::string conllu;
  std::string model;
  std::string models;
};

void run_eval(const EvalTaggerOptions& opt) {
  const fs::path model = opt.model.empty() ? models_dir(opt.models) / "tagger.model" : fs::path(opt.model);
  const auto tagger = extract::Tagger::load(model);
  const auto gold = extract::read_conllu(opt.conllu);
  const extract::TaggerScore s = extract::evaluate_tagger(*tagger, gold);
  fmt::print("UPOS {:.2f}%  XPOS {:.2f}%  ({} tokens)\n", s.upos(), s.xpos(), s.tokens);
  fmt::print("tagging time {:.3f} s, {:.0f} tokens/s (1 thread)\n", s.seconds, s.tokens_per_second());
}

}  // namespace

void add_eval_tagger_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalTaggerOptions>();
  auto* cmd = eval.add_subcommand("tagger", "Tagger accuracy (UPOS, XPOS) and speed on a gold CoNLL-U file");
  cmd->add_option("--conllu", opt->conllu, "Gold CoNLL-U file (e.g. ../shared/data/ud/en_ewt-ud-dev.conllu)")
      ->required();
  cmd->add_option("--model", opt->model, "Tagger model (default: <models>/tagger.model)");
  cmd->add_option("--models", opt->models, "Models folder (default: $ERGRAPH_MODELS or the source tree's models/)");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
