#include <algorithm>
#include <random>
#include <vector>

#include <catch2/catch.hpp>
#include <optional>

#include "core/error.h"
#include "core/text.h"
#include "graph/knowledge_graph.h"
#include "graph_dump.h"
#include "graph_fixtures.h"

using namespace ergraph;
using graph::KnowledgeGraph;
using test::make_triple;
using core::EntityType;

namespace {

graph::NodeIndex node_of(const KnowledgeGraph& g, const std::string& label, EntityType type = EntityType::Person) {
  auto n = g.find_node(graph::node_id(label, type));
  REQUIRE(n);
  return *n;
}

graph::EdgeIndex edge_of(const KnowledgeGraph& g, const std::string& s, const std::string& rel, const std::string& o,
                         EntityType ot = EntityType::Person) {
  const std::string id = graph::edge_id(graph::node_id(s, EntityType::Person), rel, graph::node_id(o, ot));
  for (graph::EdgeIndex e : g.edges())
    if (g.edge(e).id == id) return e;
  FAIL("no edge " << s << " " << rel << " " << o);
  return 0;
}

/// "d3" and the like (built with +=: "d" + std::string trips a GCC 12 -Wrestrict false positive).
std::string doc_name(char prefix, unsigned n) {
  std::string out(1, prefix);
  out += std::to_string(n);
  return out;
}

}  // namespace

TEST_CASE("graph: ids are content hashes and NMTOKENs", "[graph]") {
  const std::string n = graph::node_id("Vladimir Putin", EntityType::Person);
  CHECK(n == "n" + core::hex64(core::fnv1a64("PERSON\tVladimir Putin")));
  CHECK(n != graph::node_id("Vladimir Putin", EntityType::Org));
  const std::string e = graph::edge_id("na", "meet", "nb");
  CHECK(e == "e" + core::hex64(core::fnv1a64("na\tmeet\tnb")));
  CHECK(e != graph::edge_id("nb", "meet", "na"));
  for (const std::string& id : {n, e}) {
    CHECK(id.size() == 17);
    CHECK(id.find_first_not_of("0123456789abcdef", 1) == std::string::npos);
  }
}

TEST_CASE("graph: triples of two documents merge into shared nodes and edges", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden", "d1", 0, 0.5, EntityType::Person, EntityType::Person,
                     "President  Putin"}));
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden", "d2", 3, 0.5}));
  g.add(make_triple({"Joe Biden", "visit", "Ukraine", "d2", 4, 0.8, EntityType::Person, EntityType::Gpe}));
  REQUIRE(g.node_count() == 3);
  REQUIRE(g.edge_count() == 2);

  const graph::NodeData& putin = g.node(node_of(g, "Vladimir Putin"));
  CHECK(putin.mentions == 2);
  CHECK(putin.documents == std::set<std::string>{"d1", "d2"});
  CHECK(putin.aliases == std::set<std::string>{"President Putin"});  // squeezed; the name itself is no alias
  const graph::NodeData& biden = g.node(node_of(g, "Joe Biden"));
  CHECK(biden.mentions == 3);
  CHECK(g.node(node_of(g, "Ukraine", EntityType::Gpe)).documents == std::set<std::string>{"d2"});

  const graph::EdgeData& meet = g.edge(edge_of(g, "Vladimir Putin", "meet", "Joe Biden"));
  CHECK(meet.count == 2);
  CHECK(meet.documents == std::set<std::string>{"d1", "d2"});
  REQUIRE(meet.evidence.size() == 2);
  CHECK(meet.evidence[0].doc_id == "d1");
  CHECK(meet.evidence[1].doc_id == "d2");
  CHECK(meet.evidence[1].sentence == 3);
  CHECK(meet.evidence[1].text == "Vladimir Putin meet Joe Biden.");
  CHECK(meet.confidence == Approx(0.75).margin(1e-5));
  CHECK(g.edge(edge_of(g, "Joe Biden", "visit", "Ukraine", EntityType::Gpe)).confidence == Approx(0.8).margin(1e-5));

  const graph::NodeIndex b = node_of(g, "Joe Biden");
  CHECK(g.out_edges(b).size() == 1);
  CHECK(g.in_edges(b).size() == 1);
  CHECK(g.source(g.in_edges(b)[0]) == node_of(g, "Vladimir Putin"));
  CHECK_FALSE(g.find_node("n0000000000000000"));
}

