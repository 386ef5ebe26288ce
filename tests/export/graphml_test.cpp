#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/detail/escape.h"
#include "export/graphml.h"
#include "fixtures.h"
#include "support/test_support.h"

using namespace ergraph;

namespace {

std::string graphml_of(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter::write_graphml(g, out);
  return out.str();
}

/// JSON file with what networkx must report: {"nodes": {id: label}, "edges": [[label, polarity,
/// modality, attribution]]}.
std::string expected_labels_json(const graph::KnowledgeGraph& g) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("nodes");
  w.StartObject();
  for (auto n : g.nodes()) {
    w.Key(g.node(n).id.c_str());
    w.String(test::xml_survivor(g.node(n).label).c_str());
  }
  w.EndObject();
  w.Key("edges");
  w.StartArray();
  for (auto e : g.edges()) {  // [label, polarity, modality, attribution ("" if none)]
    const graph::EdgeData& d = g.edge(e);
    w.StartArray();
    w.String(test::xml_survivor(d.relation).c_str());
    w.String(core::to_string(d.polarity));
    w.String(core::to_string(d.modality));
    w.String(test::xml_survivor(exporter::detail::join(d.attributions, "; ")).c_str());
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

constexpr const char* kNetworkxCheck = R"PY(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
exp = json.load(open(sys.argv[2], encoding="utf-8"))
nodes = {n: d["label"] for n, d in g.nodes(data=True)}
assert nodes == exp["nodes"], (nodes, exp["nodes"])
edges = sorted([d["label"], d["polarity"], d["modality"], d.get("attribution", "")] for *_, d in g.edges(data=True))
assert edges == sorted(exp["edges"]), (edges, exp["edges"])
for *_, d in g.edges(data=True):
    assert isinstance(d["weight"], float) and d["weight"] >= 1, d
    assert isinstance(d["count"], int), d
    assert isinstance(d["hedged"], int) and 0 <= d["hedged"] <= d["count"], d
    assert isinstance(d["confidence"], float), d
for _, d in g.nodes(data=True):
    assert isinstance(d["mentions"], int) and d["type"] in ("PERSON", "ORG", "GPE", "LOC", "MISC"), d
print("ok")
)PY";

}  // namespace

