// `ergraph eval parser --conllu FILE`: UAS and LAS of the dependency parser on gold tokens, with
// tags predicted by the tagger and with the gold tags, and its speed; also the lemmatizer's
// accuracy on the same file with the predicted tags (as `ergraph eval lemmatizer` counts it).
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/evaluate.h"
#include "nlp/tagger.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalParserOptions {
  std::string conllu;
  std::string model;
  std::string tagger;
  std::string lemmas;
  std::string models;
};

double per_second(std::size_t tokens, double seconds) {
  return seconds > 0 ? static_cast<double>(tokens) / seconds : 0.0;
}

void run_eval(const EvalParserOptions& opt) {
  const fs::path dir = models_dir(opt.models);
  const fs::path model = opt.model.empty() ? dir / "parser.model" : fs::path(opt.model);
  const fs::path tagger_path = opt.tagger.empty() ? dir / "tagger.model" : fs::path(opt.tagger);
  const auto parser = nlp::Parser::load(model);
  const auto tagger = nlp::Tagger::load(tagger_path);
  const auto lemmatizer = nlp::Lemmatizer::load(opt.lemmas.empty() ? dir / "lemmas.tsv" : fs::path(opt.lemmas));
  const auto gold = nlp::read_conllu(opt.conllu);
  const nlp::ParserScore p = nlp::evaluate_parser(*parser, gold, tagger.get(), lemmatizer.get());
  const nlp::ParserScore g = nlp::evaluate_parser(*parser, gold);
  fmt::print("predicted tags: UAS {:.2f}%  LAS {:.2f}%  ({} tokens, punctuation included)\n", p.uas(), p.las(),
             p.tokens);
  fmt::print("gold tags:      UAS {:.2f}%  LAS {:.2f}%\n", g.uas(), g.las());
  // Speeds in the input's whitespace tokens (what other tools count) beside the gold tokens.
  const std::size_t whitespace = nlp::whitespace_tokens(gold);
  fmt::print("parsing {:.0f} whitespace tokens/s ({:.0f} gold tokens/s); tagging + parsing {:.0f} ({:.0f}) (1 thread)\n",
             per_second(whitespace, p.parse_seconds), per_second(p.tokens, p.parse_seconds),
             per_second(whitespace, p.parse_seconds + p.tag_seconds), per_second(p.tokens, p.parse_seconds + p.tag_seconds));
  fmt::print("lemma accuracy (predicted tags): {:.2f}%\n", p.lemma_accuracy());
}

}  // namespace

void add_eval_parser_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalParserOptions>();
  auto* cmd = eval.add_subcommand("parser", "Parser accuracy (UAS, LAS) and speed on a gold CoNLL-U file");
  cmd->add_option("--conllu", opt->conllu, "Gold CoNLL-U file (e.g. ../shared/data/ud/en_ewt-ud-dev.conllu)")
      ->required();
  cmd->add_option("--model", opt->model, "Parser model (default: <models>/parser.model)");
  cmd->add_option("--tagger", opt->tagger, "Tagger model for the predicted tags (default: <models>/tagger.model)");
  cmd->add_option("--lemmas", opt->lemmas, "Lemmatizer table for the lemma line (default: <models>/lemmas.tsv)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
