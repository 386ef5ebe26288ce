#include <sstream>

#include <catch2/catch.hpp>

#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonl.h"
#include "fixtures.h"
#include "support/test_support.h"

using namespace ergraph;

TEST_CASE("export: sample graph matches the approved GraphML", "[export][golden]") {
  std::ostringstream out;
  exporter::write_graphml(test::sample_graph(), out);
  CHECK(test::matches_golden("sample.graphml", out.str()));
}

TEST_CASE("export: sample graph matches the approved DOT", "[export][golden]") {
  std::ostringstream out;
  exporter::write_dot(test::sample_graph(), out);
  CHECK(test::matches_golden("sample.dot", out.str()));
}

TEST_CASE("export: sample triples match the approved JSONL", "[export][golden]") {
  std::ostringstream out;
  exporter::write_triples_jsonl(test::sample_triples(), out);
  CHECK(test::matches_golden("sample.jsonl", out.str()));
}
