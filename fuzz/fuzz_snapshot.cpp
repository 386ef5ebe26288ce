// The binary graph snapshot (graph/snapshot.h). The fuzzer's bytes are the payload; the target
// writes the header with the right size and checksum (the first byte gives the flags), so the
// inputs reach the parser behind the checksum. A parsed graph is also finalized.
#include <cstring>

#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "core/text.h"
#include "graph/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  if (size < 1) return 0;
  const std::string_view payload = fuzz::bytes(data + 1, size - 1);
  std::string file("ERGSNAP\n", 8);
  auto put = [&](std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) file += static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  put(graph::kSnapshotVersion, 4);
  put(data[0] & 1u, 4);
  put(payload.size(), 8);
  put(core::fnv1a64(payload), 8);
  file.append(payload);
  const auto path = fuzz::scratch_file(file, ".snapshot");
  try {
    auto s = graph::read_snapshot(path);
    if (!s.finalized) s.graph.finalize();
  } catch (const Error&) {
  }
  return 0;
}
