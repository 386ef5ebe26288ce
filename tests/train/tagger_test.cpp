// Tests of the averaged-perceptron tagger: training on hand-written sentences, the model file
// (round trip, determinism, every kind of damage), and the shipped model's accuracy ([slow]).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/text.h"
#include "nlp/conllu.h"
#include "nlp/detail/binary_io.h"
#include "train/sha256.h"
#include "nlp/perceptron.h"
#include "nlp/tagger.h"
#include "nlp/tagger_io.h"
#include "train/perceptron_trainer.h"
#include "train/tagger_trainer.h"
#include "support/test_support.h"

namespace {
using namespace ergraph;
using namespace ergraph::nlp;
using namespace ergraph::train;
namespace fs = std::filesystem;

// "The/DET/DT cat/NOUN/NN" -> a one-sentence gold document.
GoldSentence gold(const std::string& tagged) {
  GoldSentence g;
  std::istringstream in(tagged);
  for (std::string item; in >> item;) {
    const auto a = item.find('/'), b = item.find('/', a + 1);
    Token& t = g.doc.append_token(item.substr(0, a));
    t.upos = *parse_upos(item.substr(a + 1, b - a - 1));
    t.xpos = *parse_xpos(item.substr(b + 1));
  }
  g.doc.sentences.push_back(Sentence{0, static_cast<std::uint32_t>(g.doc.tokens.size())});
  return g;
}

std::vector<GoldSentence> tiny_corpus() {
  return {
      gold("The/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/."),
      gold("A/DET/DT dog/NOUN/NN runs/VERB/VBZ fast/ADV/RB ./PUNCT/."),
      gold("The/DET/DT dogs/NOUN/NNS run/VERB/VBP ./PUNCT/."),
      gold("Mary/PROPN/NNP 's/PART/POS cat/NOUN/NN eats/VERB/VBZ fish/NOUN/NN ./PUNCT/."),
      gold("She/PRON/PRP can/AUX/MD run/VERB/VB ./PUNCT/."),
      gold("They/PRON/PRP said/VERB/VBD \"/PUNCT/`` no/INTJ/UH \"/PUNCT/'' ./PUNCT/."),
  };
}

TaggerTrainOptions tiny_options(std::uint64_t seed = 7) {
  TaggerTrainOptions opt;
  opt.hyper.iterations = 10;
  opt.hyper.seed = seed;
  opt.hyper.tagdict_min_count = 3;  // "The"-like words go to the dictionary even in tiny data
  opt.hyper.prune_below = 0.0f;
  return opt;
}

TaggerModel train_tiny(std::uint64_t seed = 7) { return train_tagger(tiny_corpus(), tiny_options(seed)); }

// Tags a copy of each gold sentence and returns "UPOS/XPOS" strings.
std::vector<std::string> predictions(const Tagger& tagger, const std::vector<GoldSentence>& sents) {
  std::vector<std::string> out;
  for (const auto& g : sents) {
    Document doc = g.doc;
    for (auto& t : doc.tokens) t.upos = Upos::None, t.xpos = 0;
    tagger.tag(doc);
    for (const auto& t : doc.tokens) out.push_back(std::string(to_string(t.upos)) + "/" + std::string(xpos_name(t.xpos)));
  }
  return out;
}

std::vector<std::string> gold_tags(const std::vector<GoldSentence>& sents) {
  std::vector<std::string> out;
  for (const auto& g : sents)
    for (const auto& t : g.doc.tokens) out.push_back(std::string(to_string(t.upos)) + "/" + std::string(xpos_name(t.xpos)));
  return out;
}

// Runs `load` on `bytes` written to a file and returns the ModelError code ("" if none).
std::string load_error(const std::string& bytes) {
  test::TempDir dir;
  const fs::path path = dir.path() / "bad.model";
  test::write_file(path, bytes);
  try {
    Tagger::load(path);
  } catch (const ModelError& e) {
    CHECK(e.location() == path.string());
    return e.code();
  }
  return "";
}

}  // namespace

