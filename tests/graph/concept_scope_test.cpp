// CONCEPT nodes are per document (issue 10, item 6), and every node keeps its surface forms with
// the rule that resolved each (item 7).
#include <numeric>
#include <string>

#include <catch2/catch.hpp>

#include "graph/path.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;
using graph::KnowledgeGraph;
using graph::PathOptions;
using graph::SurfaceForm;
using test::make_triple;

namespace {

constexpr auto P = EntityType::Person;
constexpr auto O = EntityType::Org;
constexpr auto C = EntityType::Concept;

test::TripleSpec spec(std::string s, EntityType st, std::string rel, std::string o, EntityType ot, std::string doc) {
  test::TripleSpec t{std::move(s), std::move(rel), std::move(o), std::move(doc)};
  t.subject_type = st;
  t.object_type = ot;
  return t;
}

/// The two-article case of the issue: a "statement" in each, about different things.
KnowledgeGraph two_statements() {
  KnowledgeGraph g;
  g.add(make_triple(spec("Mark Rathbun", P, "make", "statement", C, "a.txt")));
  g.add(make_triple(spec("Church", O, "issue", "statement", C, "b.txt")));
  g.finalize();
  return g;
}

graph::NodeIndex named(const KnowledgeGraph& g, const std::string& label, EntityType type) {
  auto n = g.find_node(graph::node_id(label, type));
  REQUIRE(n);
  return *n;
}

}  // namespace

TEST_CASE("graph: a concept is one node per document, labelled with the plain noun", "[graph][concept]") {
  const KnowledgeGraph g = two_statements();
  REQUIRE(g.node_count() == 4);
  const auto a = g.find_node(graph::node_id("statement", C, "a.txt"));
  const auto b = g.find_node(graph::node_id("statement", C, "b.txt"));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(*a != *b);
  CHECK(g.node(*a).label == "statement");
  CHECK(g.node(*b).label == "statement");
  CHECK(g.node(*a).scope == "a.txt");
  CHECK(g.node(*b).scope == "b.txt");
  CHECK(g.node(*a).documents == std::set<std::string>{"a.txt"});
  // The unscoped id is not used for concepts, and differs from the scoped ones.
  CHECK_FALSE(g.find_node(graph::node_id("statement", C)));
  CHECK(graph::node_id("statement", C, "a.txt") != graph::node_id("statement", C));
  // Named entities keep the ids they always had.
  CHECK(graph::node_id("Church", O, "") == graph::node_id("Church", O));
}

TEST_CASE("graph: path does not cross articles through a concept", "[graph][concept][path]") {
  const KnowledgeGraph g = two_statements();
  const auto rathbun = named(g, "Mark Rathbun", P), church = named(g, "Church", O);
  CHECK(graph::shortest_paths(g, rathbun, church, PathOptions{}).empty());

  // Within one article the concept still connects: both triples from a.txt.
  KnowledgeGraph same;
  same.add(make_triple(spec("Mark Rathbun", P, "make", "statement", C, "a.txt")));
  same.add(make_triple(spec("Church", O, "issue", "statement", C, "a.txt")));
  same.finalize();
  CHECK(same.node_count() == 3);
  const auto paths = graph::shortest_paths(same, named(same, "Mark Rathbun", P), named(same, "Church", O), PathOptions{});
  REQUIRE(paths.size() == 1);
  CHECK(paths[0].hops.size() == 2);
  CHECK(same.node(paths[0].hops[0].to).label == "statement");
}

