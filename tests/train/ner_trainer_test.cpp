// Training of the entity recognizer (train/ner_trainer.h): a tiny corpus with a pattern the
// model must learn and generalize to unseen names (Viterbi / structured perceptron and greedy),
// byte-identical retraining, the tuning split by document, document-wise recognition, and the
// shipped model's accuracy ([slow]).
#include "train/ner_trainer.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "entities/detail/ner_features.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "nlp/tagset.h"
#include "support/test_support.h"

namespace {

using namespace ergraph;
using namespace ergraph::train;

NerExample example(const std::vector<std::string>& words, std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> spans,
                   std::string doc_id = "", std::uint8_t source = 0) {
  NerExample ex;
  for (const auto& w : words) ex.doc.append_token(w);
  ex.doc.sentences.push_back({0, static_cast<std::uint32_t>(ex.doc.tokens.size())});
  ex.spans = std::move(spans);
  ex.doc_id = std::move(doc_id);
  ex.source = source;
  return ex;
}

// "Mr Xxx Yyy met the head of Zzz Corp in Wwwtown ." : PER = 0, ORG = 1, LOC = 2.
std::vector<NerExample> pattern_sentences(const std::vector<std::string>& first, const std::vector<std::string>& last,
                                          const std::vector<std::string>& orgs, const std::vector<std::string>& places) {
  std::vector<NerExample> out;
  for (std::size_t k = 0; k < first.size(); ++k) {
    const auto& f = first[k];
    const auto& l = last[(k * 7) % last.size()];
    const auto& o = orgs[(k * 3) % orgs.size()];
    const auto& p = places[(k * 5) % places.size()];
    if (k % 2 == 0)
      out.push_back(example({"Mr", f, l, "met", "the", "head", "of", o, "Corp", "in", p, "."}, {{1, 3, 0}, {7, 9, 1}, {10, 11, 2}},
                            "doc" + std::to_string(k / 4)));
    else
      out.push_back(example({"In", p, ",", "the", "chief", "of", o, "Inc", "told", "Ms", f, "so", "."},
                            {{1, 2, 2}, {6, 8, 1}, {10, 11, 0}}, "doc" + std::to_string(k / 4)));
  }
  return out;
}

NerCorpus tiny_corpus() {
  NerCorpus c;
  c.types = ner_types();
  c.sentences = pattern_sentences(
      {"Alan", "Betty", "Carl", "Dora", "Ed", "Fay", "Gus", "Hilda", "Ivan", "Jane", "Kurt", "Lena", "Max", "Nora", "Otto",
       "Pia", "Rolf", "Sara", "Tom", "Una", "Vic", "Wanda", "Yves", "Zoe"},
      {"Abbot", "Baker", "Cole", "Dunn", "Eliot", "Frost"}, {"Alpha", "Beta", "Gamma", "Delta", "Omega"},
      {"Avon", "Bristol", "Cork", "Derby", "Exeter", "Fife", "Galway"});
  return c;
}

}  // namespace

TEST_CASE("NER training learns a pattern and generalizes to unseen names", "[ner_trainer]") {
  const auto corpus = tiny_corpus();
  // Names never seen in training, in the same contexts.
  const auto test = pattern_sentences({"Quentin", "Ralph", "Stella", "Theo"}, {"Quill", "Rowe"}, {"Kappa", "Sigma"},
                                      {"Leeds", "Mayo"});
  for (const std::uint32_t decoder : {entities::kNerViterbi, entities::kNerGreedy}) {
    NerTrainOptions options;
    options.hyper.iterations = 8;
    options.hyper.prune_below = 0.0f;
    options.hyper.caps_min_count = 1;
    options.hyper.decoder = decoder;
    options.hyper.features = entities::detail::kNerOptAll & ~entities::detail::kNerOptDomains;
    const auto model = train_recognizer(corpus, nullptr, nlp::Lexicon{}, options);
    CHECK(model.hyper.decoder == decoder);
    const entities::EntityRecognizer r(model, nullptr, nlp::Lexicon{});
    const auto on_train = evaluate_recognizer(r, corpus.sentences, corpus.types);
    CHECK(on_train.overall.f1() == Approx(1.0));
    const auto score = evaluate_recognizer(r, test, corpus.types);
    INFO("decoder " << decoder << ": P " << score.overall.precision() << " R " << score.overall.recall());
    // Viterbi sees the whole sentence; greedy decoding (left context only) generalizes less well
    // on this tiny corpus (measured 0.73).
    CHECK(score.overall.f1() >= (decoder == entities::kNerViterbi ? 0.9 : 0.6));
  }
}

