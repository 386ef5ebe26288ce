#pragma once
/// @file atomic_file.h
/// Publish a file atomically: write "<path>.tmp-<pid>", flush and fsync it, rename it over <path>,
/// then fsync the folder. Readers never see a half-written file; on failure the old file is left as
/// it was. SIGINT, SIGTERM and SIGHUP remove the temporary files being written before the process
/// dies (each call makes sure its handler is installed; an ignored signal stays ignored); after a SIGKILL,
/// remove_stale_temporaries() clears what a dead process left. read_all() reads a stream whole.
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ergraph::core {

/// "<path>" + kTemporarySuffix + "<pid>" is the temporary file of write_file_atomically().
inline constexpr std::string_view kTemporarySuffix = ".tmp-";

/// A scratch file "<path>.tmp-<pid>" that is removed when the object goes, on an error, and on
/// SIGINT/SIGTERM/SIGHUP (like write_file_atomically()'s temporaries); opened for reading and
/// writing in binary.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& path);  ///< throws IoError (E201)
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  std::fstream& stream() { return stream_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::size_t slot_;
  std::fstream stream_;
};

/// Removes the temporary files in `folder` left by processes that are no longer running
/// ("graph.graphml.tmp-4242" when 4242 is dead); returns how many. Never touches this process's
/// or a running process's files.
std::size_t remove_stale_temporaries(const std::filesystem::path& folder);

/// Calls `write` with a stream to a temporary file beside `path`, then renames it into place.
/// Throws IoError (and removes the temporary file) if writing or renaming fails.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

/// Convenience overload for a ready string.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Files published together as one generation (a build's graph files, triples and manifest), so
/// that a crash leaves a folder holding either the old set or the new one, never a mix:
///   1. every file is written into a staging folder "<folder>/.ergraph-new-<pid>", the
///      manifest (kManifestName) last;
///   2. publish(): fsync; the old manifest is removed; each file is renamed over its old copy;
///      the manifest is renamed in last; fsync; the staging folder goes.
/// A process killed during 2 leaves a complete staging folder with its manifest: the next
/// OutputSet on that folder (or recover_output_folder()) finishes the renames. Killed during 1,
/// it leaves an incomplete staging folder, which is deleted: the old set was never touched.
/// The hidden staging folder is never read as input (hidden entries are skipped).
inline constexpr const char* kManifestName = "MANIFEST.json";
inline constexpr std::string_view kStagingPrefix = ".ergraph-new-";

class OutputSet {
 public:
  /// Creates `folder` if missing, recovers what an interrupted earlier run left (see above), and
  /// creates the staging folder. Throws IoError (E210) if a folder cannot be created.
  explicit OutputSet(const std::filesystem::path& folder);
  /// Removes the staging folder if publish() was not reached (an error: the old set stays); a
  /// publish that failed half-way keeps it, for recovery.
  ~OutputSet();
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  /// Where to write the file `name` of the new set.
  std::filesystem::path staged(std::string_view name) const { return staging_ / std::string(name); }
  const std::filesystem::path& staging() const { return staging_; }
  /// Step 2 for every regular file in the staging folder; the staging folder must hold
  /// kManifestName (written last). Throws IoError (E205) if a rename fails: the folder then
  /// has no manifest, and the staging folder stays for recovery.
  void publish();
  /// What recovery did when this set was opened ("completed an interrupted publish of 7 files").
  const std::vector<std::string>& recovered() const { return recovered_; }

 private:
  std::filesystem::path folder_, staging_;
  bool publishing_ = false;
  std::vector<std::string> recovered_;
};

/// Finishes the publish of a complete staging folder left by a dead process and deletes
/// incomplete ones; returns one line per staging folder handled. Never touches a running
/// process's staging folder.
std::vector<std::string> recover_output_folder(const std::filesystem::path& folder);

/// Everything left in `in`, read in large blocks (a file's size is asked first, so a file is read
/// with one allocation). A read error sets `in`'s state as `std::istream::read` does; callers
/// check `in.bad()`. Reading byte by byte through `std::istreambuf_iterator` was a quarter of a
/// model load under the sanitizers and a few percent in a release build.
std::string read_all(std::istream& in);

}  // namespace ergraph::core
