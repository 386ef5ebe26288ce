#include <optional>
#include <random>
#include <sstream>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "export/graphml.h"
#include "graph/path.h"
#include "fixtures.h"
#include "../graph/query_text.h"
#include "support/test_support.h"

using namespace ergraph;

namespace {

std::string graphml_of(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter::write_graphml(g, out);
  return out.str();
}

/// Writes `text` to a file in `dir` and reads it as GraphML.
graph::KnowledgeGraph read_text(const test::TempDir& dir, const std::string& text) {
  const auto file = dir.path() / "in.graphml";
  test::write_file(file, text);
  return exporter::read_graphml(file);
}

/// The code and location of the ParseError that reading `text` throws ("" if none). Opening it
/// for queries (GraphmlIndex::open, or read_graphml when that declines) must throw the same.
std::pair<std::string, std::string> parse_error_of(const std::string& text) {
  test::TempDir dir;
  std::pair<std::string, std::string> whole, indexed;
  try {
    read_text(dir, text);
  } catch (const ParseError& e) {
    whole = {e.code(), e.location()};
  }
  try {
    if (!exporter::GraphmlIndex::open(dir.path() / "in.graphml")) exporter::read_graphml(dir.path() / "in.graphml");
  } catch (const ParseError& e) {
    indexed = {e.code(), e.location()};
  }
  CHECK(indexed == whole);
  return whole;
}

/// The graph a GraphmlIndex of `file` gives with the edges `edges` read (every edge if empty).
graph::KnowledgeGraph indexed_graph(const std::filesystem::path& file, std::vector<std::uint32_t> edges = {}) {
  auto index = exporter::GraphmlIndex::open(file);
  REQUIRE(index);
  graph::KnowledgeGraph g = index->take_nodes();
  if (edges.empty())
    for (std::uint32_t e = 0; e < index->edge_count(); ++e) edges.push_back(e);
  index->add_edges(g, edges);
  return g;
}

constexpr const char* kHead =
    "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

}  // namespace

TEST_CASE("export: graphml write -> read -> write is byte-identical", "[export][graphml]") {
  test::TempDir dir;
  for (const auto& g : {test::sample_graph(), test::tricky_graph()}) {
    const std::string first = graphml_of(g);
    const graph::KnowledgeGraph back = read_text(dir, first);
    CHECK(back.node_count() == g.node_count());
    CHECK(back.edge_count() == g.edge_count());
    CHECK(graphml_of(back) == first);
  }
}

TEST_CASE("export: graphml reader restores labels, lists and evidence exactly", "[export][graphml]") {
  test::TempDir dir;
  const auto g = read_text(dir, graphml_of(test::tricky_graph()));
  const auto id = graph::node_id("Line one\nLine two", core::EntityType::Org);
  const auto n = g.find_node(id);
  REQUIRE(n);
  CHECK(g.node(*n).label == "Line one\nLine two");
  CHECK(g.node(*n).documents == std::set<std::string>{"d&1", "doc <2>"});
  const auto padded = g.find_node(graph::node_id("  padded  ", core::EntityType::Loc));
  REQUIRE(padded);
  CHECK(g.node(*padded).label == "  padded  ");
  const auto at = g.find_node(graph::node_id("AT&T <Holdings>", core::EntityType::Person));
  REQUIRE(at);
  CHECK(g.node(*at).aliases == std::set<std::string>{"alias \"0\"", "Ålias"});
  CHECK(g.node(*at).mentions == 1);
  const auto out = g.out_edges(*at);
  REQUIRE(out.size() == 1);
  const auto& e = g.edge(out[0]);
  CHECK(e.relation == "say \"no\" to <0>");
  CHECK(e.count == 1);
  CHECK(e.confidence == Approx(0.1235));
  REQUIRE(e.evidence.size() == 1);
  CHECK(e.evidence[0].text == "He said \"x < y & z\"\r\nand\tthen \\n left.");
  CHECK(e.evidence[0].doc_id == "doc <0>");
}

