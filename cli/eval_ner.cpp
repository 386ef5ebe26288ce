// `ergraph eval ner --iob2 FILE | --gum-tsv DIR | --gum-conllu FILE`: exact-span precision, recall
// and F1 of the entity recognizer per type and overall, on gold tokens tagged by our tagger.
#include <fmt/core.h>

#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/error.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "train/ner_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalNerOptions {
  std::string iob2, gum_tsv, gum_conllu, docs, model, models, data;
  int tune_fold = -1;
  bool tune_gum = false;
  std::uint32_t add_options = 0;
  std::size_t errors = 0;
  int beam = -1;
  std::string domain = "auto";
};

// The sentence with gold names in [brackets TYPE] and the recognizer's in {braces TYPE}.
void print_error(const train::NerExample& ex, const std::vector<entities::NamedSpan>& predicted,
                 const std::vector<std::string>& types) {
  std::string out;
  for (std::uint32_t i = 0; i < ex.doc.tokens.size(); ++i) {
    for (const auto& [f, l, t] : ex.spans)
      if (f == i) out += "[";
    for (const auto& p : predicted)
      if (p.first == i) out += "{";
    out += ex.doc.form(i);
    for (const auto& p : predicted)
      if (p.last == i + 1) out += "}" + types[p.type];
    for (const auto& [f, l, t] : ex.spans)
      if (l == i + 1) out += "]" + types[static_cast<std::size_t>(t)];
    out += ' ';
  }
  fmt::print("  {}\n", out);
}

void run_eval(const EvalNerOptions& opt) {
  const int given = !opt.iob2.empty() + !opt.gum_tsv.empty() + !opt.gum_conllu.empty() + (opt.tune_fold >= 0);
  if (given != 1)
    throw ParseError("E106", "give exactly one of --iob2 FILE, --gum-tsv DIR, --gum-conllu FILE, --tune-fold K");
  if (opt.tune_fold >= 10) throw ParseError("E106", "--tune-fold must be 0..9");
  const fs::path models = models_dir(opt.models);
  const auto tagger = nlp::Tagger::load(models / "tagger.model");
  const auto lexicon = nlp::Lexicon::load(models / nlp::kLexiconFolder);
  const auto gazetteer = std::make_shared<const entities::Gazetteer>(entities::Gazetteer::load(models / entities::kGazetteerFile));
  const fs::path model = opt.model.empty() ? models / entities::kRecognizerModel : fs::path(opt.model);
  auto loaded = entities::load_recognizer_model(model);
  loaded.hyper.features |= opt.add_options;
  entities::EntityRecognizer recognizer(std::move(loaded), gazetteer, lexicon);
  if (opt.beam >= 0) recognizer.set_beam(opt.beam);
  const auto& types = recognizer.types();
  std::vector<train::NerExample> gold;
  std::string what;
  if (opt.tune_fold >= 0) {
    // The documents `ergraph train ner --tune-fold K` held out.
    auto corpus = train::load_ner_corpus(data_dir(opt.data), *tagger, true);
    for (auto& ex : train::split_tune_fold(corpus, static_cast<std::uint32_t>(opt.tune_fold), 10))
      if ((ex.source == 1) == opt.tune_gum) gold.push_back(std::move(ex));
    what = fmt::format("tuning fold {} ({})", opt.tune_fold, opt.tune_gum ? "GUM train" : "UNER train");
  } else if (!opt.iob2.empty()) {
    gold = train::load_iob2_examples(opt.iob2, *tagger, types);
    what = opt.iob2;
  } else if (!opt.gum_conllu.empty()) {
    gold = train::load_gum_conllu_examples(opt.gum_conllu, *tagger, types);
    what = opt.gum_conllu;
  } else {
    fs::path docs = opt.docs;
    if (docs.empty() && fs::exists(fs::path(opt.gum_tsv) / ".." / "files.dev.txt")) docs = fs::path(opt.gum_tsv) / ".." / "files.dev.txt";
    gold = train::load_gum_tsv_examples(opt.gum_tsv, docs, *tagger, types);
    what = opt.gum_tsv + (docs.empty() ? std::string(" (all documents)") : " (documents of " + docs.string() + ")");
  }
  const auto named = entities::EntityRecognizer::parse_domain(opt.domain);  // "auto": none of them
  const int domain = named ? static_cast<int>(*named) : train::kAutoDomain;
  const auto score = train::evaluate_recognizer(recognizer, gold, types, domain);
  if (opt.errors > 0) {
    fmt::print("sentences where the recognizer and the gold differ ([gold], {{recognized}}):\n");
    std::size_t shown = 0;
    const auto predictions = train::recognize_examples(recognizer, gold, domain);
    for (std::size_t k = 0; k < gold.size(); ++k) {
      if (shown >= opt.errors) break;
      const auto& ex = gold[k];
      const auto& predicted = predictions[k];
      bool same = predicted.size() == ex.spans.size();
      for (std::size_t j = 0; same && j < predicted.size(); ++j)
        same = std::get<0>(ex.spans[j]) == predicted[j].first && std::get<1>(ex.spans[j]) == predicted[j].last &&
               std::get<2>(ex.spans[j]) == predicted[j].type;
      if (same) continue;
      print_error(ex, predicted, types);
      ++shown;
    }
  }
  fmt::print("entity recognizer {} on {}: {} sentences\n", model.string(), what, gold.size());
  fmt::print("{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n", "type", "gold", "pred", "right", "P", "R", "F1");
  for (const auto& [t, c] : score.by_type)
    fmt::print("{:<8} {:>6} {:>6} {:>6} {:>7.3f} {:>7.3f} {:>7.3f}\n", t, c.gold, c.predicted, c.correct, c.precision(),
               c.recall(), c.f1());
  const auto& u = score.untyped;
  fmt::print("{:<8} {:>6} {:>6} {:>6} {:>7.3f} {:>7.3f} {:>7.3f}\n", "(spans)", u.gold, u.predicted, u.correct, u.precision(),
             u.recall(), u.f1());
  const auto& o = score.overall;
  fmt::print("overall P={:.3f} R={:.3f} F1={:.3f}\n", o.precision(), o.recall(), o.f1());
}

}  // namespace

