#include <sstream>

#include <catch2/catch.hpp>

#include "export/dot.h"
#include "fixtures.h"
#include "support/test_support.h"

using namespace ergraph;

namespace {

std::string dot_of(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter::write_dot(g, out);
  return out.str();
}

/// A chain of `n` ORG nodes with `n - 1` edges.
graph::KnowledgeGraph chain(std::size_t n, std::uint32_t count = 1) {
  graph::KnowledgeGraph g;
  for (std::size_t i = 0; i < n; ++i) {
    g.insert_node({"n" + std::to_string(1000 + i), "Org " + std::to_string(i), core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const auto s = *g.find_node("n" + std::to_string(1000 + i));
    const auto t = *g.find_node("n" + std::to_string(1001 + i));
    g.insert_edge(s, t, test::edge_data("e" + std::to_string(1000 + i), "own", count, 0.5));
  }
  return g;
}

}  // namespace

TEST_CASE("export: dot is a quoted, non-strict digraph", "[export][dot]") {
  const auto g = test::sample_graph();
  const std::string dot = dot_of(g);
  CHECK(dot.rfind("digraph \"ergraph\" {\n  graph [layout=", 0) == 0);
  CHECK(dot.find("strict") == std::string::npos);
  CHECK(dot.substr(dot.size() - 2) == "}\n");
  for (auto n : g.nodes()) CHECK(dot.find("\n  \"" + g.node(n).id + "\" [label=") != std::string::npos);
  for (auto e : g.edges()) {
    const std::string label = (g.edge(e).polarity == core::Polarity::Negative ? "not " : "") + g.edge(e).relation;
    CHECK(dot.find("\n  \"" + g.node(g.source(e)).id + "\" -> \"" + g.node(g.target(e)).id + "\" [label=\"" +
                   label + "\"") != std::string::npos);
  }
}

TEST_CASE("export: dot styles nodes by entity type", "[export][dot]") {
  graph::KnowledgeGraph g;
  g.insert_node({"n1", "P", core::EntityType::Person, 1, {}, {}, {}, {}, {}, {}});
  g.insert_node({"n2", "O", core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  g.insert_node({"n3", "G", core::EntityType::Gpe, 1, {}, {}, {}, {}, {}, {}});
  g.insert_node({"n4", "L", core::EntityType::Loc, 1, {}, {}, {}, {}, {}, {}});
  g.insert_node({"n5", "M", core::EntityType::Misc, 1, {}, {}, {}, {}, {}, {}});
  g.insert_node({"n6", "neutrality", core::EntityType::Concept, 1, {}, {}, {}, {}, {}, {}});
  const std::string dot = dot_of(g);
  CHECK(dot.find("\"n1\" [label=\"P\", shape=\"ellipse\", fillcolor=\"#AED6F1\"") != std::string::npos);
  CHECK(dot.find("\"n2\" [label=\"O\", shape=\"box\", fillcolor=\"#F9E79F\"") != std::string::npos);
  CHECK(dot.find("\"n3\" [label=\"G\", shape=\"hexagon\", fillcolor=\"#A9DFBF\"") != std::string::npos);
  CHECK(dot.find("\"n4\" [label=\"L\", shape=\"house\", fillcolor=\"#F5CBA7\"") != std::string::npos);
  CHECK(dot.find("\"n5\" [label=\"M\", shape=\"note\", fillcolor=\"#D7DBDD\"") != std::string::npos);
  CHECK(dot.find("\"n6\" [label=\"neutrality\", shape=\"ellipse\", fillcolor=\"#FFFFFF\"") != std::string::npos);
  CHECK(dot.find("style=\"filled\"") != std::string::npos);
}

TEST_CASE("export: dot escapes quotes, backslashes and newlines in labels", "[export][dot]") {
  const std::string dot = dot_of(test::tricky_graph());
  CHECK(dot.find("[label=\"Say \\\"Hi\\\" Ltd\"") != std::string::npos);
  CHECK(dot.find("[label=\"C:\\\\Temp\\\\\"") != std::string::npos);
  CHECK(dot.find("[label=\"\\\\N \\\\G \\\\n\"") != std::string::npos);
  CHECK(dot.find("[label=\"Line one\\nLine two\"") != std::string::npos);
  CHECK(dot.find("[label=\"graph\"") != std::string::npos);
  CHECK(dot.find("He said \\\"x < y & z\\\"\\nand then \\\\n left.") != std::string::npos);
  CHECK(dot.find('\r') == std::string::npos);
  CHECK(dot.find('\x07') == std::string::npos);
}

TEST_CASE("export: dot dashes negated edges, dots hedged ones and says \"not\"", "[export][dot]") {
  graph::KnowledgeGraph g;
  const auto a = g.insert_node({"na", "A", core::EntityType::Gpe, 1, {}, {}, {}, {}, {}, {}});
  const auto b = g.insert_node({"nb", "B", core::EntityType::Gpe, 1, {}, {}, {}, {}, {}, {}});
  g.insert_edge(a, b, test::edge_data("e1", "take-side-with", 1, 0.5));
  auto denied = test::edge_data("e2", "take-side-with", 2, 0.5);
  denied.polarity = core::Polarity::Negative;
  denied.attributions = {"Kremlin", "TASS"};
  g.insert_edge(a, b, denied);
  auto hedged = test::edge_data("e3", "supply", 1, 0.5);
  hedged.modality = core::Modality::Hedged;
  hedged.hedged = 1;
  g.insert_edge(a, b, hedged);
  auto both = test::edge_data("e4", "supply", 1, 0.5);
  both.polarity = core::Polarity::Negative;
  both.modality = core::Modality::Hedged;
  g.insert_edge(b, a, both);
  const std::string dot = dot_of(g);
  CHECK(dot.find("\"na\" -> \"nb\" [label=\"take-side-with\", penwidth=\"1.00\", tooltip=\"take-side-with (x1)\"];") !=
        std::string::npos);
  CHECK(dot.find("\"na\" -> \"nb\" [label=\"not take-side-with\", style=\"dashed\", penwidth=\"2.00\", "
                 "tooltip=\"not take-side-with (x2)\\nattributed to: Kremlin; TASS\"];") != std::string::npos);
  CHECK(dot.find("\"na\" -> \"nb\" [label=\"supply\", style=\"dotted\", penwidth=\"1.00\", "
                 "tooltip=\"supply (x1, hedged PS+)\"];") != std::string::npos);
  CHECK(dot.find("\"nb\" -> \"na\" [label=\"not supply\", style=\"dashed\", ") != std::string::npos);
}

TEST_CASE("export: dot pen width grows with log2 of the count and is capped", "[export][dot]") {
  CHECK(dot_of(chain(2, 1)).find("penwidth=\"1.00\"") != std::string::npos);
  CHECK(dot_of(chain(2, 8)).find("penwidth=\"4.00\"") != std::string::npos);
  CHECK(dot_of(chain(2, 100000)).find("penwidth=\"6.00\"") != std::string::npos);
}

TEST_CASE("export: dot drops edge labels on large graphs, keeps tooltips and says so", "[export][dot]") {
  const std::string small = dot_of(chain(300));
  CHECK(small.find("-> \"n1001\" [label=\"own\", ") != std::string::npos);
  CHECK(small.rfind("digraph", 0) == 0);  // no comment
  const std::string big = dot_of(chain(301));
  CHECK(big.find("-> \"n1001\" [penwidth=\"1.00\", tooltip=\"own (x1)\"];") != std::string::npos);
  CHECK(big.rfind("// 301 nodes: edge labels are left out above 300 nodes", 0) == 0);
}

TEST_CASE("export: dot chooses the layout by size", "[export][dot]") {
  // A small tree: dot, left to right.
  CHECK(dot_of(chain(60)).find("graph [layout=\"dot\", rankdir=\"LR\"") != std::string::npos);
  // Small but not a tree (a ring of 10: 10 pairs for 10 nodes is still fine, 12 pairs is not).
  graph::KnowledgeGraph ring = chain(10);
  ring.insert_edge(*ring.find_node("n1009"), *ring.find_node("n1000"), test::edge_data("e2000", "own", 1, 0.5));
  ring.insert_edge(*ring.find_node("n1002"), *ring.find_node("n1007"), test::edge_data("e2001", "own", 1, 0.5));
  ring.insert_edge(*ring.find_node("n1003"), *ring.find_node("n1008"), test::edge_data("e2002", "own", 1, 0.5));
  CHECK(dot_of(ring).find("graph [layout=\"neato\", overlap=\"false\", splines=\"true\"") != std::string::npos);
  CHECK(dot_of(chain(61)).find("graph [layout=\"neato\"") != std::string::npos);
  // Past kSplineLimit: sfdp, straight edges, prism overlap removal (never curved splines).
  const std::string big = dot_of(chain(101));
  CHECK(big.find("graph [layout=\"sfdp\", overlap=\"prism\", splines=\"false\"") != std::string::npos);
  CHECK(big.find("splines=\"true\"") == std::string::npos);
  // There, entities without a relation are left out (and the file says so); below, they stay.
  graph::KnowledgeGraph lone = chain(101);
  lone.insert_node({"n9999", "Alone Inc", core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  const std::string with_lone = dot_of(lone);
  CHECK(with_lone.rfind("// 1 entities without a relation are left out", 0) == 0);
  CHECK(with_lone.find("Alone Inc") == std::string::npos);
  graph::KnowledgeGraph small = chain(5);
  small.insert_node({"n9999", "Alone Inc", core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  CHECK(dot_of(small).find("Alone Inc") != std::string::npos);
}

TEST_CASE("export: dot legend lists the types drawn and the line styles", "[export][dot]") {
  const std::string dot = dot_of(test::sample_graph());
  CHECK(dot.find("labelloc=\"b\"") != std::string::npos);
  CHECK(dot.find("<td bgcolor=\"#AED6F1\">PERSON (ellipse)</td>") != std::string::npos);
  CHECK(dot.find("<td bgcolor=\"#A9DFBF\">GPE (hexagon)</td>") != std::string::npos);
  CHECK(dot.find("LOC (house)") == std::string::npos);  // no place in the sample graph
  CHECK(dot.find("dashed: denied") != std::string::npos);
  std::ostringstream out;
  exporter::DotOptions opts;
  opts.legend = false;
  exporter::write_dot(test::sample_graph(), out, opts);
  CHECK(out.str().find("entity types") == std::string::npos);
}

TEST_CASE("export: dot draws only a subgraph when given one, with its title", "[export][dot]") {
  const graph::KnowledgeGraph g = chain(5);
  graph::Subgraph part;
  part.nodes = {*g.find_node("n1001"), *g.find_node("n1002")};
  part.edges = g.out_edges(*g.find_node("n1001"));
  exporter::DotOptions opts;
  opts.only = &part;
  opts.title = "around <Org 1> & co";
  std::ostringstream out;
  exporter::write_dot(g, out, opts);
  const std::string dot = out.str();
  CHECK(dot.find("\"n1001\" [label=") != std::string::npos);
  CHECK(dot.find("\"n1000\" [label=") == std::string::npos);
  CHECK(dot.find("\"n1001\" -> \"n1002\"") != std::string::npos);
  CHECK(dot.find("\"n1002\" -> \"n1003\"") == std::string::npos);
  CHECK(dot.find("<b>around &lt;Org 1&gt; &amp; co</b>") != std::string::npos);
}

TEST_CASE("export: dot renders with Graphviz without warnings", "[export][dot][tools]") {
  test::Prerequisites("DOT rendering check").program("dot").require();
  test::TempDir dir;
  for (const auto& [name, g] : {std::pair{"sample", test::sample_graph()}, std::pair{"tricky", test::tricky_graph()},
                                std::pair{"big", chain(320)}}) {
    const auto file = dir.path() / (std::string(name) + ".dot");
    const auto svg = dir.path() / (std::string(name) + ".svg");
    const auto err = dir.path() / (std::string(name) + ".err");
    test::write_file(file, dot_of(g));
    const int rc = test::run("dot -Tsvg " + test::quoted(file) + " -o " + test::quoted(svg) + " 2>" + test::quoted(err));
    INFO(name << " stderr: " << test::read_file(err));
    CHECK(rc == 0);
    CHECK(test::read_file(err).empty());
    const std::string out = test::read_file(svg);
    if (std::string(name) == "big") {
      CHECK(out.find("Org 319") != std::string::npos);  // sfdp with prism: node labels kept
      continue;
    }
    CHECK(out.find(std::string(name) == "tricky" ? "Zürich – 北京 – Москва" : "Vladimir Putin") != std::string::npos);
    CHECK(out.find("entity types") != std::string::npos);  // the legend is drawn
    if (std::string(name) == "tricky") {
      CHECK(out.find(">C:\\Temp\\</text>") != std::string::npos);
      CHECK(out.find(">\\N \\G \\n</text>") != std::string::npos);
      CHECK(out.find(">Line one</text>") != std::string::npos);
    }
  }
}

TEST_CASE("export: path dot keeps only the hops, with the same quoting as the graph", "[export][dot]") {
  const auto g = test::tricky_graph();
  graph::PathOptions opt;
  opt.max_hops = 20;
  const auto nodes = g.nodes();
  const auto paths = graph::shortest_paths(g, nodes.front(), nodes.back(), opt);
  REQUIRE(paths.size() == 1);
  std::ostringstream out;
  exporter::write_paths_dot(g, paths, out);
  const std::string dot = out.str();
  CHECK(dot.rfind("digraph \"ergraph_path\" {\n  rankdir=LR;", 0) == 0);
  std::size_t arrows = 0;
  for (std::size_t i = dot.find(" -> "); i != std::string::npos; i = dot.find(" -> ", i + 1)) ++arrows;
  std::size_t relations = 0;  // every usable edge of every hop is an arrow
  for (const auto& h : paths[0].hops) relations += h.edges.size();
  CHECK(arrows == relations);
  CHECK(dot.find("style=dashed") != std::string::npos);   // a denied hop
  CHECK(dot.find("(hedged, PS+)") != std::string::npos);       // a hedged hop
  CHECK(dot.find("say \\\"no\\\"") != std::string::npos);  // quotes escaped as in write_dot
  test::Prerequisites("path DOT rendering check").program("dot").require();
  test::TempDir dir;
  test::write_file(dir.path() / "p.dot", dot);
  const auto err = dir.path() / "err";
  CHECK(test::run("dot -Tsvg " + test::quoted(dir.path() / "p.dot") + " -o /dev/null 2>" + test::quoted(err)) == 0);
  CHECK(test::read_file(err).empty());
}