TEST_CASE("export: graphml reader fills defaults for files from other tools", "[export][graphml]") {
  test::TempDir dir;
  // networkx-style ids (d0, d1), a key default, an edge before its nodes, no types or counts.
  const auto g = read_text(dir, std::string(kHead) +
      "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>gpe</default></key>\n"
      "  <key id=\"d2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"relation\" for=\"edge\" attr.type=\"string\"/>\n"
      "  <graph edgedefault=\"directed\">\n"
      "    <edge source=\"a\" target=\"b\"><data key=\"d2\">3.0</data></edge>\n"
      "    <edge source=\"b\" target=\"a\"><data key=\"relation\">x</data></edge>\n"
      "    <node id=\"a\"><data key=\"d0\">Alpha</data><data key=\"d1\">PERSON</data></node>\n"
      "    <node id=\"b\"/>\n"
      "  </graph>\n</graphml>\n");
  REQUIRE(g.node_count() == 2);
  const auto a = *g.find_node("a");
  const auto b = *g.find_node("b");
  CHECK(g.node(a).label == "Alpha");
  CHECK(g.node(a).type == core::EntityType::Person);
  CHECK(g.node(b).label == "b");
  CHECK(g.node(b).type == core::EntityType::Gpe);
  REQUIRE(g.out_edges(a).size() == 1);
  const auto& ab = g.edge(g.out_edges(a)[0]);
  CHECK(ab.relation == "related-to");
  CHECK(ab.count == 3);
  CHECK(ab.confidence == 0.5);
  CHECK(ab.id == graph::edge_id("a", "related-to", "b"));
  CHECK(ab.polarity == core::Polarity::Positive);  // no polarity or modality keys: positive, asserted
  CHECK(ab.modality == core::Modality::Asserted);
  CHECK(ab.hedged == 0);
  CHECK(ab.attributions.empty());
  CHECK(ab.evidence.empty());
  const auto& ba = g.edge(g.out_edges(b)[0]);
  CHECK(ba.relation == "related-to");  // "relation" is not one of our names: ignored
  CHECK(ba.count == 1);
}

TEST_CASE("export: graphml reader reads what networkx writes", "[export][graphml][tools]") {
  test::Prerequisites("GraphML reader networkx check").program("/usr/bin/python3").python_module("networkx").require();
  test::TempDir dir;
  const auto file = dir.path() / "nx.graphml";
  const int rc = test::run(
      "/usr/bin/python3 -c \"import networkx as nx, sys; g = nx.MultiDiGraph(); "
      "g.add_node('n1', label='Xi & Putin', type='PERSON', mentions=4); g.add_node('n2', label='China'); "
      "g.add_edge('n1', 'n2', label='visit', weight=2.0, confidence=0.75); "
      "g.add_edge('n1', 'n2', label='praise', count=5); nx.write_graphml(g, sys.argv[1])\" " +
      test::quoted(file));
  REQUIRE(rc == 0);
  const auto g = exporter::read_graphml(file);
  REQUIRE(g.node_count() == 2);
  const auto n1 = *g.find_node("n1");
  CHECK(g.node(n1).label == "Xi & Putin");
  CHECK(g.node(n1).mentions == 4);
  const auto edges = g.out_edges(n1);
  REQUIRE(edges.size() == 2);
  std::set<std::pair<std::string, std::uint32_t>> got;
  for (auto e : edges) got.emplace(g.edge(e).relation, g.edge(e).count);
  CHECK(got == std::set<std::pair<std::string, std::uint32_t>>{{"visit", 2}, {"praise", 5}});
}

TEST_CASE("export: graphml reader reports malformed XML with file and line", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "bad.graphml";
  test::write_file(file, std::string(kHead) + "  <graph edgedefault=\"directed\">\n    <node id=\"a\">\n  </graph>\n");
  try {
    exporter::read_graphml(file);
    FAIL("no exception");
  } catch (const ParseError& e) {
    CHECK(e.code() == "E502");
    CHECK(e.location() == file.string() + ":5");
    CHECK(std::string(e.what()).find("malformed XML") != std::string::npos);
  }
}

