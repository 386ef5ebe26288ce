#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "graph/path.h"
#include "graph_fixtures.h"

using namespace ergraph;
using core::EntityType;
using graph::KnowledgeGraph;
using graph::Path;
using graph::PathOptions;
using test::make_triple;

namespace {

graph::NodeIndex node(const KnowledgeGraph& g, const std::string& label) {
  auto n = g.find_node(graph::node_id(label, EntityType::Person));
  REQUIRE(n);
  return *n;
}

/// "A-B-D" style rendering of a path's nodes.
std::string nodes_of(const KnowledgeGraph& g, graph::NodeIndex from, const Path& p) {
  std::string out = g.node(from).label;
  for (const auto& h : p.hops) out += "-" + g.node(h.to).label;
  return out;
}

KnowledgeGraph make_graph(const std::vector<std::array<const char*, 3>>& edges) {
  KnowledgeGraph g;
  for (const auto& [s, r, o] : edges) g.add(make_triple({s, r, o}));
  g.finalize();
  return g;
}


}  // namespace

TEST_CASE("graph: find_entity matches labels and aliases ignoring case and spacing", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden", "d1", 0, 0.5, EntityType::Person, EntityType::Person,
                     "President Putin"}));
  g.add(make_triple({"Putin", "call", "Joe Biden", "d2"}));
  g.finalize();
  const graph::NodeIndex vp = node(g, "Vladimir Putin");
  CHECK(graph::find_entity(g, "vladimir putin") == vp);
  CHECK(graph::find_entity(g, "  VLADIMIR   Putin ") == vp);
  CHECK(graph::find_entity(g, "president putin") == vp);
  CHECK(graph::find_entity(g, "PUTIN") == vp);  // alias added by the merge
  CHECK_FALSE(graph::find_entity(g, "Vladimir"));
  CHECK_FALSE(graph::find_entity(g, ""));
}

TEST_CASE("graph: find_entity prefers most mentions, then the smallest id", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Apple Inc", "sue", "Samsung", "d1", 0, 0.5, EntityType::Org, EntityType::Org, "Apple"}));
  g.add(make_triple({"Apple Inc", "sue", "Samsung", "d2", 0, 0.5, EntityType::Org, EntityType::Org, "Apple"}));
  g.add(make_triple({"Apple Records", "sue", "Samsung", "d3", 0, 0.5, EntityType::Org, EntityType::Org, "Apple"}));
  const auto inc = g.find_node(graph::node_id("Apple Inc", EntityType::Org));
  CHECK(graph::find_entity(g, "apple") == inc);
  g.add(make_triple({"Apple Records", "buy", "Samsung", "d3", 1, 0.5, EntityType::Org, EntityType::Org, "Apple"}));
  const std::string a = graph::node_id("Apple Inc", EntityType::Org);
  const std::string b = graph::node_id("Apple Records", EntityType::Org);
  CHECK(graph::find_entity(g, "apple") == g.find_node(std::min(a, b)));
}

TEST_CASE("graph: suggestions for a typo", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden"}));
  g.add(make_triple({"Putin", "call", "Joe Biden"}));
  g.add(make_triple({"Olaf Scholz", "call", "Joe Biden"}));
  g.finalize();
  const auto s = graph::suggest_entities(g, "Puttin");
  CHECK(s == std::vector<std::string>{"Putin", "Vladimir Putin"});
  CHECK(graph::suggest_entities(g, "Puttin", 1) == std::vector<std::string>{"Putin"});
  CHECK(graph::suggest_entities(g, "biden").front() == "Joe Biden");
  CHECK(graph::suggest_entities(g, "Zzzzzzzz").empty());
  const auto all = graph::suggest_entities(g, "o", 10);
  CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
}

TEST_CASE("graph: directed and undirected paths", "[graph]") {
  const KnowledgeGraph g = make_graph({{{"A", "know", "B"}}, {{"C", "know", "B"}}});
  const auto a = node(g, "A"), c = node(g, "C");
  CHECK(graph::shortest_paths(g, a, c, PathOptions{true, 6, 1}).empty());
  const auto paths = graph::shortest_paths(g, a, c, PathOptions{false, 6, 1});
  REQUIRE(paths.size() == 1);
  REQUIRE(paths[0].hops.size() == 2);
  CHECK(nodes_of(g, a, paths[0]) == "A-B-C");
  CHECK(paths[0].hops[0].forward);
  CHECK_FALSE(paths[0].hops[1].forward);
  CHECK(g.source(paths[0].hops[1].edge) == c);
}

