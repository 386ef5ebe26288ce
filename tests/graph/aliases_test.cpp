// The user's alias file (graph/aliases.h): parsing, errors with file:line, and rewriting.
#include <sstream>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "graph/aliases.h"
#include "graph/knowledge_graph.h"
#include "graph_fixtures.h"
#include "support/test_support.h"

using namespace ergraph;
using core::EntityType;
using graph::AliasTable;

namespace {

AliasTable parse(const std::string& text) {
  std::istringstream in(text);
  return AliasTable::parse(in, "aliases.tsv");
}

/// The error code parse() throws for `text`, and its location.
std::string error_of(const std::string& text, std::string& location) {
  return test::error_code_of([&] { parse(text); }, location);
}

}  // namespace

TEST_CASE("aliases: entries, comments, blank lines, CRLF and spacing", "[graph][aliases]") {
  const AliasTable t = parse(
      "# my aliases\n"
      "\n"
      "Putin\tVladimir Putin\n"
      "  the   Kremlin \tRussia\tgpe\r\n"
      "Korea Republic\tSouth Korea\tGPE\n"
      "   # indented comment\n"
      "Apple\tApple\tORG\n");
  CHECK(t.size() == 4);
  REQUIRE(t.find("Putin"));
  CHECK(t.find("Putin")->canonical == "Vladimir Putin");
  CHECK_FALSE(t.find("Putin")->type);
  REQUIRE(t.find("the Kremlin"));
  CHECK(t.find("the Kremlin")->canonical == "Russia");
  CHECK(t.find("the Kremlin")->type == EntityType::Gpe);
  CHECK(t.find("the Kremlin")->line == 4);
  CHECK(t.find("the  Kremlin"));  // looked up squeezed
  CHECK_FALSE(t.find("putin"));   // case-sensitive
  REQUIRE(t.find("Apple"));       // a self entry that sets the type
  CHECK(t.find("Apple")->type == EntityType::Org);
  CHECK(parse("X\tX\n").empty());  // a self entry without a type changes nothing
}

TEST_CASE("aliases: bad lines are errors with file and line", "[graph][aliases]") {
  std::string where;
  CHECK(error_of("ok\tOK\nno tab here\n", where) == "E710");
  CHECK(where == "aliases.tsv:2");
  CHECK(error_of("a\tb\tPERSON\textra\n", where) == "E710");
  CHECK(where == "aliases.tsv:1");
  CHECK(error_of("\tVladimir Putin\n", where) == "E711");
  CHECK(error_of("Putin\t  \n", where) == "E711");
  CHECK(error_of("Putin\tVladimir Putin\t\n", where) == "E711");
  CHECK(error_of("# c\nPutin\tVladimir Putin\tPRESIDENT\n", where) == "E712");
  CHECK(where == "aliases.tsv:2");
  CHECK(error_of("Putin\tVladimir Putin\nPutin\tV. Putin\n", where) == "E713");
  CHECK(where == "aliases.tsv:2");
  CHECK(error_of("Putin\tVladimir Putin\nVladimir Putin\tV. V. Putin\n", where) == "E714");
  CHECK(where == "aliases.tsv:2");
  CHECK(error_of("Vladimir Putin\tV. V. Putin\nPutin\tVladimir Putin\n", where) == "E714");
  CHECK(where == "aliases.tsv:2");
  CHECK(error_of("Caf\xe9\tCafe\n", where) == "E715");
  CHECK(where == "aliases.tsv:1");
  // The same canonical name on several lines, and a self entry beside it, are fine.
  CHECK(error_of("Putin\tVladimir Putin\nPresident Putin\tVladimir Putin\nVladimir Putin\tVladimir Putin\tPERSON\n",
                 where) == "none");
}

TEST_CASE("aliases: a missing file is an I/O error", "[graph][aliases]") {
  test::TempDir dir;
  std::string where;
  const auto missing = dir.path() / "none.tsv";
  CHECK(test::error_code_of([&] { AliasTable::load(missing); }, where) == "E716");
  CHECK(where == missing.string());
  CHECK(test::error_code_of([&] { AliasTable::load(dir.path()); }, where) == "E716");
  test::write_file(dir.path() / "a.tsv", "Putin\tVladimir Putin\n");
  CHECK(AliasTable::load(dir.path() / "a.tsv").size() == 1);
}

TEST_CASE("aliases: apply rewrites names before merging and records the rule", "[graph][aliases]") {
  const AliasTable t = parse("Putin\tVladimir Putin\nKorea Republic\tSouth Korea\tGPE\nthe war\tWar in Ukraine\tMISC\n");
  core::EntityRef by_name{"Putin", EntityType::Person, "President Putin", "title"};
  CHECK(t.apply(by_name));
  CHECK(by_name.name == "Vladimir Putin");
  CHECK(by_name.type == EntityType::Person);
  CHECK(by_name.mention == "President Putin");
  CHECK(by_name.rule == "alias-file");
  core::EntityRef by_text{"Korea", EntityType::Misc, "Korea Republic", "exact"};
  CHECK(t.apply(by_text));
  CHECK(by_text.name == "South Korea");
  CHECK(by_text.type == EntityType::Gpe);
  core::EntityRef other{"Xi Jinping", EntityType::Person, "Xi", "surname"};
  CHECK_FALSE(t.apply(other));
  CHECK(other.name == "Xi Jinping");
  CHECK(other.rule == "surname");

  // Through the graph: "Putin" and "Vladimir Putin" are one node; a concept named by the user
  // becomes a named entity shared by the articles.
  graph::KnowledgeGraph g;
  core::Triple a = test::make_triple({"Putin", "meet", "Xi Jinping", "a.txt"});
  core::Triple b = test::make_triple({"Vladimir Putin", "call", "Xi Jinping", "b.txt"});
  test::TripleSpec w1{"Vladimir Putin", "start", "the war", "a.txt"};
  w1.object_type = EntityType::Concept;
  test::TripleSpec w2{"Xi Jinping", "discuss", "the war", "b.txt"};
  w2.object_type = EntityType::Concept;
  core::Triple c = test::make_triple(w1), d = test::make_triple(w2);
  for (core::Triple* x : {&a, &b, &c, &d}) {
    t.apply(*x);
    g.add(*x);
  }
  g.finalize();
  CHECK(g.node_count() == 3);
  const auto putin = g.find_node(graph::node_id("Vladimir Putin", EntityType::Person));
  REQUIRE(putin);
  CHECK(g.node(*putin).forms.count(graph::SurfaceForm{"Putin", "alias-file"}) == 1);
  const auto war = g.find_node(graph::node_id("War in Ukraine", EntityType::Misc));
  REQUIRE(war);
  CHECK(g.node(*war).documents == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(g.node(*war).forms.count(graph::SurfaceForm{"the war", "alias-file"}) == 1);
}
