// `ergraph annotate PATH... --format conllu`: our whole analysis (tokens, lemmas, tags, heads,
// relations) as CoNLL-U, for inspection with standard UD tools.
#include <fmt/core.h>

#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "entities/mentions.h"
#include "extract/pipeline.h"
#include "nlp/reader.h"

namespace ergraph::cli {
namespace {

struct AnnotateOptions {
  std::vector<std::string> inputs;
  std::string format = "conllu";
  std::string output;
  std::string models;
  std::string stdin_format = "text";
};

// CoNLL-U fields may not contain tabs or newlines (a form with spaces is allowed in UD v2):
// those become spaces; an empty field is "_".
std::string field(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out.empty() ? "_" : out;
}

// MISC: SpaceAfter=No where the text has no space, and Entity=B-TYPE / I-TYPE on the tokens of
// each entity mention (the mention finder's types: PERSON, ORG, GPE, ...).
std::string misc(const nlp::Document& doc, std::uint32_t t, std::uint32_t sent_last,
                 const std::vector<std::string>& entity) {
  const bool space_after = t + 1 >= sent_last || doc.tokens[t + 1].begin > doc.tokens[t].end;
  std::string m;
  if (!entity[t].empty()) m = "Entity=" + entity[t];
  if (!space_after) m += (m.empty() ? "" : "|") + std::string("SpaceAfter=No");
  return m.empty() ? "_" : m;
}

void write_conllu(const nlp::Document& doc, std::ostream& out) {
  std::vector<std::string> entity(doc.tokens.size());
  for (const auto& m : doc.mentions)
    for (auto k = m.first; k < m.last && k < entity.size(); ++k)
      entity[k] = std::string(k == m.first ? "B-" : "I-") + core::to_string(m.type);
  out << "# newdoc id = " << field(doc.id) << '\n';
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    if (sent.size() == 0) continue;
    out << "# sent_id = " << field(doc.id) << '-' << (s + 1) << '\n';
    out << "# text = " << field(doc.sentence_text(sent)) << '\n';
    for (std::uint32_t t = sent.first; t < sent.last; ++t) {
      const auto& tok = doc.tokens[t];
      const bool parsed = tok.deprel != 0;
      out << (t - sent.first + 1) << '\t' << field(doc.form(tok)) << '\t' << field(tok.lemma) << '\t'
          << nlp::to_string(tok.upos) << '\t' << nlp::xpos_name(tok.xpos) << "\t_\t"
          << (parsed ? std::to_string(tok.head + 1) : "_") << '\t'
          << (parsed ? std::string(nlp::deprel_name(tok.deprel)) : "_") << "\t_\t"
          << misc(doc, t, sent.last, entity) << '\n';
    }
    out << '\n';
  }
}

void run_annotate(const AnnotateOptions& opt, int& exit_code) {
  nlp::ReadStats stats;
  const auto inputs = nlp::list_inputs(opt.inputs, stats);
  const auto pipeline = extract::Pipeline::load(models_dir(opt.models));
  nlp::ReaderOptions ropts;
  ropts.stdin_jsonl = opt.stdin_format == "jsonl";
  auto body = [&](std::ostream& out) {
    for (const auto& f : inputs)
      nlp::read_input(
          f, ropts,
          [&](nlp::Document&& doc) {
            pipeline->annotate(doc);
            entities::store_mentions(doc, pipeline->mentions().find(doc));
            write_conllu(doc, out);
          },
          [](const nlp::InputIssue& issue) { fmt::print(stderr, "ergraph: skipped {}\n", issue.describe()); },
          stats);
  };
  if (opt.output.empty() || opt.output == "-") {
    std::ios::sync_with_stdio(false);
    body(std::cout);
    std::cout.flush();
    if (!std::cout) throw IoError("E132", "cannot write to standard output", "stdout");
  } else {
    core::write_file_atomically(opt.output, body);
  }
  exit_code = 0;
}

}  // namespace

void add_annotate_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<AnnotateOptions>();
  auto* cmd = app.add_subcommand("annotate", "Write the NLP analysis (tokens, lemmas, tags, dependency parse) as CoNLL-U");
  cmd->footer(
      "Inputs as for `ergraph build` (.txt, .md, .jsonl, folders, - for standard input).\n"
      "Output: CoNLL-U (https://universaldependencies.org/format.html): one block per sentence with\n"
      "# newdoc id, # sent_id and # text comments; columns ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL\n"
      "DEPS MISC (FEATS and DEPS are _; MISC has SpaceAfter=No where the text has no space, and\n"
      "Entity=B-TYPE / I-TYPE on the tokens of each entity mention: PERSON, ORG, GPE, LOC, MISC).\n\n"
      "Example: ergraph annotate samples/01_trade_talks.txt > trade.conllu");
  cmd->add_option("inputs", opt->inputs, "Article files, folders, .jsonl files, or - for standard input")->required();
  cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"conllu"}))->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Output file (written atomically; default: standard output)");
  cmd->add_option("--models", opt->models, models_option_help("Folder with the model files and word lists: tagger.model, lemmas.tsv, parser.model, gazetteer.tsv, lexicon/"));
  cmd->add_option("--stdin-format", opt->stdin_format, "Format of standard input")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { run_annotate(*opt, exit_code); });
}

}  // namespace ergraph::cli
