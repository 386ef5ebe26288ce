#include <numeric>
#include <vector>

#include <catch2/catch.hpp>

#include "graph/knowledge_graph.h"
#include "graph_dump.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;
using graph::KnowledgeGraph;
using test::make_triple;

namespace {

std::string pid(const std::string& label, EntityType t = EntityType::Person) { return graph::node_id(label, t); }

const graph::EdgeData* find_edge(const KnowledgeGraph& g, const std::string& s, const std::string& rel,
                                 const std::string& o) {
  const std::string id = graph::edge_id(pid(s), rel, pid(o));
  for (graph::EdgeIndex e : g.edges())
    if (g.edge(e).id == id) return &g.edge(e);
  return nullptr;
}

KnowledgeGraph putin_graph() {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden", "d1", 0, 0.5}));
  g.add(make_triple({"Putin", "meet", "Joe Biden", "d2", 1, 0.5, EntityType::Person, EntityType::Person, "Mr Putin"}));
  g.add(make_triple({"Putin", "call", "Joe Biden", "d2", 2}));
  g.add(make_triple({"Putin", "praise", "Vladimir Putin", "d2", 3}));  // becomes a self-loop
  g.add(make_triple({"Putin", "buy", "Gazprom", "d3", 0, 0.5, EntityType::Org, EntityType::Org}));  // not a PERSON
  return g;
}

}  // namespace

TEST_CASE("graph: finalize merges a one-word PERSON into its unique full name", "[graph]") {
  KnowledgeGraph g = putin_graph();
  REQUIRE(g.node_count() == 5);
  g.finalize();
  CHECK_FALSE(g.find_node(pid("Putin")));
  REQUIRE(g.find_node(pid("Putin", EntityType::Org)));  // other types are never merged
  const auto vp = g.find_node(pid("Vladimir Putin"));
  REQUIRE(vp);
  const graph::NodeData& n = g.node(*vp);
  CHECK(n.aliases == std::set<std::string>{"Mr Putin", "Putin"});
  CHECK(n.mentions == 1 + 3 + 1);  // own argument + Putin's three arguments + object of "praise"
  CHECK(n.documents == std::set<std::string>{"d1", "d2"});

  const graph::EdgeData* meet = find_edge(g, "Vladimir Putin", "meet", "Joe Biden");
  REQUIRE(meet);
  CHECK(meet->count == 2);
  CHECK(meet->documents == std::set<std::string>{"d1", "d2"});
  CHECK(meet->evidence.size() == 2);
  CHECK(meet->confidence == Approx(0.75).margin(1e-5));
  CHECK(find_edge(g, "Vladimir Putin", "call", "Joe Biden"));
  CHECK_FALSE(find_edge(g, "Vladimir Putin", "praise", "Vladimir Putin"));
  CHECK(g.edge_count() == 3);  // meet, call, buy

  // Rebuilt in id order: indices follow the listing.
  std::vector<std::size_t> iota(g.node_count());
  std::iota(iota.begin(), iota.end(), std::size_t{0});
  CHECK(g.nodes() == iota);
  for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e) CHECK(g.edges()[e] == e);
}

TEST_CASE("graph: finalize does not merge an ambiguous one-word name", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Xi", "meet", "Joe Biden", "d1"}));
  g.add(make_triple({"Xi Jinping", "meet", "Joe Biden", "d1"}));
  g.add(make_triple({"Xi Mingze", "meet", "Joe Biden", "d1"}));
  // Two "... Smith" candidates: ambiguous by the last-name rule.
  g.add(make_triple({"Smith", "meet", "Joe Biden", "d2"}));
  g.add(make_triple({"John Smith", "meet", "Joe Biden", "d2"}));
  g.add(make_triple({"Jane Smith", "meet", "Joe Biden", "d2"}));
  // One "... Jinping" candidate: merged.
  g.add(make_triple({"Jinping", "call", "Joe Biden", "d3"}));
  g.finalize();
  CHECK(g.find_node(pid("Xi")));
  CHECK(g.find_node(pid("Smith")));
  CHECK_FALSE(g.find_node(pid("Jinping")));
  CHECK(find_edge(g, "Xi Jinping", "call", "Joe Biden"));
  CHECK(g.node(*g.find_node(pid("Xi Jinping"))).aliases.count("Jinping") == 1);
  CHECK(g.node_count() == 7);
}