TEST_CASE("graph: listings and adjacency are sorted by id", "[graph]") {
  KnowledgeGraph g;
  for (const char* o : {"B", "C", "D", "E", "F"}) g.add(make_triple({"A", "know", o}));
  for (const char* s : {"G", "H"}) g.add(make_triple({s, "know", "A"}));
  auto by_node_id = [&](graph::NodeIndex x, graph::NodeIndex y) { return g.node(x).id < g.node(y).id; };
  auto by_edge_id = [&](graph::EdgeIndex x, graph::EdgeIndex y) { return g.edge(x).id < g.edge(y).id; };
  const auto nodes = g.nodes();
  CHECK(nodes.size() == 8);
  CHECK(std::is_sorted(nodes.begin(), nodes.end(), by_node_id));
  const auto edges = g.edges();
  CHECK(edges.size() == 7);
  CHECK(std::is_sorted(edges.begin(), edges.end(), by_edge_id));
  const auto out = g.out_edges(node_of(g, "A"));
  CHECK(out.size() == 5);
  CHECK(std::is_sorted(out.begin(), out.end(), by_edge_id));
  CHECK(g.in_edges(node_of(g, "A")).size() == 2);
}

TEST_CASE("graph: evidence keeps the kMaxEvidence smallest, count keeps all", "[graph]") {
  KnowledgeGraph g;
  for (std::uint32_t s = 8; s-- > 0;) g.add(make_triple({"A", "know", "B", "d1", s}));
  g.add(make_triple({"A", "know", "B", "d1", 0}));  // an exact duplicate adds count, not evidence
  REQUIRE(g.edge_count() == 1);
  const graph::EdgeData& e = g.edge(0);
  CHECK(e.count == 9);
  REQUIRE(e.evidence.size() == KnowledgeGraph::kMaxEvidence);
  for (std::uint32_t i = 0; i < e.evidence.size(); ++i) CHECK(e.evidence[i].sentence == i);
  g.add(make_triple({"A", "know", "B", "a0", 9}));  // a smaller document id displaces the largest
  CHECK(g.edge(0).evidence.front().doc_id == "a0");
  CHECK(g.edge(0).evidence.back().sentence == 3);
}

TEST_CASE("graph: confidence is a noisy-or, clamped below 1", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"A", "know", "B", "d1", 0, 0.5}));
  g.add(make_triple({"A", "know", "B", "d1", 1, 0.2}));
  CHECK(g.edge(0).confidence == Approx(1 - 0.5 * 0.8).margin(1e-5));
  g.add(make_triple({"A", "like", "B", "d1", 0, 1.0}));
  const double c = g.edge(1).confidence;
  CHECK(c < 1.0);
  CHECK(c == Approx(0.999999).margin(1e-6));
}

TEST_CASE("graph: self-loops and incomplete triples are dropped", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "praise", "Vladimir Putin"}));
  g.add(make_triple({"Vladimir Putin", "praise", " Vladimir   Putin "}));
  g.add(make_triple({"", "praise", "Joe Biden"}));
  g.add(make_triple({"Joe Biden", " ", "Kyiv"}));
  CHECK(g.node_count() == 0);
  CHECK(g.edge_count() == 0);
  // Same name, different type: two entities, so not a self-loop.
  g.add(make_triple({"Georgia", "border", "Georgia", "d1", 0, 0.5, EntityType::Gpe, EntityType::Person}));
  CHECK(g.node_count() == 2);
  CHECK(g.edge_count() == 1);
}

