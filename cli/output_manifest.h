#pragma once
/// @file output_manifest.h
/// MANIFEST.json, the last file of every output set that `build` and `merge DIR/` publish
/// (core::OutputSet): which command wrote the set, with which ergraph version and settings, a
/// hash of its input documents, and every file's size and FNV-1a-64 hash, read back from disk.
/// No time stamp: the same input gives the same manifest. `ergraph verify OUTDIR` checks it.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ergraph::cli {

struct ManifestInfo {
  std::string command;                         ///< "build" or "merge"
  std::map<std::string, std::string> settings; ///< the options that change the output
  std::string inputs_fnv1a64;                  ///< order-independent hash of the input documents
  std::uint64_t documents = 0, triples = 0;
};

/// Writes `folder`/MANIFEST.json (atomically) for `files` (names inside `folder`, in this order).
/// Throws IoError (E204) if a file cannot be read back.
void write_manifest(const std::filesystem::path& folder, const std::vector<std::string>& files, const ManifestInfo& info);

/// Order-independent hash of a set of documents: the sum (mod 2^64) of FNV-1a-64 over each
/// document's id, a NUL and its text.
class InputHash {
 public:
  void add(const std::string& id, const std::string& text);
  std::string hex() const;

 private:
  std::uint64_t sum_ = 0;
};


}  // namespace ergraph::cli