TEST_CASE("export: graphml reader rejects structural errors", "[export][graphml]") {
  const std::string g = std::string(kHead) + "  <graph edgedefault=\"directed\">\n";
  const std::string end = "  </graph>\n</graphml>\n";
  CHECK(parse_error_of("<?xml version=\"1.0\"?>\n<gexf/>\n").first == "E503");
  CHECK(parse_error_of(std::string(kHead) + "</graphml>\n").first == "E503");
  CHECK(parse_error_of(g + "    <node/>\n" + end).first == "E504");
  CHECK(parse_error_of(g + "    <node id=\"a\"/>\n    <node id=\"a\"/>\n" + end).first == "E505");
  const auto unknown = parse_error_of(g + "    <node id=\"a\"/>\n    <edge source=\"a\" target=\"zz\"/>\n" + end);
  CHECK(unknown.first == "E506");
  CHECK(unknown.second.size() > 2);
  CHECK(unknown.second.substr(unknown.second.size() - 2) == ":5");
  CHECK(parse_error_of(g + "    <node id=\"a\"><data key=\"mentions\">many</data></node>\n" + end).first == "E507");
  CHECK(parse_error_of(g + "    <node id=\"a\"/><node id=\"b\"/>\n    <edge id=\"x\" source=\"a\" target=\"b\"/>\n"
                           "    <edge id=\"x\" source=\"b\" target=\"a\"/>\n" + end).first == "E508");
  // A repeated edge id names the line of the first edge, in file order, whose id came before:
  // the repeat of "y" (line 7) before the repeat of "x" (line 8); edges that wait for a node
  // (from line 9 on, before <node id="c">) after every edge read with its nodes known.
  const auto repeated = parse_error_of(g + "    <node id=\"a\"/><node id=\"b\"/>\n"
                                           "    <edge id=\"x\" source=\"a\" target=\"b\"/>\n"   // 5
                                           "    <edge id=\"y\" source=\"a\" target=\"b\"/>\n"   // 6
                                           "    <edge id=\"y\" source=\"b\" target=\"a\"/>\n"   // 7
                                           "    <edge id=\"x\" source=\"b\" target=\"a\"/>\n" + end);  // 8
  CHECK(repeated.first == "E508");
  CHECK(repeated.second.substr(repeated.second.size() - 2) == ":7");
  const auto waiting = parse_error_of(g + "    <node id=\"a\"/><node id=\"b\"/>\n"
                                          "    <edge id=\"w\" source=\"a\" target=\"c\"/>\n"   // 5: waits for c
                                          "    <edge id=\"v\" source=\"a\" target=\"b\"/>\n"   // 6: waits too
                                          "    <edge id=\"w\" source=\"b\" target=\"c\"/>\n"   // 7: repeats 5
                                          "    <node id=\"c\"/>\n" + end);
  CHECK(waiting.first == "E508");
  CHECK(waiting.second.substr(waiting.second.size() - 2) == ":7");
}

