// Whole-graph statistics, merging separately built graphs, and diffs (graph/analysis.h,
// KnowledgeGraph::merge). Entities from sports, business and science.
#include <catch2/catch.hpp>

#include "graph/analysis.h"
#include "graph_dump.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;

namespace {

graph::KnowledgeGraph build(const std::vector<core::Triple>& ts) {
  graph::KnowledgeGraph g;
  for (const auto& t : ts) g.add(t);
  g.finalize();
  return g;
}

core::Triple T(const test::TripleSpec& s, const std::string& date = "") { return test::dated_triple(s, date); }

std::vector<core::Triple> league() {
  return {T({"Lena Park", "coach", "Seoul United", "s1"}, "2024-03-01"),
          T({"Seoul United", "beat", "Busan FC", "s2"}, "2024-03-08"),
          T({"Seoul United", "beat", "Incheon FC", "s3"}, "2024-03-15"),
          T({"Seoul United", "sign", "Ji Kim", "s4"}),
          T({"Marta Ruiz", "found", "Helix Labs", "b1"}),  // a second component
          T({"Marta Ruiz", "found", "Helix Labs", "b2"})};
}

const std::string& label(const graph::KnowledgeGraph& g, graph::NodeIndex n) { return g.node(n).label; }

}  // namespace

TEST_CASE("analysis: stats count types, triples, components, degree and PageRank", "[graph][analysis]") {
  const auto g = build(league());
  const auto s = graph::compute_stats(g, 3);
  CHECK(s.nodes == 7);
  CHECK(s.edges == 5);
  CHECK(s.triples == 6);
  CHECK(s.documents == 6);
  CHECK(s.by_type.at(EntityType::Person) == 7);
  CHECK(s.components == 2);
  CHECK(s.largest_component == 5);
  CHECK(s.max_degree == 4);
  CHECK(s.mean_degree == Approx(10.0 / 7.0));
  CHECK(s.isolated == 0);
  REQUIRE(s.top_degree.size() == 3);
  CHECK(label(g, s.top_degree[0].node) == "Seoul United");
  // Seoul United points at three clubs and a player; Helix Labs only receives. Nodes pointed at
  // by the hub rank above it, the lone coach lowest.
  REQUIRE(s.top_pagerank.size() == 3);
  double sum = 0;
  for (const auto& r : graph::compute_stats(g, 100).top_pagerank) sum += r.score;
  CHECK(sum == Approx(1.0).epsilon(1e-4));
  CHECK(label(g, s.top_pagerank[0].node) == "Helix Labs");
  REQUIRE(s.top_relations.size() == 3);
  CHECK(s.top_relations[0].relation == "beat");  // 2 triples, 2 edges; "found" 2 triples, 1 edge
  CHECK(s.top_relations[1].relation == "found");
  CHECK(s.first_day == "2024-03-01");
  CHECK(s.last_day == "2024-03-15");
}

TEST_CASE("analysis: stats of an empty graph", "[graph][analysis]") {
  const auto s = graph::compute_stats(graph::KnowledgeGraph(), 5);
  CHECK(s.nodes == 0);
  CHECK(s.components == 0);
  CHECK(s.top_pagerank.empty());
}

TEST_CASE("merge: two graphs merged in either order equal the graph built from all triples", "[graph][merge]") {
  const auto all = league();
  const std::vector<core::Triple> first(all.begin(), all.begin() + 3), second(all.begin() + 2, all.end());
  // The third triple is in both halves: it counts twice in a merge, as documented.
  graph::KnowledgeGraph ab, ba;
  ab.merge(build(first));
  ab.merge(build(second));
  ab.finalize();
  ba.merge(build(second));
  ba.merge(build(first));
  ba.finalize();
  CHECK(test::dump(ab, false) == test::dump(ba, false));
  std::vector<core::Triple> with_overlap = first;
  with_overlap.insert(with_overlap.end(), second.begin(), second.end());
  CHECK(test::dump(ab, false) == test::dump(build(with_overlap), false));
  // Counts add up, documents and dates are united, evidence kept.
  const auto united = *ab.find_node(graph::node_id("Seoul United", EntityType::Person));
  for (auto e : ab.out_edges(united))
    if (ab.node(ab.target(e)).label == "Incheon FC") {
      CHECK(ab.edge(e).count == 2);
      CHECK(ab.edge(e).dates == std::set<std::string>{"2024-03-15"});
      CHECK(ab.edge(e).evidence.size() == 1);  // the same sentence twice is one item
    }
}

TEST_CASE("merge: a surname in one graph joins the full name in another after finalize", "[graph][merge]") {
  graph::KnowledgeGraph g;
  g.merge(build({T({"Marie Curie", "discover", "Polonium", "a"})}));
  g.merge(build({T({"Curie", "win", "Nobel Prize", "b"})}));
  g.finalize();
  CHECK(g.find_node(graph::node_id("Curie", EntityType::Person)) == std::nullopt);
  const auto marie = g.find_node(graph::node_id("Marie Curie", EntityType::Person));
  REQUIRE(marie);
  CHECK(g.out_edges(*marie).size() == 2);
}

TEST_CASE("diff: added, removed and changed entities and edges", "[graph][diff]") {
  const auto before = build({T({"Lena Park", "coach", "Seoul United", "s1"}), T({"Ji Kim", "join", "Busan FC", "s2"})});
  const auto after = build({T({"Lena Park", "coach", "Seoul United", "s1"}), T({"Lena Park", "coach", "Seoul United", "s5"}),
                            T({"Ji Kim", "join", "Incheon FC", "s6"})});
  const auto d = graph::compare(before, after);
  REQUIRE(d.added_nodes.size() == 1);
  CHECK(label(after, d.added_nodes[0]) == "Incheon FC");
  REQUIRE(d.removed_nodes.size() == 1);
  CHECK(label(before, d.removed_nodes[0]) == "Busan FC");
  CHECK(d.added_edges.size() == 1);
  CHECK(d.removed_edges.size() == 1);
  REQUIRE(d.changed_edges.size() == 1);
  CHECK(before.edge(d.changed_edges[0].before).count == 1);
  CHECK(after.edge(d.changed_edges[0].after).count == 2);
  const auto none = graph::compare(after, after);
  CHECK(none.added_nodes.empty());
  CHECK(none.changed_edges.empty());
}
