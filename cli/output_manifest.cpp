#include "cli/output_manifest.h"

#include "cli/commands.h"

#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"

namespace ergraph::cli {
namespace fs = std::filesystem;

namespace {

/// Size and FNV-1a-64 of a file, read in chunks. False if it cannot be read.
bool hash_file(const fs::path& path, std::uint64_t& bytes, std::uint64_t& hash) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  hash = core::fnv1a64({});
  bytes = 0;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    const auto n = static_cast<std::size_t>(in.gcount());
    hash = core::fnv1a64(std::string_view(buf, n), hash);
    bytes += n;
  }
  return !in.bad();
}

std::string json_string(std::string_view s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace

void InputHash::add(const std::string& id, const std::string& text) {
  sum_ += core::fnv1a64(text, core::fnv1a64(std::string_view("\0", 1), core::fnv1a64(id)));
}

std::string InputHash::hex() const { return core::hex64(sum_); }

void write_manifest(const fs::path& folder, const std::vector<std::string>& files, const ManifestInfo& info) {
  std::string json = "{\"format\": \"ergraph-manifest-1\", \"ergraph\": " + json_string(ERGRAPH_VERSION) +
                     ", \"command\": " + json_string(info.command) + ",\n \"settings\": {";
  bool first = true;
  for (const auto& [k, v] : info.settings) {
    json += (first ? "" : ", ") + json_string(k) + ": " + json_string(v);
    first = false;
  }
  json += "},\n \"inputs_fnv1a64\": " + json_string(info.inputs_fnv1a64) + ", \"documents\": " + std::to_string(info.documents) +
          ", \"triples\": " + std::to_string(info.triples) + ", \"files\": [";
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::uint64_t bytes = 0, hash = 0;
    if (!hash_file(folder / files[i], bytes, hash))
      throw IoError("E204", "cannot read back an output file for the manifest", (folder / files[i]).string());
    json += fmt::format("{}\n  {{\"name\": {}, \"bytes\": {}, \"fnv1a64\": \"{}\"}}", i ? "," : "", json_string(files[i]), bytes,
                        core::hex64(hash));
  }
  json += "\n]}\n";
  core::write_file_atomically(folder / core::kManifestName, json);
}

namespace {

struct VerifyOptions {
  std::string folder;
  bool repair = false;
  bool quiet = false;
};

/// 0: the manifest matches every file; 65: a file differs or is missing, or the manifest is
/// broken; 74: no manifest (not an ergraph output folder, or a build that did not finish).
int verify(const VerifyOptions& opt) {
  const fs::path folder(opt.folder);
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw IoError("E110", "no such folder", opt.folder);
  auto say = [&](const std::string& line) {
    if (!opt.quiet) fmt::print("{}\n", line);
  };
  // A staging folder of a run that is gone: a publish to finish or an unfinished build to drop.
  bool pending = false;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(core::kStagingPrefix, 0) == 0) pending = true;
  if (pending && opt.repair) {
    for (const auto& line : core::recover_output_folder(folder)) say("repaired: " + line);
  } else if (pending) {
    say("note: a staging folder (" + std::string(core::kStagingPrefix) +
        "PID) is there: a build is running, or one stopped; `ergraph verify --repair` (or the next build) completes or removes it");
  }
  const fs::path manifest_path = folder / core::kManifestName;
  std::ifstream in(manifest_path, std::ios::binary);
  if (!in) {
    say(fmt::format("{}: no {}: not a folder that ergraph build finished writing", opt.folder, core::kManifestName));
    return 74;
  }
  const std::string text = core::read_all(in);
  rapidjson::Document m;
  m.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (m.HasParseError() || !m.IsObject() || !m.HasMember("format") || !m["format"].IsString() ||
      std::string_view(m["format"].GetString()) != "ergraph-manifest-1" || !m.HasMember("files") || !m["files"].IsArray()) {
    say(fmt::format("{}: not an ergraph manifest (format ergraph-manifest-1)", manifest_path.string()));
    return 65;
  }
  std::size_t bad = 0, good = 0;
  for (const auto& f : m["files"].GetArray()) {
    if (!f.IsObject() || !f.HasMember("name") || !f["name"].IsString() || !f.HasMember("bytes") || !f["bytes"].IsUint64() ||
        !f.HasMember("fnv1a64") || !f["fnv1a64"].IsString()) {
      say("manifest entry without name, bytes and fnv1a64");
      ++bad;
      continue;
    }
    const std::string name = f["name"].GetString();
    if (name.find('/') != std::string::npos || name == ".." || name.empty()) {
      say("manifest names a file outside the folder: " + name);
      ++bad;
      continue;
    }
    std::uint64_t bytes = 0, hash = 0;
    if (!hash_file(folder / name, bytes, hash)) {
      say(fmt::format("MISSING  {}", name));
      ++bad;
    } else if (bytes != f["bytes"].GetUint64() || core::hex64(hash) != f["fnv1a64"].GetString()) {
      say(fmt::format("CHANGED  {} ({} bytes, manifest says {})", name, bytes, f["bytes"].GetUint64()));
      ++bad;
    } else {
      say(fmt::format("ok       {}", name));
      ++good;
    }
  }
  const auto str = [&](const char* key) {
    return m.HasMember(key) && m[key].IsString() ? std::string(m[key].GetString()) : std::string("?");
  };
  say(fmt::format("{}: {} of {} files match the manifest (written by ergraph {} {}, inputs {})", opt.folder, good, good + bad,
                  str("ergraph"), str("command"), str("inputs_fnv1a64")));
  return bad ? 65 : 0;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<VerifyOptions>();
  auto* cmd = app.add_subcommand("verify", "Check that an output folder holds one complete build: every file as its MANIFEST.json says");
  cmd->footer(
      "A build publishes its files together (written to a hidden staging folder, then renamed\n"
      "into place, MANIFEST.json last), so a folder holds either the old set or the new one.\n"
      "verify reads MANIFEST.json and checks each file's size and FNV-1a-64 hash.\n\n"
      "Exit codes: 0 every file matches; 65 a file is missing or changed (or the manifest is\n"
      "broken); 74 no manifest (not an ergraph output folder, or a build was interrupted while it\n"
      "published: --repair, or the next build, finishes that publish).\n\n"
      "Examples:\n"
      "  ergraph verify out/\n"
      "  ergraph verify out/ --repair");
  cmd->add_option("folder", opt->folder, "Output folder of ergraph build or ergraph merge")->required();
  cmd->add_flag("--repair", opt->repair,
                "First finish a publish that a killed run left half done, or remove its unfinished staging folder");
  cmd->add_flag("-q,--quiet", opt->quiet, "Print nothing; only the exit code");
  cmd->callback([opt, &exit_code] { exit_code = verify(*opt); });
}

}  // namespace ergraph::cli
