// GEXF 1.3 writer (export/gexf.h): golden file, the RELAX NG schema, and the real readers
// (networkx read_gexf, graphology-gexf as Gephi Lite uses it).
#include <sstream>

#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/gexf.h"
#include "fixtures.h"
#include "support/test_support.h"

using namespace ergraph;

namespace {

std::string gexf_of(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter::write_gexf(g, out);
  return out.str();
}

/// The sample graph with dated articles: doc-a on 2025-04-12 (title and url), doc-b undated; a
/// third article on 2025-04-20 repeats one relation so an edge has two days.
graph::KnowledgeGraph dated_graph() {
  auto triples = test::sample_triples();
  graph::KnowledgeGraph g;
  for (auto t : triples) {
    if (t.evidence.doc_id == "doc-a") {
      t.evidence.date = "2025-04-12";
      t.evidence.title = "Calls & \"sides\"";
      t.evidence.url = "https://example.org/a?x=1&y=2";
    }
    g.add(t);
    if (t.relation == "sell-dual-use-goods-to") {
      t.evidence.doc_id = "doc-c";
      t.evidence.date = "2025-04-20";
      g.add(t);
    }
  }
  g.finalize();
  return g;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

/// {"nodes": N, "edges": E, "labels": {id: label}, "pairs": {"source>target": k}}
std::string expected_json(const graph::KnowledgeGraph& g) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("nodes");
  w.Uint(static_cast<unsigned>(g.node_count()));
  w.Key("edges");
  w.Uint(static_cast<unsigned>(g.edge_count()));
  w.Key("labels");
  w.StartObject();
  for (auto n : g.nodes()) {
    w.Key(g.node(n).id.c_str());
    w.String(test::xml_survivor(g.node(n).label).c_str());
  }
  w.EndObject();
  std::map<std::string, unsigned> pairs;
  for (auto e : g.edges()) ++pairs[g.node(g.source(e)).id + ">" + g.node(g.target(e)).id];
  w.Key("pairs");
  w.StartObject();
  for (const auto& [k, v] : pairs) {
    w.Key(k.c_str());
    w.Uint(v);
  }
  w.EndObject();
  w.EndObject();
  return buf.GetString();
}

}  // namespace

TEST_CASE("export: dated sample graph matches the approved GEXF", "[export][golden][gexf]") {
  CHECK(test::matches_golden("sample.gexf", gexf_of(dated_graph())));
}

TEST_CASE("export: gexf keeps parallel edges apart by kind and plays dates as spells", "[export][gexf]") {
  const graph::KnowledgeGraph g = dated_graph();
  const std::string x = gexf_of(g);
  CHECK(count_of(x, "<edge ") == g.edge_count());
  CHECK(count_of(x, "<node ") == g.node_count());
  // Every edge has kind = its label; a denied relation is "not <relation>".
  CHECK(x.find("label=\"not take-side-with\" kind=\"not take-side-with\"") != std::string::npos);
  CHECK(x.find("label=\"take-side-with\" kind=\"take-side-with\"") != std::string::npos);
  CHECK(x.find("mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\"") != std::string::npos);
  CHECK(x.find("<spell start=\"2025-04-12\" end=\"2025-04-12\"/>\n          <spell start=\"2025-04-20\" "
               "end=\"2025-04-20\"/>") != std::string::npos);
  CHECK(x.find("timestamp") == std::string::npos);  // never mixed with intervals
  CHECK(x.find("<attvalue for=\"evidence_url\" value=\"https://example.org/a?x=1&amp;y=2\"/>") != std::string::npos);
  // Putin has an undated edge (doc-b): no lifetime, so that edge is never hidden with him.
  const auto putin = g.find_node(graph::node_id("Vladimir Putin", core::EntityType::Person));
  REQUIRE(putin);
  const auto at = x.find("<node id=\"" + g.node(*putin).id + "\"");
  REQUIRE(at != std::string::npos);
  CHECK(x.substr(at, x.find('>', at) - at).find("start=") == std::string::npos);
  // Undated graph: static, no time at all.
  const std::string s = gexf_of(test::sample_graph());
  CHECK(s.find("mode=\"static\"") != std::string::npos);
  CHECK(s.find("start=") == std::string::npos);
  CHECK(s.find("<spells>") == std::string::npos);
}

TEST_CASE("export: gexf output does not depend on the order of the triples", "[export][gexf]") {
  auto triples = test::sample_triples();
  std::reverse(triples.begin(), triples.end());
  graph::KnowledgeGraph g;
  for (const auto& t : triples) g.add(t);
  g.finalize();
  CHECK(gexf_of(g) == gexf_of(test::sample_graph()));
}

