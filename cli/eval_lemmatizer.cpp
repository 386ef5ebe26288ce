// `ergraph eval lemmatizer --conllu FILE`: lemma accuracy against the UD lemma column, with the
// gold tags and, when a tagger model exists, with predicted tags.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/text.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalLemmatizerOptions {
  std::string conllu;
  std::string lemmas;
  std::string tagger;
  std::string models;
  std::size_t show_errors = 0;
};

struct Score {
  std::size_t tokens = 0, exact = 0, folded = 0;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> errors;

  void add(std::string_view form, std::string_view xpos, const std::string& gold, const std::string& got) {
    ++tokens;
    if (got == gold) ++exact;
    else errors[{std::string(form), std::string(xpos), gold, got}]++;
    if (core::ascii_lower(got) == core::ascii_lower(gold)) ++folded;
  }
  static double pct(std::size_t n, std::size_t d) { return d ? 100.0 * double(n) / double(d) : 0.0; }
  void print(std::string_view label) const {
    fmt::print("lemma accuracy ({}) {:.2f}% ({} tokens)\n", label, pct(exact, tokens), tokens);
    fmt::print("lemma accuracy ({}, case-insensitive) {:.2f}% ({} tokens)\n", label, pct(folded, tokens), tokens);
  }
  void print_errors(std::size_t n) const {
    std::vector<std::pair<std::size_t, decltype(errors)::key_type>> v;
    for (const auto& [k, c] : errors) v.emplace_back(c, k);
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < std::min(n, v.size()); ++i) {
      const auto& [form, xpos, gold, got] = v[i].second;
      fmt::print("  {:5} {}/{} gold '{}' got '{}'\n", v[i].first, form, xpos, gold, got);
    }
  }
};

Score score(const std::vector<nlp::GoldSentence>& gold, const nlp::Lemmatizer& lemmatizer,
            const nlp::Tagger* tagger) {
  Score s;
  for (const auto& g : gold) {
    nlp::Document doc = g.doc;
    if (tagger) tagger->tag(doc);
    lemmatizer.lemmatize(doc);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
      s.add(doc.form(doc.tokens[i]), nlp::xpos_name(doc.tokens[i].xpos), g.doc.tokens[i].lemma,
            doc.tokens[i].lemma);
  }
  return s;
}

void run_eval(const EvalLemmatizerOptions& opt) {
  const fs::path models = models_dir(opt.models);
  const fs::path lemmas = opt.lemmas.empty() ? models / "lemmas.tsv" : fs::path(opt.lemmas);
  const auto lemmatizer = nlp::Lemmatizer::load(lemmas);
  const auto gold = nlp::read_conllu(opt.conllu);

  const Score with_gold = score(gold, *lemmatizer, nullptr);
  with_gold.print("gold tags");
  if (opt.show_errors) with_gold.print_errors(opt.show_errors);

  const fs::path tagger_path = opt.tagger.empty() ? models / "tagger.model" : fs::path(opt.tagger);
  if (opt.tagger.empty() && !fs::exists(tagger_path)) {
    fmt::print("(no tagger model at {}: predicted-tag accuracy skipped)\n", tagger_path.string());
    return;
  }
  const auto tagger = nlp::Tagger::load(tagger_path);
  const Score predicted = score(gold, *lemmatizer, tagger.get());
  predicted.print("predicted tags");
  if (opt.show_errors) predicted.print_errors(opt.show_errors);
}

}  // namespace

void add_eval_lemmatizer_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalLemmatizerOptions>();
  auto* cmd = eval.add_subcommand("lemmatizer", "Lemma accuracy on a gold CoNLL-U file");
  cmd->add_option("--conllu", opt->conllu, "Gold CoNLL-U file (e.g. ud/en_ewt-ud-dev.conllu)")->required();
  cmd->add_option("--lemmas", opt->lemmas, "Lemmatizer table (default: <models>/lemmas.tsv)");
  cmd->add_option("--tagger", opt->tagger,
                  "Tagger model for the predicted-tag line (default: <models>/tagger.model if it exists)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_option("--show-errors", opt->show_errors, "Also print the N most frequent errors");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
