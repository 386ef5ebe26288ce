// The streaming GraphML reader (export/graphml.h) that `path`, `neighbors`, `merge` and `view`
// use on files from other tools: entity expansion, DOCTYPE, numbers, ids and edges to nowhere.
// Also the GraphML index of `path` and `neighbors` (GraphmlIndex), against read_graphml: the same
// error code, or, when both read the file, the same graph once every edge is read back (a
// difference aborts: a finding).
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "export/graphml.h"

namespace {

std::string graphml_text(const ergraph::graph::KnowledgeGraph& g) {
  std::ostringstream out;
  ergraph::exporter::write_graphml(g, out);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  const auto path = fuzz::scratch_file(fuzz::bytes(data, size), ".graphml");
  std::string whole_error, whole_text;
  try {
    auto g = exporter::read_graphml(path);
    whole_text = graphml_text(g);
    try {
      g.finalize();
    } catch (const Error&) {
    }
  } catch (const Error& e) {
    whole_error = e.code();
  }
  std::string index_error, index_text;
  try {
    if (auto index = exporter::GraphmlIndex::open(path)) {
      graph::KnowledgeGraph g = index->take_nodes();
      std::vector<std::uint32_t> all;
      for (std::uint32_t e = 0; e < index->edge_count(); ++e) all.push_back(e);
      index->add_edges(g, all);
      index_text = graphml_text(g);
    } else {
      index_error = whole_error, index_text = whole_text;  // declined: read_graphml's answer stands
    }
  } catch (const Error& e) {
    index_error = e.code();
  }
  if (index_error != whole_error || index_text != whole_text) std::abort();
  return 0;
}