TEST_CASE("graph: add_mention counts replace argument counts at finalize", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"Vladimir Putin", "meet", "Joe Biden", "d1"}));
  g.add(make_triple({"Vladimir Putin", "call", "Joe Biden", "d2"}));
  for (const char* doc : {"d1", "d1", "d3"}) g.add_mention({{"Vladimir Putin", EntityType::Person, "Putin", {}}, doc, {}});
  g.add_mention({{"Nobody", EntityType::Person, "Nobody", {}}, "d1", {}});
  const graph::NodeIndex p = node_of(g, "Vladimir Putin");
  CHECK(g.node(p).mentions == 2);  // not applied before finalize
  g.finalize();
  const graph::NodeData& putin = g.node(node_of(g, "Vladimir Putin"));
  CHECK(putin.mentions == 3);
  CHECK(putin.documents == std::set<std::string>{"d1", "d2", "d3"});
  CHECK(g.node(node_of(g, "Joe Biden")).mentions == 2);  // no add_mention: argument count
  // A named entity only mentioned is a node of its own (no edges); a MISC one only counts.
  g.add_mention({{"Zorblax", EntityType::Misc, "Zorblax", {}}, "d1", {}});
  CHECK(g.node_count() == 3);
  REQUIRE(g.find_node(graph::node_id("Nobody", EntityType::Person)));
  CHECK(g.node(*g.find_node(graph::node_id("Nobody", EntityType::Person))).mentions == 1);
  CHECK(g.out_edges(*g.find_node(graph::node_id("Nobody", EntityType::Person))).empty());
  g.finalize();
  CHECK(g.node_count() == 3);
  CHECK_FALSE(g.find_node(graph::node_id("Zorblax", EntityType::Misc)));
  CHECK(g.node(node_of(g, "Vladimir Putin")).mentions == 3);
}

TEST_CASE("graph: any order of the same triples and mentions gives the same graph", "[graph]") {
  std::vector<core::Triple> triples;
  const char* people[] = {"Vladimir Putin", "Putin", "Joe Biden", "Biden", "Xi Jinping", "Olaf Scholz", "Scholz"};
  const char* rels[] = {"meet", "call", "criticize"};
  // More sources than kMaxAttributions, so that the cap decides which are kept.
  const char* sources[] = {"", "", "Kremlin", "TASS", "Reuters", "AP", "BBC", "Xinhua", "CNN"};
  std::mt19937 gen(1234);
  for (std::uint32_t i = 0; i < 90; ++i) {
    const std::size_t s = gen() % 7, o = gen() % 7;
    test::TripleSpec spec{people[s], rels[gen() % 3], people[o], doc_name('d', gen() % 4), i % 9,
                          0.1 + 0.1 * static_cast<double>(gen() % 9)};
    spec.polarity = gen() % 3 == 0 ? core::Polarity::Negative : core::Polarity::Positive;
    spec.modality = gen() % 3 == 0 ? core::Modality::Hedged : core::Modality::Asserted;
    spec.attribution = sources[gen() % 9];
    triples.push_back(make_triple(spec));
  }
  for (std::uint32_t i = 0; i < 9; ++i) {  // one edge with every source, hedged and asserted
    test::TripleSpec spec{"Xi Jinping", "criticize", "Olaf Scholz", doc_name('d', i % 4), i};
    spec.modality = i % 2 == 0 ? core::Modality::Hedged : core::Modality::Asserted;
    spec.attribution = sources[i];
    triples.push_back(make_triple(spec));
  }
  std::vector<core::EntityMention> mentions;
  for (const char* p : people)
    for (unsigned d = 0; d < 3; ++d) mentions.push_back({{p, EntityType::Person, p, {}}, doc_name('m', d), {}});

  auto build = [&](const std::vector<core::Triple>& ts, const std::vector<core::EntityMention>& ms, bool fin) {
    KnowledgeGraph g;
    for (const auto& t : ts) g.add(t);
    for (const auto& m : ms) g.add_mention(m);
    if (fin) g.finalize();
    return g;
  };
  const std::string raw = test::dump(build(triples, mentions, false), false);
  const std::string fin = test::dump(build(triples, mentions, true), true);
  REQUIRE(raw != fin);  // resolution did something
  // The sample exercises what it should: negative and hedged edges, mixed modality, capped attributions.
  const KnowledgeGraph whole = build(triples, mentions, true);
  bool negative = false, hedged = false, mixed = false, capped = false;
  for (graph::EdgeIndex e : whole.edges()) {
    const graph::EdgeData& d = whole.edge(e);
    negative |= d.polarity == core::Polarity::Negative;
    hedged |= d.modality == core::Modality::Hedged;
    mixed |= d.hedged > 0 && d.hedged < d.count;
    capped |= d.attributions.size() == KnowledgeGraph::kMaxAttributions;
  }
  CHECK((negative && hedged && mixed && capped));

  const int seed = GENERATE(1, 2, 3, 4, 5);
  std::mt19937 shuffle_gen(static_cast<std::mt19937::result_type>(seed));
  auto ts = triples;
  auto ms = mentions;
  std::shuffle(ts.begin(), ts.end(), shuffle_gen);
  std::shuffle(ms.begin(), ms.end(), shuffle_gen);
  CHECK(test::dump(build(ts, ms, false), false) == raw);
  CHECK(test::dump(build(ts, ms, true), true) == fin);
}

