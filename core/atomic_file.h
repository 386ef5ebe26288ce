#pragma once
/// @file atomic_file.h
/// Publish a file atomically: write "<path>.tmp-<pid>", flush and fsync it, rename it over <path>,
/// then fsync the folder. Readers never see a half-written file; on failure the old file is left as
/// it was. SIGINT, SIGTERM and SIGHUP remove the temporary files being written before the process
/// dies (each call makes sure its handler is installed; an ignored signal stays ignored); after a SIGKILL,
/// remove_stale_temporaries() clears what a dead process left.
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <string_view>

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

}  // namespace ergraph::core
