// core/atomic_file.h: the file appears whole or not at all; signals and dead processes leave no
// temporary files behind; read_all reads what is left of a stream, seekable or not.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <stdexcept>
#include <streambuf>
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

namespace {

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// An output folder holding the set "old": a.txt, b.txt and the manifest.
void old_set(const fs::path& dir) {
  ergraph::test::write_file(dir / "a.txt", "old a");
  ergraph::test::write_file(dir / "b.txt", "old b");
  ergraph::test::write_file(dir / "MANIFEST.json", "old manifest");
}

}  // namespace

TEST_CASE("output set: files appear together when published, the old set stays until then", "[core][atomic]") {
  using ergraph::core::OutputSet;
  ergraph::test::TempDir dir;
  old_set(dir.path());
  {
    OutputSet set(dir.path());
    write_file_atomically(set.staged("a.txt"), "new a");
    write_file_atomically(set.staged("b.txt"), "new b");
    CHECK(read_text(dir.path() / "a.txt") == "old a");  // nothing visible yet
    CHECK_THROWS_AS(set.publish(), ergraph::IoError);    // no manifest: not complete
    write_file_atomically(set.staged("MANIFEST.json"), "new manifest");
    set.publish();
  }
  CHECK(read_text(dir.path() / "a.txt") == "new a");
  CHECK(read_text(dir.path() / "b.txt") == "new b");
  CHECK(read_text(dir.path() / "MANIFEST.json") == "new manifest");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 3);  // the staging folder is gone
}

TEST_CASE("output set: a run that fails before publishing leaves the old set untouched", "[core][atomic]") {
  ergraph::test::TempDir dir;
  old_set(dir.path());
  try {
    ergraph::core::OutputSet set(dir.path());
    write_file_atomically(set.staged("a.txt"), "new a");
    throw std::runtime_error("the build failed");
  } catch (const std::runtime_error&) {
  }
  CHECK(read_text(dir.path() / "a.txt") == "old a");
  CHECK(read_text(dir.path() / "MANIFEST.json") == "old manifest");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 3);
}

TEST_CASE("output set: a dead run's complete staging folder is published, an incomplete one dropped", "[core][atomic]") {
  using ergraph::core::recover_output_folder;
  ergraph::test::TempDir dir;
  old_set(dir.path());
  SECTION("killed while publishing: the new set is completed") {
    // The dead run had moved a.txt in and removed the old manifest when it was killed.
    const fs::path staging = dir.path() / ".ergraph-new-99999999";
    ergraph::test::write_file(dir.path() / "a.txt", "new a");
    fs::remove(dir.path() / "MANIFEST.json");
    ergraph::test::write_file(staging / "b.txt", "new b");
    ergraph::test::write_file(staging / "MANIFEST.json", "new manifest");
    const auto done = recover_output_folder(dir.path());
    REQUIRE(done.size() == 1);
    CHECK(done[0].find("completed") != std::string::npos);
    CHECK(read_text(dir.path() / "a.txt") == "new a");
    CHECK(read_text(dir.path() / "b.txt") == "new b");
    CHECK(read_text(dir.path() / "MANIFEST.json") == "new manifest");
    CHECK_FALSE(fs::exists(staging));
  }
  SECTION("killed while writing: the old set stays") {
    const fs::path staging = dir.path() / ".ergraph-new-99999999";
    ergraph::test::write_file(staging / "a.txt", "half of new a");
    const auto done = recover_output_folder(dir.path());
    REQUIRE(done.size() == 1);
    CHECK(done[0].find("removed") != std::string::npos);
    CHECK(read_text(dir.path() / "a.txt") == "old a");
    CHECK(read_text(dir.path() / "MANIFEST.json") == "old manifest");
    CHECK_FALSE(fs::exists(staging));
  }
  SECTION("a running process's staging folder is left alone") {
    const fs::path staging = dir.path() / (".ergraph-new-" + std::to_string(::getppid()));
    ergraph::test::write_file(staging / "MANIFEST.json", "being written");
    CHECK(recover_output_folder(dir.path()).empty());
    CHECK(fs::exists(staging));
    CHECK(read_text(dir.path() / "MANIFEST.json") == "old manifest");
  }
}

namespace {

/// A source that cannot seek (as a pipe): hands out `text` `chunk` bytes per underflow.
class PipeLikeBuf : public std::streambuf {
 public:
  PipeLikeBuf(std::string text, std::size_t chunk) : text_(std::move(text)), chunk_(chunk) {}

 protected:
  int_type underflow() override {
    if (pos_ >= text_.size()) return traits_type::eof();
    const std::size_t n = std::min(chunk_, text_.size() - pos_);
    buf_.assign(text_, pos_, n);
    pos_ += n;
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(buf_[0]);
  }

 private:
  std::string text_, buf_;
  std::size_t chunk_, pos_ = 0;
};

std::string pattern(std::size_t n) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 131 + i / 7) & 0xFF);
  return s;
}

}  // namespace

TEST_CASE("read_all: a file whole, from where the stream stands, and a source that cannot seek", "[core][atomic]") {
  using ergraph::core::read_all;
  ergraph::test::TempDir dir;
  const fs::path file = dir.path() / "data.bin";
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536},
                              std::size_t{65537}, std::size_t{3} << 20}) {
    INFO("size " << n);
    const std::string bytes = pattern(n);
    ergraph::test::write_file(file, bytes);
    std::ifstream in(file, std::ios::binary);
    CHECK(read_all(in) == bytes);
    CHECK_FALSE(in.bad());
    if (n > 10) {  // after the first ten bytes were read, the rest
      std::ifstream part(file, std::ios::binary);
      char head[10];
      part.read(head, 10);
      CHECK(read_all(part) == bytes.substr(10));
    }
    // Not seekable, delivered in pieces of odd sizes: the blocks grow past the first 64 KiB.
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{4093}, std::size_t{1} << 20}) {
      if (chunk == 1 && n > 70000) continue;  // one byte per call: slow and no different
      PipeLikeBuf buf(bytes, chunk);
      std::istream pipe(&buf);
      CHECK(read_all(pipe) == bytes);
    }
  }
}