TEST_CASE("graph: insert_node and insert_edge keep data as given", "[graph]") {
  KnowledgeGraph g;
  graph::NodeData a;
  a.label = "Kyiv";
  a.type = EntityType::Gpe;
  a.mentions = 7;
  const graph::NodeIndex na = g.insert_node(a);
  graph::NodeData b;
  b.id = "nb";
  b.label = "Kharkiv";
  const graph::NodeIndex nb = g.insert_node(b);
  CHECK(g.node(na).id == graph::node_id("Kyiv", EntityType::Gpe));
  CHECK(g.node(nb).id == "nb");
  graph::EdgeData e;
  e.relation = "near";
  e.count = 4;
  e.confidence = 0.3;
  const graph::EdgeIndex ei = g.insert_edge(na, nb, e);
  CHECK(g.edge(ei).id == graph::edge_id(g.node(na).id, "near", "nb"));
  CHECK(g.source(ei) == na);
  CHECK(g.target(ei) == nb);
  g.finalize();
  CHECK(g.node(*g.find_node("nb")).label == "Kharkiv");
  CHECK(g.node(*g.find_node(graph::node_id("Kyiv", EntityType::Gpe))).mentions == 7);
  CHECK(g.edge(0).confidence == 0.3);
  CHECK(g.edge(0).count == 4);

  try {
    g.insert_node(b);
    FAIL("duplicate node id accepted");
  } catch (const GraphError& err) {
    CHECK(err.code() == "E301");
  }
  CHECK_THROWS_AS(g.insert_edge(0, 1, g.edge(0)), GraphError);
  CHECK_THROWS_AS(g.insert_edge(0, 9, e), GraphError);
  CHECK_THROWS_AS(g.node(9), GraphError);
}