void add_eval_ner_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalNerOptions>();
  auto* cmd = eval.add_subcommand("ner", "Exact-span P/R/F1 of the entity recognizer on gold names");
  cmd->footer(
      "Gold tokens are tagged by <models>/tagger.model, then recognized document by document (the sentences of\n"
      "one document, by UNER sent_id or GUM document name, are each other's context). A predicted name is right when a gold\n"
      "name has the same tokens and type (PER, ORG, LOC). GUM gold: the outermost named person, organization\n"
      "and place mentions (head a proper noun in CoNLL-U; in WebAnno TSV, title-case words), \"the\" left out.\n"
      "The last line is: overall P=... R=... F1=...\n"
      "Examples:\n"
      "  ergraph eval ner --iob2 ../shared/data/uner/en_ewt-ud-dev.iob2\n"
      "  ergraph eval ner --gum-tsv ../shared/data/gum/tsv          (documents of gum/files.dev.txt)\n"
      "  ergraph eval ner --gum-conllu ../shared/data/ud/en_gum-ud-dev.conllu");
  cmd->add_option("--iob2", opt->iob2, "Universal NER IOB2 file (PER/ORG/LOC)")->check(CLI::ExistingFile);
  cmd->add_option("--gum-tsv", opt->gum_tsv, "GUM WebAnno TSV folder")->check(CLI::ExistingDirectory);
  cmd->add_option("--docs", opt->docs, "With --gum-tsv: file listing the documents to score (default: ../files.dev.txt beside the folder, else all)");
  cmd->add_option("--gum-conllu", opt->gum_conllu, "GUM CoNLL-U file with Entity= annotations")->check(CLI::ExistingFile);
  cmd->add_option("--tune-fold", opt->tune_fold,
                  "Score the training documents `ergraph train ner --tune-fold K` held out (UNER; GUM with --tune-gum)");
  cmd->add_flag("--tune-gum", opt->tune_gum, "With --tune-fold: the held-out GUM train documents instead of UNER's");
  cmd->add_option("--data", opt->data, "With --tune-fold: corpus folder (default: <repo>/../shared/data)");
  cmd->add_option("--add-options", opt->add_options,
                  "Turn on recognizer options the model was not saved with (32 one type per name and document, 64 "
                  "recognize a document's names again where missed); for measuring them");
  cmd->add_option("--errors", opt->errors, "Print the first N sentences where recognizer and gold differ");
  cmd->add_option("--model", opt->model, "Recognizer model (default: <models>/ner.model)");
  cmd->add_option("--domain", opt->domain,
                  "Genre of the text for a model with domain copies (models/NER.md): auto = by the data (web for "
                  "--iob2 and UNER, gum for GUM), web (what build and annotate use), gum, none (shared weights only)")
      ->check(CLI::IsMember({"auto", "web", "gum", "none"}))
      ->capture_default_str();
  cmd->add_option("--beam", opt->beam, "Viterbi beam: extend only the K best previous labels (0 = exact; default: as shipped)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