TEST_CASE("graph: max_hops cuts longer paths", "[graph]") {
  const KnowledgeGraph g = make_graph({{{"A", "r", "B"}}, {{"B", "r", "C"}}, {{"C", "r", "D"}}});
  const auto a = node(g, "A"), d = node(g, "D");
  CHECK(graph::shortest_paths(g, a, d, PathOptions{true, 2, 3}).empty());
  const auto p = graph::shortest_paths(g, a, d, PathOptions{true, 3, 3});
  REQUIRE(p.size() == 1);
  CHECK(nodes_of(g, a, p[0]) == "A-B-C-D");
}

TEST_CASE("graph: k=3 on a diamond gives the shortest paths in order", "[graph]") {
  const KnowledgeGraph g = make_graph({{{"A", "r", "B"}}, {{"B", "r", "D"}}, {{"A", "r", "C"}}, {{"C", "r", "D"}},
                                       {{"A", "r", "E"}}, {{"E", "r", "C"}}, {{"D", "r", "F"}}});
  const auto a = node(g, "A"), d = node(g, "D");
  // The two 2-hop paths are ordered by their node-id sequences.
  const bool b_first = graph::node_id("B", EntityType::Person) < graph::node_id("C", EntityType::Person);
  const std::vector<std::string> expected{b_first ? "A-B-D" : "A-C-D", b_first ? "A-C-D" : "A-B-D", "A-E-C-D"};
  const auto p = graph::shortest_paths(g, a, d, PathOptions{true, 6, 3});
  REQUIRE(p.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(nodes_of(g, a, p[i]) == expected[i]);
  CHECK(graph::shortest_paths(g, a, d, PathOptions{true, 6, 10}).size() == 3);  // no more simple paths
  const auto one = graph::shortest_paths(g, a, d, PathOptions{true, 6, 1});
  REQUIRE(one.size() == 1);
  CHECK(nodes_of(g, a, one[0]) == expected[0]);
}

TEST_CASE("graph: parallel edges are one hop listing every relation, not several paths", "[graph]") {
  // Business: two relations between the same companies, and a longer route through a bank.
  KnowledgeGraph g;
  g.add(make_triple({"Acme Corp", "acquire", "Globex", "biz1", 0, 0.6, EntityType::Org, EntityType::Org}));
  g.add(make_triple({"Acme Corp", "sue", "Globex", "biz2", 0, 0.9, EntityType::Org, EntityType::Org}));
  g.add(make_triple({"Globex", "sue", "Acme Corp", "biz3", 0, 0.7, EntityType::Org, EntityType::Org}));
  g.add(make_triple({"Acme Corp", "borrow-from", "First Bank", "biz1", 1, 0.5, EntityType::Org, EntityType::Org}));
  g.add(make_triple({"First Bank", "lend-to", "Globex", "biz1", 2, 0.5, EntityType::Org, EntityType::Org}));
  g.finalize();
  const auto acme = *g.find_node(graph::node_id("Acme Corp", EntityType::Org));
  const auto globex = *g.find_node(graph::node_id("Globex", EntityType::Org));
  const auto p = graph::shortest_paths(g, acme, globex, PathOptions{false, 6, 6});
  REQUIRE(p.size() == 2);  // Acme-Globex and Acme-First Bank-Globex: distinct node sequences
  REQUIRE(p[0].hops.size() == 1);
  const auto& hop = p[0].hops[0];
  REQUIRE(hop.edges.size() == 3);  // acquire, sue (forward) and Globex's sue (backward)
  CHECK(g.edge(hop.edge).relation == "sue");  // the best: highest confidence
  CHECK(hop.forward);
  CHECK(hop.edges.front().edge == hop.edge);
  CHECK(g.edge(hop.edges[1].edge).confidence == Approx(0.7));
  CHECK_FALSE(hop.edges[1].forward);
  CHECK(g.edge(hop.edges[2].edge).relation == "acquire");
  CHECK(p[0].confidence == Approx(0.9));
  CHECK(p[1].hops.size() == 2);
  // Directed: the backward edge is not usable.
  const auto d = graph::shortest_paths(g, acme, globex, PathOptions{true, 6, 6});
  REQUIRE(d.size() == 2);
  CHECK(d[0].hops[0].edges.size() == 2);
}

TEST_CASE("graph: no path, same endpoints and bad indices", "[graph]") {
  const KnowledgeGraph g = make_graph({{{"A", "r", "B"}}, {{"C", "r", "D"}}});
  const auto a = node(g, "A");
  CHECK(graph::shortest_paths(g, a, node(g, "D"), PathOptions{}).empty());
  const auto self = graph::shortest_paths(g, a, a, PathOptions{});
  REQUIRE(self.size() == 1);
  CHECK(self[0].hops.empty());
  CHECK(graph::shortest_paths(g, a, node(g, "B"), PathOptions{false, 6, 0}).empty());
  CHECK_THROWS_AS(graph::shortest_paths(g, a, 99, PathOptions{}), GraphError);
}

namespace {

/// All simple paths of <= max_hops, as node-id sequences with their cost, ordered by (cost, hops,
/// ids): the reference. Cost: hops, or the sum of confidence_cost() of each hop's best edge.
struct RefPath {
  std::int64_t cost = 0;
  std::vector<std::string> ids;
  bool operator<(const RefPath& o) const {
    return std::tuple(cost, ids.size(), ids) < std::tuple(o.cost, o.ids.size(), o.ids);
  }
};

std::vector<RefPath> all_paths(const KnowledgeGraph& g, graph::NodeIndex from, graph::NodeIndex to, bool directed,
                               int max_hops, graph::PathCost cost) {
  std::vector<RefPath> out;
  RefPath cur{0, {g.node(from).id}};
  std::vector<char> on_path(g.node_count());
  std::function<void(graph::NodeIndex)> dfs = [&](graph::NodeIndex v) {
    if (v == to) {
      out.push_back(cur);
      return;
    }
    if (static_cast<int>(cur.ids.size()) - 1 == max_hops) return;
    on_path[v] = 1;
    std::map<graph::NodeIndex, double> best;  // neighbour -> best confidence of the hop
    for (graph::EdgeIndex e : g.edges()) {
      graph::NodeIndex next;
      if (g.source(e) == v) next = g.target(e);
      else if (!directed && g.target(e) == v) next = g.source(e);
      else continue;
      if (next == v) continue;
      best[next] = std::max(best[next], g.edge(e).confidence);
    }
    for (const auto& [next, conf] : best) {
      if (on_path[next]) continue;
      const std::int64_t c = cost == graph::PathCost::Hops ? 1 : graph::confidence_cost(conf);
      cur.cost += c;
      cur.ids.push_back(g.node(next).id);
      dfs(next);
      cur.ids.pop_back();
      cur.cost -= c;
    }
    on_path[v] = 0;
  };
  dfs(from);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("graph: k shortest paths match brute force on random graphs", "[graph]") {
  const auto seed = static_cast<std::mt19937::result_type>(GENERATE(11, 12, 13, 14, 15, 16));
  // Without finalize() node indices are in insertion order, not id order: ties must still follow ids.
  const bool finalized = GENERATE(false, true);
  const auto cost = GENERATE(graph::PathCost::Hops, graph::PathCost::Confidence);
  std::mt19937 gen(seed);
  const char* names[] = {"A", "B", "C", "D", "E", "F", "G"};
  const char* rels[] = {"r", "s"};
  const double confs[] = {0.5, 0.9, 0.99};  // few values: ties in cost happen
  KnowledgeGraph g;
  for (int i = 0; i < 14; ++i) {
    test::TripleSpec t{names[gen() % 7], rels[gen() % 2], names[gen() % 7]};
    t.confidence = confs[gen() % 3];
    g.add(make_triple(t));
  }
  if (finalized) g.finalize();
  for (bool directed : {true, false}) {
    for (graph::NodeIndex from = 0; from < g.node_count(); ++from) {
      for (graph::NodeIndex to = 0; to < g.node_count(); ++to) {
        if (from == to) continue;
        const auto expected = all_paths(g, from, to, directed, 4, cost);
        PathOptions opts{directed, 4, 6};
        opts.cost = cost;
        const auto got = graph::shortest_paths(g, from, to, opts);
        REQUIRE(got.size() == std::min<std::size_t>(6, expected.size()));
        for (std::size_t i = 0; i < got.size(); ++i) {
          std::vector<std::string> ids{g.node(from).id};
          graph::NodeIndex at = from;
          for (const auto& h : got[i].hops) {
            CHECK(h.from == at);
            REQUIRE_FALSE(h.edges.empty());
            for (const auto& he : h.edges) {
              CHECK((he.forward ? g.source(he.edge) : g.target(he.edge)) == h.from);
              CHECK((he.forward ? g.target(he.edge) : g.source(he.edge)) == h.to);
              CHECK(g.edge(he.edge).confidence <= g.edge(h.edge).confidence);
            }
            at = h.to;
            ids.push_back(g.node(h.to).id);
          }
          CHECK(at == to);
          CHECK(ids == expected[i].ids);
        }
      }
    }
  }
}

TEST_CASE("graph: an edge keeps the firmest factuality of its triples, a contradicting one gives way", "[graph]") {
  KnowledgeGraph g;
  auto t = make_triple({"A", "meet", "B", "d1", 0});
  t.factuality = core::Factuality::PossiblePos;
  t.modality = core::Modality::Hedged;
  g.add(t);
  auto u = make_triple({"A", "meet", "B", "d2", 0});
  u.factuality = core::Factuality::Underspecified;
  u.modality = core::Modality::Hedged;
  g.add(u);
  auto c = make_triple({"A", "call", "B", "d1", 0});  // CT+ with polarity negative: contradicts
  c.polarity = core::Polarity::Negative;
  g.add(c);
  g.finalize();
  std::map<std::string, core::Factuality> by_relation;
  for (auto e : g.edges()) by_relation[g.edge(e).relation] = g.edge(e).factuality;
  CHECK(by_relation.at("meet") == core::Factuality::PossiblePos);
  CHECK(by_relation.at("call") == core::Factuality::CertainNeg);
  auto v = make_triple({"A", "meet", "B", "d3", 0});  // asserted: the edge becomes a fact
  g.add(v);
  g.finalize();
  for (auto e : g.edges())
    if (g.edge(e).relation == "meet") CHECK(g.edge(e).factuality == core::Factuality::CertainPos);
}

TEST_CASE("graph: asserted_only leaves out denied and hedged edges", "[graph]") {
  KnowledgeGraph g;
  test::TripleSpec denied{"A", "ally-with", "B"};
  denied.polarity = core::Polarity::Negative;
  g.add(make_triple(denied));                       // A -/-> B, the direct hop
  g.add(make_triple({"A", "meet", "C"}));           // A -> C -> B, asserted
  g.add(make_triple({"C", "meet", "B"}));
  test::TripleSpec maybe{"A", "meet", "D"};
  maybe.modality = core::Modality::Hedged;
  g.add(make_triple(maybe));                        // A ~> D, hedged only
  g.add(make_triple({"D", "meet", "E"}));
  test::TripleSpec mixed{"E", "meet", "B", "d1", 0};
  mixed.modality = core::Modality::Hedged;
  g.add(make_triple(mixed));                        // E -> B: hedged once, asserted once
  g.add(make_triple({"E", "meet", "B", "d2", 0}));
  g.finalize();
  const auto a = node(g, "A"), b = node(g, "B"), d = node(g, "D"), e = node(g, "E");

  const auto all = graph::shortest_paths(g, a, b, PathOptions{true, 6, 1});
  REQUIRE(all.size() == 1);
  CHECK(nodes_of(g, a, all[0]) == "A-B");
  CHECK(g.edge(all[0].hops[0].edge).polarity == core::Polarity::Negative);

  PathOptions strict{true, 6, 5};
  strict.asserted_only = true;
  const auto asserted = graph::shortest_paths(g, a, b, strict);
  REQUIRE(asserted.size() == 1);  // not A-B (denied), not A-D-E-B (A-D hedged)
  CHECK(nodes_of(g, a, asserted[0]) == "A-C-B");
  for (const auto& h : asserted[0].hops) CHECK(graph::usable_edge(g.edge(h.edge), strict));
  CHECK(graph::shortest_paths(g, a, d, strict).empty());
  strict.directed = false;  // undirected too: D reaches A the long way round, not over the hedged A-D
  const auto da = graph::shortest_paths(g, d, a, strict);
  REQUIRE(da.size() == 1);
  CHECK(nodes_of(g, d, da[0]) == "D-E-B-C-A");
  strict.directed = true;
  const auto eb = graph::shortest_paths(g, e, b, strict);  // asserted at least once: usable
  REQUIRE(eb.size() == 1);
  CHECK(nodes_of(g, e, eb[0]) == "E-B");
  CHECK(graph::shortest_paths(g, a, b, PathOptions{true, 6, 5}).size() == 3);
}