TEST_CASE("tagger: a model trained on a few sentences tags them correctly", "[tagger]") {
  const auto tagger = make_tagger(train_tiny());
  CHECK(predictions(*tagger, tiny_corpus()) == gold_tags(tiny_corpus()));
}

TEST_CASE("tagger: tags every sentence of a multi-sentence document", "[tagger]") {
  const auto tagger = make_tagger(train_tiny());
  Document doc;
  doc.text = "The cat sleeps . She can run .";
  const std::uint32_t spans[][2] = {{0, 3}, {4, 7}, {8, 14}, {15, 16}, {17, 20}, {21, 24}, {25, 28}, {29, 30}};
  for (const auto& s : spans) {
    Token t;
    t.begin = s[0];
    t.end = s[1];
    doc.tokens.push_back(t);
  }
  doc.sentences = {Sentence{0, 4}, Sentence{4, 8}};
  tagger->tag(doc);
  CHECK(doc.tokens[1].upos == Upos::NOUN);
  CHECK(xpos_name(doc.tokens[5].xpos) == "MD");
  CHECK(doc.tokens[7].upos == Upos::PUNCT);
}

TEST_CASE("tagger: curly quotes and apostrophes tag like their ASCII forms", "[tagger]") {
  const auto tagger = make_tagger(train_tiny());
  const auto ascii = predictions(*tagger, {gold("Mary/PROPN/NNP 's/PART/POS cat/NOUN/NN ./PUNCT/.")});
  const auto curly = predictions(*tagger, {gold("Mary/PROPN/NNP \xE2\x80\x99s/PART/POS cat/NOUN/NN ./PUNCT/.")});
  CHECK(curly == ascii);
  CHECK(curly[1] == "PART/POS");
  const auto quotes = predictions(*tagger, {gold("They/PRON/PRP said/VERB/VBD \xE2\x80\x9C/PUNCT/`` no/INTJ/UH "
                                                 "\xE2\x80\x9D/PUNCT/'' ./PUNCT/.")});
  CHECK(quotes[2] == "PUNCT/``");
  CHECK(quotes[4] == "PUNCT/''");
}

TEST_CASE("tagger: save and load round trip keeps bytes and predictions", "[tagger]") {
  const TaggerModel model = train_tiny();
  const std::string bytes = serialize_tagger_model(model);
  const TaggerModel parsed = parse_tagger_model(bytes, "memory");
  CHECK(serialize_tagger_model(parsed) == bytes);
  CHECK(parsed.labels.size() == model.labels.size());
  CHECK(parsed.hyper.seed == 7);

  test::TempDir dir;
  const fs::path path = dir.path() / "tiny.model";
  save_tagger_model(model, path);
  CHECK(test::read_file(path) == bytes);
  const auto loaded = Tagger::load(path);
  const auto original = make_tagger(TaggerModel(model));
  CHECK(predictions(*loaded, tiny_corpus()) == predictions(*original, tiny_corpus()));
}

