// `ergraph train ner`: trains the entity recognizer on Universal NER English EWT train plus the
// named mentions of the commercially usable GUM train documents, and writes models/ner.model.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "core/error.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "nlp/tagger_io.h"
#include "train/corpus.h"
#include "train/ner_trainer.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct TrainNerOptions {
  std::string data, output, models, dev;
  std::string dictionary;  // e.g. /usr/share/dict/american-english-large (Debian wamerican-large)
  bool gum = true;
  int tune_fold = -1;
  std::uint32_t jackknife_tags = 5;
  std::uint32_t jackknife_name_copies = train::TaggerTrainOptions{}.name_copies;
  bool jackknife_tune_only = false;
  float gum_weight = 1.0f;
  entities::RecognizerHyperparameters hyper;
};

void run_train(const TrainNerOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  const fs::path data = data_dir(opt.data);
  const fs::path models = models_dir(opt.models);
  const fs::path output = opt.output.empty() ? models / entities::kRecognizerModel : fs::path(opt.output);
  if (opt.hyper.iterations == 0) throw ParseError("E106", "--iterations must be at least 1");
  const auto tagger = nlp::Tagger::load(models / "tagger.model");
  const auto lexicon = nlp::Lexicon::load(models / nlp::kLexiconFolder);
  const auto gazetteer = std::make_shared<const entities::Gazetteer>(entities::Gazetteer::load(models / entities::kGazetteerFile));
  train::NerCorpus corpus = train::load_ner_corpus(data, *tagger, opt.gum);
  for (const auto& s : corpus.sources)
    if (s.sentences) fmt::print("data  {}: {} sentences, {} tokens\n", s.name, s.sentences, s.tokens);
  if (opt.gum)
    fmt::print("data  GUM documents used {} (non_commercial=no), excluded {}\n", corpus.gum_docs_used,
               corpus.gum_docs_excluded);
  std::optional<std::vector<train::NerExample>> dev;
  if (!opt.dev.empty()) dev = train::load_iob2_examples(opt.dev, *tagger, corpus.types);
  // The tuning split: every tenth document of the training data held out and scored.
  std::vector<train::NerExample> tune_uner, tune_gum;
  if (opt.tune_fold >= 0) {
    if (opt.tune_fold >= 10) throw ParseError("E106", "--tune-fold must be 0..9");
    for (auto& ex : train::split_tune_fold(corpus, static_cast<std::uint32_t>(opt.tune_fold), 10))
      (ex.source ? tune_gum : tune_uner).push_back(std::move(ex));
    fmt::print("tune  fold {}: {} UNER and {} GUM sentences held out, {} sentences trained on\n", opt.tune_fold,
               tune_uner.size(), tune_gum.size(), corpus.sentences.size());
  }
  if (opt.jackknife_tags) {
    // Sentences of the tagger's own training data get near-perfect tags from the shipped tagger;
    // re-tag them with taggers that did not see their document (train/ner_trainer.h).
    const auto tagger_data = train::load_training_corpus(data);
    std::vector<std::vector<train::NerExample>*> sets = {&tune_uner, &tune_gum};
    if (!opt.jackknife_tune_only) sets.push_back(&corpus.sentences);
    const auto tj = std::chrono::steady_clock::now();
    train::TaggerTrainOptions tagger_options;
    tagger_options.name_copies = opt.jackknife_name_copies;
    tagger_options.lexicon = train::tagger_lexicon_of(nlp::load_tagger_model(models / "tagger.model"));
    train::jackknife_tags(sets, tagger_data.sentences, tagger_options, opt.jackknife_tags,
                          [&](std::uint32_t f) {
                            fmt::print("tags  fold {}/{} re-tagged ({:.0f} s)\n", f + 1, opt.jackknife_tags,
                                       std::chrono::duration<double>(std::chrono::steady_clock::now() - tj).count());
                            std::fflush(stdout);
                          });
  }
  train::NerTrainOptions options;
  options.hyper = opt.hyper;
  options.gum_weight = opt.gum_weight;
  if (!opt.dictionary.empty()) {
    const fs::path dict(opt.dictionary);
    options.dictionary = train::read_word_file(dict);
    corpus.sources.push_back(train::describe_source(dict.parent_path(), dict.filename().string()));
    corpus.sources.back().name = dict.string();
    fmt::print("data  dictionary {}: {} words\n", dict.string(), options.dictionary.size());
  }
  if (!tune_uner.empty()) options.evals.emplace_back("tune-uner", &tune_uner);
  if (!tune_gum.empty()) options.evals.emplace_back("tune-gum", &tune_gum);
  if (dev) options.evals.emplace_back("dev", &*dev);
  options.progress = [&](const train::NerIterationReport& r) {
    std::string d;
    for (const auto& [name, c] : r.evals)
      d += fmt::format("  {} P {:.3f} R {:.3f} F1 {:.3f}", name, c.precision(), c.recall(), c.f1());
    fmt::print("iteration {:>2}/{}  train {:.2f}%{}  ({:.1f} s)\n", r.iteration, opt.hyper.iterations, r.train_accuracy, d,
               r.seconds);
    std::fflush(stdout);
  };
  const auto model = train::train_recognizer(corpus, gazetteer, lexicon, options);
  entities::save_recognizer_model(model, output);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("model {} types, {} capitalization classes, {} features, {} weights, {:.2f} MB\n", model.types.size(),
             model.caps.size(), model.weights.feature_count(), model.weights.entry_count(),
             static_cast<double>(fs::file_size(output)) / 1e6);
  fmt::print("wrote {} ({:.1f} s in total)\n", output.string(), seconds);
}

}  // namespace

