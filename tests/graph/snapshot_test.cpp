// The binary snapshot (graph/snapshot.h): exact round trips, shards merged equal one build, and
// damaged or hostile files rejected with a ParseError.
#include <random>
#include <sstream>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/text.h"
#include "graph/path.h"
#include "graph/snapshot.h"
#include "graph_dump.h"
#include "graph_fixtures.h"
#include "query_text.h"
#include "support/test_support.h"

using namespace ergraph;
using core::EntityType;

namespace {

std::vector<core::Triple> corpus() {
  std::vector<core::Triple> ts;
  // Courts, sports, science, business; surnames ("Bush" is ambiguous once Laura Bush appears),
  // a hedged and a denied relation, dates, titles.
  ts.push_back(test::dated_triple({"George Bush", "veto", "Stem Cell Bill", "a1", 0, 0.8}, "2006-07-19", true));
  ts.push_back(test::dated_triple({"Bush", "meet", "Tony Blair", "a2", 1, 0.6}, "2006-07-20"));
  ts.push_back(test::dated_triple({"Laura Bush", "visit", "Dakar", "a3", 0, 0.7, EntityType::Person, EntityType::Gpe}, ""));
  ts.push_back(test::dated_triple({"Maria Cruz", "sue", "Lisbon Council", "c1", 2, 0.9}, "2024-01-10"));
  ts.push_back(test::dated_triple({"Cruz", "appeal", "Lisbon Council", "c2", 0, 0.5}, "2024-02-10"));
  core::Triple hedged = test::make_triple({"Helix Labs", "may-acquire", "Nordbank AG", "b1", 3, 0.4, EntityType::Org,
                                           EntityType::Org, {}, core::Polarity::Positive, core::Modality::Hedged, "Reuters"});
  hedged.factuality = core::Factuality::PossiblePos;
  ts.push_back(hedged);
  core::Triple denied = test::make_triple({"Helix Labs", "acquire", "Nordbank AG", "b2", 0, 0.7, EntityType::Org,
                                           EntityType::Org, {}, core::Polarity::Negative});
  denied.factuality = core::Factuality::CertainNeg;
  ts.push_back(denied);
  for (int i = 0; i < 7; ++i)
    ts.push_back(test::make_triple({"Seoul United", "beat", "Busan FC", "s" + std::to_string(i), 0, 0.3 + 0.05 * i}));
  return ts;
}

std::vector<core::EntityMention> mentions() {
  return {{{"Laura Bush", EntityType::Person, "Laura Bush", "exact"}, "a3", ""},
          {{"Ada Lovelace", EntityType::Person, "Lovelace", "surname"}, "d1", "1843-01-01"},  // no edge: pending
          {{"Ada Lovelace", EntityType::Person, "Ada Lovelace", "exact"}, "d2", ""}};
}

std::string snapshot_bytes(const graph::KnowledgeGraph& g, bool finalized = false) {
  std::ostringstream out;
  graph::write_snapshot(g, out, finalized);
  return out.str();
}

graph::Snapshot read_bytes(const test::TempDir& dir, const std::string& bytes) {
  const auto file = dir.path() / "g.snapshot";
  test::write_file(file, bytes);
  return graph::read_snapshot(file);
}

/// The raw graph of the triples and mentions whose document hashes to shard `i` of `n`.
graph::KnowledgeGraph shard(std::uint64_t i, std::uint64_t n) {
  graph::KnowledgeGraph g;
  for (const auto& t : corpus())
    if (core::fnv1a64(t.evidence.doc_id) % n == i) g.add(t);
  for (const auto& m : mentions())
    if (core::fnv1a64(m.doc_id) % n == i) g.add_mention(m);
  return g;
}

}  // namespace