TEST_CASE("tagger: the hyphen-merging flag is recorded, version 1 files load without it", "[tagger]") {
  // A left-to-right model: version 1 files had no right-to-left section.
  TaggerTrainOptions opt = tiny_options();
  opt.hyper.bidirectional = false;
  TaggerModel model = train_tagger(tiny_corpus(), opt);
  CHECK_FALSE(model.invented_names);  // name_copies = 0 by default
  opt.name_copies = 1;
  CHECK(train_tagger(tiny_corpus(), opt).invented_names);  // "Mary" had an invented copy
  // Header: magic 6, u16 version, str kind (4 + 26), u32 feature set, hyperparameters (32 bytes),
  // then the u32 data-preparation flags at byte 78.
  constexpr std::size_t kFlags = 78;
  model.invented_names = false;
  model.merged_hyphens = true;
  const std::string merged = serialize_tagger_model(model);
  model.merged_hyphens = false;
  const std::string plain = serialize_tagger_model(model);
  REQUIRE(merged.size() == plain.size());
  CHECK(merged[kFlags] == 1);
  CHECK(plain[kFlags] == 0);
  CHECK(parse_tagger_model(merged, "memory").merged_hyphens);
  CHECK_FALSE(parse_tagger_model(plain, "memory").merged_hyphens);
  const auto with_checksum = [](std::string body) {
    body.resize(body.size() - 8);
    const std::uint64_t h = core::fnv1a64(body);
    for (int i = 0; i < 8; ++i) body.push_back(static_cast<char>((h >> (8 * i)) & 0xff));
    return body;
  };
  std::string v1 = merged;
  v1[6] = 1;
  v1.erase(kFlags, 4);
  const TaggerModel old = parse_tagger_model(with_checksum(v1), "memory");
  CHECK_FALSE(old.merged_hyphens);
  CHECK(serialize_tagger_model(old) == plain);
  std::string unknown = merged;
  unknown[kFlags] = 17;  // bit 4 means nothing
  CHECK(load_error(with_checksum(unknown)) == "E416");
  // Bit 2: trained with invented-name copies.
  model.invented_names = true;
  const std::string named = serialize_tagger_model(model);
  CHECK(named[kFlags] == 4);
  CHECK(parse_tagger_model(named, "memory").invented_names);
  CHECK_FALSE(parse_tagger_model(plain, "memory").invented_names);
}

TEST_CASE("tagger: invented names replace capitalised proper nouns only, keep the tags and are deterministic", "[tagger]") {
  const GoldSentence g =
      gold("Felix/PROPN/NNP Gantt/PROPN/NNP hid/VERB/VBD money/NOUN/NN in/ADP/IN the/DET/DT U.S./PROPN/NNP and/CCONJ/CC "
           "NATO/PROPN/NNP ./PUNCT/.");
  GoldSentence a, b, c;
  REQUIRE(with_invented_names(g, 1, a));
  REQUIRE(with_invented_names(g, 1, b));
  REQUIRE(with_invented_names(g, 2, c));
  CHECK(a.doc.text == b.doc.text);  // same seed, same words
  CHECK(a.doc.text != c.doc.text);
  REQUIRE(a.doc.tokens.size() == g.doc.tokens.size());
  for (std::uint32_t i = 0; i < g.doc.tokens.size(); ++i) {
    CHECK(a.doc.tokens[i].upos == g.doc.tokens[i].upos);
    CHECK(a.doc.tokens[i].xpos == g.doc.tokens[i].xpos);
    const auto w = a.doc.form(i);
    if (i <= 1) {  // Felix, Gantt: replaced by a capitalised word of letters
      CHECK(w != g.doc.form(i));
      CHECK((w[0] >= 'A' && w[0] <= 'Z'));
      for (std::size_t k = 1; k < w.size(); ++k) CHECK((w[k] >= 'a' && w[k] <= 'z'));
    } else {
      CHECK(w == g.doc.form(i));  // other words, "U.S." and "NATO" kept
    }
  }
  CHECK(a.doc.sentences.size() == 1);
  GoldSentence none;
  CHECK_FALSE(with_invented_names(gold("the/DET/DT cat/NOUN/NN sat/VERB/VBD"), 1, none));
}

