#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <atomic>
#include <cstdio>
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
fs::path shared_dir() {
  const char* env = std::getenv("ERGRAPH_SHARED");
  return env && *env ? fs::path(env) : fs::path(ERGRAPH_SHARED_DIR);
}
fs::path test_data_dir() { return ERGRAPH_TEST_DATA_DIR; }

namespace {
// Prints `diff -u` of the golden file and the new content (written beside it as .unapproved).
void print_golden_diff(const fs::path& golden, const fs::path& fresh) {
  std::fflush(nullptr);
  run("diff -u " + quoted(golden) + " " + quoted(fresh) + " >&2");
}
}  // namespace

bool matches_golden(const std::string& name, const std::string& actual) {
  const fs::path golden = source_dir() / "tests" / "golden" / name;
  const fs::path fresh = golden.string() + ".unapproved";
  std::string expected;
  try {
    expected = read_file(golden);
  } catch (const std::exception&) {
  }
  if (expected == actual) return true;
  write_file(fresh, actual);
  print_golden_diff(golden, fresh);
  const char* approve = std::getenv("ERGRAPH_APPROVE");
  if (approve && std::string(approve) == "1") {
    write_file(golden, actual);
    fs::remove(fresh);
    std::fprintf(stderr, "approved: the diff above is now in %s (review it before committing)\n", golden.c_str());
    return true;
  }
  return false;
}

bool ci_run() {
  const char* ci = std::getenv("CI");
  return ci && (std::string(ci) == "true" || std::string(ci) == "1");
}

Prerequisites& Prerequisites::file(const fs::path& path) {
  if (!fs::exists(path)) missing_.push_back("file " + path.string());
  return *this;
}

Prerequisites& Prerequisites::program(const std::string& name) {
  if (!have_program(name)) missing_.push_back("program " + name);
  return *this;
}

Prerequisites& Prerequisites::python_module(const std::string& name) {
  if (run("/usr/bin/python3 -c 'import " + name + "' >/dev/null 2>&1") != 0)
    missing_.push_back("Python module " + name + " (for /usr/bin/python3)");
  return *this;
}

void Prerequisites::require() const {
  if (missing_.empty()) return;
  std::string what;
  for (const auto& m : missing_) what += (what.empty() ? "" : ", ") + m;
  const std::string message = gate_ + ": missing " + what;
  if (ci_run()) FAIL("CI=true and a prerequisite is missing: " << message);
  std::fprintf(stderr, "SKIPPED %s (set CI=true to make this a failure)\n", message.c_str());
  std::fflush(nullptr);
  std::_Exit(kSkipExitCode);
}

bool have_program(const std::string& program) {
  return std::system(("command -v '" + program + "' >/dev/null 2>&1").c_str()) == 0;
}

int run(const std::string& command) {
  const int status = std::system(command.c_str());
  if (status == -1) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace ergraph::test