TEST_CASE("snapshot: write -> read -> write is byte-identical, raw and finalized", "[graph][snapshot]") {
  test::TempDir dir;
  graph::KnowledgeGraph g = shard(0, 1);
  const std::string raw = snapshot_bytes(g);
  CHECK(raw.rfind("ERGSNAP\n", 0) == 0);
  auto back = read_bytes(dir, raw);
  CHECK_FALSE(back.finalized);
  CHECK(snapshot_bytes(back.graph) == raw);
  // Finalizing the read graph gives the graph finalized before writing.
  back.graph.finalize();
  g.finalize();
  CHECK(test::dump(back.graph, false) == test::dump(g, false));
  const std::string done = snapshot_bytes(g, true);
  auto again = read_bytes(dir, done);
  CHECK(again.finalized);
  CHECK(snapshot_bytes(again.graph, true) == done);
  CHECK(graph::is_snapshot(dir.path() / "g.snapshot"));
}

TEST_CASE("snapshot: shards merged equal one build, in any order and any shard count", "[graph][snapshot][merge]") {
  graph::KnowledgeGraph one = shard(0, 1);
  const std::string one_raw = snapshot_bytes(one);
  one.finalize();
  const std::string one_final = test::dump(one, false);
  test::TempDir dir;
  for (std::uint64_t n : {2u, 3u, 5u}) {
    for (bool reversed : {false, true}) {
      graph::KnowledgeGraph merged;
      for (std::uint64_t k = 0; k < n; ++k) {
        const std::uint64_t i = reversed ? n - 1 - k : k;
        // Through the file format, as `ergraph merge` does.
        merged.merge(read_bytes(dir, snapshot_bytes(shard(i, n))).graph);
      }
      INFO("shards: " << n << (reversed ? ", reversed" : ""));
      CHECK(snapshot_bytes(merged) == one_raw);
      merged.finalize();
      CHECK(test::dump(merged, false) == one_final);
    }
  }
  // The ambiguous surname stays apart in both (two Bush full names in the corpus).
  CHECK(one.find_node(graph::node_id("Bush", EntityType::Person)).has_value());
  CHECK_FALSE(one.find_node(graph::node_id("Cruz", EntityType::Person)).has_value());  // joined Maria Cruz
}

TEST_CASE("snapshot: damaged and hostile files are refused with a ParseError", "[graph][snapshot]") {
  test::TempDir dir;
  const std::string good = snapshot_bytes(shard(0, 1));
  const auto code_of = [&](const std::string& bytes) {
    try {
      read_bytes(dir, bytes);
    } catch (const ParseError& e) {
      return e.code();
    }
    return std::string("none");
  };
  CHECK(code_of(good) == "none");
  CHECK(code_of("") == "E522");
  CHECK(code_of("<graphml/>") == "E522");
  CHECK(code_of(good.substr(0, good.size() - 1)) == "E522");   // truncated: size mismatch
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x20;
  CHECK(code_of(flipped) == "E522");                          // checksum
  std::string version = good;
  version[8] = 9;
  CHECK(code_of(version) == "E522");
  // A valid checksum over a hostile payload: a string count of 2^32-1.
  std::string payload = good.substr(32);
  payload[0] = payload[1] = payload[2] = payload[3] = '\xFF';
  std::string header = good.substr(0, 24);
  const std::uint64_t sum = core::fnv1a64_words(payload);
  for (int i = 0; i < 8; ++i) header.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  CHECK(code_of(header + payload) == "E522");
  // A missing file is an I/O error.
  CHECK_THROWS_AS(graph::read_snapshot(dir.path() / "none.snapshot"), IoError);
}

