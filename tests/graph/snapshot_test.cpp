// The binary snapshot (graph/snapshot.h): exact round trips, shards merged equal one build, and
// damaged or hostile files rejected with a ParseError.
#include <sstream>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/text.h"
#include "graph/snapshot.h"
#include "graph_dump.h"
#include "graph_fixtures.h"
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
  const std::uint64_t sum = core::fnv1a64(payload);
  for (int i = 0; i < 8; ++i) header.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
  CHECK(code_of(header + payload) == "E522");
  // A missing file is an I/O error.
  CHECK_THROWS_AS(graph::read_snapshot(dir.path() / "none.snapshot"), IoError);
}
