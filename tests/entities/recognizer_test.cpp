// The trained entity recognizer (entities/recognizer.h): the model file (round trip, damage and
// old versions rejected), BILOU decoding (Viterbi is exact and only ever yields well-formed
// label sequences; spans of labels), document features, and a hand-weighted model end to end.
// Training itself is tested in tests/train/ner_trainer_test.cpp.
#include "entities/recognizer.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "entities/gazetteer.h"
#include "entities/detail/ner_features.h"
#include "nlp/perceptron.h"
#include "support/test_support.h"

namespace {

using namespace ergraph;
using namespace ergraph::entities;
namespace d = ergraph::entities::detail;

// A model from weights given as feature -> class -> weight (keys ascending, as from_tables wants).
using WeightMap = std::map<nlp::FeatureKey, std::map<std::uint16_t, std::int16_t>>;
nlp::PerceptronModel model_of(const WeightMap& w, int classes) {
  std::vector<nlp::FeatureKey> keys;
  std::vector<std::uint32_t> begins{0};
  std::vector<nlp::PerceptronModel::Entry> entries;
  for (const auto& [key, cls] : w) {
    keys.push_back(key);
    for (const auto& [c, x] : cls) entries.push_back({c, x});
    begins.push_back(static_cast<std::uint32_t>(entries.size()));
  }
  return nlp::PerceptronModel::from_tables(classes, 0.01f, keys, begins, entries);
}

// A one-sentence document of space-separated words (untagged).
nlp::Document sentence_doc(const std::vector<std::string>& words) {
  nlp::Document doc;
  for (const auto& w : words) doc.append_token(w);
  doc.sentences.push_back({0, static_cast<std::uint32_t>(doc.tokens.size())});
  return doc;
}

// A model over PER/ORG/LOC whose only weights say: the word "paris" (any case) is U-LOC, the
// word "acme" begins an ORG and the word "corp" ends one, a word before "said" is O, a word after
// "Mr" is U-PER, and O is the default.
RecognizerModel hand_model() {
  RecognizerModel m;
  m.feature_set = d::kNerFeatureSet;
  m.hyper.features = 0;  // no document consistency unless a test turns it on
  m.types = {"PER", "ORG", "LOC"};
  m.caps = {{d::lower_hash("paris"), static_cast<std::uint8_t>(5)}, {d::lower_hash("the"), static_cast<std::uint8_t>(1 + 8)}};
  std::sort(m.caps.begin(), m.caps.end());
  struct W {
    nlp::FeatureKey key;
    std::uint16_t cls;
    std::int16_t weight;
  };
  std::vector<W> ws = {
      {nlp::feature_key(0, 1), static_cast<std::uint16_t>(d::kNerO), 10},
      {nlp::feature_key(2, d::lower_hash("paris")), static_cast<std::uint16_t>(d::ner_label(2, 3)), 100},
      {nlp::feature_key(2, d::lower_hash("acme")), static_cast<std::uint16_t>(d::ner_label(1, 0)), 100},
      {nlp::feature_key(2, d::lower_hash("corp")), static_cast<std::uint16_t>(d::ner_label(1, 2)), 100},
      // a word before "said" is O; a word after "mr" is U-PER
      {nlp::feature_key(4, d::lower_hash("said")), static_cast<std::uint16_t>(d::kNerO), 300},
      {nlp::feature_key(3, d::lower_hash("mr")), static_cast<std::uint16_t>(d::ner_label(0, 3)), 300},
  };
  std::sort(ws.begin(), ws.end(), [](const W& a, const W& b) { return a.key != b.key ? a.key < b.key : a.cls < b.cls; });
  std::vector<nlp::FeatureKey> keys;
  std::vector<std::uint32_t> begins{0};
  std::vector<nlp::PerceptronModel::Entry> entries;
  for (const auto& w : ws) {
    if (keys.empty() || keys.back() != w.key) {
      if (!keys.empty()) begins.push_back(static_cast<std::uint32_t>(entries.size()));
      keys.push_back(w.key);
    }
    entries.push_back({w.cls, w.weight});
  }
  begins.push_back(static_cast<std::uint32_t>(entries.size()));
  m.weights = nlp::PerceptronModel::from_tables(13, 0.01f, keys, begins, entries);
  m.sources.push_back(nlp::TrainingSource{});
  m.sources.back().name = "hand-made";
  return m;
}

std::string code_of(const std::string& bytes) {
  std::string where;
  return test::error_code_of([&] { parse_recognizer_model(bytes, "ner.model"); }, where);
}

bool well_formed(const std::vector<int>& labels) {
  int prev = -1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!d::ner_allowed(prev, labels[i], i + 1 == labels.size())) return false;
    prev = labels[i];
  }
  return true;
}

}  // namespace

