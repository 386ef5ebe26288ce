// Path queries beyond hop counts: --by confidence, the edge and node filters, name matching
// (titles, "the", surnames, ambiguity) and neighborhood(). Sentences from several domains.
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "graph/path.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;
using graph::KnowledgeGraph;
using graph::PathOptions;
using test::make_triple;
using test::TripleSpec;

namespace {

constexpr auto P = EntityType::Person;
constexpr auto O = EntityType::Org;
constexpr auto G = EntityType::Gpe;

TripleSpec spec(const char* s, const char* r, const char* o, EntityType st, EntityType ot, double conf = 0.5,
                const char* doc = "d1") {
  TripleSpec t{s, r, o, doc, 0, conf, st, ot};
  return t;
}

core::Triple dated(TripleSpec s, const std::string& date) {
  core::Triple t = make_triple(s);
  t.evidence.date = date;
  return t;
}

graph::NodeIndex named(const KnowledgeGraph& g, const std::string& label, EntityType t) {
  const auto n = g.find_node(graph::node_id(label, t));
  REQUIRE(n);
  return *n;
}

std::string route(const KnowledgeGraph& g, const graph::Path& p) {
  if (p.hops.empty()) return "";
  std::string out = g.node(p.hops.front().from).label;
  for (const auto& h : p.hops) out += " > " + g.node(h.to).label;
  return out;
}

/// The title words of the shipped list (models/lexicon/titles.txt).
std::vector<std::string> shipped_titles() {
  std::ifstream in(std::string(ERGRAPH_SOURCE_DIR) + "/models/lexicon/titles.txt");
  REQUIRE(in);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("graph: --by confidence puts the 0.99 route first, hops puts the short ones first", "[graph][path]") {
  // Sports: six weakly read two-hop routes from a player to a club, one sure three-hop route.
  KnowledgeGraph g;
  const char* agents[] = {"Agent One", "Agent Two", "Agent Three", "Agent Four", "Agent Five", "Agent Six"};
  for (const char* a : agents) {
    g.add(make_triple(spec("Lionel Messi", "talk-to", a, P, P, 0.3)));
    g.add(make_triple(spec(a, "call", "Inter Miami", P, O, 0.3)));
  }
  g.add(make_triple(spec("Lionel Messi", "sign-with", "Adidas", P, O, 0.99)));
  g.add(make_triple(spec("Adidas", "sponsor", "Major League Soccer", O, O, 0.99)));
  g.add(make_triple(spec("Major League Soccer", "fine", "Inter Miami", O, O, 0.99)));
  g.finalize();
  const auto messi = named(g, "Lionel Messi", P), miami = named(g, "Inter Miami", O);
  PathOptions hops{false, 6, 7};
  const auto by_hops = graph::shortest_paths(g, messi, miami, hops);
  REQUIRE(by_hops.size() == 7);
  CHECK(route(g, by_hops[6]) == "Lionel Messi > Adidas > Major League Soccer > Inter Miami");  // 7th
  PathOptions conf = hops;
  conf.cost = graph::PathCost::Confidence;
  const auto by_conf = graph::shortest_paths(g, messi, miami, conf);
  REQUIRE(by_conf.size() == 7);
  CHECK(route(g, by_conf[0]) == "Lionel Messi > Adidas > Major League Soccer > Inter Miami");
  CHECK(by_conf[0].confidence == Approx(0.99 * 0.99 * 0.99));
  CHECK(by_conf[1].hops.size() == 2);
  // Deterministic ties: the six equal routes come in node-id order, the same every time.
  std::vector<std::string> ids;
  for (std::size_t i = 1; i < 7; ++i) ids.push_back(g.node(by_conf[i].hops[0].to).id);
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  CHECK(graph::shortest_paths(g, messi, miami, conf).size() == 7);
}

TEST_CASE("graph: confidence costs are exact integers", "[graph][path]") {
  CHECK(graph::confidence_cost(1.0) == 0);
  CHECK(graph::confidence_cost(0.5) == 693147);
  CHECK(graph::confidence_cost(0.0) == graph::confidence_cost(1e-9));
  CHECK(graph::confidence_cost(0.99) < graph::confidence_cost(0.9));
}

namespace {

/// Courts: a judge, a court and companies; each filter below cuts a different route.
KnowledgeGraph court_graph() {
  KnowledgeGraph g;
  g.add(dated(spec("Judge Amit Mehta", "rule-against", "Google", P, O, 0.9, "court1"), "2024-08-05"));
  g.add(dated(spec("Google", "appeal-to", "Court of Appeals", O, O, 0.8, "court2"), "2024-10-01"));
  g.add(dated(spec("Google", "appeal-to", "Court of Appeals", O, O, 0.8, "court3"), "2024-11-20"));
  g.add(make_triple(spec("Judge Amit Mehta", "cite", "Sherman Act", P, EntityType::Misc, 0.6, "court4")));  // undated
  g.add(make_triple(spec("Sherman Act", "bind", "Court of Appeals", EntityType::Misc, O, 0.6, "court4")));
  g.add(dated(spec("Judge Amit Mehta", "criticize", "Jane Doe", P, P, 0.4, "court5"), "2023-03-01"));
  g.add(dated(spec("Jane Doe", "clerk-for", "Court of Appeals", P, O, 0.4, "court5"), "2023-03-01"));
  g.finalize();
  return g;
}

std::vector<std::string> routes(const KnowledgeGraph& g, graph::NodeIndex a, graph::NodeIndex b, const PathOptions& o) {
  std::vector<std::string> out;
  for (const auto& p : graph::shortest_paths(g, a, b, o)) out.push_back(route(g, p));
  std::sort(out.begin(), out.end());  // equal-hop routes come in node-id (hash) order: compare as sets
  return out;
}

}  // namespace

TEST_CASE("graph: each path filter leaves out its edges", "[graph][path][filters]") {
  const KnowledgeGraph g = court_graph();
  const auto judge = named(g, "Judge Amit Mehta", P), court = named(g, "Court of Appeals", O);
  const std::string via_google = "Judge Amit Mehta > Google > Court of Appeals";
  const std::string via_act = "Judge Amit Mehta > Sherman Act > Court of Appeals";
  const std::string via_clerk = "Judge Amit Mehta > Jane Doe > Court of Appeals";
  PathOptions all{false, 6, 10};
  CHECK(routes(g, judge, court, all).size() == 3);

  SECTION("relation include, repeatable, and exclude") {
    PathOptions o = all;
    o.relations = {"^appeal"};
    CHECK(routes(g, judge, court, o).empty());  // the judge's side has no "appeal"
    o.relations = {"^rule$"};
    CHECK(routes(g, judge, court, o).empty());  // anchored: "rule-against" is not "rule"
    o.relations = {"rule", "appeal-to"};
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google});
    o.relations.clear();
    o.exclude_relations = {"^cri", "bind"};
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google});
    o.exclude_relations = {"("};
    CHECK_THROWS_AS(graph::shortest_paths(g, judge, court, o), GraphError);
  }
  SECTION("node types of the nodes in between") {
    PathOptions o = all;
    o.node_types = {P};  // the endpoints are never filtered
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_clerk});
    o.node_types = {O, EntityType::Misc};
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google, via_act});
  }
  SECTION("min confidence and min support") {
    PathOptions o = all;
    o.min_confidence = 0.5;
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google, via_act});
    o.min_confidence = 0;
    o.min_support = 2;  // appeal-to was read twice, rule-against once
    CHECK(routes(g, judge, court, o).empty());
    CHECK(routes(g, named(g, "Google", O), court, o) == std::vector<std::string>{"Google > Court of Appeals"});
  }
  SECTION("time window: one dated document inside is enough; undated edges are left out") {
    PathOptions o = all;
    o.since = "2024-01-01";
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google});
    o.since = "2024-11-01";  // appeal-to has one day inside, rule-against none
    CHECK(routes(g, judge, court, o).empty());
    o.since.clear();
    o.until = "2023-12-31";
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_clerk});
    o.since = "2023-03-01";
    o.until = "2024-10-01";  // inclusive bounds
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google, via_clerk});
  }
  SECTION("filters combine with asserted_only and directed") {
    PathOptions o = all;
    o.directed = true;
    o.min_confidence = 0.7;
    CHECK(routes(g, court, judge, o).empty());
    CHECK(routes(g, judge, court, o) == std::vector<std::string>{via_google});
  }
}