TEST_CASE("graph: ids inserted in order and out of order are all found, listed sorted and refused twice", "[graph]") {
  // insert_node / insert_edge skip the search when an id sorts after every key so far (files in
  // id order); an id that does not still goes to its place, and a repeat is refused either way.
  KnowledgeGraph g;
  const auto node = [&](const char* id) {
    graph::NodeData n;
    n.id = id;
    n.label = id;
    return g.insert_node(n);
  };
  const auto nb = node("nb"), nc = node("nc"), na = node("na"), nd = node("nd");
  for (const char* repeat : {"nd", "nb", "na"}) {
    INFO(repeat);
    try {
      node(repeat);
      FAIL("duplicate node id accepted");
    } catch (const GraphError& err) {
      CHECK(err.code() == "E301");
    }
  }
  std::vector<std::string> ids;
  for (const auto n : g.nodes()) ids.push_back(g.node(n).id);
  CHECK(ids == std::vector<std::string>{"na", "nb", "nc", "nd"});
  const auto edge = [&](const char* id, graph::NodeIndex s, graph::NodeIndex t) {
    graph::EdgeData e;
    e.id = id;
    e.relation = "near";
    return g.insert_edge(s, t, e);
  };
  edge("e2", na, nb);
  edge("e3", nb, nc);
  edge("e1", nc, nd);
  CHECK_THROWS_AS(edge("e3", na, nd), GraphError);
  CHECK_THROWS_AS(edge("e1", na, nd), GraphError);
  ids.clear();
  for (const auto e : g.edges()) ids.push_back(g.edge(e).id);
  CHECK(ids == std::vector<std::string>{"e1", "e2", "e3"});
  CHECK(g.find_node("na") == na);
  CHECK(g.find_node("nd") == nd);
}

TEST_CASE("graph: edges inserted deferred are indexed with one sort, and the first repeat is named", "[graph]") {
  const auto make = [](KnowledgeGraph& g) {
    std::vector<graph::NodeIndex> n;
    for (const char* id : {"na", "nb", "nc"}) {
      graph::NodeData d;
      d.id = id;
      d.label = id;
      n.push_back(g.insert_node(d));
    }
    return n;
  };
  const auto data = [](const std::string& id) {
    graph::EdgeData e;
    e.id = id;
    e.relation = "near";
    return e;
  };
  // Ids that share their first 8 bytes, differ there, are shorter than 8 bytes, or are a prefix
  // of another: listed in std::string order, as insert_edge lists them.
  const std::vector<std::string> ids = {"edge-0000000b", "e", "edge-0000000a", "eZ", "edge-000", "edge-0000",
                                        "e\xc3\xa9", "edge-1", "E9"};
  KnowledgeGraph g, want;
  const auto n = make(g);
  make(want);
  for (std::size_t k = 0; k < ids.size(); ++k) {
    CHECK(g.insert_edge_deferred(n[k % 3], n[(k + 1) % 3], data(ids[k])) == k);
    want.insert_edge(n[k % 3], n[(k + 1) % 3], data(ids[k]));
  }
  CHECK_FALSE(g.index_deferred_edges());
  std::vector<std::string> got, expected;
  for (const auto e : g.edges()) got.push_back(g.edge(e).id);
  for (const auto e : want.edges()) expected.push_back(want.edge(e).id);
  CHECK(got == expected);
  CHECK(std::is_sorted(got.begin(), got.end()));
  // Deferred again after indexed ones: ids before and after the indexed ones, then a repeat of
  // an indexed id and two repeats among the new ones: the first repeat in insertion order wins.
  CHECK(g.insert_edge_deferred(n[0], n[1], data("a-first")) == 9);
  CHECK(g.insert_edge_deferred(n[0], n[1], data("zz-last")) == 10);
  CHECK_FALSE(g.index_deferred_edges());
  CHECK(g.edges().size() == 11);
  CHECK(g.edge(g.edges().front()).id == "E9");
  g.insert_edge_deferred(n[0], n[1], data("q1"));        // 11
  g.insert_edge_deferred(n[0], n[1], data("q2"));        // 12
  g.insert_edge_deferred(n[0], n[1], data("q1"));        // 13: repeats 11
  g.insert_edge_deferred(n[0], n[1], data("edge-1"));    // 14: repeats an indexed edge
  CHECK(g.index_deferred_edges() == std::optional<graph::EdgeIndex>{13});
  KnowledgeGraph h;
  const auto m = make(h);
  h.insert_edge(m[0], m[1], data("x"));
  h.insert_edge_deferred(m[0], m[1], data("y"));
  h.insert_edge_deferred(m[0], m[1], data("x"));  // 2: repeats the indexed one
  CHECK(h.index_deferred_edges() == std::optional<graph::EdgeIndex>{2});
}

