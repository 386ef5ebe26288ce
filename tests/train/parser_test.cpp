// Tests of the arc-hybrid dependency parser: the dynamic oracle, training on hand-written trees,
// well-formed output on random input, the model file (round trip, determinism, every kind of
// damage), and the shipped model's accuracy ([slow]).
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/text.h"
#include "nlp/conllu.h"
#include "nlp/detail/parser_state.h"
#include "nlp/parser.h"
#include "nlp/parser_io.h"
#include "train/parser_trainer.h"
#include "nlp/tagger.h"
#include "support/test_support.h"

namespace {
using namespace ergraph;
using namespace ergraph::nlp;
using namespace ergraph::train;
namespace fs = std::filesystem;

// "The/DET/DT/2/det cat/NOUN/NN/3/nsubj sleeps/VERB/VBZ/0/root" -> a one-sentence gold document
// (heads 1-based as in CoNLL-U, 0 = root).
GoldSentence gold(const std::string& annotated) {
  GoldSentence g;
  std::istringstream in(annotated);
  for (std::string item; in >> item;) {
    std::vector<std::string> f;
    std::size_t start = 0;
    for (int k = 0; k < 4; ++k) {
      const auto slash = item.find('/', start + (k == 0 ? 1 : 0));
      f.push_back(item.substr(start, slash - start));
      start = slash + 1;
    }
    f.push_back(item.substr(start));
    Token& t = g.doc.append_token(f[0]);
    t.upos = *parse_upos(f[1]);
    t.xpos = *parse_xpos(f[2]);
    t.head = std::stoi(f[3]) - 1;
    g.deprels.push_back(f[4]);
  }
  g.doc.sentences.push_back(Sentence{0, static_cast<std::uint32_t>(g.doc.tokens.size())});
  return g;
}

std::vector<GoldSentence> tiny_treebank() {
  return {
      gold("The/DET/DT/2/det cat/NOUN/NN/3/nsubj sleeps/VERB/VBZ/0/root ./PUNCT/./3/punct"),
      gold("A/DET/DT/2/det dog/NOUN/NN/3/nsubj runs/VERB/VBZ/0/root fast/ADV/RB/3/advmod ./PUNCT/./3/punct"),
      gold("Mary/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case cat/NOUN/NN/4/nsubj eats/VERB/VBZ/0/root "
           "fish/NOUN/NN/4/obj ./PUNCT/./4/punct"),
      gold("She/PRON/PRP/3/nsubj can/AUX/MD/3/aux run/VERB/VB/0/root ./PUNCT/./3/punct"),
      gold("The/DET/DT/2/det book/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass written/VERB/VBN/0/root "
           "by/ADP/IN/6/case Tom/PROPN/NNP/4/obl:agent ./PUNCT/./4/punct"),
      gold("He/PRON/PRP/2/nsubj gave/VERB/VBD/0/root up/ADP/RP/2/compound:prt and/CCONJ/CC/5/cc "
           "left/VERB/VBD/2/conj ./PUNCT/./2/punct"),
  };
}

ParserModel train_tiny(std::uint64_t seed = 7) {
  ParserTrainOptions opt;
  opt.hyper.iterations = 20;
  opt.hyper.seed = seed;
  opt.hyper.prune_below = 0.0f;
  opt.hyper.jackknife_folds = 0;
  return train_parser(tiny_treebank(), opt);
}

/// Heads in range, exactly one root labelled "root", every token reaches the root.
bool is_tree(const Document& doc, const Sentence& s) {
  const int n = static_cast<int>(s.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const Token& t = doc.tokens[s.first + static_cast<std::uint32_t>(i)];
    if (t.head < -1 || t.head >= n || t.head == i) return false;
    if ((t.head == -1) != (deprel_name(t.deprel) == "root")) return false;
    roots += t.head == -1;
    int at = i, steps = 0;
    while (at != -1 && steps++ <= n) at = doc.tokens[s.first + static_cast<std::uint32_t>(at)].head;
    if (at != -1) return false;
  }
  return roots == 1;
}

}  // namespace

TEST_CASE("parser: following zero-cost moves rebuilds a projective gold tree", "[parser]") {
  for (const GoldSentence& g : tiny_treebank()) {
    const int n = static_cast<int>(g.doc.tokens.size());
    std::vector<int> heads(static_cast<std::size_t>(n) + 1, -1);
    for (int i = 0; i < n; ++i) heads[static_cast<std::size_t>(i) + 1] = g.doc.tokens[static_cast<std::size_t>(i)].head + 1;
    nlp::detail::ParseState state;
    state.reset(n);
    int steps = 0;
    while (!state.done() && steps++ < 4 * n) {
      int chosen = -1;
      for (int c = 0; c < nlp::detail::kMoveCount && chosen < 0; ++c)
        if (state.valid(nlp::detail::move_of(c)) && state.cost(nlp::detail::move_of(c), heads) == 0) chosen = c;
      REQUIRE(chosen >= 0);
      state.apply(nlp::detail::move_of(chosen), 0);
    }
    REQUIRE(state.done());
    for (int i = 1; i <= n; ++i) CHECK(state.head(i) == heads[static_cast<std::size_t>(i)]);
  }
}

