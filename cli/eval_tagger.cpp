// `ergraph eval tagger --conllu FILE [--merge-hyphens]`: UPOS and XPOS accuracy of the tagger on
// gold tokens (optionally with hyphenated compounds merged, as the tokenizer writes them), on the
// hyphenated words among them, and its speed.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "nlp/tagger_io.h"
#include "nlp/evaluate.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalTaggerOptions {
  std::string conllu;
  std::string model;
  std::string models;
  bool merge_hyphens = false;
};

// A word with a hyphen inside ("long-term"; not "-" or "-5").
bool is_hyphenated(std::string_view form) {
  const auto dash = form.find('-', 1);
  return dash != std::string_view::npos && dash + 1 < form.size();
}

// Accuracy on the hyphenated words only (tagged in their sentences).
nlp::TaggerScore score_hyphenated(const nlp::Tagger& tagger, const std::vector<nlp::GoldSentence>& gold) {
  nlp::TaggerScore score;
  for (const auto& g : gold) {
    nlp::Document d = g.doc;
    for (auto& t : d.tokens) t.upos = nlp::Upos::None, t.xpos = 0;
    tagger.tag(d);
    for (std::size_t i = 0; i < d.tokens.size(); ++i) {
      if (!is_hyphenated(d.form(d.tokens[i]))) continue;
      ++score.tokens;
      score.upos_correct += d.tokens[i].upos == g.doc.tokens[i].upos;
      score.xpos_correct += d.tokens[i].xpos == g.doc.tokens[i].xpos;
    }
  }
  return score;
}

void run_eval(const EvalTaggerOptions& opt) {
  const fs::path model = opt.model.empty() ? models_dir(opt.models) / "tagger.model" : fs::path(opt.model);
  const nlp::TaggerModel loaded = nlp::load_tagger_model(model);
  const auto tagger = nlp::make_tagger(loaded);
  auto gold = nlp::read_conllu(opt.conllu);
  std::size_t merges = 0;
  if (opt.merge_hyphens)
    for (auto& s : gold) merges += nlp::merge_hyphenated_compounds(s);
  if (opt.merge_hyphens) fmt::print("merged {} hyphenated compounds\n", merges);
  const nlp::TaggerScore s = nlp::evaluate_tagger(*tagger, gold);
  fmt::print("UPOS {:.2f}%  XPOS {:.2f}%  ({} tokens)\n", s.upos(), s.xpos(), s.tokens);
  const auto lemmatizer = nlp::Lemmatizer::load(models_dir(opt.models) / "lemmas.tsv");
  // The lists the pipeline's tag repair reads (extract/pipeline.cpp).
  const auto lexicon = nlp::Lexicon::load(models_dir(opt.models) / nlp::kLexiconFolder);
  const nlp::WordList gerund_verbs = lexicon.get("gerund_object_verbs"), clause_marks = lexicon.get("finite_clause_marks"),
                      name_particles = lexicon.get("name_particles");
  const nlp::TaggerScore r =
      nlp::evaluate_tagger(*tagger, gold, lemmatizer.get(), &gerund_verbs, &clause_marks, &name_particles);
  fmt::print("with the pipeline's repair of verbless sentences: UPOS {:.2f}%  XPOS {:.2f}%\n", r.upos(), r.xpos());
  if (loaded.backward.classes() > 0) {  // the same model without its right-to-left weights
    nlp::TaggerModel forward = loaded;
    forward.backward = {};
    const nlp::TaggerScore f = nlp::evaluate_tagger(*nlp::make_tagger(std::move(forward)), gold);
    fmt::print("left-to-right weights only: UPOS {:.2f}%  XPOS {:.2f}%\n", f.upos(), f.xpos());
  }
  const nlp::TaggerScore h = score_hyphenated(*tagger, gold);
  fmt::print("hyphenated words: UPOS {:.2f}%  XPOS {:.2f}%  ({} tokens)\n", h.upos(), h.xpos(), h.tokens);
  const std::size_t whitespace = nlp::whitespace_tokens(gold);  // what other tools count
  fmt::print("tagging time {:.3f} s, {:.0f} whitespace tokens/s ({:.0f} gold tokens/s) (1 thread)\n", s.seconds,
             s.seconds > 0 ? static_cast<double>(whitespace) / s.seconds : 0.0, s.tokens_per_second());
}

}  // namespace

void add_eval_tagger_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalTaggerOptions>();
  auto* cmd = eval.add_subcommand("tagger", "Tagger accuracy (UPOS, XPOS) and speed on a gold CoNLL-U file");
  cmd->add_option("--conllu", opt->conllu, "Gold CoNLL-U file (e.g. ../shared/data/ud/en_ewt-ud-dev.conllu)")
      ->required();
  cmd->add_flag("--merge-hyphens", opt->merge_hyphens,
               "Merge hyphenated compounds (long - term -> long-term) in the gold file first, as the "
               "tokenizer writes them");
  cmd->add_option("--model", opt->model, "Tagger model (default: <models>/tagger.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