TEST_CASE("NER training is deterministic: the same data give a byte-identical model", "[ner_trainer]") {
  const auto corpus = tiny_corpus();
  NerTrainOptions options;
  options.hyper.iterations = 3;
  options.hyper.features = entities::detail::kNerOptAll & ~entities::detail::kNerOptDomains;
  const auto a = entities::serialize_recognizer_model(train_recognizer(corpus, nullptr, nlp::Lexicon{}, options));
  const auto b = entities::serialize_recognizer_model(train_recognizer(corpus, nullptr, nlp::Lexicon{}, options));
  CHECK(a == b);
  options.hyper.seed = 2;
  const auto c = entities::serialize_recognizer_model(train_recognizer(corpus, nullptr, nlp::Lexicon{}, options));
  CHECK(c != a);  // the seed is recorded (and changes the shuffle)
}

TEST_CASE("the tuning split holds out whole documents, every tenth of each source", "[ner_trainer]") {
  NerCorpus c;
  c.types = ner_types();
  for (int d = 0; d < 30; ++d)
    for (int s = 0; s < 3; ++s) {
      c.sentences.push_back(example({"w"}, {}, "uner-" + std::to_string(d), 0));
      if (d < 20) c.sentences.push_back(example({"w"}, {}, "GUM_" + std::to_string(d), 1));
    }
  const std::size_t total = c.sentences.size();
  auto copy = c;
  const auto held = split_tune_fold(copy, 3, 10);
  CHECK(held.size() + copy.sentences.size() == total);
  std::set<std::string> held_docs, kept_docs;
  for (const auto& ex : held) held_docs.insert(ex.doc_id);
  for (const auto& ex : copy.sentences) kept_docs.insert(ex.doc_id);
  CHECK(held_docs == std::set<std::string>{"uner-3", "uner-13", "uner-23", "GUM_3", "GUM_13"});
  for (const auto& d : held_docs) CHECK(kept_docs.count(d) == 0);
  CHECK(held.size() == 5 * 3);
  // The ten folds partition the documents.
  std::size_t all = 0;
  for (std::uint32_t f = 0; f < 10; ++f) {
    auto cf = c;
    all += split_tune_fold(cf, f, 10).size();
  }
  CHECK(all == total);
  CHECK_THROWS(split_tune_fold(copy, 10, 10));
}

TEST_CASE("recognize_examples recognizes a document's sentences together, spans per sentence", "[ner_trainer]") {
  const auto corpus = tiny_corpus();
  NerTrainOptions options;
  options.hyper.iterations = 5;
  options.hyper.prune_below = 0.0f;
  options.hyper.caps_min_count = 1;
  options.hyper.features = entities::detail::kNerOptAll & ~entities::detail::kNerOptDomains;
  const entities::EntityRecognizer r(train_recognizer(corpus, nullptr, nlp::Lexicon{}, options), nullptr, nlp::Lexicon{});
  const auto predictions = recognize_examples(r, corpus.sentences);
  REQUIRE(predictions.size() == corpus.sentences.size());
  for (std::size_t k = 0; k < predictions.size(); ++k) {
    // The same spans as the gold (learned), in sentence-relative indices.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> got;
    for (const auto& s : predictions[k]) {
      CHECK(s.last <= corpus.sentences[k].doc.tokens.size());
      got.emplace_back(s.first, s.last, s.type);
    }
    CHECK(got == corpus.sentences[k].spans);
  }
}