TEST_CASE("parser: a wrong move has a positive cost", "[parser]") {
  // "The cat sleeps .": after SHIFT(The), LEFT makes "The" depend on "cat" (correct, cost 0).
  // After a second SHIFT, RIGHT would attach "cat" to "The" and lose the gold arc cat <- sleeps.
  const std::vector<int> heads = {-1, 2, 3, 0, 3};
  nlp::detail::ParseState state;
  state.reset(4);
  state.apply(nlp::detail::Move::Shift, 0);  // stack [root, The], buffer [cat sleeps .]
  CHECK(state.cost(nlp::detail::Move::Left, heads) == 0);
  CHECK(state.cost(nlp::detail::Move::Shift, heads) == 1);  // "The" could no longer get "cat" as head
  state.apply(nlp::detail::Move::Shift, 0);  // stack [root, The, cat], buffer [sleeps .]
  CHECK(state.cost(nlp::detail::Move::Right, heads) == 1);
  // "cat" could no longer get "sleeps" as head, nor "sleeps" the root ("cat" stays below it)
  CHECK(state.cost(nlp::detail::Move::Shift, heads) == 2);
}

TEST_CASE("parser: a parser trained on a few trees reproduces them", "[parser]") {
  const auto parser = make_parser(train_tiny());
  for (const GoldSentence& g : tiny_treebank()) {
    Document doc = g.doc;
    for (auto& t : doc.tokens) t.head = 99, t.deprel = 0;
    parser->parse(doc);
    INFO(g.doc.text);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      CHECK(doc.tokens[i].head == g.doc.tokens[i].head);
      CHECK(deprel_name(doc.tokens[i].deprel) == g.deprels[i]);
    }
  }
  const ParserScore s = evaluate_parser(*parser, tiny_treebank());
  CHECK(s.uas() == 100.0);
  CHECK(s.las() == 100.0);
}

TEST_CASE("parser: every output is a single-rooted tree on random input", "[parser]") {
  const auto parser = make_parser(train_tiny());
  std::mt19937 rng(42);
  const std::vector<std::string> words = {"the", "cat", "runs", ".", "and", "Mary", "'s", "by", "up", "x"};
  for (int round = 0; round < 200; ++round) {
    Document doc;
    const int sentences = 1 + static_cast<int>(rng() % 3);
    for (int s = 0; s < sentences; ++s) {
      Sentence sent{static_cast<std::uint32_t>(doc.tokens.size()), 0};
      const int n = 1 + static_cast<int>(rng() % 40);
      for (int i = 0; i < n; ++i) {
        Token& t = doc.append_token(words[rng() % words.size()]);
        t.upos = static_cast<Upos>(rng() % kUposCount);
        t.xpos = static_cast<Xpos>(rng() % static_cast<unsigned>(xpos_count()));
      }
      sent.last = static_cast<std::uint32_t>(doc.tokens.size());
      doc.sentences.push_back(sent);
    }
    parser->parse(doc);
    for (const Sentence& s : doc.sentences) REQUIRE(is_tree(doc, s));
  }
}

TEST_CASE("parser: an empty document and an empty sentence are left alone", "[parser]") {
  const auto parser = make_parser(train_tiny());
  Document doc;
  parser->parse(doc);
  doc.sentences.push_back(Sentence{0, 0});
  parser->parse(doc);
  CHECK(doc.tokens.empty());
}

TEST_CASE("parser: save and load round trip is identical and training is deterministic", "[parser]") {
  const ParserModel model = train_tiny();
  const std::string bytes = serialize_parser_model(model);
  CHECK(serialize_parser_model(train_tiny()) == bytes);
  CHECK(serialize_parser_model(train_tiny(8)) != bytes);
  test::TempDir dir;
  save_parser_model(model, dir.path() / "p.model");
  const ParserModel back = load_parser_model(dir.path() / "p.model");
  CHECK(serialize_parser_model(back) == bytes);
  CHECK(back.labels == model.labels);
  CHECK(back.hyper.iterations == 20);
  const auto a = make_parser(model);
  const auto b = Parser::load(dir.path() / "p.model");
  for (const GoldSentence& g : tiny_treebank()) {
    Document da = g.doc, db = g.doc;
    a->parse(da);
    b->parse(db);
    for (std::size_t i = 0; i < da.tokens.size(); ++i) {
      CHECK(da.tokens[i].head == db.tokens[i].head);
      CHECK(da.tokens[i].deprel == db.tokens[i].deprel);
    }
  }
}

