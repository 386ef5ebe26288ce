#pragma once
// Shared helpers for the Catch2 tests.
#include <filesystem>
#include <string>

namespace ergraph::test {

/// Reads a whole file into a string (throws on error).
std::string read_file(const std::filesystem::path& path);
/// Writes a string to a file, creating parent folders.
void write_file(const std::filesystem::path& path, const std::string& content);
/// A fresh, empty temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
 private:
  std::filesystem::path path_;
};

/// Project source dir, ../shared dir and tests/data dir.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();
std::filesystem::path test_data_dir();

/// Golden-file check: compares `actual` with tests/golden/<name>. On mismatch writes
/// tests/golden/<name>.unapproved and returns false. With ERGRAPH_APPROVE=1 in the
/// environment it (re)writes the golden file and returns true.
bool matches_golden(const std::string& name, const std::string& actual);

}  // namespace ergraph::test