TEST_CASE("snapshot: a repeated node or edge id is a ParseError naming it", "[graph][snapshot]") {
  test::TempDir dir;
  const graph::KnowledgeGraph g = shard(0, 1);
  const std::string good = snapshot_bytes(g);
  // The second id (in id order) written over with the first, in the string table; the checksum
  // made right again.
  const auto with_id_repeated = [&](const std::vector<std::string>& sorted_ids) {
    REQUIRE(sorted_ids.size() >= 2);
    REQUIRE(sorted_ids[0].size() == sorted_ids[1].size());
    std::string payload = good.substr(32);
    const auto at = payload.find(sorted_ids[1]);
    REQUIRE(at != std::string::npos);
    payload.replace(at, sorted_ids[1].size(), sorted_ids[0]);
    std::string bytes = good.substr(0, 24);
    const std::uint64_t sum = core::fnv1a64_words(payload);
    for (int i = 0; i < 8; ++i) bytes.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
    return bytes + payload;
  };
  const auto message_of = [&](const std::string& bytes) {
    try {
      read_bytes(dir, bytes);
    } catch (const ParseError& e) {
      return std::string(e.code()) + " " + e.what();
    }
    return std::string("none");
  };
  std::vector<std::string> node_ids, edge_ids;
  for (const auto n : g.nodes()) node_ids.push_back(g.node(n).id);
  for (const auto e : g.edges()) edge_ids.push_back(g.edge(e).id);
  const std::string nodes = message_of(with_id_repeated(node_ids));
  CHECK(nodes.rfind("E522", 0) == 0);
  CHECK(nodes.find("duplicate node id " + node_ids[0]) != std::string::npos);
  const std::string edges = message_of(with_id_repeated(edge_ids));
  CHECK(edges.rfind("E522", 0) == 0);
  CHECK(edges.find("duplicate edge id " + edge_ids[0]) != std::string::npos);
}

TEST_CASE("snapshot: a version-1 file (checksum over bytes) is still read", "[graph][snapshot]") {
  test::TempDir dir;
  const std::string good = snapshot_bytes(shard(0, 1));
  std::string v1 = good.substr(0, 24);
  v1[8] = 1;
  const std::string payload = good.substr(32);
  const std::uint64_t sum = core::fnv1a64(payload);
  for (int i = 0; i < 8; ++i) v1.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  v1 += payload;
  CHECK(snapshot_bytes(read_bytes(dir, v1).graph) == good);
  // The same bytes with the version-2 checksum are refused as version 1.
  std::string wrong = good;
  wrong[8] = 1;
  CHECK_THROWS_AS(read_bytes(dir, wrong), ParseError);
}

namespace {

/// A random resolved graph with hubs, parallel and reversed edges, CONCEPT nodes shared by
/// articles, denied and hedged relations and dates (fixed seed).
graph::KnowledgeGraph random_graph(unsigned seed) {
  std::mt19937 rng(seed);
  const char* relations[] = {"meet", "sue", "sign-with", "beat", "fund", "criticize"};
  const EntityType types[] = {EntityType::Person, EntityType::Org, EntityType::Gpe, EntityType::Concept};
  graph::KnowledgeGraph g;
  for (int k = 0; k < 160; ++k) {
    const int a = static_cast<int>(rng() % 40), b = static_cast<int>(rng() % 40);
    if (a == b) continue;
    const auto ta = types[a % 4], tb = types[b % 4];
    const std::string doc = "doc" + std::to_string(rng() % 12);
    core::Triple t = test::dated_triple({"Node " + std::to_string(a), relations[rng() % 6], "Node " + std::to_string(b),
                                         doc, static_cast<std::uint32_t>(rng() % 5), 0.2 + 0.1 * static_cast<double>(rng() % 8), ta, tb},
                                        "2024-0" + std::to_string(1 + rng() % 9) + "-10");
    if (rng() % 7 == 0) t.polarity = core::Polarity::Negative, t.factuality = core::Factuality::CertainNeg;
    if (rng() % 5 == 0) t.modality = core::Modality::Hedged, t.factuality = core::Factuality::PossiblePos;
    g.add(t);
  }
  g.finalize();
  return g;
}

}  // namespace

