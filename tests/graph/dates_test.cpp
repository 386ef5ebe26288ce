// Article dates on nodes and edges (NodeData::first_seen/last_seen, EdgeData::dates).
#include <catch2/catch.hpp>

#include "graph/knowledge_graph.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;

namespace {

core::Triple dated(const test::TripleSpec& spec, const std::string& date) { return test::dated_triple(spec, date, true); }

graph::NodeIndex node_of(const graph::KnowledgeGraph& g, const std::string& label, EntityType type) {
  const auto n = g.find_node(graph::node_id(label, type));
  REQUIRE(n);
  return *n;
}

}  // namespace

TEST_CASE("graph: an edge keeps the days of its dated documents, a node its first and last", "[graph][dates]") {
  graph::KnowledgeGraph g;
  // Added out of order, one document without a date, one day twice.
  g.add(dated({"Ada Lovelace", "meet", "Charles Babbage", "d2"}, "2024-06-01"));
  g.add(dated({"Ada Lovelace", "meet", "Charles Babbage", "d1"}, "2023-12-31"));
  g.add(dated({"Ada Lovelace", "meet", "Charles Babbage", "d3"}, ""));
  g.add(dated({"Ada Lovelace", "meet", "Charles Babbage", "d4"}, "2024-06-01"));
  g.add(dated({"Ada Lovelace", "write-to", "Mary Somerville", "d5"}, "2025-01-15"));
  g.finalize();
  const auto ada = node_of(g, "Ada Lovelace", EntityType::Person);
  const auto out = g.out_edges(ada);
  REQUIRE(out.size() == 2);
  const graph::EdgeData* meet = nullptr;
  for (auto e : out)
    if (g.edge(e).relation == "meet") meet = &g.edge(e);
  REQUIRE(meet);
  CHECK(meet->dates == std::set<std::string>{"2023-12-31", "2024-06-01"});
  CHECK(meet->first_seen() == "2023-12-31");
  CHECK(meet->last_seen() == "2024-06-01");
  CHECK(meet->count == 4);
  CHECK(g.node(ada).first_seen == "2023-12-31");
  CHECK(g.node(ada).last_seen == "2025-01-15");
  const auto babbage = node_of(g, "Charles Babbage", EntityType::Person);
  CHECK(g.node(babbage).last_seen == "2024-06-01");
  // Evidence keeps its document's date, title and url.
  bool found = false;
  for (const auto& ev : meet->evidence)
    if (ev.doc_id == "d1") {
      found = true;
      CHECK(ev.date == "2023-12-31");
      CHECK(ev.title == "Title of d1");
      CHECK(ev.url == "https://example.org/d1");
    }
  CHECK(found);
}

TEST_CASE("graph: undated input leaves the dates empty", "[graph][dates]") {
  graph::KnowledgeGraph g;
  g.add(test::make_triple({"Ada Lovelace", "meet", "Charles Babbage"}));
  g.finalize();
  const auto ada = node_of(g, "Ada Lovelace", EntityType::Person);
  CHECK(g.node(ada).first_seen.empty());
  CHECK(g.node(ada).last_seen.empty());
  CHECK(g.edge(g.out_edges(ada).at(0)).dates.empty());
  CHECK(g.edge(g.out_edges(ada).at(0)).first_seen().empty());
}

TEST_CASE("graph: surname merges and mentions widen the dates, the order of adds does not matter",
          "[graph][dates]") {
  auto build = [](bool reversed) {
    graph::KnowledgeGraph g;
    std::vector<core::Triple> ts = {dated({"Andy Warhol", "paint", "Marilyn Monroe", "a"}, "1962-08-01"),
                                    dated({"Warhol", "meet", "Jean-Michel Basquiat", "b"}, "1982-10-04")};
    if (reversed) std::swap(ts[0], ts[1]);
    for (const auto& t : ts) g.add(t);
    g.add_mention({{"Andy Warhol", EntityType::Person, "Warhol", {}}, "c", "1987-02-22"});
    g.finalize();
    return g;
  };
  const auto g = build(false);
  const auto andy = node_of(g, "Andy Warhol", EntityType::Person);
  CHECK(g.node(andy).first_seen == "1962-08-01");
  CHECK(g.node(andy).last_seen == "1987-02-22");
  const auto h = build(true);
  const auto andy2 = node_of(h, "Andy Warhol", EntityType::Person);
  CHECK(h.node(andy2).first_seen == g.node(andy).first_seen);
  CHECK(h.node(andy2).last_seen == g.node(andy).last_seen);
}

TEST_CASE("graph: widen_dates", "[graph][dates]") {
  std::string first, last;
  graph::widen_dates(first, last, "");
  CHECK(first.empty());
  graph::widen_dates(first, last, "2020-05-05");
  graph::widen_dates(first, last, "2019-01-01");
  graph::widen_dates(first, last, "2021-12-31");
  CHECK(first == "2019-01-01");
  CHECK(last == "2021-12-31");
}