TEST_CASE("graph: a moved graph keeps its content", "[graph]") {
  KnowledgeGraph g;
  g.add(make_triple({"A", "know", "B"}));
  const std::string before = test::dump(g, true);
  KnowledgeGraph h(std::move(g));
  CHECK(test::dump(h, true) == before);
  KnowledgeGraph k;
  k = std::move(h);
  CHECK(test::dump(k, true) == before);
}

TEST_CASE("graph: edge ids mix in the polarity only for negative edges", "[graph]") {
  const std::string pos = graph::edge_id("na", "take-side-with", "nb");
  CHECK(pos == "e" + core::hex64(core::fnv1a64("na\ttake-side-with\tnb")));
  CHECK(graph::edge_id("na", "take-side-with", "nb", core::Polarity::Positive) == pos);
  const std::string neg = graph::edge_id("na", "take-side-with", "nb", core::Polarity::Negative);
  CHECK(neg == "e" + core::hex64(core::fnv1a64("na\ttake-side-with\tnb\tnegative")));
  CHECK(neg != pos);
}

TEST_CASE("graph: an asserted and a denied relation are two edges", "[graph]") {
  KnowledgeGraph g;
  test::TripleSpec no{"China", "take-side-with", "Russia", "d1", 1, 0.5, EntityType::Gpe, EntityType::Gpe};
  no.polarity = core::Polarity::Negative;
  no.attribution = "Kremlin";
  g.add(make_triple(no));
  g.add(make_triple({"China", "take-side-with", "Russia", "d2", 0, 0.5, EntityType::Gpe, EntityType::Gpe}));
  no.doc = "d3";
  g.add(make_triple(no));
  g.finalize();
  REQUIRE(g.node_count() == 2);
  REQUIRE(g.edge_count() == 2);
  const std::string c = graph::node_id("China", EntityType::Gpe), r = graph::node_id("Russia", EntityType::Gpe);
  for (graph::EdgeIndex e : g.edges()) {
    const graph::EdgeData& d = g.edge(e);
    CHECK(d.relation == "take-side-with");
    CHECK(d.id == graph::edge_id(c, "take-side-with", r, d.polarity));
    if (d.polarity == core::Polarity::Negative) {
      CHECK(d.count == 2);
      CHECK(d.documents == std::set<std::string>{"d1", "d3"});
      CHECK(d.attributions == std::set<std::string>{"Kremlin"});
    } else {
      CHECK(d.count == 1);
      CHECK(d.attributions.empty());
    }
  }
}

TEST_CASE("graph: an edge is hedged only if every triple was hedged, whatever the order", "[graph]") {
  test::TripleSpec h{"A", "supply", "B", "d1", 0};
  h.modality = core::Modality::Hedged;
  test::TripleSpec h2 = h;
  h2.sentence = 1;
  const test::TripleSpec a{"A", "supply", "B", "d1", 2};
  KnowledgeGraph hedged_only;
  hedged_only.add(make_triple(h));
  hedged_only.add(make_triple(h2));
  CHECK(hedged_only.edge(0).modality == core::Modality::Hedged);
  CHECK(hedged_only.edge(0).hedged == 2);
  for (bool asserted_first : {true, false}) {
    KnowledgeGraph g;
    if (asserted_first) g.add(make_triple(a));
    g.add(make_triple(h));
    g.add(make_triple(h2));
    if (!asserted_first) g.add(make_triple(a));
    REQUIRE(g.edge_count() == 1);
    CHECK(g.edge(0).modality == core::Modality::Asserted);
    CHECK(g.edge(0).count == 3);
    CHECK(g.edge(0).hedged == 2);
    g.finalize();
    CHECK(g.edge(0).modality == core::Modality::Asserted);
  }
}