TEST_CASE("export: a repeated numeric edge id, as networkx writes a multigraph's keys, says how to write unique ids", "[export][graphml]") {
  const std::string g = std::string(kHead) + "  <graph edgedefault=\"directed\">\n";
  const std::string end = "  </graph>\n</graphml>\n";
  const auto message_of = [&](const std::string& id) {
    test::TempDir dir;
    test::write_file(dir.path() / "in.graphml", g + "    <node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n"
                                                    "    <edge id=\"" + id + "\" source=\"a\" target=\"b\"/>\n"
                                                    "    <edge id=\"" + id + "\" source=\"b\" target=\"c\"/>\n" + end);
    try {
      exporter::read_graphml(dir.path() / "in.graphml");
    } catch (const ParseError& e) {
      CHECK(e.code() == "E508");
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string numeric = message_of("0");
  CHECK(numeric.find("duplicate edge id '0'") != std::string::npos);
  CHECK(numeric.find("edge_id_from_attribute") != std::string::npos);
  const std::string named = message_of("e1");
  CHECK(named.find("duplicate edge id 'e1'") != std::string::npos);
  CHECK(named.find("networkx") == std::string::npos);  // the hint only where it can apply
}

TEST_CASE("export: graphml reader throws IoError for a missing file", "[export][graphml]") {
  test::TempDir dir;
  try {
    exporter::read_graphml(dir.path() / "missing.graphml");
    FAIL("no exception");
  } catch (const IoError& e) {
    CHECK(e.code() == "E501");
  }
}

TEST_CASE("export: graphml reader restores polarity, modality, hedged counts and attributions", "[export][graphml]") {
  test::TempDir dir;
  for (const auto& g : {test::sample_graph(), test::tricky_graph()}) {
    const auto back = read_text(dir, graphml_of(g));
    REQUIRE(back.edge_count() == g.edge_count());
    for (auto e : g.edges()) {
      const graph::EdgeData& want = g.edge(e);
      const auto n = back.find_node(g.node(g.source(e)).id);
      REQUIRE(n);
      bool found = false;
      for (auto b : back.out_edges(*n)) {
        const graph::EdgeData& got = back.edge(b);
        if (got.id != want.id) continue;
        found = true;
        CHECK(got.polarity == want.polarity);
        CHECK(got.modality == want.modality);
        CHECK(got.hedged == want.hedged);
        CHECK(got.factuality == want.factuality);
        CHECK(got.attributions == want.attributions);
        CHECK(got.confidence == Approx(want.confidence).margin(1e-4));
      }
      CHECK(found);
    }
  }
}

TEST_CASE("export: graphml reader reads stance keys from other tools and rejects bad values", "[export][graphml]") {
  test::TempDir dir;
  const std::string keys =
      "  <key id=\"p\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>\n"
      "  <key id=\"m\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>\n"
      "  <key id=\"a\" for=\"edge\" attr.name=\"attribution\" attr.type=\"string\"/>\n"
      "  <key id=\"c\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
      "  <key id=\"f\" for=\"edge\" attr.name=\"factuality\" attr.type=\"string\"/>\n"
      "  <graph edgedefault=\"directed\">\n    <node id=\"x\"/><node id=\"y\"/>\n";
  const auto g = read_text(dir, std::string(kHead) + keys +
      "    <edge source=\"x\" target=\"y\"><data key=\"p\"> Negative </data><data key=\"m\">HEDGED</data>"
      "<data key=\"c\">3</data><data key=\"a\">TASS; Kremlin;  ; AP</data></edge>\n"
      "  </graph>\n</graphml>\n");
  REQUIRE(g.edge_count() == 1);
  const graph::EdgeData& e = g.edge(0);
  CHECK(e.polarity == core::Polarity::Negative);
  CHECK(e.modality == core::Modality::Hedged);
  CHECK(e.hedged == 3);  // no hedged count: all of them
  CHECK(e.factuality == core::Factuality::PossibleNeg);  // no factuality: implied by polarity and modality
  CHECK(e.attributions == std::set<std::string>{"AP", "Kremlin", "TASS"});
  CHECK(e.id == graph::edge_id("x", "related-to", "y", core::Polarity::Negative));
  const auto bad = [&](const std::string& data) {
    return parse_error_of(std::string(kHead) + keys + "    <edge source=\"x\" target=\"y\">" + data +
                          "</edge>\n  </graph>\n</graphml>\n");
  };
  CHECK(bad("<data key=\"p\">maybe</data>").first == "E507");
  CHECK(bad("<data key=\"m\">likely</data>").first == "E507");
  CHECK(bad("<data key=\"p\">positive</data>").first.empty());
  CHECK(bad("<data key=\"f\">sure</data>").first == "E507");
  CHECK(bad("<data key=\"f\">CT-</data>").first == "E507");  // positive edge, negative value
  CHECK(bad("<data key=\"m\">hedged</data><data key=\"f\">uu</data>").first.empty());
}

TEST_CASE("export: asserted-only paths work on a graph read back from GraphML", "[export][graphml]") {
  test::TempDir dir;
  const auto g = read_text(dir, graphml_of(test::sample_graph()));
  const auto china = g.find_node(graph::node_id("China", core::EntityType::Gpe));
  const auto russia = g.find_node(graph::node_id("Russia", core::EntityType::Gpe));
  const auto xi = g.find_node(graph::node_id("Xi Jinping", core::EntityType::Person));
  const auto putin = g.find_node(graph::node_id("Vladimir Putin", core::EntityType::Person));
  REQUIRE((china && russia && xi && putin));
  graph::PathOptions all{true, 1, 10};
  const auto every = graph::shortest_paths(g, *china, *russia, all);
  REQUIRE(every.size() == 1);  // one node sequence: its hop has all three parallel edges
  CHECK(every[0].hops[0].edges.size() == 3);  // sell-dual-use-goods-to, take-side-with and not take-side-with
  graph::PathOptions asserted = all;
  asserted.asserted_only = true;
  const auto paths = graph::shortest_paths(g, *china, *russia, asserted);
  REQUIRE(paths.size() == 1);
  REQUIRE(paths[0].hops[0].edges.size() == 2);
  for (const auto& he : paths[0].hops[0].edges) CHECK(g.edge(he.edge).polarity == core::Polarity::Positive);
  CHECK(graph::shortest_paths(g, *xi, *putin, all).size() == 1);  // the hedged "may meet"
  CHECK(graph::shortest_paths(g, *xi, *putin, asserted).empty());
}

TEST_CASE("export: graphml keeps article dates, titles, urls and every evidence item", "[export][graphml][dates]") {
  graph::KnowledgeGraph g;
  for (int i = 0; i < 3; ++i) {
    core::Triple t = test::make_triple("Nordbank AG", core::EntityType::Org, "Nordbank", "cut-job-in", "cut jobs in",
                                       "Geneva", core::EntityType::Gpe, "doc-" + std::to_string(i), 1, 10, 40,
                                       "Nordbank cut jobs in Geneva, story " + std::to_string(i) + ".", 0.6);
    t.evidence.date = i == 1 ? "" : "2024-0" + std::to_string(i + 1) + "-15";
    t.evidence.title = "Story <" + std::to_string(i) + "> & \"more\"";
    t.evidence.url = "https://example.org/?a=1&b=" + std::to_string(i);
    g.add(t);
  }
  g.finalize();
  test::TempDir dir;
  const std::string text = graphml_of(g);
  CHECK(text.find("<data key=\"e_first_seen\">2024-01-15</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_last_seen\">2024-03-15</data>") != std::string::npos);
  CHECK(text.find("<data key=\"first_seen\">2024-01-15</data>") != std::string::npos);
  const auto back = read_text(dir, text);
  CHECK(graphml_of(back) == text);
  const auto n = back.find_node(graph::node_id("Nordbank AG", core::EntityType::Org));
  REQUIRE(n);
  CHECK(back.node(*n).first_seen == "2024-01-15");
  CHECK(back.node(*n).last_seen == "2024-03-15");
  const auto& e = back.edge(back.out_edges(*n).at(0));
  CHECK(e.dates == std::set<std::string>{"2024-01-15", "2024-03-15"});
  REQUIRE(e.evidence.size() == 3);
  CHECK(e.evidence[0].date == "2024-01-15");
  CHECK(e.evidence[1].date.empty());
  CHECK(e.evidence[2].title == "Story <2> & \"more\"");
  CHECK(e.evidence[2].url == "https://example.org/?a=1&b=2");
  CHECK(e.evidence[2].relation_text == "cut jobs in");
  CHECK(e.evidence[2].begin == 10);
}

TEST_CASE("export: graphml reader refuses a date that is not YYYY-MM-DD", "[export][graphml][dates]") {
  const std::string head = std::string(kHead) +
                           "<key id=\"fs\" for=\"node\" attr.name=\"first_seen\" attr.type=\"string\"/>\n"
                           "<key id=\"ei\" for=\"edge\" attr.name=\"evidence_items\" attr.type=\"string\"/>\n"
                           "<graph edgedefault=\"directed\">\n";
  CHECK(parse_error_of(head + "<node id=\"a\"><data key=\"fs\">12/04/2025</data></node></graph></graphml>\n").first ==
        "E507");
  CHECK(parse_error_of(head + "<node id=\"a\"><data key=\"fs\">2025-02-30</data></node></graph></graphml>\n").first ==
        "E507");
  CHECK(parse_error_of(head + "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"ei\">"
                              "[{\"date\":\"soon\"}]</data></edge></graph></graphml>\n")
            .first == "E507");
  CHECK(parse_error_of(head + "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"ei\">"
                              "[[[</data></edge></graph></graphml>\n")
            .first == "E507");
  CHECK(parse_error_of(head + "<node id=\"a\"><data key=\"fs\">2025-04-12</data></node></graph></graphml>\n").first
            .empty());
}

TEST_CASE("export: graphml reader refuses a confidence that is not a number from 0 to 1", "[export][graphml]") {
  const std::string head = std::string(kHead) +
                           "<key id=\"c\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
                           "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>\n";
  for (const char* bad : {"NaN", "INF", "-INF", "1.5", "-0.1", "high"}) {
    INFO(bad);
    CHECK(parse_error_of(head + "<edge source=\"a\" target=\"b\"><data key=\"c\">" + bad +
                         "</data></edge></graph></graphml>\n")
              .first == "E507");
  }
  CHECK(parse_error_of(head + "<edge source=\"a\" target=\"b\"><data key=\"c\">0.25</data></edge></graph></graphml>\n")
            .first.empty());
}

TEST_CASE("export: graphml reader refuses a DOCTYPE: entities cannot blow up a small file", "[export][graphml]") {
  // An internal entity of 10 KB referenced 2,000 times would be 20 MB of text; 100 KB x 20,000
  // took 23 s and 5.9 GB before.
  std::string refs;
  for (int i = 0; i < 2000; ++i) refs += "&e;";
  const std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY e \"" + std::string(10000, 'A') +
                          "\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                          "<node id=\"a\"><data key=\"label\">" + refs + "</data></node></graph></graphml>\n";
  const auto [code, where] = parse_error_of(doc);
  CHECK(code == "E509");
  CHECK(where.find(".graphml:") != std::string::npos);  // with a line number
  CHECK(parse_error_of("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"file:///etc/passwd\">\n<graphml/>\n").first ==
        "E509");
}

TEST_CASE("export: graphml reader keeps the file's edge order whether or not an edge comes before its nodes",
          "[export][graphml]") {
  // Edges whose nodes are known go in at once; from the first one that must wait, the rest wait
  // too, so the graph's edge numbers follow the file in both cases.
  test::TempDir dir;
  const auto g = read_text(dir, std::string(kHead) +
      "  <graph edgedefault=\"directed\">\n"
      "    <node id=\"a\"/><node id=\"b\"/>\n"
      "    <edge id=\"e3\" source=\"a\" target=\"b\"/>\n"
      "    <edge id=\"e1\" source=\"b\" target=\"c\"/>\n"
      "    <edge id=\"e2\" source=\"b\" target=\"a\"/>\n"
      "    <node id=\"c\"/>\n"
      "    <edge id=\"e0\" source=\"c\" target=\"a\"/>\n"
      "  </graph>\n</graphml>\n");
  REQUIRE(g.edge_count() == 4);
  CHECK(g.edge(0).id == "e3");
  CHECK(g.edge(1).id == "e1");
  CHECK(g.edge(2).id == "e2");
  CHECK(g.edge(3).id == "e0");
  CHECK(g.source(1) == *g.find_node("b"));
  CHECK(g.target(1) == *g.find_node("c"));
}

TEST_CASE("export: graphml reader takes a <data>'s whole text: entities, CDATA, comments and nested markup",
          "[export][graphml]") {
  test::TempDir dir;
  const auto g = read_text(dir, std::string(kHead) +
      "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"><!-- a comment --><default>x</default></key>\n"
      "  <graph edgedefault=\"directed\">\n"
      "    <node id=\"a&amp;b\"><data key=\"d0\">AT&amp;T &#233;<![CDATA[ <Inc> ]]><!-- no --><b>Bold</b></data></node>\n"
      "    <node id=\"c\"/>\n"
      "    <node id=\"x&lt;y&#233;&#x41;&amp;#38;\"/>\n"
      "    <?pi ignored?>\n"
      "    <edge source=\"a&amp;b\" target=\"c\"><data key=\"label\">own</data></edge>\n"
      "  </graph>\n</graphml>\n");
  REQUIRE(g.node_count() == 3);
  CHECK(g.find_node("x<y\xC3\xA9" "A&#38;"));  // references decoded once, as the tree API does
  const auto a = g.find_node("a&b");
  REQUIRE(a);
  CHECK(g.node(*a).label == "AT&T \xC3\xA9 <Inc> Bold");
  CHECK(g.node(*g.find_node("c")).label == "x");  // the key's default
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edge(0).relation == "own");
}

// ---- GraphmlIndex: the GraphML reader of `path` and `neighbors` ------------------------------

namespace {

/// A random graph with hubs, parallel and reversed edges, CONCEPT nodes, denied and hedged
/// relations, attributions and dates (fixed seed).
graph::KnowledgeGraph random_graph(unsigned seed) {
  std::mt19937 rng(seed);
  const char* relations[] = {"meet", "sue", "sign-with", "beat", "fund", "criticize"};
  const core::EntityType types[] = {core::EntityType::Person, core::EntityType::Org, core::EntityType::Gpe,
                                    core::EntityType::Concept};
  graph::KnowledgeGraph g;
  for (int k = 0; k < 160; ++k) {
    const int a = static_cast<int>(rng() % 40), b = static_cast<int>(rng() % 40);
    if (a == b) continue;
    const std::string doc = "doc" + std::to_string(rng() % 12);
    const auto sentence = static_cast<std::uint32_t>(rng() % 5);
    const char* relation = relations[rng() % 6];
    core::Triple t = test::make_triple("Node " + std::to_string(a), types[a % 4], "Node " + std::to_string(a), relation,
                                       relation, "Node " + std::to_string(b), types[b % 4], doc, sentence, 0, 10,
                                       "Node <" + std::to_string(a) + "> & \"" + std::to_string(b) + "\".",
                                       0.2 + 0.1 * static_cast<double>(rng() % 8));
    t.evidence.date = "2024-0" + std::to_string(1 + rng() % 9) + "-10";
    if (rng() % 7 == 0) t.polarity = core::Polarity::Negative, t.factuality = core::Factuality::CertainNeg;
    if (rng() % 5 == 0) t.modality = core::Modality::Hedged, t.factuality = core::Factuality::PossiblePos, t.hedge = "may";
    if (rng() % 6 == 0) t.attribution = "Source " + std::to_string(rng() % 3);
    g.add(t);
  }
  g.finalize();
  return g;
}

/// The edge of `g` with id `id`, if any.
std::optional<graph::EdgeIndex> edge_with_id(const graph::KnowledgeGraph& g, const std::string& id) {
  for (const graph::EdgeIndex e : g.edges())
    if (g.edge(e).id == id) return e;
  return std::nullopt;
}

}  // namespace

TEST_CASE("graphml index: every edge read back gives the graph read_graphml gives", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "g.graphml";
  for (const auto& g : {test::sample_graph(), test::tricky_graph(), random_graph(1), random_graph(2)}) {
    const std::string text = graphml_of(g);
    test::write_file(file, text);
    const graph::KnowledgeGraph whole = exporter::read_graphml(file);
    REQUIRE(whole.edge_count() > 0);
    CHECK(graphml_of(indexed_graph(file)) == graphml_of(whole));
    // A part: exactly the edges asked for, each as read_graphml reads it.
    auto index = exporter::GraphmlIndex::open(file);
    REQUIRE(index);
    REQUIRE(index->node_count() == whole.node_count());
    REQUIRE(index->edge_count() == whole.edge_count());
    graph::KnowledgeGraph part = index->take_nodes();
    std::vector<std::uint32_t> some;
    for (std::uint32_t e = 0; e < index->edge_count(); e += 3) some.push_back(e);
    index->add_edges(part, some);
    REQUIRE(part.edge_count() == some.size());
    for (const graph::EdgeIndex e : part.edges()) {
      const auto w = edge_with_id(whole, part.edge(e).id);
      REQUIRE(w);
      CHECK(whole.node(whole.source(*w)).id == part.node(part.source(e)).id);
      CHECK(whole.node(whole.target(*w)).id == part.node(part.target(e)).id);
      CHECK(whole.edge(*w).evidence.size() == part.edge(e).evidence.size());
      CHECK(whole.edge(*w).documents == part.edge(e).documents);
      CHECK(whole.edge(*w).confidence == part.edge(e).confidence);
    }
  }
}

TEST_CASE("graphml index: other tools' GraphML reads as read_graphml reads it", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "g.graphml";
  // A prefixed namespace, keys with defaults, an edge before its nodes (and the edges after it,
  // which wait too), edges without ids, an empty <edge/> and one whose start tag spans lines with
  // a '>' in an attribute value, comments and CDATA holding "<edge", entity references.
  const std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<g:graphml xmlns:g=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "<g:key id=\"d0\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"><g:default>linked-to</g:default></g:key>\n"
      "<g:key id=\"d1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "<g:key id=\"d2\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "<g:graph edgedefault=\"directed\">\n"
      "<g:node id=\"a\"><g:data key=\"d2\">A &amp; Co</g:data></g:node>\n"
      "<g:edge source=\"a\" target=\"c\"><g:data key=\"d0\">owns</g:data><!-- <edge source=\"x\"> --></g:edge>\n"
      "<g:node id=\"b\"/>\n<g:node id=\"c\"><g:data key=\"d2\"><![CDATA[C <edge> corp]]></g:data></g:node>\n"
      "<g:edge id=\"e1\" source=\"a\" target=\"b\"/>\n"
      "<g:edge\n   id=\"e2\" note=\"x > y\"\n   source=\"b\" target=\"c\"\n><g:data key=\"d1\">3</g:data></g:edge  >\n"
      "<g:edge source=\"c\" target=\"a\"><g:data key=\"d0\">sues &lt;later&gt;</g:data></g:edge>\n"
      "</g:graph>\n</g:graphml>\n";
  // Also with a UTF-8 byte order mark and CRLF line ends (the offsets must still be the file's).
  std::string crlf = "\xEF\xBB\xBF";
  for (const char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  // And with <graph> declaring the root's prefix again (the wrapper must declare it once).
  std::string redeclared = text;
  redeclared.replace(redeclared.find("<g:graph "), 9, "<g:graph xmlns:g=\"urn:example:other\" ");
  for (const std::string& variant : {text, crlf, redeclared}) {
    test::write_file(file, variant);
    const graph::KnowledgeGraph whole = exporter::read_graphml(file);
    REQUIRE(whole.edge_count() == 4);
    CHECK(graphml_of(indexed_graph(file)) == graphml_of(whole));
    // Each edge alone, too: the wrapper it is read in declares the file's namespaces.
    for (std::uint32_t e = 0; e < 4; ++e) {
      const graph::KnowledgeGraph one = indexed_graph(file, {e});
      REQUIRE(one.edge_count() == 1);
      CHECK(edge_with_id(whole, one.edge(0).id));
    }
  }
}

TEST_CASE("graphml index: declines files whose offsets or ids it cannot trust", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "g.graphml";
  const std::string nodes = "<node id=\"a\"/><node id=\"b\"/>\n";
  // Latin-1: the parser's bytes are not the file's.
  test::write_file(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><graph>" + nodes +
                             "<edge source=\"a\" target=\"b\"><data key=\"label\">caf\xe9</data></edge></graph></graphml>\n");
  CHECK_FALSE(exporter::GraphmlIndex::open(file));
  CHECK(exporter::read_graphml(file).edge_count() == 1);
  // A key declared after the graph: read_graphml reads the edges before it without it.
  test::write_file(file, std::string(kHead) + "<graph>" + nodes +
                             "<edge source=\"a\" target=\"b\"><data key=\"r\">x</data></edge></graph>"
                             "<key id=\"r\" for=\"edge\" attr.name=\"label\"/></graphml>\n");
  CHECK_FALSE(exporter::GraphmlIndex::open(file));
  // A repeated edge id, with or without an id attribute: read_graphml reports it (E508).
  test::write_file(file, std::string(kHead) + "<graph>" + nodes +
                             "<edge source=\"a\" target=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n");
  CHECK_FALSE(exporter::GraphmlIndex::open(file));
  CHECK_THROWS_AS(exporter::read_graphml(file), ParseError);
  // Without those, it opens.
  test::write_file(file, std::string(kHead) + "<graph>" + nodes + "<edge source=\"a\" target=\"b\"/></graph></graphml>\n");
  CHECK(exporter::GraphmlIndex::open(file));
}

TEST_CASE("graphml index: a file changed after it was opened is E510, not a wrong answer", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "g.graphml";
  const std::string text = graphml_of(random_graph(3));
  test::write_file(file, text);
  auto index = exporter::GraphmlIndex::open(file);
  REQUIRE(index);
  graph::KnowledgeGraph g = index->take_nodes();
  // Same size, other bytes (the time check may not see a change within the clock's resolution).
  std::string other = text;
  const std::size_t at = other.find("<edge ");
  REQUIRE(at != std::string::npos);
  other.replace(at, 6, "<nope ");
  test::write_file(file, other);
  std::vector<std::uint32_t> all;
  for (std::uint32_t e = 0; e < index->edge_count(); ++e) all.push_back(e);
  try {
    index->add_edges(g, all);
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(std::string(e.code()) == "E510");
  }
}

TEST_CASE("graphml index: path and neighbors answer as on the whole graph, reading a part", "[export][graphml]") {
  test::TempDir dir;
  const auto file = dir.path() / "g.graphml";
  // Two random graphs; one under the sanitizers (test::kSanitized: 34 s for two there).
  const std::vector<unsigned> seeds = test::kSanitized ? std::vector<unsigned>{4} : std::vector<unsigned>{4, 5};
  for (const unsigned seed : seeds) {
    test::write_file(file, graphml_of(random_graph(seed)));
    const graph::KnowledgeGraph full = exporter::read_graphml(file);
    const auto index = exporter::GraphmlIndex::open(file);
    REQUIRE(index);
    // A copy of the index's nodes for each query (a graph has no copy constructor).
    const graph::KnowledgeGraph taken = index->take_nodes();
    const auto nodes = [&] {
      graph::KnowledgeGraph g;
      for (graph::NodeIndex n = 0; n < taken.node_count(); ++n) g.insert_node(taken.node(n));
      return g;
    };
    std::vector<graph::PathOptions> variants(4);
    variants[1].k = 3;
    variants[2].cost = graph::PathCost::Confidence;
    variants[3].asserted_only = true;
    variants[3].since = "2024-03-01";
    std::size_t found = 0, read_less = 0;
    for (graph::NodeIndex a = 0; a < full.node_count(); a += 4)
      for (graph::NodeIndex b = 1; b < full.node_count(); b += 6)
        for (const auto& opts : variants) {
          graph::KnowledgeGraph part = nodes();
          const auto want = graph::shortest_paths(full, a, b, opts);
          const auto got = graph::shortest_paths(*index, part, a, b, opts);
          INFO("seed " << seed << " from " << full.node(a).id << " to " << full.node(b).id);
          CHECK(test::paths_text(part, got) == test::paths_text(full, want));
          found += !want.empty();
          read_less += part.edge_count() < full.edge_count();
        }
    INFO("seed " << seed << ": " << found << " queries found a path, " << read_less << " read a part");
    CHECK(found > 30);
    CHECK(read_less > 30);
    for (graph::NodeIndex a = 0; a < full.node_count(); a += 4) {
      graph::KnowledgeGraph part = nodes();
      CHECK(test::neighbors_text(part, graph::neighborhood(*index, part, a, 2, {})) ==
            test::neighbors_text(full, graph::neighborhood(full, a, 2, {})));
    }
  }
}
