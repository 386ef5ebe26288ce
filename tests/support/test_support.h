#pragma once
// Shared helpers for the Catch2 tests.
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"

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

/// Project source dir, ../shared dir ($ERGRAPH_SHARED if set, else ../shared beside the
/// checkout) and tests/data dir.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();
std::filesystem::path test_data_dir();

/// True in the sanitizer build (make test-sanitize, ASan). A test that repeats one comparison over
/// many random inputs may check a sample of them there, where every allocation costs about ten
/// times more; the Release build of `make test` checks them all.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

/// Exit status of a test process that was skipped: ctest runs every test with
/// SKIP_RETURN_CODE 77 and reports it as skipped, never as passed.
inline constexpr int kSkipExitCode = 77;

/// Whether missing prerequisites must fail the test: CI=true in the environment (.ci/run sets it).
bool ci_run();

/// What a test needs from outside the repository (the corpora in ../shared, a program such as
/// xmllint or dot, a Python module such as networkx):
///
///   test::Prerequisites("tagger accuracy gate").file(dev).require();
///
/// require() returns when everything is there. Otherwise the test does not pass: on CI it fails
/// with a message naming the gate and what is missing; elsewhere it prints that message and the
/// process exits with kSkipExitCode (ctest: skipped).
class Prerequisites {
 public:
  explicit Prerequisites(std::string gate) : gate_(std::move(gate)) {}
  Prerequisites& file(const std::filesystem::path& path);
  Prerequisites& program(const std::string& name);
  Prerequisites& python_module(const std::string& name);
  void require() const;

 private:
  std::string gate_;
  std::vector<std::string> missing_;
};

/// The code of the ergraph::Error that `f()` throws ("E422"), its location in `location`;
/// "none" if it throws nothing.
template <class F>
std::string error_code_of(F&& f, std::string& location) {
  try {
    f();
  } catch (const ergraph::Error& e) {
    location = e.location();
    return e.code();
  }
  return "none";
}

/// True if `program` is on the PATH (or an absolute path that exists).
bool have_program(const std::string& program);
/// Runs a shell command; returns its exit status (-1 if it could not run).
int run(const std::string& command);
/// A path in single quotes for the shell.
std::string quoted(const std::filesystem::path& p);

/// Golden-file check: compares `actual` with tests/golden/<name>. On a difference it prints the
/// diff (diff -u) and writes tests/golden/<name>.unapproved, and returns false; with
/// ERGRAPH_APPROVE=1 in the environment it prints the diff, rewrites the golden file and returns
/// true. Golden files hold only output reviewed as right: wrong outputs go to
/// tests/golden/known_errors.jsonl (see tests/golden/check_samples.py).
bool matches_golden(const std::string& name, const std::string& actual);

}  // namespace ergraph::test
