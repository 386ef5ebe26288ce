// The sentence cap (nlp/sentence_splitter.h, cap_sentences): an over-long run of tokens is cut
// into pieces no longer than the cap, at a comma (or another break) near the limit when there is
// one; real sentences are never touched.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "support/test_support.h"

namespace {

using ergraph::nlp::Document;
using ergraph::nlp::kMaxSentenceTokens;

Document tokenized(const std::string& text) {
  Document d;
  d.text = text;
  ergraph::nlp::Tokenizer().tokenize(d);
  return d;
}

/// `n` words without punctuation: w0 w1 w2 ...
std::string words(std::size_t n, const std::string& prefix = "w") {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i ? " " : "") + prefix + std::to_string(i % 97);
  return s;
}

void check_covers(const Document& d) {
  REQUIRE(!d.sentences.empty());
  CHECK(d.sentences.front().first == 0);
  CHECK(d.sentences.back().last == d.tokens.size());
  for (std::size_t i = 1; i < d.sentences.size(); ++i) CHECK(d.sentences[i].first == d.sentences[i - 1].last);
}

const ergraph::nlp::SentenceSplitter& shipped() {
  static const auto s =
      ergraph::nlp::SentenceSplitter::load(ergraph::test::source_dir() / "models" / ergraph::nlp::kSentenceModelFile);
  return s;
}

}  // namespace

TEST_CASE("sentence cap: a 2,000-token unpunctuated run becomes pieces no longer than the cap", "[nlp][sentences]") {
  Document d = tokenized(words(2000));
  REQUIRE(d.tokens.size() == 2000);
  REQUIRE(d.sentences.size() == 1);
  CHECK(ergraph::nlp::cap_sentences(d) == 1);  // one sentence was split
  CHECK(d.sentences.size() >= 8);
  for (const auto& s : d.sentences) CHECK(s.size() <= kMaxSentenceTokens);
  check_covers(d);
  // Nothing to break at: every piece but the last is exactly the cap.
  for (std::size_t i = 0; i + 1 < d.sentences.size(); ++i) CHECK(d.sentences[i].size() == kMaxSentenceTokens);
  // Capped twice: nothing more to do.
  CHECK(ergraph::nlp::cap_sentences(d) == 0);
}

TEST_CASE("sentence cap: a piece ends after the last comma near the limit, else before a conjunction", "[nlp][sentences]") {
  SECTION("comma") {
    // Commas after word 149 and word 229: the first piece ends after the later one (232 tokens:
    // 230 words and two commas), not at the hard limit and not at the earlier comma.
    std::string text;
    for (int i = 0; i < 600; ++i) {
      if (i) text += ' ';
      text += 'w';
      text += std::to_string(i);
      if (i == 149 || i == 229) text += ',';
    }
    Document d = tokenized(text);
    REQUIRE(d.sentences.size() == 1);
    CHECK(ergraph::nlp::cap_sentences(d) == 1);
    REQUIRE(d.sentences.size() >= 3);
    CHECK(d.sentences[0].size() == 232);
    CHECK(d.form(d.sentences[0].last - 1) == ",");
    CHECK(d.form(d.sentences[1].first) == "w230");
    for (const auto& s : d.sentences) CHECK(s.size() <= kMaxSentenceTokens);
    check_covers(d);
  }
  SECTION("conjunction") {
    std::string text = words(200) + " and " + words(200, "x");
    Document d = tokenized(text);
    CHECK(ergraph::nlp::cap_sentences(d) == 1);
    REQUIRE(d.sentences.size() == 2);
    CHECK(d.form(d.sentences[1].first) == "and");
    CHECK(d.sentences[0].size() == 200);
  }
  SECTION("a comma too early in the window is no break: the piece would be too short") {
    std::string text = "w0 w1 w2 , " + words(400);
    Document d = tokenized(text);
    CHECK(ergraph::nlp::cap_sentences(d) == 1);
    CHECK(d.sentences[0].size() == kMaxSentenceTokens);
  }
}

TEST_CASE("sentence cap: ordinary sentences are untouched", "[nlp][sentences]") {
  const std::string text =
      "Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin said.\n"
      "The talks, which lasted three hours, covered trade, energy and the war in Ukraine; "
      "neither side took questions.\n" +
      words(kMaxSentenceTokens - 1) + ".";
  Document d = tokenized(text);
  shipped().split(d);
  const auto before = d.sentences;
  REQUIRE(before.back().size() == kMaxSentenceTokens);  // exactly the cap: still one sentence
  CHECK(ergraph::nlp::cap_sentences(d) == 0);
  REQUIRE(d.sentences.size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(d.sentences[i].first == before[i].first);
    CHECK(d.sentences[i].last == before[i].last);
  }
}

TEST_CASE("sentence cap: no sentence of the EWT and GUM text reaches it, so their segmentation is unchanged", "[nlp][sentences]") {
  const auto dir = ergraph::test::shared_dir() / "data" / "ud";
  const auto ewt_dev = dir / "en_ewt-ud-dev.conllu";
  const auto ewt_train = dir / "en_ewt-ud-train.conllu";
  ergraph::test::Prerequisites("sentence cap on UD English").file(ewt_dev).file(ewt_train).require();
  // Every gold sentence, tokenized by us: the longest is far below the cap (159 UD words in
  // EWT train, 75 in EWT dev).
  std::size_t longest = 0;
  for (const auto& path : {ewt_dev, ewt_train})
    for (const auto& g : ergraph::nlp::read_conllu(path)) {
      Document d = tokenized(std::string(g.doc.text));
      longest = std::max<std::size_t>(longest, d.tokens.size());
    }
  CHECK(longest < kMaxSentenceTokens);
  // The EWT dev text, one document per "# newdoc" with its sentences joined by a space as the
  // pipeline sees it: the tokenizer and the learned splitter leave no sentence for the cap.
  std::map<std::string, std::string> docs;
  std::vector<std::string> order;
  for (const auto& g : ergraph::nlp::read_conllu(ewt_dev)) {
    auto [it, fresh] = docs.try_emplace(g.doc_id.empty() ? g.sent_id : g.doc_id);
    if (fresh) order.push_back(it->first);
    it->second += (it->second.empty() ? "" : " ") + g.doc.text;
  }
  std::size_t sentences = 0, split = 0;
  for (const auto& id : order) {
    Document d = tokenized(docs[id]);
    shipped().split(d);
    sentences += d.sentences.size();
    split += ergraph::nlp::cap_sentences(d);
  }
  CHECK(sentences > 1500);
  CHECK(split == 0);
}