TEST_CASE("graph: named entities still merge across documents", "[graph][concept]") {
  KnowledgeGraph g;
  g.add(make_triple(spec("Mark Rathbun", P, "criticize", "Church", O, "a.txt")));
  g.add(make_triple(spec("Church", O, "issue", "statement", C, "b.txt")));
  g.finalize();
  const auto church = named(g, "Church", O);
  CHECK(g.node(church).documents == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(g.node(church).scope.empty());
  // A path may cross articles through a named entity.
  const auto st = g.find_node(graph::node_id("statement", C, "b.txt"));
  REQUIRE(st);
  CHECK(graph::shortest_paths(g, named(g, "Mark Rathbun", P), *st, PathOptions{}).size() == 1);
}

TEST_CASE("graph: a shared concept node of an older graph is not crossed between articles", "[graph][concept][path]") {
  // Built the way a GraphML file written before concept scopes reads back: one "statement" node
  // with edges from two articles.
  KnowledgeGraph g;
  auto node = [&](const std::string& label, EntityType type) {
    graph::NodeData n;
    n.label = label;
    n.type = type;
    return g.insert_node(std::move(n));
  };
  const auto rathbun = node("Mark Rathbun", P), church = node("Church", O), st = node("statement", C),
             miscavige = node("David Miscavige", P);
  auto edge = [&](graph::NodeIndex s, graph::NodeIndex t, const std::string& rel, std::set<std::string> docs) {
    graph::EdgeData e;
    e.relation = rel;
    e.count = 1;
    e.documents = std::move(docs);
    g.insert_edge(s, t, std::move(e));
  };
  edge(rathbun, st, "make", {"a.txt"});
  edge(church, st, "issue", {"b.txt"});
  edge(miscavige, st, "deny", {"a.txt"});
  CHECK(graph::shortest_paths(g, rathbun, church, PathOptions{}).empty());
  // Through the same article it is a path, and its hops name the real node.
  const auto paths = graph::shortest_paths(g, rathbun, miscavige, PathOptions{});
  REQUIRE(paths.size() == 1);
  REQUIRE(paths[0].hops.size() == 2);
  CHECK(paths[0].hops[0].to == st);
  CHECK(paths[0].hops[1].from == st);
  // The concept itself is reachable from both sides (it is an endpoint, not crossed).
  CHECK(graph::shortest_paths(g, church, st, PathOptions{}).size() == 1);
  CHECK(graph::shortest_paths(g, rathbun, st, PathOptions{}).size() == 1);
  // An edge of both articles joins them: the articles meet in that edge, not in the concept.
  edge(church, st, "publish", {"a.txt", "b.txt"});
  const auto joined = graph::shortest_paths(g, rathbun, church, PathOptions{});
  REQUIRE(joined.size() == 1);
  CHECK(g.edge(joined[0].hops[1].edge).relation == "publish");
}

TEST_CASE("graph: concept mentions count in their own document's node", "[graph][concept]") {
  KnowledgeGraph g;
  g.add(make_triple(spec("Mark Rathbun", P, "make", "statement", C, "a.txt")));
  g.add(make_triple(spec("Church", O, "issue", "statement", C, "b.txt")));
  g.add_mention(core::EntityMention{core::EntityRef{"statement", C, "statement", "concept"}, "a.txt", {}});
  g.add_mention(core::EntityMention{core::EntityRef{"statement", C, "statements", "concept"}, "a.txt", {}});
  g.finalize();
  const auto a = g.find_node(graph::node_id("statement", C, "a.txt"));
  const auto b = g.find_node(graph::node_id("statement", C, "b.txt"));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(g.node(*a).mentions == 2);
  CHECK(g.node(*b).mentions == 1);
}

TEST_CASE("graph: surface forms keep their rule and add up to the mentions", "[graph][forms]") {
  KnowledgeGraph g;
  core::Triple t1 = make_triple(spec("Vladimir Putin", P, "meet", "Xi Jinping", P, "a.txt"));
  t1.subject.mention = "President Putin";
  t1.subject.rule = "title";
  t1.object.rule = "exact";
  core::Triple t2 = make_triple(spec("Vladimir Putin", P, "call", "Xi Jinping", P, "b.txt"));
  t2.subject.mention = "Putin";
  t2.subject.rule = "surname";
  t2.object.mention = "Xi";  // no rule given: "unknown", the text differs from the name
  core::Triple t3 = make_triple(spec("Putin", P, "visit", "Xi Jinping", P, "c.txt"));  // merged by finalize()
  g.add(t1);
  g.add(t2);
  g.add(t3);
  g.finalize();
  const auto& putin = g.node(named(g, "Vladimir Putin", P));
  CHECK(putin.forms == std::map<SurfaceForm, std::uint32_t>{
                           {{"President Putin", "title"}, 1}, {{"Putin", "surname"}, 2}});
  const auto& xi = g.node(named(g, "Xi Jinping", P));
  CHECK(xi.forms == std::map<SurfaceForm, std::uint32_t>{{{"Xi Jinping", "exact"}, 2}, {{"Xi", "unknown"}, 1}});
  for (const auto* n : {&putin, &xi}) {
    const auto sum = std::accumulate(n->forms.begin(), n->forms.end(), 0u,
                                     [](std::uint32_t s, const auto& f) { return s + f.second; });
    CHECK(sum == n->mentions);
  }
  // Mentions, when given, are what is counted (as for `mentions`).
  KnowledgeGraph m;
  m.add(t1);
  m.add_mention(core::EntityMention{core::EntityRef{"Xi Jinping", P, "Xi  Jinping", "exact"}, "a.txt", {}});
  m.add_mention(core::EntityMention{core::EntityRef{"Xi Jinping", P, "Mr. Xi", "title"}, "a.txt", {}});
  m.finalize();
  const auto& xi2 = m.node(named(m, "Xi Jinping", P));
  CHECK(xi2.mentions == 2);
  CHECK(xi2.forms == std::map<SurfaceForm, std::uint32_t>{{{"Mr. Xi", "title"}, 1}, {{"Xi Jinping", "exact"}, 1}});
}

TEST_CASE("graph: find_entities lists every node of a name", "[graph][concept][lookup]") {
  const KnowledgeGraph g = two_statements();
  CHECK(graph::find_entities(g, "Statement").size() == 2);
  CHECK(graph::find_entities(g, "mark  rathbun").size() == 1);
  CHECK(graph::find_entities(g, "nobody").empty());
}
