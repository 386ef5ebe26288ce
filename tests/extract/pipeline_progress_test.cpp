// Pipeline::process with a progress callback (issue 13): the tagger and the parser go through a
// long document a slice at a time and the mention finder reports its sentences; the annotations
// and the triples are the same as without the callback, and the reported bytes only grow. The
// sentence cap's count travels in PipelineOutput.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "nlp/sentence_splitter.h"
#include "support/test_support.h"

namespace {

using ergraph::extract::DocumentProgress;
using ergraph::extract::Pipeline;

const Pipeline& pipeline() {
  static const auto p = Pipeline::load(ergraph::test::source_dir() / "models");
  return *p;
}

ergraph::nlp::Document doc_of(const std::string& text) {
  ergraph::nlp::Document d;
  d.id = "long";
  d.text = text;
  return d;
}

}  // namespace

TEST_CASE("pipeline: a long document with a progress callback gives the same annotations and triples", "[extract][pipeline]") {
  const std::string article = ergraph::test::read_file(ergraph::test::source_dir() / "samples" / "01_trade_talks.txt") + "\n" +
                              ergraph::test::read_file(ergraph::test::source_dir() / "samples" / "02_kremlin_call.md") + "\n";
  std::string text;
  while (text.size() < 160000) text += article;  // about 28,000 tokens: several slices of 8,192
  auto plain = doc_of(text), watched = doc_of(text);
  const auto a = pipeline().process(plain);
  std::vector<DocumentProgress> heard;
  const auto b = pipeline().process(watched, [&](const DocumentProgress& p) { heard.push_back(p); });
  REQUIRE(plain.tokens.size() > 3 * 8192);
  REQUIRE(plain.tokens.size() == watched.tokens.size());
  REQUIRE(plain.sentences.size() == watched.sentences.size());
  std::size_t differ = 0;
  for (std::size_t i = 0; i < plain.tokens.size(); ++i) {
    const auto &x = plain.tokens[i], &y = watched.tokens[i];
    differ += x.upos != y.upos || x.xpos != y.xpos || x.lemma != y.lemma || x.head != y.head || x.deprel != y.deprel;
  }
  CHECK(differ == 0);
  REQUIRE(a.triples.size() == b.triples.size());
  CHECK(!a.triples.empty());
  for (std::size_t i = 0; i < a.triples.size(); ++i) {
    CHECK(a.triples[i].subject.name == b.triples[i].subject.name);
    CHECK(a.triples[i].relation == b.triples[i].relation);
    CHECK(a.triples[i].object.name == b.triples[i].object.name);
  }
  CHECK(a.mentions.size() == b.mentions.size());
  // What was heard: every stage, several times for the sliced ones; within a stage the bytes only
  // grow, and each stage ends at the whole text.
  std::vector<std::string> stages;
  std::size_t tag = 0, parse = 0, extract = 0;
  for (std::size_t i = 0; i < heard.size(); ++i) {
    const std::string s = heard[i].stage;
    CHECK(heard[i].total == text.size());
    CHECK(heard[i].done <= heard[i].total);
    if (stages.empty() || stages.back() != s) {
      stages.push_back(s);
      if (i > 0) CHECK(heard[i - 1].done == heard[i - 1].total);
    } else {
      CHECK(heard[i].done >= heard[i - 1].done);
    }
    tag += s == "tag";
    parse += s == "parse";
    extract += s == "extract";
  }
  CHECK(stages == std::vector<std::string>{"tokenize", "tag", "parse", "extract"});
  CHECK(tag >= 3);
  CHECK(parse >= 3);
  CHECK(extract >= 3);
  CHECK(heard.back().done == text.size());
}

TEST_CASE("pipeline: the sentence cap's count is in the output", "[extract][pipeline]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += (i ? " talks" : "talks");
  auto d = doc_of(text);
  const auto out = pipeline().process(d);
  CHECK(out.long_sentences_split == 1);
  CHECK(d.sentences.size() >= 4);
  for (const auto& s : d.sentences) CHECK(s.size() <= ergraph::nlp::kMaxSentenceTokens);
  auto ordinary = doc_of("Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin said.");
  CHECK(pipeline().process(ordinary).long_sentences_split == 0);
}
