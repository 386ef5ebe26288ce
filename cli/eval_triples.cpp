// `ergraph eval triples --gold FILE`: precision and recall of the extractor on hand-made gold
// triples (tests/quality/ood_extraction.jsonl), by domain and by split (extract/triple_eval.h).
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "extract/pipeline.h"
#include "extract/triple_eval.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

struct EvalTriplesOptions {
  std::string gold;
  std::string models;
  std::string extractor = "clause";
  std::string errors;  // "", "dev", "test" or "all"
};

std::string cells(const extract::MatchCounts& c) {
  return fmt::format("{:5.3f} {:5.3f} {:5.3f}", c.precision(), c.recall(), c.f1());
}

void run_eval(const EvalTriplesOptions& opt) {
  extract::PipelineOptions popts;
  popts.extractor = opt.extractor == "pattern" ? extract::ExtractorKind::Pattern : extract::ExtractorKind::Clause;
  const auto pipeline = extract::Pipeline::load(models_dir(opt.models), popts);
  const auto gold = extract::read_gold_triples(opt.gold);
  std::vector<extract::SentenceScore> per;
  extract::FactualityTable facts;
  const extract::ScoreTable table = extract::score_pipeline(*pipeline, gold, &per, &facts);

  std::vector<std::string> domains;
  for (const auto& g : gold)
    if (std::find(domains.begin(), domains.end(), g.domain) == domains.end()) domains.push_back(g.domain);
  const auto& all = table.at("all");
  fmt::print("{}: {} sentences, {} gold triples; {} extractor; entity-entity triples only\n", opt.gold, gold.size(),
             all[0].gold, opt.extractor);
  fmt::print("strict: relation is one of the gold alternatives; verb: same first relation word; "
             "pair: same subject, object and polarity\n\n");
  fmt::print("{:<16} {:>5} {:>5} | {:^17} | {:^17} | {:^17}\n", "", "gold", "sys", "strict P R F1", "verb P R F1",
             "pair P R F1");
  const auto row = [&](const std::string& key) {
    const auto it = table.find(key);
    if (it == table.end()) return;
    const auto& l = it->second;
    fmt::print("{:<16} {:>5} {:>5} | {} | {} | {}\n", key, l[0].gold, l[0].predicted, cells(l[0]), cells(l[1]),
               cells(l[2]));
  };
  for (const auto& d : domains) row(d);
  fmt::print("\n");
  row("dev");
  row("test");
  row("all");

  if (!facts.empty()) {
    std::vector<std::string> categories;
    for (const auto& g : gold)
      if (!g.category.empty() && std::find(categories.begin(), categories.end(), g.category) == categories.end())
        categories.push_back(g.category);
    fmt::print("\nFactuality (FactBank value and innermost source) of the gold triples that carry one:\n"
               "found: a triple between the same subject and object; value: same factuality; accuracy: same\n"
               "factuality and source, over all gold triples; safe: no CT+ triple where the gold is not CT+\n\n");
    fmt::print("{:<22} {:>5} {:>6} {:>6} {:>9} {:>10}\n", "", "gold", "found", "value", "accuracy", "safe");
    const auto frow = [&](const std::string& key) {
      const auto it = facts.find(key);
      if (it == facts.end()) return;
      const auto& c = it->second;
      const auto frac = [](std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
      const std::string safe = c.not_fact ? fmt::format("{:.3f}", frac(c.safe, c.not_fact)) : "-";
      fmt::print("{:<22} {:>5} {:>6.3f} {:>6.3f} {:>9.3f} {:>10}\n", key, c.gold, frac(c.found, c.gold),
                 frac(c.value, c.gold), frac(c.correct, c.gold), safe);
    };
    for (const auto& c : categories) frow(c);
    fmt::print("\n");
    frow("dev");
    frow("test");
    frow("all");
  }

  if (opt.errors.empty()) return;
  fmt::print("\nStrict-level errors ({} split{}):\n", opt.errors,
             opt.errors == "dev" ? "" : "; test sentences are for measuring, not for tuning rules");
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (opt.errors != "all" && gold[i].split != opt.errors) continue;
    if (per[i].missed.empty() && per[i].spurious.empty() && per[i].factuality_errors.empty()) continue;
    fmt::print("{} {}\n", gold[i].id, gold[i].text);
    for (const auto& m : per[i].missed) fmt::print("   missed   {}\n", m);
    for (const auto& s : per[i].spurious) fmt::print("   spurious {}\n", s);
    for (const auto& f : per[i].factuality_errors) fmt::print("   factuality {}\n", f);
  }
}

}  // namespace

void add_eval_triples_command(CLI::App& eval, int& exit_code) {
  auto opt = std::make_shared<EvalTriplesOptions>();
  auto* cmd = eval.add_subcommand(
      "triples", "Extraction precision and recall on gold triples (e.g. tests/quality/ood_extraction.jsonl)");
  cmd->add_option("--gold", opt->gold, "Gold triples, one sentence per JSONL line (format: tests/quality/README.md)")
      ->required();
  cmd->add_option("--extractor", opt->extractor, "Extractor to score")
      ->check(CLI::IsMember({"clause", "pattern"}))
      ->capture_default_str();
  cmd->add_option("--errors", opt->errors, "Also list missed and spurious triples of a split")
      ->check(CLI::IsMember({"dev", "test", "all"}));
  cmd->add_option("--models", opt->models, models_option_help("Models folder"));
  cmd->footer(
      "Each sentence is run through the whole pipeline on its own. Only triples between named\n"
      "entities are scored (CONCEPT objects are left out). Three levels: strict (the relation is\n"
      "one of the gold alternatives), verb (the first word of the relation matches) and pair\n"
      "(subject, object and polarity match); a gold relation ending in -with also matches the\n"
      "reverse direction. Tables by domain and by split (dev may guide rule work; test is held out).\n"
      "Gold triples with a \"factuality\" field (tests/quality/factuality.jsonl, FACTUALITY.md) are\n"
      "also scored for factuality and source, by category.\n\n"
      "Examples:\n"
      "  ergraph eval triples --gold tests/quality/ood_extraction.jsonl --errors dev\n"
      "  ergraph eval triples --gold tests/quality/factuality.jsonl");
  cmd->callback([opt, &exit_code] {
    run_eval(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
