// Stage throughput on one core: tokenizer, tagger, lemmatizer, parser, mention finding (entity
// recognizer + rules) and the recognizer alone, both extractors (with coreference), and the
// whole in-memory pipeline (annotate, parse, extract, merge into the graph, write
// GraphML/DOT/JSONL) with the clause extractor (default) and with the pattern extractor.
//
//   ergraph_bench [--models DIR] [--min-seconds S] FILE...
// Each FILE is one document (plain text); a .conllu file is turned into documents by joining the
// "# text" lines of each "# newdoc". Prints, per stage, our tokens per second and whitespace
// tokens per second (the input's whitespace-separated words, what other tools count: we have
// more tokens, since punctuation and clitics are tokens of their own).
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonl.h"
#include "extract/clause_extractor.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "extract/pattern_extractor.h"
#include "extract/pipeline.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"
#include "graph/knowledge_graph.h"

using namespace ergraph;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<nlp::Document> load_docs(const std::vector<std::string>& files) {
  std::vector<nlp::Document> docs;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + f);
    if (f.size() > 7 && f.substr(f.size() - 7) == ".conllu") {
      nlp::Document cur;
      for (std::string line; std::getline(in, line);) {
        if (line.rfind("# newdoc", 0) == 0 && !cur.text.empty()) {
          docs.push_back(std::move(cur));
          cur = {};
        }
        if (line.rfind("# text = ", 0) == 0) cur.text += line.substr(9) + "\n";
      }
      if (!cur.text.empty()) docs.push_back(std::move(cur));
    } else {
      std::stringstream ss;
      ss << in.rdbuf();
      nlp::Document d;
      d.id = f;
      d.text = ss.str();
      docs.push_back(std::move(d));
    }
  }
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (docs[i].id.empty()) docs[i].id = "doc" + std::to_string(i);
  return docs;
}

// Stages whose name contains this (--only; empty = all).
std::string g_only;
// Whitespace-separated tokens of all documents (nlp::count_whitespace_tokens), one round.
std::size_t g_whitespace_tokens = 0;

void print_rate(std::string_view name, std::size_t tokens, std::size_t rounds, double secs) {
  fmt::print("{:<28} {:>12.0f} tokens/s {:>12.0f} whitespace tokens/s  ({} tokens, {} whitespace, x {} rounds in {:.2f} s)\n",
             name, static_cast<double>(tokens) / secs, static_cast<double>(g_whitespace_tokens * rounds) / secs, tokens / rounds,
             g_whitespace_tokens, rounds, secs);
}
bool wanted(std::string_view name) { return name.find(g_only) != std::string_view::npos; }

// Runs `body` over all documents repeatedly for at least `min_seconds`; returns tokens/s.
double measure(const char* name, std::vector<nlp::Document>& docs, double min_seconds,
               const std::function<std::size_t(nlp::Document&)>& body) {
  if (!wanted(name)) {  // not timed, but later stages need its output (tokens, tags)
    for (auto& d : docs) body(d);
    return 0;
  }
  std::size_t tokens = 0, rounds = 0;
  const auto start = Clock::now();
  double secs = 0;
  do {
    for (auto& d : docs) tokens += body(d);
    ++rounds;
    secs = std::chrono::duration<double>(Clock::now() - start).count();
  } while (secs < min_seconds);
  print_rate(name, tokens, rounds, secs);
  return static_cast<double>(tokens) / secs;
}

}  // namespace

