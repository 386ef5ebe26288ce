// entities.jsonl (export/entities.h), and the surface forms and concept scopes in GraphML.
#include <sstream>

#include <catch2/catch.hpp>

#include "export/entities.h"
#include "export/graphml.h"
#include "fixtures.h"
#include "graph/path.h"
#include "support/test_support.h"

using namespace ergraph;
using core::EntityType;

namespace {

core::Triple triple(std::string s, EntityType st, std::string s_text, std::string s_rule, std::string rel,
                    std::string o, EntityType ot, std::string o_text, std::string o_rule, std::string doc) {
  core::Triple t;
  t.subject = {std::move(s), st, std::move(s_text), std::move(s_rule)};
  t.object = {std::move(o), ot, std::move(o_text), std::move(o_rule)};
  t.relation = t.relation_text = std::move(rel);
  t.evidence.doc_id = std::move(doc);
  t.confidence = 0.5;
  return t;
}

/// Two articles: each with its own "statement"; Putin by three rules.
graph::KnowledgeGraph small_graph() {
  graph::KnowledgeGraph g;
  constexpr auto P = EntityType::Person, C = EntityType::Concept, G = EntityType::Gpe;
  g.add(triple("Vladimir Putin", P, "President Putin", "title", "make", "statement", C, "a statement", "concept", "a.txt"));
  g.add(triple("Vladimir Putin", P, "Putin", "surname", "visit", "Russia", G, "Moscow", "metonym", "a.txt"));
  g.add(triple("Vladimir Putin", P, "Vladimir Putin", "exact", "issue", "statement", C, "statement", "concept", "b.txt"));
  g.add(triple("Vladimir Putin", P, "Putin", "alias-file", "lead", "Russia", G, "Russia", "exact", "b.txt"));
  g.finalize();
  return g;
}

std::string jsonl_of(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter::write_entities_jsonl(g, out);
  return out.str();
}

}  // namespace

TEST_CASE("export: entities.jsonl lists every node with its forms, rules, mentions and documents", "[export][entities]") {
  const auto g = small_graph();
  const std::string got = jsonl_of(g);
  std::istringstream lines(got);
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  REQUIRE(rows.size() == 4);
  // Sorted by name, ignoring case: Russia, two "statement"s (a.txt before b.txt), Vladimir Putin.
  const std::string russia = graph::node_id("Russia", EntityType::Gpe);
  const std::string putin = graph::node_id("Vladimir Putin", EntityType::Person);
  CHECK(rows[0] ==
        R"({"id":")" + russia + R"(","name":"Russia","type":"GPE","mentions":2,"documents":["a.txt","b.txt"],)"
        R"("surface_forms":[{"text":"Moscow","count":1,"rule":"metonym"},{"text":"Russia","count":1,"rule":"exact"}]})");
  CHECK(rows[1] == R"({"id":")" + graph::node_id("statement", EntityType::Concept, "a.txt") +
                       R"(","name":"statement","type":"CONCEPT","document":"a.txt","mentions":1,"documents":["a.txt"],)"
                       R"("surface_forms":[{"text":"a statement","count":1,"rule":"concept"}]})");
  CHECK(rows[2] == R"({"id":")" + graph::node_id("statement", EntityType::Concept, "b.txt") +
                       R"(","name":"statement","type":"CONCEPT","document":"b.txt","mentions":1,"documents":["b.txt"],)"
                       R"("surface_forms":[{"text":"statement","count":1,"rule":"concept"}]})");
  CHECK(rows[3] ==
        R"({"id":")" + putin + R"(","name":"Vladimir Putin","type":"PERSON","mentions":4,"documents":["a.txt","b.txt"],)"
        R"("surface_forms":[{"text":"President Putin","count":1,"rule":"title"},{"text":"Putin","count":1,"rule":"alias-file"},)"
        R"({"text":"Putin","count":1,"rule":"surname"},{"text":"Vladimir Putin","count":1,"rule":"exact"}]})");
  // Most seen first: a second "Putin" by surname puts it ahead.
  graph::KnowledgeGraph more = small_graph();
  more.add(triple("Vladimir Putin", EntityType::Person, "Putin", "surname", "meet", "Xi Jinping", EntityType::Person,
                  "Xi", "surname", "c.txt"));
  const auto forms = exporter::forms_by_count(more.node(*more.find_node(putin)));
  REQUIRE(forms.size() == 4);
  CHECK(forms[0].first == graph::SurfaceForm{"Putin", "surname"});
  CHECK(forms[0].second == 2);
  // Deterministic: the same graph gives the same bytes.
  CHECK(jsonl_of(small_graph()) == got);
}

TEST_CASE("export: GraphML keeps surface forms and concept scopes, concepts stay apart when read back", "[export][entities][graphml]") {
  test::TempDir dir;
  const auto g = small_graph();
  std::ostringstream out;
  exporter::write_graphml(g, out);
  const std::string text = out.str();
  CHECK(text.find(R"(<key id="forms" for="node" attr.name="forms" attr.type="string"/>)") != std::string::npos);
  CHECK(text.find(R"(<key id="scope" for="node" attr.name="scope" attr.type="string"/>)") != std::string::npos);
  CHECK(text.find(R"(<data key="scope">a.txt</data>)") != std::string::npos);
  CHECK(text.find(R"(<data key="forms">Moscow [metonym] 1 | Russia [exact] 1</data>)") != std::string::npos);
  test::write_file(dir.path() / "g.graphml", text);
  const auto back = exporter::read_graphml(dir.path() / "g.graphml");
  REQUIRE(back.node_count() == 4);
  const auto statements = graph::find_entities(back, "statement");
  REQUIRE(statements.size() == 2);
  CHECK(back.node(statements[0]).scope != back.node(statements[1]).scope);
  const auto putin = back.find_node(graph::node_id("Vladimir Putin", EntityType::Person));
  REQUIRE(putin);
  CHECK(back.node(*putin).forms == g.node(*g.find_node(graph::node_id("Vladimir Putin", EntityType::Person))).forms);
  CHECK(jsonl_of(back) == jsonl_of(g));
  // Putin reaches both statements, but one statement does not lead to the other's article.
  const auto a = *back.find_node(graph::node_id("statement", EntityType::Concept, "a.txt"));
  const auto b = *back.find_node(graph::node_id("statement", EntityType::Concept, "b.txt"));
  const auto paths = graph::shortest_paths(back, a, b, graph::PathOptions{});
  REQUIRE(paths.size() == 1);
  CHECK(back.node(paths[0].hops[0].to).label == "Vladimir Putin");  // through the named entity only
}

TEST_CASE("export: a malformed forms field is an error naming the line", "[export][entities][graphml]") {
  test::TempDir dir;
  test::write_file(dir.path() / "bad.graphml",
                   "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                   "  <key id=\"f\" for=\"node\" attr.name=\"forms\" attr.type=\"string\"/>\n"
                   "  <graph edgedefault=\"directed\">\n"
                   "    <node id=\"a\"><data key=\"f\">Putin [surname] many</data></node>\n"
                   "  </graph>\n</graphml>\n");
  std::string where;
  CHECK(test::error_code_of([&] { exporter::read_graphml(dir.path() / "bad.graphml"); }, where) == "E507");
  CHECK(where == (dir.path() / "bad.graphml").string() + ":5");
}