TEST_CASE("graph: finalize is idempotent", "[graph]") {
  KnowledgeGraph g = putin_graph();
  g.add_mention({{"Vladimir Putin", EntityType::Person, "Putin", {}}, "d9", {}});
  g.add_mention({{"Putin", EntityType::Person, "Putin", {}}, "d8", {}});
  g.finalize();
  const std::string once = test::dump(g, true);
  g.finalize();
  CHECK(test::dump(g, true) == once);
  CHECK(g.node(*g.find_node(pid("Vladimir Putin"))).mentions == 2);  // add_mention counts win
}

TEST_CASE("graph: adds after finalize are resolved by the next finalize", "[graph]") {
  KnowledgeGraph all = putin_graph();
  all.add(make_triple({"Putin", "visit", "Joe Biden", "d4"}));
  all.finalize();
  KnowledgeGraph step = putin_graph();
  step.finalize();
  step.add(make_triple({"Putin", "visit", "Joe Biden", "d4"}));
  step.finalize();
  CHECK(test::dump(step, true) == test::dump(all, true));
}

// Names across documents (issue 10): a surname alone in one article is the full name of another
// when only one full name ends with it; two full names sharing it leave it alone.
TEST_CASE("graph: finalize joins a surname of one article to the full name of another", "[graph]") {
  KnowledgeGraph g;
  // Art (doc A full name, doc B surname only), sports, courts.
  g.add(make_triple({"Andy Warhol", "paint", "Marilyn Monroe", "a.txt"}));
  g.add(make_triple({"Warhol", "found", "Factory", "b.txt", 0, 0.5, EntityType::Person, EntityType::Org}));
  g.add(make_triple({"Ahmed Mohamed", "sue", "Irving Independent School District", "c.txt", 0, 0.5, EntityType::Person,
                     EntityType::Org}));
  g.add(make_triple({"Mohamed", "meet", "Barack Obama", "d.txt"}));
  // Two full names end with "Bush": "Bush" stays its own node.
  g.add(make_triple({"George Bush", "veto", "bill", "e.txt", 0, 0.5, EntityType::Person, EntityType::Concept}));
  g.add(make_triple({"Laura Bush", "visit", "Kabul", "f.txt", 0, 0.5, EntityType::Person, EntityType::Gpe}));
  g.add(make_triple({"Bush", "sign", "Patriot Act", "g.txt", 0, 0.5, EntityType::Person, EntityType::Misc}));
  g.finalize();
  CHECK_FALSE(g.find_node(pid("Warhol")));
  const auto warhol = g.find_node(pid("Andy Warhol"));
  REQUIRE(warhol);
  CHECK(g.node(*warhol).documents == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(g.node(*warhol).forms.count(graph::SurfaceForm{"Warhol", "surname"}) == 1);
  CHECK(g.out_edges(*warhol).size() == 2);
  CHECK_FALSE(g.find_node(pid("Mohamed")));
  REQUIRE(g.find_node(pid("Ahmed Mohamed")));
  CHECK(find_edge(g, "Ahmed Mohamed", "meet", "Barack Obama"));
  CHECK(g.find_node(pid("Bush")));
  CHECK(g.find_node(pid("George Bush")));
  CHECK(g.find_node(pid("Laura Bush")));
  CHECK(g.node(*g.find_node(pid("George Bush"))).aliases.count("Bush") == 0);
}

TEST_CASE("graph: a full name only mentioned still makes a surname ambiguous", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"George Bush", "meet", "Tony Blair", "a.txt"}));
  g.add(make_triple({"Bush", "praise", "Tony Blair", "b.txt"}));
  g.add_mention({{"Laura Bush", EntityType::Person, "Laura Bush", {}}, "c.txt", {}});  // no edge: a node without edges
  g.finalize();
  CHECK(g.find_node(pid("Bush")));
  REQUIRE(g.find_node(pid("Laura Bush")));
  CHECK(g.out_edges(*g.find_node(pid("Laura Bush"))).empty());
  // The same mention of a name that has a node does not count twice.
  KnowledgeGraph h;
  h.add(make_triple({"George Bush", "meet", "Tony Blair", "a.txt"}));
  h.add(make_triple({"Bush", "praise", "Tony Blair", "b.txt"}));
  h.add_mention({{"George Bush", EntityType::Person, "George Bush", {}}, "c.txt", {}});
  h.finalize();
  CHECK_FALSE(h.find_node(pid("Bush")));
  CHECK(find_edge(h, "George Bush", "praise", "Tony Blair"));
}