TEST_CASE("tagger: a bidirectional model stores both directions with one scale", "[tagger]") {
  const TaggerModel both = train_tiny();
  TaggerTrainOptions opt = tiny_options();
  opt.hyper.bidirectional = false;
  const TaggerModel one = train_tagger(tiny_corpus(), opt);
  REQUIRE(both.backward.classes() == static_cast<int>(both.labels.size()));
  CHECK(both.backward.scale() == both.weights.scale());
  CHECK(one.backward.classes() == 0);
  // Byte 78 holds the flags: bit 1 = right-to-left weights follow.
  constexpr std::size_t kFlags = 78;
  const std::string bytes = serialize_tagger_model(both), one_bytes = serialize_tagger_model(one);
  CHECK((bytes[kFlags] & 2) == 2);
  CHECK((one_bytes[kFlags] & 2) == 0);
  CHECK(bytes.size() > one_bytes.size());
  const TaggerModel parsed = parse_tagger_model(bytes, "memory");
  CHECK(parsed.hyper.bidirectional);
  CHECK_FALSE(parse_tagger_model(one_bytes, "memory").hyper.bidirectional);
  CHECK(serialize_tagger_model(parsed) == bytes);
  // Both tag the training sentences right; without its right-to-left weights the model tags
  // like the one-direction model (same left-to-right training).
  CHECK(predictions(*make_tagger(TaggerModel(both)), tiny_corpus()) == gold_tags(tiny_corpus()));
  TaggerModel forward = both;
  forward.backward = {};
  CHECK(predictions(*make_tagger(std::move(forward)), tiny_corpus()) ==
        predictions(*make_tagger(TaggerModel(one)), tiny_corpus()));
  // The flag without the section is a damaged file.
  std::string cut = one_bytes;
  cut[kFlags] = 2;
  cut.resize(cut.size() - 8);
  const std::uint64_t h = core::fnv1a64(cut);
  for (int i = 0; i < 8; ++i) cut.push_back(static_cast<char>((h >> (8 * i)) & 0xff));
  CHECK_FALSE(load_error(cut).empty());
}

TEST_CASE("tagger: a word without an ambiguity class takes its lexicon parts of speech", "[tagger]") {
  // Hapax words (no ambiguity class) in one uninformative slot; the lexicon lists each with its
  // gold tag, so training learns to trust it. Two new words with nothing else to tell them apart
  // take the parts of speech their lexicon entries give.
  std::vector<GoldSentence> corpus;
  for (const char* w : {"apple", "stone", "house", "chair", "water"})
    corpus.push_back(gold(std::string("It/PRON/PRP was/AUX/VBD ") + w + "/NOUN/NN ./PUNCT/."));
  for (const char* w : {"often", "soon", "never", "quite", "twice"})
    corpus.push_back(gold(std::string("It/PRON/PRP was/AUX/VBD ") + w + "/ADV/RB ./PUNCT/."));
  TaggerTrainOptions opt = tiny_options();
  opt.lexicon = {{"apple", {"NN"}}, {"chair", {"NN", "VB"}}, {"house", {"NN", "VB"}}, {"stone", {"NN"}},
                 {"water", {"NN", "VB"}}, {"often", {"RB"}}, {"soon", {"RB"}}, {"never", {"RB"}},
                 {"quite", {"RB"}}, {"twice", {"RB"}}, {"blick", {"NN"}}, {"zorp", {"RB"}},
                 {"unlisted", {"UH"}}};  // a tag outside the lexicon's set is left out
  const std::vector<GoldSentence> fresh = {gold("It/PRON/PRP was/AUX/VBD blick/NOUN/NN ./PUNCT/."),
                                           gold("It/PRON/PRP was/AUX/VBD zorp/ADV/RB ./PUNCT/."),
                                           gold("It/PRON/PRP was/AUX/VBD Blick/NOUN/NN ./PUNCT/.")};
  const TaggerModel with = train_tagger(corpus, opt);
  CHECK(with.lexicon.size() == 12);
  const auto tags = predictions(*make_tagger(TaggerModel(with)), fresh);
  CHECK(tags[2] == "NOUN/NN");
  CHECK(tags[6] == "ADV/RB");
  // The lexicon is stored with the model (format flag bit 3) and survives a round trip.
  const std::string bytes = serialize_tagger_model(with);
  CHECK((bytes[78] & 8) == 8);
  const TaggerModel parsed = parse_tagger_model(bytes, "memory");
  CHECK(parsed.lexicon == with.lexicon);
  CHECK(predictions(*make_tagger(TaggerModel(parsed)), fresh) == tags);
  const TaggerLexicon back = tagger_lexicon_of(parsed);
  REQUIRE(back.size() == 12);
  CHECK(back.front() == std::pair<std::string, std::vector<std::string>>{"apple", {"NN"}});
  // Without the lexicon, nothing the model knows tells the two new words apart.
  opt.lexicon.clear();
  const TaggerModel without = train_tagger(corpus, opt);
  CHECK(without.lexicon.empty());
  CHECK((serialize_tagger_model(without)[78] & 8) == 0);
  const auto plain = predictions(*make_tagger(TaggerModel(without)), fresh);
  CHECK(plain[2] == plain[6]);
}