TEST_CASE("recognizer model: serialize, parse and serialize again gives the same bytes", "[recognizer]") {
  const auto m = hand_model();
  const std::string bytes = serialize_recognizer_model(m);
  const auto back = parse_recognizer_model(bytes, "ner.model");
  CHECK(back.types == m.types);
  CHECK(back.caps == m.caps);
  CHECK(back.hyper.decoder == m.hyper.decoder);
  CHECK(back.hyper.features == m.hyper.features);
  CHECK(back.weights.feature_count() == m.weights.feature_count());
  CHECK(serialize_recognizer_model(back) == bytes);

  auto other = m;
  other.hyper.decoder = kNerGreedy;
  other.hyper.features = d::kNerOptDocCase;
  const auto back2 = parse_recognizer_model(serialize_recognizer_model(other), "ner.model");
  CHECK(back2.hyper.decoder == kNerGreedy);
  CHECK(back2.hyper.features == d::kNerOptDocCase);
}

TEST_CASE("recognizer model: damaged, truncated, foreign and old files are rejected", "[recognizer]") {
  const std::string bytes = serialize_recognizer_model(hand_model());
  CHECK(code_of(bytes) == "none");
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x20);
  CHECK(code_of(flipped) != "none");
  for (std::size_t cut : {std::size_t{3}, std::size_t{20}, bytes.size() / 2, bytes.size() - 1})
    CHECK(code_of(bytes.substr(0, cut)) != "none");
  CHECK(code_of("ERGTAG" + bytes.substr(6)) == "E412");
  std::string v1 = bytes;
  v1[6] = 1;  // u16 version, little endian, right after the magic
  v1[7] = 0;
  CHECK(code_of(v1) == "E413");
  CHECK(code_of(bytes + "x") != "none");
  // The checksum is over every byte: a changed type name is caught.
  std::string renamed = bytes;
  const auto at = renamed.find("LOC");
  REQUIRE(at != std::string::npos);
  renamed[at] = 'X';
  CHECK(code_of(renamed) == "E417");
}

TEST_CASE("recognizer model: file round trip through save and load", "[recognizer]") {
  const auto dir = std::filesystem::temp_directory_path() / "ergraph_recognizer_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "ner.model";
  save_recognizer_model(hand_model(), path);
  const auto loaded = load_recognizer_model(path);
  CHECK(serialize_recognizer_model(loaded) == serialize_recognizer_model(hand_model()));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Viterbi decoding finds the best well-formed label sequence", "[recognizer]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> dist(-50, 50);
  const int classes = 13;
  for (int trial = 0; trial < 40; ++trial) {
    const std::size_t n = 1 + static_cast<std::size_t>(trial % 3);
    std::vector<std::vector<std::int64_t>> e(n, std::vector<std::int64_t>(classes));
    std::vector<std::vector<std::int64_t>> t(classes + 1, std::vector<std::int64_t>(classes));
    for (auto& row : e)
      for (auto& v : row) v = dist(rng);
    for (auto& row : t)
      for (auto& v : row) v = dist(rng);
    const auto emit = [&](std::size_t i, std::int64_t* out) {
      for (int c = 0; c < classes; ++c) out[c] = e[i][static_cast<std::size_t>(c)];
    };
    const auto trans = [&](std::size_t, int prev, std::int64_t* out) {
      for (int c = 0; c < classes; ++c) out[c] += t[static_cast<std::size_t>(prev + 1)][static_cast<std::size_t>(c)];
    };
    const auto labels = d::ner_viterbi<std::int64_t>(n, classes, emit, trans);
    REQUIRE(labels.size() == n);
    CHECK(well_formed(labels));
    const auto score = [&](const std::vector<int>& ls) {
      std::int64_t s = 0;
      int prev = -1;
      for (std::size_t i = 0; i < ls.size(); ++i) {
        s += e[i][static_cast<std::size_t>(ls[i])] + t[static_cast<std::size_t>(prev + 1)][static_cast<std::size_t>(ls[i])];
        prev = ls[i];
      }
      return s;
    };
    // Brute force over every sequence: none well-formed scores higher.
    std::int64_t best = std::numeric_limits<std::int64_t>::lowest();
    std::vector<int> ls(n, 0);
    std::function<void(std::size_t)> all = [&](std::size_t i) {
      if (i == n) {
        if (well_formed(ls)) best = std::max(best, score(ls));
        return;
      }
      for (int c = 0; c < classes; ++c) {
        ls[i] = c;
        all(i + 1);
      }
    };
    all(0);
    CHECK(score(labels) == best);
  }
}