TEST_CASE("export: gexf validates against the GEXF 1.3 RELAX NG schema", "[export][gexf][tools]") {
  const auto rng = test::shared_dir() / "schemas" / "gexf-1.3" / "gexf.rng";
  test::Prerequisites("GEXF schema check").program("xmllint").file(rng).require();
  test::TempDir dir;
  for (const auto& [name, g] : {std::pair{"dated", dated_graph()}, std::pair{"sample", test::sample_graph()},
                                std::pair{"tricky", test::tricky_graph()}}) {
    const auto file = dir.path() / (std::string(name) + ".gexf");
    test::write_file(file, gexf_of(g));
    const auto err = dir.path() / "xmllint.err";
    const int rc = test::run("xmllint --nonet --noout --relaxng " + test::quoted(rng) + " " + test::quoted(file) +
                             " 2>" + test::quoted(err));
    INFO(name << ": " << test::read_file(err));
    CHECK(rc == 0);
  }
}

namespace {
constexpr const char* kNetworkxGexf = R"PY(
import json, sys, collections
import networkx as nx
from networkx.readwrite import gexf
# GEXF 1.3 support came with networkx 3.0; Debian 12 ships 2.8.8, whose reader parses 1.3 once
# the 1.3 namespaces are registered, as networkx 3 registers them (its 1.3 entry is the 1.2draft
# one with the new namespaces). With networkx >= 3 nothing is changed.
if "1.3" not in gexf.GEXF.versions:
    v = dict(gexf.GEXF.versions["1.2draft"])
    v.update({"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
              "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
    gexf.GEXF.versions["1.3"] = v
g = nx.read_gexf(sys.argv[1], version="1.3")
exp = json.load(open(sys.argv[2], encoding="utf-8"))
assert isinstance(g, nx.MultiDiGraph), type(g)
assert g.number_of_nodes() == exp["nodes"], g.number_of_nodes()
assert g.number_of_edges() == exp["edges"], g.number_of_edges()
pairs = collections.Counter(f"{s}>{t}" for s, t in g.edges())
assert pairs == collections.Counter(exp["pairs"]), (pairs, exp["pairs"])
for n, d in g.nodes(data=True):
    assert d["label"] == exp["labels"][n], (d["label"], exp["labels"][n])
    assert isinstance(d["mentions"], int) and d["type"] in ("PERSON", "ORG", "GPE", "LOC", "MISC", "CONCEPT"), d
    assert "viz" in d and "color" in d["viz"] and "size" in d["viz"], d
for *_, d in g.edges(data=True):
    assert isinstance(d["count"], int) and d["count"] >= 1, d
    assert isinstance(d["confidence"], float), d
    assert d["factuality"] in ("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu"), d
print("ok")
)PY";
}  // namespace

TEST_CASE("export: gexf loads in networkx as a multigraph with typed attributes", "[export][gexf][tools]") {
  test::Prerequisites("GEXF networkx check").program("/usr/bin/python3").python_module("networkx").require();
  test::TempDir dir;
  const auto script = dir.path() / "check.py";
  test::write_file(script, kNetworkxGexf);
  for (const auto& [name, g] : {std::pair{"dated", dated_graph()}, std::pair{"sample", test::sample_graph()}}) {
    const auto file = dir.path() / (std::string(name) + ".gexf");
    const auto expected = dir.path() / (std::string(name) + ".json");
    test::write_file(file, gexf_of(g));
    test::write_file(expected, expected_json(g));
    const auto log = dir.path() / "python.log";
    const int rc = test::run("/usr/bin/python3 " + test::quoted(script) + " " + test::quoted(file) + " " +
                             test::quoted(expected) + " >" + test::quoted(log) + " 2>&1");
    INFO(name << ": " << test::read_file(log));
    CHECK(rc == 0);
  }
}

TEST_CASE("export: gexf loads in graphology-gexf (Gephi Lite) with parallel edges kept", "[export][gexf][tools]") {
  const auto node_dir = test::source_dir() / "tests" / "node";
  test::Prerequisites("GEXF graphology check")
      .program("node")
      .file(node_dir / "node_modules" / "graphology-gexf" / "package.json")
      .require();
  test::TempDir dir;
  for (const auto& [name, g] : {std::pair{"dated", dated_graph()}, std::pair{"tricky", test::tricky_graph()}}) {
    const auto file = dir.path() / (std::string(name) + ".gexf");
    const auto expected = dir.path() / (std::string(name) + ".json");
    test::write_file(file, gexf_of(g));
    test::write_file(expected, expected_json(g));
    const auto log = dir.path() / "node.log";
    const int rc = test::run("node " + test::quoted(node_dir / "gexf_check.mjs") + " " + test::quoted(file) + " " +
                             test::quoted(expected) + " >" + test::quoted(log) + " 2>&1");
    INFO(name << ": " << test::read_file(log));
    CHECK(rc == 0);
  }
}
