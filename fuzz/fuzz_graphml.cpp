// The streaming GraphML reader (export/graphml.h) that `path`, `neighbors`, `merge` and `view`
// use on files from other tools: entity expansion, DOCTYPE, numbers, ids and edges to nowhere.
#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "export/graphml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = ergraph::fuzz::scratch_file(ergraph::fuzz::bytes(data, size), ".graphml");
  try {
    auto g = ergraph::exporter::read_graphml(path);
    g.finalize();
  } catch (const ergraph::Error&) {
  }
  return 0;
}