TEST_CASE("graph: attributions are a sorted set of the smallest kMaxAttributions", "[graph]") {
  KnowledgeGraph g;
  const char* sources[] = {"Xinhua", "", "TASS", "BBC", "Reuters", "AP", "Kremlin", "TASS", "CNN"};
  std::uint32_t i = 0;
  for (const char* src : sources) {
    test::TripleSpec spec{"A", "supply", "B", "d1", i++};
    spec.attribution = src;
    g.add(make_triple(spec));
  }
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edge(0).attributions == std::set<std::string>{"AP", "BBC", "CNN", "Kremlin", "Reuters"});
  CHECK(g.edge(0).count == 9);
}

TEST_CASE("graph: evidence keeps the relation text, modality, hedge and attribution", "[graph]") {
  KnowledgeGraph g;
  test::TripleSpec spec{"A", "supply", "B", "d1", 0};
  spec.modality = core::Modality::Hedged;
  spec.attribution = "TASS";
  core::Triple hedged = make_triple(spec);
  hedged.relation_text = "may supply";
  g.add(make_triple({"A", "supply", "B", "d1", 0}));
  g.add(hedged);
  core::Triple same_words = hedged;  // differs from `hedged` only in modality: distinct evidence
  same_words.modality = core::Modality::Asserted;
  same_words.hedge.clear();
  g.add(same_words);
  const graph::EdgeData& e = g.edge(0);
  REQUIRE(e.evidence.size() == 3);
  // Same place and confidence: ordered by relation text ("may supply" < "supply"), then modality.
  CHECK(e.evidence[0].relation_text == "may supply");
  CHECK(e.evidence[0].modality == core::Modality::Asserted);
  CHECK(e.evidence[1].relation_text == "may supply");
  CHECK(e.evidence[1].modality == core::Modality::Hedged);
  CHECK(e.evidence[1].hedge == "may");
  CHECK(e.evidence[1].attribution == "TASS");
  CHECK(e.evidence[2].relation_text == "supply");
  CHECK(e.evidence[2].attribution.empty());
  CHECK(e.modality == core::Modality::Asserted);
  CHECK(e.hedged == 1);
  CHECK(e.attributions == std::set<std::string>{"TASS"});
}

TEST_CASE("graph: resolution folds negative edges into negative edges only", "[graph]") {
  KnowledgeGraph g;
  test::TripleSpec long_no{"Vladimir Putin", "trust", "Joe Biden", "d1", 0};
  long_no.polarity = core::Polarity::Negative;
  long_no.attribution = "Kremlin";
  test::TripleSpec short_no{"Putin", "trust", "Joe Biden", "d2", 0};
  short_no.polarity = core::Polarity::Negative;
  short_no.modality = core::Modality::Hedged;
  short_no.attribution = "TASS";
  g.add(make_triple(long_no));
  g.add(make_triple(short_no));
  g.add(make_triple({"Putin", "trust", "Joe Biden", "d3", 0}));
  g.finalize();
  REQUIRE(g.node_count() == 2);
  REQUIRE(g.edge_count() == 2);
  const std::string p = graph::node_id("Vladimir Putin", EntityType::Person);
  const std::string b = graph::node_id("Joe Biden", EntityType::Person);
  graph::EdgeIndex neg = 0, pos = 0;
  for (graph::EdgeIndex e : g.edges()) (g.edge(e).polarity == core::Polarity::Negative ? neg : pos) = e;
  CHECK(g.edge(neg).id == graph::edge_id(p, "trust", b, core::Polarity::Negative));
  CHECK(g.edge(neg).count == 2);
  CHECK(g.edge(neg).hedged == 1);
  CHECK(g.edge(neg).modality == core::Modality::Asserted);
  CHECK(g.edge(neg).attributions == std::set<std::string>{"Kremlin", "TASS"});
  CHECK(g.edge(pos).id == graph::edge_id(p, "trust", b));
  CHECK(g.edge(pos).count == 1);
}