// Accuracy gate of the shipped models/ner.model on UNER EWT dev and GUM dev (figures in
// models/NER.md: 0.720 with the web domain and 0.665 with the GUM domain, each chosen by the data). Guards against a regression, not the 0.70 target, which
// the shipped model does not reach. Without the dev data the gate is skipped (ctest) or fails on CI.
TEST_CASE("ner: the shipped model keeps its UNER EWT dev and GUM dev F1", "[ner_trainer][slow]") {
  namespace fs = std::filesystem;
  const fs::path data = test::shared_dir() / "data";
  const fs::path models = test::source_dir() / "models";
  test::Prerequisites("NER accuracy gate (UNER EWT dev, GUM dev)")
      .file(data / "uner" / "en_ewt-ud-dev.iob2")
      .file(data / "ud" / "en_gum-ud-dev.conllu")
      .require();
  const auto tagger = nlp::Tagger::load(models / "tagger.model");
  const auto lexicon = nlp::Lexicon::load(models / nlp::kLexiconFolder);
  const auto gazetteer =
      std::make_shared<const entities::Gazetteer>(entities::Gazetteer::load(models / entities::kGazetteerFile));
  const auto r = entities::EntityRecognizer::load(models / entities::kRecognizerModel, gazetteer, lexicon);
  const auto uner = load_iob2_examples(data / "uner" / "en_ewt-ud-dev.iob2", *tagger, r.types());
  const auto u = evaluate_recognizer(r, uner, r.types()).overall;
  CHECK(u.gold == 966);
  CHECK(u.f1() >= 0.70);
  const auto gum = load_gum_conllu_examples(data / "ud" / "en_gum-ud-dev.conllu", *tagger, r.types());
  CHECK(evaluate_recognizer(r, gum, r.types()).overall.f1() >= 0.64);
}

TEST_CASE("capitalization_table leaves the skipped sentences out", "[ner_trainer]") {
  std::vector<NerExample> s = {example({"x", "Zorbland", "y"}, {}, "a"), example({"x", "Zorbland", "y"}, {}, "a"),
                               example({"x", "Quuxton", "y"}, {}, "b"), example({"x", "Quuxton", "y"}, {}, "b")};
  const auto has = [](const auto& table, std::string_view w) {
    const auto h = entities::detail::lower_hash(w);
    return std::any_of(table.begin(), table.end(), [&](const auto& e) { return e.first == h; });
  };
  const auto all = capitalization_table(s, 2);
  CHECK(has(all, "Zorbland"));
  CHECK(has(all, "Quuxton"));
  const auto without_b = capitalization_table(s, 2, {}, {false, false, true, true});
  CHECK(has(without_b, "Zorbland"));
  CHECK_FALSE(has(without_b, "Quuxton"));
}

