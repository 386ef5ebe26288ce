#pragma once
/// @file atomic_file.h
/// Publish a file atomically: write "<path>.tmp-<pid>", flush, then rename over <path>.
/// Readers never see a half-written file; on failure the old file is left as it was.
#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace ergraph::core {

/// Calls `write` with a stream to a temporary file beside `path`, then renames it into place.
/// Throws IoError (and removes the temporary file) if writing or renaming fails.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

/// Convenience overload for a ready string.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace ergraph::core