TEST_CASE("spans of BILOU labels", "[recognizer]") {
  const int B = d::ner_label(0, 0), I = d::ner_label(0, 1), L = d::ner_label(0, 2), U = d::ner_label(0, 3);
  const int UL = d::ner_label(2, 3), O = d::kNerO;
  using Spans = std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, int>>;
  CHECK(spans_of_labels({O, B, I, L, O, UL}) == Spans{{{1, 4}, 0}, {{5, 6}, 2}});
  CHECK(spans_of_labels({U, U}) == Spans{{{0, 1}, 0}, {{1, 2}, 0}});
  // Ill-formed runs are closed where they break.
  CHECK(spans_of_labels({B, O, L}) == Spans{{{0, 1}, 0}, {{2, 3}, 0}});
  CHECK(spans_of_labels({B, I}) == Spans{{{0, 2}, 0}});
  CHECK(spans_of_labels({}).empty());
  CHECK(d::ner_allowed(-1, B, false));
  CHECK_FALSE(d::ner_allowed(-1, B, true));
  CHECK_FALSE(d::ner_allowed(B, O, false));
  CHECK_FALSE(d::ner_allowed(B, d::ner_label(1, 2), false));
  CHECK_FALSE(d::ner_allowed(-1, I, false));
}

TEST_CASE("a hand-weighted recognizer finds its names, well formed, in a document", "[recognizer]") {
  const EntityRecognizer r(hand_model(), nullptr, nlp::Lexicon{});
  REQUIRE(r.types().size() == 3);
  auto doc = sentence_doc({"I", "flew", "to", "Paris", "for", "Acme", "Big", "Corp", "."});
  const auto spans = r.recognize(doc);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].first == 3);
  CHECK(spans[0].last == 4);
  CHECK(r.types()[spans[0].type] == "LOC");
  CHECK(spans[1].first == 5);
  CHECK(spans[1].last == 8);
  CHECK(r.types()[spans[1].type] == "ORG");
  CHECK(well_formed(r.label_sentence(doc, doc.sentences[0])));
  // "Acme" at the very end cannot open a name that never ends: decoding stays well formed.
  auto open = sentence_doc({"see", "acme"});
  const auto labels = r.label_sentence(open, open.sentences[0]);
  CHECK(well_formed(labels));
  CHECK(labels[1] != d::ner_label(1, 0));
}

// Sentences of one document, each a list of words.
nlp::Document document(const std::vector<std::vector<std::string>>& sentences) {
  nlp::Document doc;
  for (const auto& words : sentences) {
    const auto first = static_cast<std::uint32_t>(doc.tokens.size());
    for (const auto& w : words) doc.append_token(w);
    doc.sentences.push_back({first, static_cast<std::uint32_t>(doc.tokens.size())});
  }
  return doc;
}

std::vector<std::string> typed_spans(const EntityRecognizer& r, const nlp::Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : r.recognize(doc))
    out.push_back(std::to_string(s.sentence) + ":" + std::to_string(s.first) + "-" + std::to_string(s.last) + " " +
                  r.types()[s.type]);
  return out;
}