TEST_CASE("parser: averaged models: same file for any thread count, the mean of the single models' weights", "[parser]") {
  const auto train = [](std::uint32_t models, unsigned threads, std::uint64_t seed) {
    ParserTrainOptions opt;
    opt.hyper.iterations = 5;
    opt.hyper.seed = seed;
    opt.hyper.prune_below = 0.0f;
    opt.hyper.jackknife_folds = 0;
    opt.hyper.models = models;
    opt.threads = threads;
    return train_parser(tiny_treebank(), opt);
  };
  const ParserModel one = train(1, 1, 7), two = train(2, 1, 7);
  CHECK(serialize_parser_model(train(2, 2, 7)) == serialize_parser_model(two));
  CHECK(serialize_parser_model(two) != serialize_parser_model(one));
  CHECK(parse_parser_model(serialize_parser_model(two), "m").hyper.models == 2);
  // Scores are linear in the weights: the averaged model scores a state (up to quantization)
  // like the mean of the models trained with seeds 7 and 8 alone.
  const ParserModel eight = train(1, 1, 8);
  nlp::detail::ParserInput in;
  const std::vector<GoldSentence> bank = tiny_treebank();
  const GoldSentence& g = bank[4];
  nlp::detail::make_parser_input(g.doc, g.doc.sentences[0], in);
  nlp::detail::ParseState state;
  state.reset(in.size());
  state.apply(nlp::detail::Move::Shift, 0);
  std::vector<FeatureKey> features;
  state.features(in, features);
  const auto scores = [&](const PerceptronModel& m) {
    std::vector<std::int32_t> q(static_cast<std::size_t>(m.classes()), 0);
    m.add_scores(features, q.data());
    std::vector<double> out;
    for (std::int32_t v : q) out.push_back(v * static_cast<double>(m.scale()));
    return out;
  };
  const auto a = scores(one.moves), b = scores(eight.moves), mean = scores(two.moves);
  const double tolerance = 64 * (one.moves.scale() + eight.moves.scale() + two.moves.scale());
  for (std::size_t c = 0; c < mean.size(); ++c) CHECK(std::abs(mean[c] - (a[c] + b[c]) / 2) <= tolerance);
}

TEST_CASE("parser: version 2 files (no model count) still load", "[parser]") {
  const std::string v3 = serialize_parser_model(train_tiny());
  // Header: magic 6, u16 version, str kind (4 + 28), u32 feature set, u32 iterations, u64 seed,
  // u32 explore-from, f32 explore-prob, f32 prune, u32 jackknife folds, then u32 models at byte 72.
  constexpr std::size_t kModels = 72;
  REQUIRE(v3[kModels] == 1);
  std::string v2 = v3;
  v2[6] = 2;
  v2.erase(kModels, 4);
  v2.resize(v2.size() - 8);
  const std::uint64_t h = core::fnv1a64(v2);
  for (int i = 0; i < 8; ++i) v2.push_back(static_cast<char>((h >> (8 * i)) & 0xff));
  const ParserModel back = parse_parser_model(v2, "v2.model");
  CHECK(back.hyper.models == 1);
  CHECK(serialize_parser_model(back) == v3);
}

TEST_CASE("parser: damaged model files throw ModelError", "[parser]") {
  const std::string bytes = serialize_parser_model(train_tiny());
  const auto rejects = [](const std::string& b) {
    CHECK_THROWS_AS(parse_parser_model(b, "x.model"), ModelError);
  };
  rejects("");
  rejects("ERGTAG" + bytes.substr(6));                        // wrong magic
  std::string newer = bytes;
  newer[6] = 99;                                              // format version 99
  rejects(newer);
  std::string older = bytes;
  older[6] = 1;                                               // version 1 (separate label classifier)
  rejects(older);
  for (std::size_t cut : {std::size_t{3}, std::size_t{10}, bytes.size() / 2, bytes.size() - 1}) rejects(bytes.substr(0, cut));
  rejects(bytes + '\0');                                      // leftover bytes
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
  rejects(flipped);                                           // checksum (or a structural check)
  try {
    parse_parser_model("ERGPAR", "some/where.model");
    FAIL("no exception");
  } catch (const ModelError& e) {
    CHECK(std::string(e.what()).find("some/where.model") != std::string::npos);
  }
  CHECK_THROWS_AS(Parser::load("/nonexistent/parser.model"), ModelError);
}