TEST_CASE("jackknife_tags tags each document with a tagger trained without it", "[ner_trainer]") {
  // The word "blick" is a verb in the gold sentences of document "A" and a noun in those of
  // document "B": a sentence of A must get the noun (its tagger saw only B), and the reverse.
  auto gold = [](const std::string& doc, const std::string& tag) {
    nlp::GoldSentence g;
    g.doc_id = doc;
    g.sent_id = doc + "-1";
    const std::vector<std::pair<std::string, std::string>> words = {
        {"they", "PRP"}, {"blick", tag}, {"often", "RB"}, {".", "."}};
    for (const auto& [w, t] : words) {
      nlp::Token& tok = g.doc.append_token(w);
      tok.xpos = *nlp::parse_xpos(t);
      tok.upos = *nlp::parse_upos(t == "VBP" ? "VERB" : t == "NN" ? "NOUN" : t == "PRP" ? "PRON" : t == "RB" ? "ADV" : "PUNCT");
    }
    g.doc.sentences.push_back({0, static_cast<std::uint32_t>(g.doc.tokens.size())});
    g.deprels.assign(g.doc.tokens.size(), "dep");
    return g;
  };
  REQUIRE(document_fold("A", 2) != document_fold("B", 2));
  std::vector<nlp::GoldSentence> data;
  for (int k = 0; k < 30; ++k) {
    data.push_back(gold("A", "VBP"));
    data.push_back(gold("B", "NN"));
  }
  std::vector<NerExample> set = {example({"they", "blick", "often", "."}, {}, "A"),
                                 example({"they", "blick", "often", "."}, {}, "B")};
  TaggerTrainOptions options;
  options.hyper.iterations = 3;
  options.hyper.bidirectional = false;
  std::vector<std::uint32_t> folds_done;
  jackknife_tags({&set}, data, options, 2, [&](std::uint32_t f) { folds_done.push_back(f); });
  CHECK(folds_done == std::vector<std::uint32_t>{0, 1});
  CHECK(set[0].doc.tokens[1].xpos == *nlp::parse_xpos("NN"));
  CHECK(set[1].doc.tokens[1].xpos == *nlp::parse_xpos("VBP"));
  CHECK(document_fold("A", 2) == document_fold("A", 2));
}

TEST_CASE("domain copies learn what each source does its own way", "[ner_trainer]") {
  // Source 0 (web, as UNER) types the "... Corp/Inc" names ORG; source 1 (GUM) types them LOC.
  auto corpus = tiny_corpus();
  const auto web = corpus.sentences;
  for (auto ex : web) {
    ex.source = 1;
    ex.doc_id = "gum-" + ex.doc_id;
    for (auto& [b, e, t] : ex.spans)
      if (t == 1) t = 2;
    corpus.sentences.push_back(std::move(ex));
  }
  NerTrainOptions options;
  options.hyper.iterations = 8;
  options.hyper.prune_below = 0.0f;
  options.hyper.caps_min_count = 1;
  options.hyper.features = entities::detail::kNerOptAll & ~entities::detail::kNerOptKindsCased;
  const entities::EntityRecognizer r(train_recognizer(corpus, nullptr, nlp::Lexicon{}, options), nullptr, nlp::Lexicon{});
  auto test = pattern_sentences({"Quentin", "Ralph", "Stella", "Theo"}, {"Quill", "Rowe"}, {"Kappa", "Sigma"}, {"Leeds", "Mayo"});
  auto test_gum = test;
  for (auto& ex : test_gum)
    for (auto& [b, e, t] : ex.spans)
      if (t == 1) t = 2;
  using entities::EntityRecognizer;
  const double web_web = evaluate_recognizer(r, test, corpus.types, EntityRecognizer::kDomainWeb).overall.f1();
  const double gum_gum = evaluate_recognizer(r, test_gum, corpus.types, EntityRecognizer::kDomainGum).overall.f1();
  const double gum_web = evaluate_recognizer(r, test_gum, corpus.types, EntityRecognizer::kDomainWeb).overall.f1();
  const double web_gum = evaluate_recognizer(r, test, corpus.types, EntityRecognizer::kDomainGum).overall.f1();
  INFO("web/web " << web_web << " gum/gum " << gum_gum << " gum text/web domain " << gum_web << " web text/gum domain " << web_gum);
  CHECK(web_web >= 0.8);
  CHECK(gum_gum >= 0.8);
  // Each domain's convention, not the other's: a third of the names change type.
  CHECK(gum_web < web_web - 0.2);
  CHECK(web_gum < gum_gum - 0.2);
  // Automatic: by each example's source.
  for (auto& ex : test_gum) ex.source = 1;
  CHECK(evaluate_recognizer(r, test_gum, corpus.types).overall.f1() == Approx(gum_gum));
}