void add_train_ner_command(CLI::App& train, int& exit_code) {
  auto opt = std::make_shared<TrainNerOptions>();
  auto* cmd = train.add_subcommand("ner", "Train the named-entity recognizer (models/ner.model)");
  cmd->footer(
      "Reads <data>/uner/en_ewt-ud-train.iob2 and, unless --no-gum, the named person/organization/place\n"
      "mentions of the GUM train documents whose licence allows commercial use (<data>/ud/en_gum-ud-train.conllu,\n"
      "<data>/gum/doc_licenses.tsv). Sentences are tagged by taggers trained without their document\n"
      "(--jackknife-tags; 0 = <models>/tagger.model); the gazetteer and word lists of <models> are features. The same data and options give a byte-identical model.\n"
      "Make decisions on --tune-fold K (held-out training documents), never on the dev files.\n"
      "Example: ergraph train ner --tune-fold 0");
  cmd->add_option("--data", opt->data, "Corpus folder with uner/, ud/ and gum/ (default: <repo>/../shared/data)");
  cmd->add_option("--output,-o", opt->output, "Model file to write (default: <models>/ner.model)");
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->add_option("--dev", opt->dev, "Gold IOB2 file to score after every pass (never trained on)");
  cmd->add_option("--dictionary", opt->dictionary,
                  "Word list whose case tells common words from proper nouns, e.g. /usr/share/dict/american-english-large from Debian's wamerican-large (default: none; measured +0.002 F1 on UNER dev)")
      ->capture_default_str();
  cmd->add_option("--decoder", opt->hyper.decoder,
                  "1 = Viterbi over the first-order model, trained as a structured perceptron; 0 = greedy left to right")
      ->check(CLI::Range(0, 1))
      ->capture_default_str();
  cmd->add_option("--features", opt->hyper.features,
                  "Optional feature templates and document consistency, a bit set: 1 document case, 2 document "
                  "context, 4 previous label x neighbouring words, 8 more word conjunctions, 16 name-boundary cues, "
                  "32 one type per name and document, 64 recognize a document's names again where missed, 128 a "
                  "person's surname alone is that person, 256 case-insensitive gazetteer kinds (aliases, GeoNames "
                  "places, first names), 512 jackknifed capitalization classes in training, 1024 kinds only for "
                  "capitalized words, 2048 domain copies (UNER web text / GUM; eval ner --domain) (see models/NER.md)")
      ->capture_default_str();
  cmd->add_option("--ensemble", opt->hyper.ensemble,
                  "Perceptrons trained on different shuffles (seeds seed, seed+1, ...) and averaged into one model")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  cmd->add_option("--jackknife-tags", opt->jackknife_tags,
                  "Re-tag the training (and tuning) sentences with K taggers, each trained on UD EWT + GUM train "
                  "without the sentences' documents, so training sees tags as wrong as on new text (0 = off: the "
                  "shipped tagger's tags; adds about K x 25 s)");
  cmd->add_option("--jackknife-name-copies", opt->jackknife_name_copies,
                  "The jackknifed taggers' --name-copies (train tagger; models/NER.md says which the shipped model used)")
      ->capture_default_str();
  cmd->add_option("--gum-weight", opt->gum_weight,
                  "Size of the updates made on GUM sentences relative to UNER's (experiments only: not recorded in the model)")
      ->capture_default_str();
  cmd->add_flag("--jackknife-tune-only", opt->jackknife_tune_only,
                "With --jackknife-tags: re-tag only the held-out tuning sentences (the baseline to compare with)");
  cmd->add_option("--tune-fold", opt->tune_fold,
                  "Hold out every tenth training document (UNER and GUM, by document; those whose ordinal is K mod 10) "
                  "and score them after every pass: the split for tuning features and settings (0..9)");
  cmd->add_flag("--gum,!--no-gum", opt->gum, "Also train on GUM's named mentions (default: on)");
  cmd->add_option("--iterations", opt->hyper.iterations, "Passes over the training data")->capture_default_str();
  cmd->add_option("--seed", opt->hyper.seed, "Seed of the per-pass shuffle (std::mt19937)")->capture_default_str();
  cmd->add_option("--prune", opt->hyper.prune_below, "Drop averaged weights below this magnitude")->capture_default_str();
  cmd->callback([opt, &exit_code] {
    run_train(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
