// core/atomic_file.h: the file appears whole or not at all; signals and dead processes leave no
// temporary files behind.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "core/atomic_file.h"
#include "core/error.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using ergraph::core::remove_stale_temporaries;
using ergraph::core::write_file_atomically;

namespace {

std::size_t temporaries_in(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("atomic file: the old file stays when writing fails, and no temporary is left", "[core][atomic]") {
  ergraph::test::TempDir dir;
  const fs::path file = dir.path() / "graph.graphml";
  write_file_atomically(file, std::string_view("old"));
  CHECK(ergraph::test::read_file(file) == "old");
  CHECK_THROWS(write_file_atomically(file, [](std::ostream& out) {
    out << "half";
    throw ergraph::IoError("E299", "simulated failure", "x");
  }));
  CHECK(ergraph::test::read_file(file) == "old");
  CHECK(temporaries_in(dir.path()) == 0);
}

TEST_CASE("atomic file: SIGTERM or SIGINT while writing removes the temporary file", "[core][atomic]") {
  for (int sig : {SIGTERM, SIGINT}) {
    ergraph::test::TempDir dir;
    const fs::path file = dir.path() / "triples.jsonl";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // The child is killed by the signal in the middle of writing.
      write_file_atomically(file, [&](std::ostream& out) {
        out << "partial";
        out.flush();
        ::raise(sig);
      });
      ::_exit(0);  // not reached
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK_FALSE(fs::exists(file));
    CHECK(temporaries_in(dir.path()) == 0);
  }
}

TEST_CASE("atomic file: temporaries of dead processes are removed, live ones kept", "[core][atomic]") {
  ergraph::test::TempDir dir;
  // A pid above the kernel's limit (pid_max is at most 2^22) belongs to no process.
  ergraph::test::write_file(dir.path() / "graph.dot.tmp-99999999", "left by a killed run");
  ergraph::test::write_file(dir.path() / ("graph.gexf.tmp-" + std::to_string(::getpid())), "mine, being written");
  ergraph::test::write_file(dir.path() / ("graph.graphml.tmp-" + std::to_string(::getppid())), "a live process's");
  ergraph::test::write_file(dir.path() / "notes.tmp-draft", "not ours");
  CHECK(remove_stale_temporaries(dir.path()) == 1);
  CHECK_FALSE(fs::exists(dir.path() / "graph.dot.tmp-99999999"));
  CHECK(temporaries_in(dir.path()) == 3);
}