TEST_CASE("tagger: lexicon files are read with clear errors", "[tagger]") {
  test::TempDir dir;
  const fs::path good = dir.path() / "lexicon.tsv";
  test::write_file(good, "# comment\nore\tNN\nsources\tNNS VBZ\n");
  const TaggerLexicon lex = read_tagger_lexicon(good);
  REQUIRE(lex.size() == 2);
  CHECK(lex[1].first == "sources");
  CHECK(lex[1].second == std::vector<std::string>{"NNS", "VBZ"});
  const auto error_of = [&](const std::string& text) {
    const fs::path bad = dir.path() / "bad.tsv";
    test::write_file(bad, text);
    try {
      read_tagger_lexicon(bad);
    } catch (const ParseError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK_THAT(error_of("ore\tNN\nmine\tNN XX\n"), Catch::Contains("bad.tsv:2") && Catch::Contains("unknown tag 'XX'"));
  CHECK_THAT(error_of("Ore\tNN\n"), Catch::Contains("not lower case"));
  CHECK_THAT(error_of("ore NN\n"), Catch::Contains("WORD<TAB>TAGS"));
  CHECK_THAT(error_of("ore\t\n"), Catch::Contains("no tags"));
  CHECK_THAT(error_of("x"), Catch::Contains("bad.tsv:1"));
  CHECK_THROWS_AS(read_tagger_lexicon(dir.path() / "missing.tsv"), IoError);
}

TEST_CASE("tagger: training is deterministic for a seed", "[tagger]") {
  CHECK(serialize_tagger_model(train_tiny(3)) == serialize_tagger_model(train_tiny(3)));
}

TEST_CASE("tagger: damaged model files throw ModelError naming the file", "[tagger]") {
  const std::string good = serialize_tagger_model(train_tiny());
  REQUIRE(load_error(good).empty());

  SECTION("missing file") {
    CHECK_THROWS_AS(Tagger::load("/nonexistent/tagger.model"), ModelError);
  }
  SECTION("wrong magic") {
    std::string bad = good;
    bad[0] = 'X';
    CHECK(load_error(bad) == "E412");
    CHECK(load_error("") == "E412");
    CHECK(load_error("hello world, not a model") == "E412");
  }
  SECTION("newer format version") {
    std::string bad = good;
    bad[6] = static_cast<char>(99);  // u16 version right after the 6-byte magic
    CHECK(load_error(bad) == "E413");
  }
  SECTION("truncated at any length") {
    for (std::size_t n = 0; n < good.size(); n += (n < 200 ? 1 : 97)) {
      INFO("length " << n);
      CHECK_FALSE(load_error(good.substr(0, n)).empty());
    }
    // The checksum is checked before the counts are read: a cut file fails there.
    CHECK(load_error(good.substr(0, good.size() - 3)) == "E417");
    CHECK(load_error(good.substr(0, 9)) == "E417");
  }
  SECTION("leftover bytes") {
    CHECK(load_error(good + "x") == "E417");
    // Leftover bytes under a valid checksum: the trailer is not where the model ends.
    std::string body = good.substr(0, good.size() - 8) + "x";
    const std::uint64_t sum = ergraph::core::fnv1a64(body);
    for (int i = 0; i < 8; ++i) body.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
    CHECK(load_error(body) == "E414");
  }
  SECTION("a directory in place of the model file") {
    ergraph::test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "tagger.model");
    CHECK_THROWS_AS(Tagger::load(dir.path() / "tagger.model"), ModelError);
  }
  SECTION("a flipped byte in the weights") {
    std::string bad = good;
    bad[bad.size() - 10] = static_cast<char>(bad[bad.size() - 10] ^ 0x01);  // low byte of the last weight
    CHECK(load_error(bad) == "E417");
  }
}

TEST_CASE("tagger: perceptron averages weights over training instances", "[tagger]") {
  PerceptronTrainer p(2);
  const FeatureKey f[] = {feature_key(1, 42)};
  p.tick();
  p.update(f, 0, 1.0f);  // weight 1 from instance 1 on
  p.tick();
  p.tick();
  p.tick();              // 4 instances: weight was 0, 1, 1, 1 -> average 0.75
  const PerceptronModel m = p.average(0.0f);
  std::int32_t scores[2] = {0, 0};
  m.add_scores(f, scores);
  CHECK(static_cast<float>(scores[0]) * m.scale() == Approx(0.75).epsilon(1e-4));
  CHECK(scores[1] == 0);
  const FeatureKey unknown[] = {feature_key(2, 42)};
  m.add_scores(unknown, scores);
  CHECK(static_cast<float>(scores[0]) * m.scale() == Approx(0.75).epsilon(1e-4));
}

TEST_CASE("tagger: perceptron scores are the exact weight sums for every row layout", "[tagger]") {
  // 103 classes (the parser's move classifier): features with 1 weight (inline slots), a few
  // (packed lists) and many (dense rows), weights that quantize to themselves (scale 1), so the
  // trainer's float sums are the exact reference for the model's integer sums.
  constexpr int kClasses = 103;
  PerceptronTrainer p(kClasses);
  std::uint64_t rng = 12345;
  const auto next = [&rng] { return rng = mix64(rng + 0x9e3779b97f4a7c15ull); };
  std::vector<FeatureKey> known;
  for (std::uint32_t k = 0; k < 3000; ++k) {
    const FeatureKey f = feature_key(7, k);
    known.push_back(f);
    const int weights = k % 3 == 0 ? 1 : k % 3 == 1 ? 2 + static_cast<int>(next() % 10) : 14 + static_cast<int>(next() % 90);
    for (int i = 0; i < weights; ++i) {
      const int cls = static_cast<int>(next() % kClasses);
      const float w = static_cast<float>(static_cast<int>(next() % 601) - 300);
      if (w != 0.0f) p.update(std::span<const FeatureKey>(&f, 1), cls, w);
    }
  }
  const FeatureKey big = feature_key(8, 1);
  p.update(std::span<const FeatureKey>(&big, 1), 5, 32767.0f);
  p.tick();
  const PerceptronModel m = p.average(0.0f);
  REQUIRE(m.scale() == 1.0f);
  for (int round = 0; round < 20; ++round) {
    std::vector<FeatureKey> fs;
    const std::size_t n = round == 0 ? 700 : 1 + next() % 200;  // round 0: several lookup chunks
    for (std::size_t i = 0; i < n; ++i)
      fs.push_back(next() % 5 == 0 ? feature_key(9, next()) : known[next() % known.size()]);  // some unknown
    std::vector<std::int32_t> got(kClasses, 0);
    std::vector<float> want(kClasses);
    m.add_scores(fs, got.data());
    p.scores(fs, want.data());
    for (int c = 0; c < kClasses; ++c) CHECK(got[static_cast<std::size_t>(c)] == static_cast<std::int32_t>(want[static_cast<std::size_t>(c)]));
  }
}

namespace {
// Reads a perceptron section written by `w`; throws ModelError like a model file would.
PerceptronModel read_section(const std::string& bytes) {
  nlp::detail::BinaryReader r(bytes, "section");
  PerceptronModel m = PerceptronModel::read(r);
  r.expect_end();
  return m;
}
std::string write_section(const PerceptronModel& m) {
  nlp::detail::BinaryWriter w;
  m.write(w);
  return w.take();
}
std::vector<std::int32_t> section_scores(const PerceptronModel& m, std::span<const FeatureKey> fs) {
  std::vector<std::int32_t> q(static_cast<std::size_t>(m.classes()), 0);
  m.add_scores(fs, q.data());
  return q;
}
}  // namespace

TEST_CASE("perceptron: compact sections (version 2) round-trip, and version 1 sections still load", "[tagger]") {
  for (const int classes : {3, 103, 300}) {  // u8 counts and classes; u16 classes
    INFO("classes " << classes);
    PerceptronTrainer p(classes);
    std::vector<FeatureKey> fs;
    for (std::uint32_t k = 0; k < 5000; ++k) {
      const FeatureKey f = feature_key(3, k);
      fs.push_back(f);
      for (int c = static_cast<int>(k % 7); c < classes; c += 1 + static_cast<int>(k % 23))
        p.update(std::span<const FeatureKey>(&f, 1), c, static_cast<float>(static_cast<int>(mix64(k * 131 + c) % 401) - 200));
    }
    fs.push_back(feature_key(4, 1));  // unknown
    p.tick();
    const PerceptronModel m = p.average(0.0f);
    const std::string bytes = write_section(m);
    REQUIRE(bytes.substr(0, 2) == std::string("\x02\x00", 2));
    const PerceptronModel back = read_section(bytes);
    CHECK(write_section(back) == bytes);
    CHECK(back.feature_count() == m.feature_count());
    CHECK(section_scores(back, fs) == section_scores(m, fs));
    // Smaller than version 1 (8-byte keys, u16 counts, 4-byte entries).
    CHECK(bytes.size() < 18 + 10 * m.feature_count() + 4 * m.entry_count());
  }
  // A version 1 section, written by hand: two features, scale 1.
  const FeatureKey a = feature_key(1, 1), b = feature_key(1, 2);
  const FeatureKey lo = std::min(a, b), hi = std::max(a, b);
  nlp::detail::BinaryWriter w;
  w.u16(1);
  w.u32(4);
  w.f32(1.0f);
  w.u32(2);
  w.u32(3);
  w.u64(lo);
  w.u64(hi);
  w.u16(1);
  w.u16(2);
  w.u16(3), w.i16(-7);        // lo: class 3
  w.u16(0), w.i16(5);         // hi: classes 0 and 2
  w.u16(2), w.i16(300);
  const PerceptronModel v1 = read_section(w.take());
  const FeatureKey both[] = {lo, hi};
  CHECK(section_scores(v1, both) == std::vector<std::int32_t>{5, 0, 300, -7});
  CHECK(section_scores(read_section(write_section(v1)), both) == std::vector<std::int32_t>{5, 0, 300, -7});
}

TEST_CASE("perceptron: damaged Elias-Fano keys are rejected", "[tagger]") {
  PerceptronTrainer p(5);
  for (std::uint32_t k = 0; k < 40; ++k) {
    const FeatureKey f = feature_key(3, k);
    p.update(std::span<const FeatureKey>(&f, 1), static_cast<int>(k % 5), 1.0f + static_cast<float>(k));
  }
  p.tick();
  const std::string good = write_section(p.average(0.0f));
  REQUIRE_NOTHROW(read_section(good));
  // Layout: u16 version, u32 classes, f32 scale, u32 features, u32 entries, then u8 low bits (at 18).
  constexpr std::size_t kLowBits = 18;
  const std::size_t low_bytes = (40 * static_cast<std::size_t>(static_cast<std::uint8_t>(good[kLowBits])) + 7) / 8;
  const std::size_t high_len = kLowBits + 1 + low_bytes, high = high_len + 4;
  const auto rejects = [](const std::string& bytes) {
    try {
      read_section(bytes);
    } catch (const ModelError& e) {
      return std::string(e.code()) == "E416" || std::string(e.code()) == "E411";
    }
    return false;
  };
  std::string bad = good;
  bad[kLowBits] = static_cast<char>(bad[kLowBits] + 1);
  CHECK(rejects(bad));  // low bit count that does not fit the key count
  std::size_t open = high;
  while (static_cast<std::uint8_t>(good[open]) == 0xff) ++open;
  bad = good;
  const auto byte = static_cast<std::uint8_t>(good[open]);
  bad[open] = static_cast<char>(byte | (byte + 1));  // an extra key (its lowest clear bit set)...
  REQUIRE(bad != good);
  CHECK(rejects(bad));
  std::size_t first = high;
  while (good[first] == 0) ++first;
  bad = good;
  bad[first] = static_cast<char>(bad[first] & (bad[first] - 1));  // ...or one key fewer
  CHECK(rejects(bad));
  bad = good;
  bad[high_len] = static_cast<char>(0xff);  // high part longer than 3 bits per key
  CHECK(rejects(bad));
}

TEST_CASE("perceptron: averaged trainers are pruned on their mean weight", "[tagger]") {
  const FeatureKey k = feature_key(5, 1), j = feature_key(5, 2);
  PerceptronTrainer a(2), b(2);
  a.update(std::span<const FeatureKey>(&k, 1), 0, 1.2f);  // mean 0.6: dropped at 1.0
  a.update(std::span<const FeatureKey>(&j, 1), 1, 0.8f);  // mean 1.1: kept at 1.0 (alone, 0.8 would not be)
  b.update(std::span<const FeatureKey>(&j, 1), 1, 1.4f);
  a.tick();
  b.tick();
  const PerceptronTrainer* both[] = {&a, &b};
  const PerceptronModel m = PerceptronTrainer::average_of(both, 1.0f);
  CHECK(m.feature_count() == 1);
  const FeatureKey kj[] = {k, j};
  const auto q = section_scores(m, kj);
  CHECK(q[0] == 0);
  CHECK(static_cast<float>(q[1]) * m.scale() == Approx(1.1).epsilon(1e-4));
}

TEST_CASE("tagger: sha256 matches the FIPS 180-4 test vectors", "[tagger]") {
  CHECK(train::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(train::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(train::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("tagger: the shipped model's lexicon is what scripts/wordnet/build_wordnet_tags.py writes from WordNet",
          "[tagger]") {
  // Reproducibility of models/tagger.model's lexicon section from Debian's wordnet-base.
  const fs::path wordnet = "/usr/share/wordnet";
  test::Prerequisites("WordNet lexicon check").file(wordnet / "index.noun").program("python3").require();
  test::TempDir dir;
  const fs::path tsv = dir.path() / "wordnet_tags.tsv";
  REQUIRE(test::run("python3 " + test::quoted(test::source_dir() / "scripts" / "wordnet" / "build_wordnet_tags.py") +
                    " --wordnet " + test::quoted(wordnet) + " -o " + test::quoted(tsv) + " 2>/dev/null") == 0);
  TaggerLexicon fresh = read_tagger_lexicon(tsv);
  TaggerLexicon shipped = tagger_lexicon_of(load_tagger_model(test::source_dir() / "models" / "tagger.model"));
  for (auto* lex : {&fresh, &shipped})
    for (auto& [word, tags] : *lex) std::sort(tags.begin(), tags.end());
  REQUIRE(shipped.size() == fresh.size());
  CHECK(shipped == fresh);
  CHECK(shipped.size() > 100000);
}
