#pragma once
/// @file fuzz_support.h
/// Shared by the fuzz targets (fuzz/*.cpp). Each target defines LLVMFuzzerTestOneInput: it feeds
/// the bytes to one reader and accepts only the errors that reader documents (ergraph::Error:
/// a reported, skippable bad input). Anything else, a crash, a sanitizer report, another
/// exception or an allocation past libFuzzer's limit, is a finding.
///
/// Built two ways (fuzz/CMakeLists.txt): with clang's libFuzzer (`make fuzz`, ERGRAPH_FUZZ=ON),
/// and, in every normal and sanitizer build, with standalone_main.cpp, which replays the seed
/// corpus and the regression inputs (fuzz/corpus/TARGET, fuzz/regressions/TARGET) as ctest tests.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

#include "core/text.h"

namespace ergraph::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// A scratch file of this process (under $TMPDIR or /tmp) for readers that take a path; the
/// extension chooses the reader where the reader dispatches on it.
inline std::filesystem::path scratch_file(std::string_view content, const std::string& extension) {
  static const std::filesystem::path dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    auto d = std::filesystem::path(tmp && *tmp ? tmp : "/tmp") / ("ergraph-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  const auto path = dir / ("input" + extension);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path;
}

/// Appends the little-endian FNV-1a-64 of `body` (the model files' trailer), so that the fuzzer
/// reaches the parser behind the checksum instead of stopping at E417 every time.
inline std::string with_fnv_trailer(std::string body) {
  const std::uint64_t h = core::fnv1a64(body);
  for (int i = 0; i < 8; ++i) body += static_cast<char>((h >> (8 * i)) & 0xFF);
  return body;
}

}  // namespace ergraph::fuzz
