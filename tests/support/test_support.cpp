#include "support/test_support.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace ergraph::test {
namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& path, const std::string& content) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("ergraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path source_dir() { return ERGRAPH_SOURCE_DIR; }
fs::path shared_dir() { return ERGRAPH_SHARED_DIR; }
fs::path test_data_dir() { return ERGRAPH_TEST_DATA_DIR; }

bool matches_golden(const std::string& name, const std::string& actual) {
  const fs::path golden = source_dir() / "tests" / "golden" / name;
  const char* approve = std::getenv("ERGRAPH_APPROVE");
  if (approve && std::string(approve) == "1") {
    write_file(golden, actual);
    return true;
  }
  std::string expected;
  try {
    expected = read_file(golden);
  } catch (const std::exception&) {
  }
  if (expected == actual) return true;
  write_file(fs::path(golden.string() + ".unapproved"), actual);
  return false;
}

}  // namespace ergraph::test