int main(int argc, char** argv) {
  std::string models = ERGRAPH_MODELS_DIR;
  double min_seconds = 2.0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--models" && i + 1 < argc) models = argv[++i];
    else if (a == "--min-seconds" && i + 1 < argc) min_seconds = std::stod(argv[++i]);
    else if (a == "--only" && i + 1 < argc) g_only = argv[++i];
    else files.push_back(a);
  }
  if (files.empty()) {
    fmt::print(stderr, "usage: ergraph_bench [--models DIR] [--min-seconds S] [--only STAGE] FILE...\n"
                        "  --only STAGE  run only the stages whose name contains STAGE (e.g. \"pipeline, clause\")\n");
    return 2;
  }
  try {
    auto docs = load_docs(files);
    std::size_t bytes = 0;
    for (const auto& d : docs) {
      bytes += d.text.size();
      g_whitespace_tokens += nlp::count_whitespace_tokens(d.text);
    }
    fmt::print("{} documents, {} bytes, {} whitespace tokens, one thread\n", docs.size(), bytes, g_whitespace_tokens);

    const nlp::Tokenizer tokenizer;
    const auto tagger = nlp::Tagger::load(std::filesystem::path(models) / extract::kTaggerModel);
    const auto lemmatizer = nlp::Lemmatizer::load(std::filesystem::path(models) / extract::kLemmaTable);
    const auto parser = nlp::Parser::load(std::filesystem::path(models) / extract::kParserModel);
    const auto pattern = extract::PatternExtractor::load(models);
    const auto clause = extract::ClauseExtractor::load(models);

    measure("tokenize", docs, min_seconds, [&](nlp::Document& d) {
      tokenizer.tokenize(d);
      return d.tokens.size();
    });
    measure("tag (pre-tokenized)", docs, min_seconds, [&](nlp::Document& d) {
      tagger->tag(d);
      return d.tokens.size();
    });
    measure("lemmatize (pre-tagged)", docs, min_seconds, [&](nlp::Document& d) {
      lemmatizer->lemmatize(d);
      return d.tokens.size();
    });
    measure("parse (pre-tagged)", docs, min_seconds, [&](nlp::Document& d) {
      parser->parse(d);
      return d.tokens.size();
    });
    measure("tag+parse (pre-tokenized)", docs, min_seconds, [&](nlp::Document& d) {
      tagger->tag(d);
      parser->parse(d);
      return d.tokens.size();
    });
    measure("mentions (pre-tagged)", docs, min_seconds, [&](nlp::Document& d) {
      (void)clause->mentions().find(d);  // recognizer + mention rules
      return d.tokens.size();
    });
    if (const auto* recognizer = clause->mentions().recognizer())
      measure("entity recognizer alone", docs, min_seconds, [&](nlp::Document& d) {
        (void)recognizer->recognize(d);
        return d.tokens.size();
      });
    measure("extract clause (pre-parsed)", docs, min_seconds, [&](nlp::Document& d) {
      (void)clause->extract(d);
      return d.tokens.size();
    });
    measure("extract pattern (pre-tagged)", docs, min_seconds, [&](nlp::Document& d) {
      (void)pattern->extract(d);
      return d.tokens.size();
    });
    for (const auto kind : {extract::ExtractorKind::Clause, extract::ExtractorKind::Pattern}) {
      const char* name = kind == extract::ExtractorKind::Clause ? "whole pipeline, clause" : "whole pipeline, pattern";
      if (!wanted(name)) continue;
      extract::PipelineOptions popts;
      popts.extractor = kind;
      const auto pipeline = extract::Pipeline::load(models, popts);
      // Whole pipeline: every round builds a fresh graph and writes all three exports to memory.
      std::size_t total_tokens = 0;
      const auto start = Clock::now();
      std::size_t rounds = 0;
      double secs = 0;
      do {
        graph::KnowledgeGraph g;
        std::ostringstream jsonl, graphml, dot;
        for (auto& d : docs) {
          auto out = pipeline->process(d);
          total_tokens += d.tokens.size();
          exporter::write_triples_jsonl(out.triples, jsonl);
          for (const auto& t : out.triples) g.add(t);
          for (const auto& m : out.mentions) g.add_mention(m);
        }
        g.finalize();
        exporter::write_graphml(g, graphml);
        exporter::write_dot(g, dot);
        ++rounds;
        secs = std::chrono::duration<double>(Clock::now() - start).count();
      } while (secs < min_seconds);
      print_rate(name, total_tokens, rounds, secs);
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "ergraph_bench: {}\n", e.what());
    return 1;
  }
  return 0;
}
