// `ergraph train lemmatizer`: builds models/lemmas.tsv from UD EWT train, the commercially
// usable GUM train documents and WordNet 3.0's exception lists.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <set>

#include "cli/commands.h"
#include "core/error.h"
#include "nlp/conllu.h"
#include "train/sha256.h"
#include "train/lemmatizer_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct TrainLemmatizerOptions {
  std::string data;
  std::string wordnet = "/usr/share/wordnet";
  std::string output;
  std::string models;
};

// "# data: sha256 noun.exc=... verb.exc=... adj.exc=... adv.exc=... index.verb=..."
std::string wordnet_hashes(const fs::path& dir) {
  std::string line = "# data: sha256";
  for (const char* name : {"noun.exc", "verb.exc", "adj.exc", "adv.exc", "index.verb"})
    line += fmt::format(" {}={}", name, train::sha256_file(dir / name));
  return line;
}

void run_train(const TrainLemmatizerOptions& opt) {
  const fs::path data = data_dir(opt.data);
  const fs::path output = opt.output.empty() ? models_dir(opt.models) / "lemmas.tsv" : fs::path(opt.output);
  const fs::path ewt = data / "ud" / "en_ewt-ud-train.conllu";
  const fs::path gum = data / "ud" / "en_gum-ud-train.conllu";
  const auto gum_docs = train::gum_commercial_train_docs(data / "gum" / "doc_licenses.tsv");

  train::LemmaTableBuilder builder;
  std::size_t ewt_sentences = 0, gum_sentences = 0;
  for (const auto& s : nlp::read_conllu(ewt)) {
    builder.add_sentence(s);
    ++ewt_sentences;
  }
  std::set<std::string> gum_used;
  for (const auto& s : nlp::read_conllu(gum)) {
    if (!gum_docs.count(s.doc_id)) continue;
    builder.add_sentence(s);
    gum_used.insert(s.doc_id);
    ++gum_sentences;
  }
  builder.add_wordnet(opt.wordnet);

  train::LemmaTrainReport report;
  nlp::LemmaTable table = builder.build(&report);
  table.comments = {
      "# built by: ergraph train lemmatizer (rules v1; keeps a UD lemma only where the rules miss it)",
      fmt::format("# data: ud/en_ewt-ud-train.conllu, UD English EWT v2.16, CC BY-SA 4.0, "
                  "{} sentences, sha256={}", ewt_sentences, train::sha256_file(ewt)),
      fmt::format("# data: ud/en_gum-ud-train.conllu, UD English GUM v2.16, the {} train documents with "
                  "non_commercial=no in gum/doc_licenses.tsv (sha256={}), {} sentences, sha256={}",
                  gum_used.size(), train::sha256_file(data / "gum" / "doc_licenses.tsv"),
                  gum_sentences, train::sha256_file(gum)),
      "# data: WordNet 3.0 noun.exc verb.exc adj.exc adv.exc (Debian wordnet-base), "
      "WordNet 3.0 Copyright 2006 by Princeton University, WordNet 3.0 licence",
      wordnet_hashes(opt.wordnet),
      fmt::format("# entries: {} (ud {}, wn {}, wn over conflicting ud verb lemmas {}, "
                  "wnr regular inflections of index.verb lemmas {})",
                  table.entries.size(), report.ud_entries, report.wordnet_entries,
                  report.wordnet_overrides, report.wordnet_regular),
      "# columns: key (lower case, straight apostrophes) TAB xpos TAB lemma TAB source",
  };
  nlp::write_lemma_table(table, output);

  const auto pct = [&](std::size_t n) { return report.tokens ? 100.0 * double(n) / double(report.tokens) : 0.0; };
  fmt::print("training tokens       {}\n", report.tokens);
  fmt::print("rules alone (train)   {:.2f}%\n", pct(report.rule_correct));
  fmt::print("rules + table (train) {:.2f}%\n", pct(report.table_correct));
  fmt::print("table entries         {} (ud {}, wordnet {}, wordnet overrides {}, wordnet regular {})\n",
             table.entries.size(), report.ud_entries, report.wordnet_entries, report.wordnet_overrides,
             report.wordnet_regular);
  fmt::print("wrote {}\n", output.string());
}

}  // namespace

void add_train_lemmatizer_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainLemmatizerOptions>();
  auto* cmd = train.add_subcommand("lemmatizer", "Build the lemmatizer's exception table (models/lemmas.tsv)");
  cmd->add_option("--data", opt->data, "Corpus folder with ud/ and gum/ (default: <repo>/../shared/data)");
  cmd->add_option("--wordnet", opt->wordnet, "Folder with WordNet's {noun,verb,adj,adv}.exc and index.verb")
      ->capture_default_str();
  cmd->add_option("--output,-o", opt->output, "Table to write (default: <models>/lemmas.tsv)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