TEST_CASE("document consistency: one type per name, missed occurrences recognized", "[recognizer]") {
  const auto doc = document({{"Paris", "is", "nice", "."}, {"Mr", "Paris", "came", "."}, {"Paris", "said", "so", "."},
                             {"I", "saw", "Paris", "."}});
  auto plain = hand_model();
  const EntityRecognizer r0(plain, nullptr, nlp::Lexicon{});
  CHECK(typed_spans(r0, doc) == std::vector<std::string>{"0:0-1 LOC", "1:5-6 PER", "3:14-15 LOC"});
  auto retype = hand_model();
  retype.hyper.features = d::kNerOptRetype;
  const EntityRecognizer r1(retype, nullptr, nlp::Lexicon{});
  CHECK(typed_spans(r1, doc) == std::vector<std::string>{"0:0-1 LOC", "1:5-6 LOC", "3:14-15 LOC"});
  auto both = hand_model();
  both.hyper.features = d::kNerOptRetype | d::kNerOptPropagate;
  const EntityRecognizer r2(both, nullptr, nlp::Lexicon{});
  CHECK(typed_spans(r2, doc) == std::vector<std::string>{"0:0-1 LOC", "1:5-6 LOC", "2:8-9 LOC", "3:14-15 LOC"});
  // Lower-case words are never added: "paris" stays O.
  const auto lower = document({{"Paris", "is", "nice", "."}, {"paris", "said", "so", "."}});
  CHECK(typed_spans(r2, lower) == std::vector<std::string>{"0:0-1 LOC"});
}

TEST_CASE("document statistics count how a word is written elsewhere", "[recognizer]") {
  auto doc = sentence_doc({"Apple", "said", "that", "Tim", "Cook", "met", "apple", "growers", "."});
  d::NerDocStats stats;
  stats.add(doc, doc.sentences[0]);
  const auto apple = stats.get(d::lower_hash("apple"));
  CHECK(apple.lower == 1);
  CHECK(apple.capitalized == 0);  // sentence-initial: not counted as capitalized
  const auto cook = stats.get(d::lower_hash("Cook"));
  CHECK(cook.capitalized == 1);
  CHECK(cook.in_run == 1);
  CHECK(stats.get(d::lower_hash("nothing")).lower == 0);
  // Words seen elsewhere get a document value; the padding and a word without a document differ.
  std::vector<d::NerWord> with, without;
  d::NerResources res;
  d::ner_context(doc, doc.sentences[0], res, with, &stats);
  d::ner_context(doc, doc.sentences[0], res, without, nullptr);
  CHECK(with[2].doc != 0);
  CHECK(without[2].doc == 0);
  CHECK(with[2].doc != with[2 + 6].doc);  // "Apple" (lower case elsewhere) vs "apple" (initial elsewhere)
}

TEST_CASE("emission features with every template fit half the buffer, so domain copies fit it all", "[recognizer]") {
  auto doc = sentence_doc({"Mr", "Lisa", "Kerala", "met", "Palo", "Alto", "officials", "."});
  std::istringstream in(
      "# ergraph gazetteer v1\nKerala\tKerala (IN-KL)\tGPE\nPalo Alto\tPalo Alto\tPLACE\nLisa\tLisa\tFIRSTNAME\n");
  const auto gaz = ergraph::entities::Gazetteer::parse(in, "g.tsv");
  d::NerDocStats stats;
  stats.add(doc, doc.sentences[0]);
  d::NerResources res;
  res.gazetteer = &gaz;
  res.options = d::kNerOptAll;
  std::vector<d::NerWord> ctx;
  d::ner_context(doc, doc.sentences[0], res, ctx, &stats);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    nlp::FeatureKey feats[d::kMaxNerFeatures];
    const int n = d::ner_emission_features(&ctx[i + 2], feats, res.options);
    INFO("word " << i << ": " << n << " features");
    CHECK(n <= d::kMaxNerFeatures / 2);
    const int with_copies = d::ner_domain_copies(feats, n, d::kNerDomainGum);
    CHECK(with_copies == 2 * n);
    CHECK(feats[n] != feats[0]);  // a copy is a feature of its own
    CHECK(d::ner_domain_copies(feats, n, d::kNerDomainNone) == n);
  }
  CHECK(ctx[2 + 2].kinds != 0);  // "Kerala": a gazetteer kind
  CHECK(ctx[2 + 4].kinds != 0);  // "Palo Alto": a place
  CHECK(ctx[2 + 3].kinds == 0);  // "met"
}

