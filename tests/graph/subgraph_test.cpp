// Parts of a graph for diagrams (graph/subgraph.h): neighbourhoods, busiest entities, routes,
// date windows and the node budget. Sentences from several domains: a court case, a football
// club, a research lab, a city council.
#include <catch2/catch.hpp>

#include "graph/subgraph.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;

namespace {

core::Triple dated(const test::TripleSpec& spec, const std::string& date) { return test::dated_triple(spec, date); }

graph::KnowledgeGraph sample() {
  graph::KnowledgeGraph g;
  g.add(dated({"Maria Cruz", "sue", "Lisbon Council", "court-1"}, "2024-01-10"));
  g.add(dated({"Maria Cruz", "sue", "Lisbon Council", "court-2"}, "2024-02-10"));
  g.add(dated({"Maria Cruz", "sue", "Lisbon Council", "court-4"}, "2024-01-20"));
  g.add(dated({"Judge Alves", "rule-against", "Lisbon Council", "court-3"}, "2024-03-01"));
  g.add(dated({"Lisbon Council", "hire", "Pedro Santos", "council-1"}, "2023-11-05"));
  g.add(dated({"Pedro Santos", "coach", "Benfica Youth", "sport-1"}, ""));
  g.add(dated({"Benfica Youth", "beat", "Porto Youth", "sport-2"}, "2024-05-05"));
  g.add(dated({"Ana Lima", "study", "Porto Youth", "lab-1"}, "2024-06-01"));
  g.finalize();
  return g;
}

graph::NodeIndex node(const graph::KnowledgeGraph& g, const std::string& label) {
  const auto n = g.find_node(graph::node_id(label, EntityType::Person));
  REQUIRE(n);
  return *n;
}

std::set<std::string> labels(const graph::KnowledgeGraph& g, const graph::Subgraph& s) {
  std::set<std::string> out;
  for (auto n : s.nodes) out.insert(g.node(n).label);
  return out;
}

}  // namespace

TEST_CASE("subgraph: around takes the nearest entities, heaviest first, under the budget", "[graph][subgraph]") {
  const auto g = sample();
  graph::SubgraphOptions opts;
  const auto council = node(g, "Lisbon Council");
  CHECK(labels(g, graph::around(g, council, 1, opts)) ==
        std::set<std::string>{"Lisbon Council", "Maria Cruz", "Judge Alves", "Pedro Santos"});
  CHECK(labels(g, graph::around(g, council, 2, opts)).count("Benfica Youth") == 1);
  CHECK(labels(g, graph::around(g, council, 2, opts)).count("Porto Youth") == 0);
  opts.budget = 2;  // the council and the one joined to it by the most triples (Cruz: 3 suits)
  const auto two = graph::around(g, council, 3, opts);
  CHECK(labels(g, two) == std::set<std::string>{"Lisbon Council", "Maria Cruz"});
  CHECK(two.left_out == 2);  // Alves and Santos at distance 1; nothing further is explored
  CHECK(two.edges.size() == 1);  // the one edge (count 3) between them
}

TEST_CASE("subgraph: top entities by degree or by weight", "[graph][subgraph]") {
  const auto g = sample();
  graph::SubgraphOptions opts;
  CHECK(labels(g, graph::top_entities(g, 1, graph::Rank::Degree, opts)) == std::set<std::string>{"Lisbon Council"});
  const auto by_weight = graph::top_entities(g, 2, graph::Rank::Weight, opts);
  CHECK(labels(g, by_weight) == std::set<std::string>{"Lisbon Council", "Maria Cruz"});
  CHECK(by_weight.left_out == 5);
  opts.budget = 1;  // the budget caps n
  CHECK(graph::top_entities(g, 5, graph::Rank::Degree, opts).nodes.size() == 1);
}

TEST_CASE("subgraph: a date window keeps edges with a day inside it and leaves undated ones out", "[graph][subgraph]") {
  const auto g = sample();
  graph::SubgraphOptions opts;
  opts.since = "2024-02-01";
  opts.until = "2024-05-31";
  const auto all = graph::whole_graph(g, opts);
  std::set<std::string> rels;
  for (auto e : all.edges) rels.insert(g.edge(e).relation);
  CHECK(rels == std::set<std::string>{"sue", "rule-against", "beat"});  // sue: its 2024-02-10 article
  CHECK(labels(g, all).count("Pedro Santos") == 0);
  CHECK(labels(g, all).count("Ana Lima") == 0);
  // Open-ended windows.
  graph::EdgeData e;
  e.dates = {"2020-01-01", "2022-06-30"};
  CHECK(graph::in_window(e, "", ""));
  CHECK(graph::in_window(e, "2022-06-30", ""));
  CHECK_FALSE(graph::in_window(e, "2022-07-01", ""));
  CHECK(graph::in_window(e, "", "2020-01-01"));
  CHECK_FALSE(graph::in_window(e, "2020-01-02", "2022-06-29"));
  CHECK_FALSE(graph::in_window(graph::EdgeData{}, "2000-01-01", ""));
  CHECK(graph::whole_graph(g, {}).nodes.size() == g.node_count());
}

TEST_CASE("subgraph: a route keeps its hops' parallel relations, not every edge among its nodes", "[graph][subgraph]") {
  graph::KnowledgeGraph g;
  g.add(test::make_triple({"Ana Lima", "study", "Porto Youth"}));
  g.add(test::make_triple({"Ana Lima", "interview", "Porto Youth"}));
  g.add(test::make_triple({"Porto Youth", "play", "Benfica Youth"}));
  g.add(test::make_triple({"Ana Lima", "visit", "Benfica Youth"}));
  g.finalize();
  graph::Path p;
  const auto ana = node(g, "Ana Lima"), porto = node(g, "Porto Youth"), benfica = node(g, "Benfica Youth");
  p.hops = {{ana, porto, g.out_edges(ana).front(), true, {}}, {porto, benfica, g.out_edges(porto).front(), true, {}}};
  const auto s = graph::path_subgraph(g, {p}, {});
  CHECK(s.nodes.size() == 3);
  std::set<std::string> rels;
  for (auto e : s.edges) rels.insert(g.edge(e).relation);
  CHECK(rels == std::set<std::string>{"study", "interview", "play"});  // not "visit"
}
