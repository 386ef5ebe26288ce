// `ergraph eval coref --conllu FILE`: accuracy of the pronoun resolver (entities/coreference.h)
// on GUM's coreference annotation, and `ergraph train first-names`: the first-name gender table
// the resolver reads (models/first_name_gender.tsv), learned from GUM train.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "entities/coreference.h"
#include "entities/mentions.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/lexicon.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "train/corpus.h"
#include "train/sha256.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalCorefOptions {
  std::string conllu;
  std::string models;
  std::size_t errors = 0;
};

void run_eval(const EvalCorefOptions& opt) {
  const fs::path dir = models_dir(opt.models);
  const auto tagger = nlp::Tagger::load(dir / "tagger.model");
  const auto lemmatizer = nlp::Lemmatizer::load(dir / "lemmas.tsv");
  const auto parser = nlp::Parser::load(dir / "parser.model");
  const auto lexicon = nlp::Lexicon::load(dir / nlp::kLexiconFolder);
  const auto finder = entities::MentionFinder::load(dir, lexicon);
  const auto resolver = entities::CoreferenceResolver::load(dir, lexicon);
  const auto gold = nlp::read_conllu(opt.conllu);
  const auto score = entities::evaluate_coreference(gold, *tagger, *lemmatizer, *parser, finder, resolver, opt.errors);

  fmt::print("{}: {} documents; our tags, lemmas, parse and mentions on the gold tokens\n", opt.conllu,
             score.documents);
  fmt::print("scored: 3rd-person pronouns whose gold chain has a named mention earlier in the document\n\n");
  fmt::print("{:<18} {:>6} {:>8} {:>11} {:>9}\n", "group", "n", "correct", "unresolved", "accuracy");
  for (const auto& [name, g] : score.groups)
    fmt::print("{:<18} {:>6} {:>8} {:>11} {:>9.3f}\n", name, g.total, g.correct, g.unresolved, g.accuracy());
  const auto& d = score.descriptions;
  fmt::print("\ninformational: definite descriptions \"the <noun>\" with a named antecedent: n={} correct={} "
             "unresolved={} accuracy={:.3f}\n",
             d.total, d.correct, d.unresolved, d.accuracy());
  fmt::print("informational: pronouns resolved outside the scored set (no earlier named mention in their gold "
             "chain, or not a gold mention): {}\n",
             score.resolved_unscored);
  if (!score.errors.empty()) {
    fmt::print("\nerrors (first {}):\n", score.errors.size());
    for (const auto& e : score.errors) fmt::print("  {}\n", e);
  }
  fmt::print("\noverall accuracy={:.3f} (n={})\n", score.overall.accuracy(), score.overall.total);
}

struct TrainFirstNamesOptions {
  std::string data;
  std::string output;
  std::string models;
};

void run_train(const TrainFirstNamesOptions& opt) {
  const fs::path data = data_dir(opt.data);
  const fs::path dir = models_dir(opt.models);
  const fs::path output = opt.output.empty() ? dir / entities::kFirstNameGenderTable : fs::path(opt.output);
  const fs::path gum = data / "ud" / "en_gum-ud-train.conllu";
  const auto docs = train::gum_commercial_train_docs(data / "gum" / "doc_licenses.tsv");
  const auto lexicon = nlp::Lexicon::load(dir / nlp::kLexiconFolder);
  const auto gold = nlp::read_conllu(gum);
  const auto table = entities::learn_first_name_gender(gold, docs, lexicon);
  std::size_t male = 0, female = 0;
  for (const auto& [name, c] : table.counts()) {
    const auto g = table.gender(name);
    male += g == entities::Gender::Male;
    female += g == entities::Gender::Female;
  }
  std::ostringstream out;
  table.write(out, {
                       "First name -> how many masculine (he/him/his) and feminine (she/her/hers) pronouns the",
                       "coreference chains of named PERSON mentions starting with that name contain in GUM train",
                       "(ud/en_gum-ud-train.conllu, Entity= brackets), only the " + std::to_string(docs.size()) +
                           " documents whose licence allows commercial use",
                       "(gum/doc_licenses.tsv). Learned, not hand-written: `ergraph train first-names`",
                       "(scripts/train_first_name_gender.sh). The resolver calls a name male/female when 2/3 of",
                       "its pronouns agree. " + std::to_string(table.size()) + " names, " + std::to_string(male) +
                           " male, " + std::to_string(female) + " female.",
                       "data: sha256 en_gum-ud-train.conllu=" + train::sha256_file(gum),
                   });
  core::write_file_atomically(output, out.str());
  fmt::print("{}: {} first names ({} male, {} female) from {} GUM train documents\n", output.string(), table.size(),
             male, female, docs.size());
}

}  // namespace

void add_eval_coref_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalCorefOptions>();
  auto* cmd = eval.add_subcommand("coref", "Pronoun coreference accuracy on GUM (named antecedents)");
  cmd->add_option("--conllu", opt->conllu, "GUM CoNLL-U file with Entity= annotation (e.g. ../shared/data/ud/en_gum-ud-dev.conllu)")
      ->required();
  cmd->add_option("--errors", opt->errors, "List the first N wrong or unresolved pronouns and descriptions");
  cmd->add_option("--models", opt->models, "Models folder (default: $ERGRAPH_MODELS, else the source tree's models/)");
  cmd->footer(
      "Sentences are grouped into documents (# newdoc id); our tagger, lemmatizer, parser and mention\n"
      "finder run on the gold tokens (gold tags are not used), then the resolver (entities/coreference.h).\n"
      "Scored: every gold 3rd-person personal or possessive pronoun (he him his she her hers it its\n"
      "they them their theirs) that is a gold mention whose gold chain has a named mention earlier\n"
      "in the document. Correct: the resolver gave it a canonical entity one of whose named mentions\n"
      "(ours) contains the min-span head (else the last token) of a gold mention of that chain.\n"
      "Unresolved scored pronouns count as wrong. \"the <noun>\" descriptions are reported apart.\n"
      "The last line is `overall accuracy=A (n=N)`. Tune on GUM train, report GUM dev.\n\n"
      "Example:\n"
      "  ergraph eval coref --conllu ../shared/data/ud/en_gum-ud-dev.conllu --errors 30");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

void add_train_first_names_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainFirstNamesOptions>();
  auto* cmd = train.add_subcommand(
      "first-names", "First-name gender table of the coreference resolver, from GUM train coreference chains");
  cmd->add_option("--data", opt->data, "Corpora folder (default: ../shared/data beside the source tree)");
  cmd->add_option("--output,-o", opt->output, "Table to write (default: <models>/first_name_gender.tsv)");
  cmd->add_option("--models", opt->models, "Models folder for the word lists (default: $ERGRAPH_MODELS or models/)");
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