TEST_CASE("snapshot index: queries read only what they need and answer as the whole graph does", "[graph][snapshot]") {
  test::TempDir dir;
  // Three random graphs; one under the sanitizers (test::kSanitized: 44 s for three there).
  const std::vector<unsigned> seeds = test::kSanitized ? std::vector<unsigned>{1} : std::vector<unsigned>{1, 2, 3};
  for (const unsigned seed : seeds) {
    const graph::KnowledgeGraph full = random_graph(seed);
    const auto file = dir.path() / "g.index";
    test::write_file(file, snapshot_bytes(full, true));
    CHECK(graph::is_finalized_snapshot(file));
    const auto index = graph::SnapshotIndex::open(file);
    REQUIRE(index.finalized());
    REQUIRE(index.node_count() == full.node_count());
    REQUIRE(index.edge_count() == full.edge_count());
    std::vector<graph::PathOptions> variants(6);
    variants[1].k = 3;
    variants[2].cost = graph::PathCost::Confidence;
    variants[2].k = 2;
    variants[3].directed = true;
    variants[4].asserted_only = true;
    variants[4].max_hops = 3;
    variants[5].relations = {"^(meet|fund)$"};
    variants[5].node_types = {EntityType::Person, EntityType::Org};
    std::size_t found = 0, read_less = 0;
    for (graph::NodeIndex a = 0; a < full.node_count(); a += 4)
      for (graph::NodeIndex b = 1; b < full.node_count(); b += 5)
        for (const auto& opts : variants) {
          graph::KnowledgeGraph part = index.nodes();
          const auto want = graph::shortest_paths(full, a, b, opts);
          const auto got = graph::shortest_paths(index, part, a, b, opts);
          INFO("seed " << seed << " from " << full.node(a).id << " to " << full.node(b).id << " k " << opts.k);
          CHECK(test::paths_text(part, got) == test::paths_text(full, want));
          found += !want.empty();
          read_less += part.edge_count() < full.edge_count();
        }
    INFO("seed " << seed << ": " << found << " queries found a path, " << read_less << " read a part");
    CHECK(found > 50);       // the comparison saw real paths
    CHECK(read_less > 100);  // and most queries read a part of the edges
    for (graph::NodeIndex a = 0; a < full.node_count(); a += 5)
      for (const int depth : {1, 2}) {
        graph::KnowledgeGraph part = index.nodes();
        graph::PathOptions opts;
        opts.asserted_only = depth == 2;
        CHECK(test::neighbors_text(part, graph::neighborhood(index, part, a, depth, opts)) ==
              test::neighbors_text(full, graph::neighborhood(full, a, depth, opts)));
      }
  }
}

TEST_CASE("snapshot index: damaged files are refused as by read_snapshot", "[graph][snapshot]") {
  test::TempDir dir;
  const std::string good = snapshot_bytes(random_graph(4), true);
  const auto file = dir.path() / "g.index";
  const auto code_of = [&](const std::string& bytes) {
    test::write_file(file, bytes);
    try {
      (void)graph::SnapshotIndex::open(file);
    } catch (const ParseError& e) {
      return e.code();
    }
    return std::string("none");
  };
  CHECK(code_of(good) == "none");
  CHECK(code_of("") == "E522");
  CHECK(code_of(good.substr(0, good.size() - 1)) == "E522");
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x20;
  CHECK(code_of(flipped) == "E522");
  // A valid checksum over a hostile payload: a count (the last field, pending mentions) far
  // beyond the bytes left.
  std::string payload = good.substr(32);
  payload[payload.size() - 1] ^= 0x7F;
  std::string header = good.substr(0, 24);
  const std::uint64_t sum = core::fnv1a64_words(payload);
  for (int i = 0; i < 8; ++i) header.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  CHECK(code_of(header + payload) == "E522");
  CHECK_THROWS_AS(graph::SnapshotIndex::open(dir.path() / "none.index"), IoError);
  // An unresolved snapshot is no index.
  test::write_file(file, snapshot_bytes(shard(0, 1)));
  CHECK_FALSE(graph::is_finalized_snapshot(file));
}
