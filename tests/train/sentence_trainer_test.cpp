// Training the sentence splitter (train/sentence_trainer.h) on a small gold corpus.
#include "train/sentence_trainer.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/tokenizer.h"

namespace {

/// A CoNLL-U document of sentences given as space-separated words.
std::string conllu_doc(const std::string& id, const std::vector<std::string>& sents) {
  std::string out = "# newdoc id = " + id + "\n";
  for (const auto& s : sents) {
    out += "# text = " + s + "\n";
    std::istringstream words(s);
    std::string w;
    int k = 0;
    while (words >> w) out += std::to_string(++k) + "\t" + w + "\t_\tX\tXX\t_\t0\tdep\t_\t_\n";
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("sentence trainer: gold starts land on our tokens, a model learns unpunctuated boundaries, deterministically",
          "[train][sentences]") {
  // Greetings and sign-offs without punctuation, then a sentence: the rules see one sentence.
  std::string text;
  const std::vector<std::string> names = {"Linda", "Bob", "Maria", "Kenji", "Amara", "Sven", "Priya", "Tom"};
  for (std::size_t i = 0; i < 40; ++i)
    text += conllu_doc("d" + std::to_string(i),
                       {"thanks a lot " + names[i % names.size()], "We will meet on Monday .", "see you soon"});
  std::istringstream in(text);
  const auto gold = ergraph::nlp::read_conllu(in, "t.conllu");
  const auto docs = ergraph::train::sentence_training_docs(gold);
  REQUIRE(docs.size() == 40);
  REQUIRE(docs[0].gold_start.size() == docs[0].doc.tokens.size());
  CHECK(docs[0].gold_start[0]);
  CHECK(docs[0].gold_start[4]);  // "We"
  const auto model = ergraph::train::train_sentence_model(gold, {}, {5, 1, 0.0f});
  CHECK(ergraph::nlp::serialize_sentence_model(model) ==
        ergraph::nlp::serialize_sentence_model(ergraph::train::train_sentence_model(gold, {}, {5, 1, 0.0f})));
  ergraph::nlp::Document d;
  d.text = "thanks a lot Bob We will meet on Monday . see you soon";
  ergraph::nlp::Tokenizer().tokenize(d);
  REQUIRE(d.sentences.size() == 1);  // the rules split nowhere: no capital after the full stop
  ergraph::nlp::SentenceSplitter(model).split(d);
  std::vector<std::string> got;
  for (const auto& s : d.sentences) got.push_back(std::string(d.sentence_text(s)));
  CHECK(got == std::vector<std::string>{"thanks a lot Bob", "We will meet on Monday .", "see you soon"});
}