TEST_CASE("the word lists indexed together give each word the bits of a search per list", "[recognizer]") {
  const nlp::WordList titles("titles", {"Mr", "President", "Dr"});
  const nlp::WordList roles("roles", {"President", "minister"});
  const nlp::WordList empty;
  const std::vector<const nlp::WordList*> lists = {&titles, nullptr, &roles, &empty};
  const d::NerListBits bits(lists);
  CHECK(bits.of("Mr") == 1);
  CHECK(bits.of("President") == (1 | 4));
  CHECK(bits.of("minister") == 4);
  CHECK(bits.of("Minister") == 0);  // exact forms, as WordList::contains
  CHECK(bits.of("") == 0);
  auto doc = sentence_doc({"President", "Lisa", "met", "the", "minister", "and", "Dr", "Mr", "."});
  d::NerResources res;
  res.lists = lists;
  std::vector<d::NerWord> searched, indexed;
  d::ner_context(doc, doc.sentences[0], res, searched);
  res.list_bits = &bits;
  d::ner_context(doc, doc.sentences[0], res, indexed);
  REQUIRE(searched.size() == indexed.size());
  for (std::size_t i = 0; i < searched.size(); ++i) CHECK(searched[i].lists == indexed[i].lists);
  CHECK(searched[2].lists != searched[3].lists);  // "President" and "Lisa" differ
}

TEST_CASE("memoized transition scores equal the direct sums, also past the memo's size", "[recognizer]") {
  // A model with random weights on every transition template for a handful of values.
  std::mt19937_64 rng(7);
  const int classes = 13;
  WeightMap w;
  const std::vector<std::uint32_t> templates = {22, 24, 25, 26, 42, 65, 66, 67, 72};
  for (std::uint32_t t : templates)
    for (std::uint64_t v = 0; v < 6; ++v)
      for (int prev = -1; prev < classes; ++prev) {
        const std::uint64_t pv = prev < 0 ? d::kNerStart : static_cast<std::uint64_t>(prev);
        for (int k = 0; k < 1 + static_cast<int>(rng() % 20); ++k)  // 1 to 20 weights: inline, list, dense
          w[nlp::feature_key(t, pv, v)][static_cast<std::uint16_t>(rng() % classes)] =
              static_cast<std::int16_t>(static_cast<int>(rng() % 2001) - 1000);
      }
  const auto model = model_of(w, classes);
  std::vector<std::int32_t> sums((classes + 1) * classes);
  const auto check_word = [&](d::NerTransitionMemo& memo, const d::NerWord* cur) {
    d::NerTransitionPart parts[d::kMaxNerTransitionFeatures];
    const int n = d::ner_transition_parts(cur, parts, d::kNerOptAll);
    memo.word(parts, n, sums.data());
    for (int prev = -1; prev < classes; ++prev) {
      nlp::FeatureKey f[d::kMaxNerTransitionFeatures];
      const int m = d::ner_transition_features(cur, prev < 0 ? d::kNerStart : static_cast<std::uint64_t>(prev), f, d::kNerOptAll);
      REQUIRE(m == n);
      std::int32_t direct[classes] = {};
      model.add_scores({f, static_cast<std::size_t>(m)}, direct);
      const std::int32_t* row = &sums[static_cast<std::size_t>(prev < 0 ? classes : prev) * classes];
      for (int c = 0; c < classes; ++c) REQUIRE(row[c] == direct[c]);
    }
  };
  // Words whose attributes take the values the weights know (and some they do not).
  d::NerWord ctx[3];
  const auto random_words = [&] {
    for (auto& x : ctx) {
      x.lower = rng() % 8, x.shape = rng() % 8, x.xpos = rng() % 8, x.short_shape = rng() % 8;
      x.caps = rng() % 8, x.kinds = rng() % 8;
    }
  };
  d::NerTransitionMemo memo(model);
  for (int round = 0; round < 300; ++round) {
    random_words();
    check_word(memo, &ctx[1]);
  }
  // A memo filled past kMaxBlocks with other values: what it meets next is scored without being
  // kept, and still right.
  d::NerTransitionMemo full(model);
  for (std::size_t k = 0; k < d::NerTransitionMemo::kMaxBlocks / 3 + 10; ++k) {
    for (auto& x : ctx) x.lower = 100 + 3 * k + static_cast<std::uint64_t>(&x - ctx);
    d::NerTransitionPart parts[d::kMaxNerTransitionFeatures];
    full.word(parts, d::ner_transition_parts(&ctx[1], parts, d::kNerOptAll), sums.data());
  }
  for (int round = 0; round < 100; ++round) {
    random_words();
    check_word(full, &ctx[1]);
  }
}

