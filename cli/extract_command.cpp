// `ergraph extract FILE --format carb`: every Open IE extraction of every sentence, one per line.
#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/error.h"
#include "core/text.h"
#include "extract/open_extraction.h"
#include "extract/pipeline.h"
#include "nlp/lexicon.h"
#include "nlp/reader.h"

namespace ergraph::cli {
namespace {

struct ExtractOptions {
  std::string input;
  std::string format = "carb";
  std::string models;
  bool raw = false;
};

// Penn Treebank bracket and quote tokens, as the tagger saw them in training (UD spelling).
std::string_view ud_spelling(std::string_view ptb) {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"``", "\""}, {"''", "\""}, {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
      {"-LCB-", "{"}, {"-RCB-", "}"}, {"`", "'"}, {"-lrb-", "("}, {"-rrb-", ")"}};
  for (const auto& [from, to] : kMap)
    if (ptb == from) return to;
  return ptb;
}

void print(const std::string& sentence, const extract::OpenExtraction& e) {
  std::string line = sentence + fmt::format("\t{:.3f}\t", e.confidence) + e.relation;
  for (const auto& a : e.args) line += "\t" + a;
  std::cout << line << '\n';
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return core::squeeze_spaces(out);
}

// One tokenized sentence per line: tokens are kept as they are (their PTB spelling is printed),
// tagged and parsed in UD spelling.
void run_tokenized(const extract::Pipeline& pipeline, const extract::ClauseWords& words, std::istream& in,
                   const std::string& source) {
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    nlp::InputIssue issue;
    if (!nlp::check_text(line, issue)) {  // reported and skipped; the other lines go through
      fmt::print(stderr, "ergraph: skipped {}:{}: {}: {}\n", source, lineno, nlp::to_string(issue.reason),
                 issue.message);
      continue;
    }
    nlp::Document doc;
    doc.id = source + ":" + std::to_string(lineno);
    std::vector<std::string> display;
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      const std::size_t j = std::min(line.find(' ', i), line.size());
      if (j > i) {
        const std::string_view tok(line.data() + i, j - i);
        if (!doc.text.empty()) doc.text += ' ';
        doc.text += ud_spelling(tok);
        display.emplace_back(tok);
      }
      i = j;
    }
    pipeline.annotate(doc);
    const auto sentences = extract::open_extractions(doc, words, &display);
    for (const auto& extractions : sentences)
      for (const auto& e : extractions) print(line, e);
  }
}

void run_raw(const extract::Pipeline& pipeline, const extract::ClauseWords& words, const std::string& input) {
  nlp::ReadStats stats;
  const auto inputs = nlp::list_inputs({input}, stats);
  for (const auto& f : inputs)
    nlp::read_input(
        f, {},
        [&](nlp::Document&& doc) {
          pipeline.annotate(doc);
          const auto sentences = extract::open_extractions(doc, words);
          for (std::size_t s = 0; s < sentences.size(); ++s) {
            const std::string text = one_line(doc.sentence_text(doc.sentences[s]));
            for (const auto& e : sentences[s]) print(text, e);
          }
        },
        [](const nlp::InputIssue& issue) { fmt::print(stderr, "ergraph: skipped {}\n", issue.describe()); }, stats);
}

void run_extract(const ExtractOptions& opt, int& exit_code) {
  extract::PipelineOptions popts;
  popts.pretokenized = !opt.raw;
  const auto pipeline = extract::Pipeline::load(models_dir(opt.models), popts);
  if (!pipeline->parses()) throw ModelError("E430", "Open IE output needs the parser (use the clause extractor)", "");
  const auto words = extract::ClauseWords::from(nlp::Lexicon::load(models_dir(opt.models) / nlp::kLexiconFolder));
  std::ios::sync_with_stdio(false);
  if (opt.raw) {
    run_raw(*pipeline, words, opt.input);
  } else if (opt.input == "-") {
    run_tokenized(*pipeline, words, std::cin, "stdin");
  } else {
    std::ifstream in(opt.input, std::ios::binary);
    if (!in) throw IoError("E131", "cannot open input file", opt.input);
    run_tokenized(*pipeline, words, in, opt.input);
  }
  std::cout.flush();
  if (!std::cout) throw IoError("E132", "cannot write to standard output", "stdout");
  exit_code = 0;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ExtractOptions>();
  auto* cmd = app.add_subcommand("extract", "Print every Open IE extraction of every sentence (CaRB format)");
  cmd->footer(
      "Input: one sentence per line, already tokenized, tokens separated by spaces, in Penn Treebank\n"
      "style (`` and '' quotes, -LRB- -RRB- brackets, split n't), as in the CaRB and OIE2016\n"
      "benchmarks. With --raw the input is ordinary text (a file, folder, .jsonl or -) that ergraph\n"
      "tokenizes and splits into sentences itself.\n\n"
      "Output (stdout), one extraction per line, tab-separated:\n"
      "  sentence, confidence, relation, arg1 (subject), arg2, ...\n"
      "Every clause is printed, whether or not its arguments are named entities.\n\n"
      "Example (score on the CaRB dev set, see bench/carb.sh):\n"
      "  ergraph extract ../shared/data/carb/dev.txt > dev.pred.tsv\n"
      "  python3 ../shared/tools/carb_score.py --gold ../shared/data/carb/dev_gold.tsv --pred dev.pred.tsv");
  cmd->add_option("input", opt->input, "Input file, or - for standard input")->required();
  cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"carb"}))->capture_default_str();
  cmd->add_flag("--raw", opt->raw, "Input is untokenized text (files, folders, .jsonl or -), not one tokenized sentence per line");
  cmd->add_option("--models", opt->models, models_option_help("Folder with the model files and word lists: tagger.model, lemmas.tsv, parser.model, gazetteer.tsv, lexicon/"));
  cmd->callback([opt, &exit_code] { run_extract(*opt, exit_code); });
}

}  // namespace ergraph::cli
