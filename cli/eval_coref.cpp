// `ergraph eval coref --conllu FILE`: accuracy of the pronoun resolver (entities/coreference.h)
// on GUM's coreference annotation (train/coreference_eval.h).
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "entities/coreference.h"
#include "entities/mentions.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/lexicon.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "train/coreference_eval.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalCorefOptions {
  std::string conllu;
  std::string models;
  std::size_t errors = 0;
  std::string domain = "auto";
};

void run_eval(const EvalCorefOptions& opt) {
  const fs::path dir = models_dir(opt.models);
  const auto tagger = nlp::Tagger::load(dir / "tagger.model");
  const auto lemmatizer = nlp::Lemmatizer::load(dir / "lemmas.tsv");
  const auto parser = nlp::Parser::load(dir / "parser.model");
  const auto lexicon = nlp::Lexicon::load(dir / nlp::kLexiconFolder);
  entities::MentionOptions mopts;
  // GUM text: the recognizer's GUM domain unless told otherwise (as `eval ner` does by the data).
  mopts.text_domain = entities::EntityRecognizer::parse_domain(opt.domain).value_or(entities::EntityRecognizer::kDomainGum);
  const auto finder = entities::MentionFinder::load(dir, lexicon, mopts);
  const auto resolver = entities::CoreferenceResolver::load(dir, lexicon);
  const auto gold = nlp::read_conllu(opt.conllu);
  const auto score = train::evaluate_coreference(gold, *tagger, *lemmatizer, *parser, finder, resolver, opt.errors);

  fmt::print("{}: {} documents; our tags, lemmas, parse and mentions on the gold tokens\n", opt.conllu,
             score.documents);
  fmt::print("scored: 3rd-person pronouns whose gold chain has a named mention earlier in the document\n\n");
  fmt::print("{:<18} {:>6} {:>8} {:>6} {:>11} {:>9} {:>10}\n", "group", "n", "correct", "wrong", "unresolved",
             "accuracy", "precision");
  const auto row = [](const std::string& name, const train::CorefGroupScore& g) {
    fmt::print("{:<18} {:>6} {:>8} {:>6} {:>11} {:>9.3f} {:>10.3f}\n", name, g.total, g.correct, g.wrong(),
               g.unresolved, g.accuracy(), g.precision());
  };
  for (const auto& [name, g] : score.groups) row(name, g);
  row("overall", score.overall);
  fmt::print("(wrong: resolved to another entity; precision: correct / resolved)\n");
  const auto& d = score.descriptions;
  fmt::print("\ninformational: definite descriptions \"the <noun>\" with a named antecedent: n={} correct={} "
             "unresolved={} accuracy={:.3f}\n",
             d.total, d.correct, d.unresolved, d.accuracy());
  fmt::print("informational: pronouns resolved outside the scored set (no earlier named mention in their gold "
             "chain, or not a gold mention): {}\n",
             score.resolved_unscored);
  for (const auto& [name, n] : score.resolved_unscored_groups) fmt::print("  {:<18} {:>6}\n", name, n);
  fmt::print("informational: named gold mentions by GUM type: found (one of our names covers the head) and typed "
             "(person PERSON, organization ORG, place GPE or LOC, others MISC)\n");
  std::size_t n_gold = 0, found = 0, typed = 0;
  for (const auto& [name, t] : score.named_types) {
    fmt::print("  {:<14} n={:<6} found={:<6} typed={:<6} typed/found={:.3f}\n", name, t.gold, t.found, t.typed,
               t.found ? static_cast<double>(t.typed) / static_cast<double>(t.found) : 0.0);
    n_gold += t.gold, found += t.found, typed += t.typed;
  }
  fmt::print("  {:<14} n={:<6} found={:<6} typed={:<6} typed/found={:.3f}\n", "all", n_gold, found, typed,
             found ? static_cast<double>(typed) / static_cast<double>(found) : 0.0);
  if (!score.errors.empty()) {
    fmt::print("\nerrors (first {}):\n", score.errors.size());
    for (const auto& e : score.errors) fmt::print("  {}\n", e);
  }
  fmt::print("\noverall accuracy={:.3f} (n={})\n", score.overall.accuracy(), score.overall.total);
}

}  // namespace

void add_eval_coref_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalCorefOptions>();
  auto* cmd = eval.add_subcommand("coref", "Pronoun coreference accuracy on GUM (named antecedents)");
  cmd->add_option("--conllu", opt->conllu, "GUM CoNLL-U file with Entity= annotation (e.g. ../shared/data/ud/en_gum-ud-dev.conllu)")
      ->required();
  cmd->add_option("--domain", opt->domain,
                  "Genre for a recognizer with domain copies (models/NER.md): auto (= gum, the data is GUM), web, gum, none")
      ->check(CLI::IsMember({"auto", "web", "gum", "none"}))
      ->capture_default_str();
  cmd->add_option("--errors", opt->errors, "List the first N wrong or unresolved pronouns and descriptions");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->footer(
      "Sentences are grouped into documents (# newdoc id); our tagger, lemmatizer, parser and mention\n"
      "finder run on the gold tokens (gold tags are not used), then the resolver (entities/coreference.h).\n"
      "Scored: every gold 3rd-person personal or possessive pronoun (he him his she her hers it its\n"
      "they them their theirs) that is a gold mention whose gold chain has a named mention earlier\n"
      "in the document. Correct: the resolver gave it a canonical entity one of whose named mentions\n"
      "(ours) contains the min-span head (else the last token) of a gold mention of that chain.\n"
      "Unresolved scored pronouns count against accuracy; `wrong` counts the ones resolved to another\n"
      "entity (precision = correct / resolved). \"the <noun>\" descriptions are reported apart.\n"
      "The last line is `overall accuracy=A (n=N)`. Tune on GUM train, report GUM dev.\n\n"
      "Example:\n"
      "  ergraph eval coref --conllu ../shared/data/ud/en_gum-ud-dev.conllu --errors 30");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