TEST_CASE("domain weights folded into one table score exactly as features plus their copies", "[recognizer]") {
  // Random bases; each has a web copy, a GUM copy, both or neither; some copies are orphans (their
  // base is not in the model); some web copies cancel their base exactly.
  std::mt19937_64 rng(11);
  const int classes = 13;
  WeightMap w;
  const auto weights = [&](nlp::FeatureKey key, int count) {
    for (int k = 0; k < count; ++k)
      w[key][static_cast<std::uint16_t>(rng() % classes)] = static_cast<std::int16_t>(static_cast<int>(rng() % 2001) - 1000);
  };
  std::vector<nlp::FeatureKey> bases, absent;
  for (std::uint64_t v = 1; v <= 400; ++v) {
    const nlp::FeatureKey f = nlp::feature_key(3, v);
    const int kind = static_cast<int>(rng() % 6);
    if (kind == 5) {  // orphan copies: the base was pruned
      absent.push_back(f);
      weights(d::ner_domain_copy(f, d::kNerDomainWeb), 1 + static_cast<int>(rng() % 13));
      if (rng() % 2) weights(d::ner_domain_copy(f, d::kNerDomainGum), 2);
      continue;
    }
    bases.push_back(f);
    weights(f, 1 + static_cast<int>(rng() % 13));  // 1 to 13 weights: inline, list, dense
    if (kind == 1 || kind == 3) weights(d::ner_domain_copy(f, d::kNerDomainWeb), 1 + static_cast<int>(rng() % 13));
    if (kind == 2 || kind == 3) weights(d::ner_domain_copy(f, d::kNerDomainGum), 1 + static_cast<int>(rng() % 13));
    if (kind == 4)  // a web copy that cancels the base: folded, the feature has no weights left
      for (const auto& [c, x] : w[f]) w[d::ner_domain_copy(f, d::kNerDomainWeb)][c] = static_cast<std::int16_t>(-x);
  }
  for (std::uint64_t v = 1000; v < 1100; ++v) absent.push_back(nlp::feature_key(3, v));  // unknown, no copies
  const auto build = [&] { return model_of(w, classes); };
  const auto check = [&](const nlp::PerceptronModel& model, int rounds) {
    for (const std::uint32_t domain : {d::kNerDomainWeb, d::kNerDomainGum}) {
      const auto folded = d::fold_domain(model, domain);
      CHECK(folded->merged.feature_count() < model.feature_count());
      for (int round = 0; round < rounds; ++round) {
        nlp::FeatureKey feats[d::kMaxNerFeatures];
        const int n = 1 + static_cast<int>(rng() % (d::kMaxNerFeatures / 2));
        for (int k = 0; k < n; ++k) feats[k] = rng() % 3 == 0 ? absent[rng() % absent.size()] : bases[rng() % bases.size()];
        if (round % 2) feats[0] = bases[round % 4 < 2 ? 0 : 1];
        std::int32_t want[classes] = {}, got[classes] = {};
        folded->add_scores(feats, n, got);
        const int both = d::ner_domain_copies(feats, n, domain);
        model.add_scores({feats, static_cast<std::size_t>(both)}, want);
        for (int c = 0; c < classes; ++c) REQUIRE(got[c] == want[c]);
      }
    }
  };
  check(build(), 500);
  // Bases and copies whose sums do not fit int16 (one class of a dense row, an inline weight):
  // those copies are kept apart and still scored.
  const nlp::FeatureKey big = bases[0], small = bases[1];
  w[big][0] = 30000;
  w[d::ner_domain_copy(big, d::kNerDomainWeb)][0] = 30000;
  w[small].clear();
  w[small][3] = -20000;
  w[d::ner_domain_copy(small, d::kNerDomainWeb)] = {{3, -20000}, {5, 7}};
  const auto overflowing = build();
  CHECK(d::fold_domain(overflowing, d::kNerDomainWeb)->unfolded == std::vector<nlp::FeatureKey>{std::min(big, small), std::max(big, small)});
  CHECK(d::fold_domain(overflowing, d::kNerDomainGum)->unfolded.empty());
  check(overflowing, 300);
}