TEST_CASE("graph: match_entity tries label, alias, titles, \"the\", then surnames", "[graph][lookup]") {
  const auto titles = shipped_titles();
  KnowledgeGraph g;
  // Politics, science and business, each name written the way the articles wrote it.
  g.add(make_triple(spec("Vladimir Putin", "call", "Joe Biden", P, P)));
  g.add(make_triple(spec("the Kremlin", "criticize", "White House", O, O)));
  g.add(make_triple(spec("Keir Starmer", "meet", "Karen Bass", P, P)));
  g.add(make_triple(spec("Jennifer Doudna", "win", "Nobel Prize", P, EntityType::Misc)));
  g.add(make_triple(spec("George Bush", "meet", "Laura Bush", P, P)));
  TripleSpec apple = spec("Apple Inc", "sue", "Apple", O, O);
  apple.subject_mention = "Apple";  // "Apple" is Apple Inc's alias and another node's label
  g.add(make_triple(apple));
  g.finalize();
  auto one = [&](const std::string& q, const std::string& label, const std::string& rule) {
    INFO(q);
    const auto m = graph::match_entity(g, q, titles);
    REQUIRE(m.nodes.size() == 1);
    CHECK(g.node(m.nodes[0]).label == label);
    CHECK(m.rule == rule);
  };
  one("vladimir  PUTIN", "Vladimir Putin", "label");
  one("President Putin", "Vladimir Putin", "surname");  // no "Putin" alias: titles, then surname
  one("President Vladimir Putin", "Vladimir Putin", "title");
  one("Prime Minister Keir Starmer", "Keir Starmer", "title");
  one("Mayor Karen Bass", "Karen Bass", "title");
  one("Dr. Jennifer Doudna", "Jennifer Doudna", "title");
  one("Doudna", "Jennifer Doudna", "surname");
  one("Biden", "Joe Biden", "surname");
  one("Kremlin", "the Kremlin", "the");
  one("the Kremlin", "the Kremlin", "label");
  one("The White House", "White House", "the");
  one("Apple", "Apple", "label");  // a label beats an alias
  // Two people share the surname: ambiguous, both listed.
  const auto bush = graph::match_entity(g, "Bush", titles);
  CHECK(bush.rule == "surname");
  REQUIRE(bush.nodes.size() == 2);
  CHECK(g.node(bush.nodes[0]).label != g.node(bush.nodes[1]).label);
  CHECK(graph::match_entity(g, "President Bush", titles).nodes.size() == 2);
  // Without the title list a title is part of the name.
  CHECK(graph::match_entity(g, "Mayor Karen Bass").nodes.empty());
  CHECK(graph::match_entity(g, "Kevin Bacon", titles).nodes.empty());
  CHECK(graph::match_entity(g, "", titles).nodes.empty());
  CHECK(graph::match_entity(g, "President", titles).nodes.empty());  // a title alone is no name
}