TEST_CASE("export: graphml declares typed node and edge keys before the graph", "[export][graphml]") {
  const std::string xml = graphml_of(test::sample_graph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", 0) == 0);
  CHECK(xml.find("xsi:schemaLocation=") != std::string::npos);
  CHECK(xml.find("for=\"all\"") == std::string::npos);
  const auto graph_at = xml.find("<graph id=\"G\" edgedefault=\"directed\">");
  REQUIRE(graph_at != std::string::npos);
  CHECK(xml.rfind("<key ") < graph_at);
  for (const char* key : {"<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
                          "<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>",
                          "<key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>",
                          "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
                          "<key id=\"e_evidence_sentence\" for=\"edge\" attr.name=\"evidence_sentence\" attr.type=\"int\"/>",
                          "<key id=\"e_confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>",
                          "<key id=\"e_polarity\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>",
                          "<key id=\"e_modality\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>",
                          "<key id=\"e_hedged\" for=\"edge\" attr.name=\"hedged\" attr.type=\"int\"/>",
                          "<key id=\"e_attribution\" for=\"edge\" attr.name=\"attribution\" attr.type=\"string\"/>"}) {
    CHECK(xml.find(key) != std::string::npos);
  }
}

TEST_CASE("export: graphml lists nodes then edges sorted by id", "[export][graphml]") {
  const auto g = test::sample_graph();
  const std::string xml = graphml_of(g);
  std::size_t last = 0;
  for (auto n : g.nodes()) {
    const auto at = xml.find("<node id=\"" + g.node(n).id + "\">");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  for (auto e : g.edges()) {
    const auto at = xml.find("<edge id=\"" + g.edge(e).id + "\" source=\"" + g.node(g.source(e)).id + "\"");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
}

TEST_CASE("export: graphml escapes markup and characters XML 1.0 forbids", "[export][graphml]") {
  const std::string xml = graphml_of(test::tricky_graph());
  CHECK(xml.find("<data key=\"label\">AT&amp;T &lt;Holdings&gt;</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"label\">Say &quot;Hi&quot; Ltd</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"label\">Line one\nLine two</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"label\">bell\xEF\xBF\xBDhere</data>") != std::string::npos);
  CHECK(xml.find("He said &quot;x &lt; y &amp; z&quot;&#13;\nand\tthen \\n left.") != std::string::npos);
  CHECK(xml.find("<data key=\"doc_ids\">d&amp;0 | doc &lt;0&gt;</data>") != std::string::npos);
  CHECK(xml.find('\x07') == std::string::npos);
  CHECK(xml.find("AT&T") == std::string::npos);
}

TEST_CASE("export: graphml edge weight is the count and never below 1", "[export][graphml]") {
  graph::KnowledgeGraph g;
  const auto a = g.insert_node({"na", "A", core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  const auto b = g.insert_node({"nb", "B", core::EntityType::Org, 1, {}, {}, {}, {}, {}, {}});
  g.insert_edge(a, b, test::edge_data("e1", "own", 0, 0.5));
  g.insert_edge(b, a, test::edge_data("e2", "own", 12, 0.98765));
  const std::string xml = graphml_of(g);
  CHECK(xml.find("<edge id=\"e1\" source=\"na\" target=\"nb\">\n      <data key=\"e_label\">own</data>\n"
                 "      <data key=\"e_weight\">1.0</data>\n      <data key=\"e_count\">0</data>\n"
                 "      <data key=\"e_confidence\">0.5</data>\n") != std::string::npos);
  CHECK(xml.find("<data key=\"e_weight\">12.0</data>\n      <data key=\"e_count\">12</data>\n"
                 "      <data key=\"e_confidence\">0.9877</data>") != std::string::npos);
}

namespace {

/// The <edge ...>...</edge> element of edge `e` in `xml`.
std::string edge_element(const std::string& xml, const graph::EdgeData& e) {
  const auto at = xml.find("<edge id=\"" + e.id + "\"");
  if (at == std::string::npos) return {};
  return xml.substr(at, xml.find("</edge>", at) - at);
}

}  // namespace

TEST_CASE("export: graphml writes the polarity, modality and attributions of each edge", "[export][graphml]") {
  const auto g = test::sample_graph();
  const std::string xml = graphml_of(g);
  int negative = 0, hedged = 0;
  for (auto e : g.edges()) {
    const graph::EdgeData& d = g.edge(e);
    const std::string elem = edge_element(xml, d);
    REQUIRE_FALSE(elem.empty());
    CHECK(elem.find("<data key=\"e_polarity\">" + std::string(core::to_string(d.polarity)) + "</data>") !=
          std::string::npos);
    CHECK(elem.find("<data key=\"e_modality\">" + std::string(core::to_string(d.modality)) + "</data>") !=
          std::string::npos);
    if (d.polarity == core::Polarity::Negative) {
      ++negative;
      CHECK(d.relation == "take-side-with");
      CHECK(elem.find("<data key=\"e_attribution\">Kremlin</data>") != std::string::npos);
    }
    if (d.modality == core::Modality::Hedged) {
      ++hedged;
      CHECK(d.relation == "meet");
      CHECK(elem.find("<data key=\"e_hedged\">1</data>") != std::string::npos);
      CHECK(elem.find("<data key=\"e_attribution\">TASS</data>") != std::string::npos);
    }
    if (d.attributions.empty()) CHECK(elem.find("e_attribution") == std::string::npos);
  }
  CHECK(negative == 1);
  CHECK(hedged == 1);
  // Several attributions are joined with "; " and escaped.
  CHECK(graphml_of(test::tricky_graph()).find(
            "<data key=\"e_attribution\">Kremlin; TASS &amp; &lt;RIA&gt; &quot;Novosti&quot;</data>") !=
        std::string::npos);
}

TEST_CASE("export: graphml output does not depend on the order triples were added", "[export][graphml]") {
  auto triples = test::sample_triples();
  std::reverse(triples.begin(), triples.end());
  graph::KnowledgeGraph g;
  for (const auto& t : triples) g.add(t);
  g.finalize();
  CHECK(graphml_of(g) == graphml_of(test::sample_graph()));
}

TEST_CASE("export: graphml validates against the GraphML 1.0 XSD", "[export][graphml][tools]") {
  const auto xsd = test::shared_dir() / "schemas" / "graphml" / "graphml.xsd";
  test::Prerequisites("GraphML schema check").program("xmllint").file(xsd).require();
  test::TempDir dir;
  for (const auto& [name, g] : {std::pair{"sample", test::sample_graph()}, std::pair{"tricky", test::tricky_graph()}}) {
    const auto file = dir.path() / (std::string(name) + ".graphml");
    test::write_file(file, graphml_of(g));
    const auto err = dir.path() / "xmllint.err";
    const int rc = test::run("xmllint --nonet --noout --schema " + test::quoted(xsd) + " " + test::quoted(file) +
                             " 2>" + test::quoted(err));
    INFO(name << ": " << test::read_file(err));
    CHECK(rc == 0);
  }
}

TEST_CASE("export: graphml loads in networkx with node and edge labels", "[export][graphml][tools]") {
  test::Prerequisites("GraphML networkx check").program("/usr/bin/python3").python_module("networkx").require();
  test::TempDir dir;
  const auto script = dir.path() / "check.py";
  test::write_file(script, kNetworkxCheck);
  for (const auto& [name, g] : {std::pair{"sample", test::sample_graph()}, std::pair{"tricky", test::tricky_graph()}}) {
    const auto file = dir.path() / (std::string(name) + ".graphml");
    const auto expected = dir.path() / (std::string(name) + ".json");
    test::write_file(file, graphml_of(g));
    test::write_file(expected, expected_labels_json(g));
    const auto log = dir.path() / "python.log";
    const int rc = test::run("/usr/bin/python3 " + test::quoted(script) + " " + test::quoted(file) + " " +
                             test::quoted(expected) + " >" + test::quoted(log) + " 2>&1");
    INFO(name << ": " << test::read_file(log));
    CHECK(rc == 0);
  }
}
