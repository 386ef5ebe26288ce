// `ergraph train first-names`: the first-name gender table the coreference resolver reads
// (models/first_name_gender.tsv), learned from GUM train (train/first_name_gender.h).
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "entities/coreference.h"
#include "nlp/conllu.h"
#include "nlp/lexicon.h"
#include "train/corpus.h"
#include "train/first_name_gender.h"
#include "train/sha256.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

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
  const auto table = train::learn_first_name_gender(gold, docs, lexicon);
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

void add_train_first_names_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainFirstNamesOptions>();
  auto* cmd = train.add_subcommand(
      "first-names", "First-name gender table of the coreference resolver, from GUM train coreference chains");
  cmd->add_option("--data", opt->data, "Corpora folder (default: ../shared/data beside the source tree)");
  cmd->add_option("--output,-o", opt->output, "Table to write (default: <models>/first_name_gender.tsv)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder for the word lists"));
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