TEST_CASE("graph: neighborhood lists entities by distance with the relations between them", "[graph][neighbors]") {
  // Local politics: a mayor, her council, a developer and a concept of one article.
  KnowledgeGraph g;
  g.add(make_triple(spec("Karen Bass", "lead", "Los Angeles City Council", P, O, 0.9, "la1")));
  g.add(make_triple(spec("Karen Bass", "criticize", "Los Angeles City Council", P, O, 0.6, "la2")));
  g.add(make_triple(spec("Los Angeles City Council", "approve", "Harbor Tower", O, EntityType::Misc, 0.8, "la1")));
  g.add(make_triple(spec("Harbor Tower", "build-in", "Los Angeles", EntityType::Misc, G, 0.7, "la1")));
  g.add(make_triple(spec("Karen Bass", "issue", "statement", P, EntityType::Concept, 0.7, "la3")));
  g.add(make_triple(spec("Rick Caruso", "reject", "statement", P, EntityType::Concept, 0.7, "la3")));
  g.finalize();
  const auto bass = named(g, "Karen Bass", P);
  PathOptions o;
  auto labels = [&](const std::vector<graph::Neighbor>& ns) {
    std::vector<std::string> out;
    for (const auto& n : ns) out.push_back(std::to_string(n.depth) + " " + g.node(n.node).label);
    return out;
  };
  const auto one = graph::neighborhood(g, bass, 1, o);
  REQUIRE(one.size() == 2);
  for (const auto& n : one) {
    CHECK(n.via == bass);
    if (g.node(n.node).label == "Los Angeles City Council") {
      REQUIRE(n.edges.size() == 2);  // lead and criticize
      CHECK(g.edge(n.edges[0].edge).relation == "lead");
    }
  }
  const auto two = graph::neighborhood(g, bass, 2, o);
  const auto l2 = labels(two);
  CHECK(l2.size() == 3);  // + Harbor Tower; Rick Caruso is not reached through the concept node
  CHECK(std::find(l2.begin(), l2.end(), "2 Harbor Tower") != l2.end());
  CHECK(labels(graph::neighborhood(g, bass, 3, o)).back() == "3 Los Angeles");
  o.relations = {"lead|approve"};
  CHECK(labels(graph::neighborhood(g, bass, 2, o)) ==
        std::vector<std::string>{"1 Los Angeles City Council", "2 Harbor Tower"});
  o.relations.clear();
  o.node_types = {O};
  CHECK(labels(graph::neighborhood(g, bass, 3, o)) == std::vector<std::string>{"1 Los Angeles City Council"});
  o.node_types.clear();
  o.directed = true;
  CHECK(graph::neighborhood(g, named(g, "Los Angeles", G), 3, o).empty());
  CHECK_THROWS_AS(graph::neighborhood(g, 999, 1, o), GraphError);
}
