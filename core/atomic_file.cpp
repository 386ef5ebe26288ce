#include "core/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

#include "core/error.h"

namespace ergraph::core {
namespace fs = std::filesystem;

namespace {

// Temporary files being written, so that SIGINT, SIGTERM and SIGHUP remove them before the
// process dies (unlink() is async-signal-safe; the paths live in fixed buffers).
constexpr std::size_t kSlots = 32, kPathBytes = 4096;
struct Slot {
  std::atomic<bool> used{false};
  char path[kPathBytes] = {};
};
std::array<Slot, kSlots> g_slots;

extern "C" void remove_temporaries_and_die(int sig) {
  for (Slot& s : g_slots)
    if (s.used.load()) ::unlink(s.path);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

/// Makes sure our handler is installed (each call: another component may have replaced it since);
/// an ignored signal stays ignored (nohup).
void install_handlers() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0) continue;
    if (old.sa_handler == SIG_IGN || old.sa_handler == remove_temporaries_and_die) continue;
    struct sigaction sa {};
    sa.sa_handler = remove_temporaries_and_die;
    ::sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

/// Registers `path` for removal on a signal; returns the slot (kSlots when none is free or the
/// path is too long: the file is then only removed on errors, as before).
std::size_t track(const fs::path& path) {
  install_handlers();
  const std::string& p = path.native();
  if (p.size() >= kPathBytes) return kSlots;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (!g_slots[i].used.load() && g_slots[i].used.compare_exchange_strong(expected, true)) {
      // Written while `used` is already set: a signal now unlinks a partial path at worst (harmless).
      std::memcpy(g_slots[i].path, p.c_str(), p.size() + 1);
      return i;
    }
  }
  return kSlots;
}

void untrack(std::size_t slot) {
  if (slot < kSlots) g_slots[slot].used.store(false);
}

/// fsync() of a file or folder; false if it cannot be opened or synced.
bool sync_path(const fs::path& path, bool directory) {
  const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

void write_file_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  const fs::path tmp = path.string() + std::string(kTemporarySuffix) + std::to_string(::getpid());
  const std::size_t slot = track(tmp);
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw IoError("E201", "cannot create file", tmp.string());
      write(out);
      out.flush();
      if (!out) throw IoError("E202", "write failed (disk full?)", tmp.string());
    }
    // On disk before it replaces the old file: a power cut leaves the old or the new, never an
    // empty file under the final name.
    if (!sync_path(tmp, false)) throw IoError("E202", "cannot flush to disk: " + std::string(std::strerror(errno)), tmp.string());
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) throw IoError("E203", "cannot rename into place: " + ec.message(), path.string());
    untrack(slot);
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    sync_path(dir, true);  // the rename itself; best effort (some file systems refuse)
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    untrack(slot);
    throw;
  }
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  write_file_atomically(path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

TemporaryFile::TemporaryFile(const fs::path& path)
    : path_(path.string() + std::string(kTemporarySuffix) + std::to_string(::getpid())), slot_(track(path_)) {
  stream_.open(path_, std::ios::binary | std::ios::in | std::ios::out | std::ios::trunc);
  if (!stream_) {
    untrack(slot_);
    throw IoError("E201", "cannot create file", path_.string());
  }
}

TemporaryFile::~TemporaryFile() {
  stream_.close();
  std::error_code ignored;
  fs::remove(path_, ignored);
  untrack(slot_);
}

namespace {

/// True if `pid` may be a running process (ours counts as running).
bool process_running(long pid) {
  if (pid == ::getpid()) return true;
  if (pid <= 0) return false;
  if (::kill(static_cast<pid_t>(pid), 0) == 0) return true;
  return errno == EPERM;  // running, someone else's
}

/// The pid in "<prefix><pid>", or -1.
long pid_after(const std::string& name, std::size_t at) {
  const std::string pid_text = name.substr(at);
  if (pid_text.empty() || pid_text.size() > 9 || pid_text.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(pid_text);
}

/// Step 2 of OutputSet: the manifest of the old set goes first, the new one comes last.
std::size_t publish_staging(const fs::path& staging, const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(staging, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && it->path().filename() != kManifestName &&
        it->path().filename().string().find(kTemporarySuffix) == std::string::npos)
      files.push_back(it->path());
  if (ec) throw IoError("E205", "cannot list the staging folder: " + ec.message(), staging.string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) sync_path(f, false);
  sync_path(staging, true);
  fs::remove(folder / kManifestName, ec);
  if (ec) throw IoError("E205", "cannot remove the old manifest: " + ec.message(), (folder / kManifestName).string());
  sync_path(folder, true);
  for (const auto& f : files) {
    fs::rename(f, folder / f.filename(), ec);
    if (ec) throw IoError("E205", "cannot move a new output file into place: " + ec.message(), (folder / f.filename()).string());
  }
  sync_path(folder, true);
  fs::rename(staging / kManifestName, folder / kManifestName, ec);
  if (ec) throw IoError("E205", "cannot move the new manifest into place: " + ec.message(), (folder / kManifestName).string());
  sync_path(folder, true);
  fs::remove_all(staging, ec);
  return files.size() + 1;
}

}  // namespace

std::vector<std::string> recover_output_folder(const fs::path& folder) {
  std::vector<std::string> done;
  std::error_code ec;
  std::vector<fs::path> stagings;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(kStagingPrefix, 0) != 0 || !it->is_directory(ec)) continue;
    const long pid = pid_after(name, kStagingPrefix.size());
    if (pid < 0 || process_running(pid)) continue;
    stagings.push_back(it->path());
  }
  std::sort(stagings.begin(), stagings.end());
  for (const auto& s : stagings) {
    if (fs::is_regular_file(s / kManifestName, ec)) {
      const std::size_t n = publish_staging(s, folder);
      done.push_back("completed the interrupted publish of " + std::to_string(n) + " files from " + s.filename().string());
    } else {
      fs::remove_all(s, ec);
      done.push_back("removed " + s.filename().string() + ", the unfinished output of a run that stopped (the files before it were kept)");
    }
  }
  return done;
}

OutputSet::OutputSet(const fs::path& folder) : folder_(folder) {
  std::error_code ec;
  fs::create_directories(folder_, ec);
  if (ec) throw IoError("E210", "cannot create output folder: " + ec.message(), folder_.string());
  recovered_ = recover_output_folder(folder_);
  staging_ = folder_ / (std::string(kStagingPrefix) + std::to_string(::getpid()));
  fs::remove_all(staging_, ec);
  fs::create_directory(staging_, ec);
  if (ec) throw IoError("E210", "cannot create the staging folder: " + ec.message(), staging_.string());
}

OutputSet::~OutputSet() {
  // Once publish() has begun, a complete staging folder is the only copy of the rest of the new
  // set: it stays for recovery (the next run, or `ergraph verify --repair`).
  if (publishing_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

void OutputSet::publish() {
  if (!fs::is_regular_file(staging_ / kManifestName))
    throw IoError("E205", "the staging folder has no manifest (it is written last)", staging_.string());
  publishing_ = true;
  publish_staging(staging_, folder_);
}

std::size_t remove_stale_temporaries(const fs::path& folder) {
  std::size_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const std::size_t at = name.rfind(kTemporarySuffix);
    if (at == std::string::npos || at == 0) continue;
    const std::string pid_text = name.substr(at + kTemporarySuffix.size());
    if (pid_text.empty() || pid_text.size() > 9 || pid_text.find_first_not_of("0123456789") != std::string::npos) continue;
    const long pid = std::stol(pid_text);
    if (pid == ::getpid()) continue;
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0) continue;  // still running
    if (pid > 0 && errno == EPERM) continue;                              // running, someone else's
    std::error_code rm;
    if (fs::remove(it->path(), rm)) ++removed;
  }
  return removed;
}

std::string read_all(std::istream& in) {
  std::string out;
  std::streambuf* buf = in.rdbuf();
  if (!buf) return out;
  // A seekable source (a file) says how much is left; a pipe or a terminal does not.
  const std::streamoff here = buf->pubseekoff(0, std::ios::cur, std::ios::in);
  std::streamoff left = -1;
  if (here >= 0) {
    const std::streamoff end = buf->pubseekoff(0, std::ios::end, std::ios::in);
    if (end >= here && buf->pubseekpos(here, std::ios::in) == here) left = end - here;
  }
  // One more byte than the size said, so that the end is seen by the first read.
  std::size_t step = left >= 0 ? static_cast<std::size_t>(left) + 1 : std::size_t{1} << 16;
  for (;;) {
    const std::size_t have = out.size();
    out.resize(have + step);
    in.read(out.data() + have, static_cast<std::streamsize>(step));
    const auto got = static_cast<std::size_t>(in.gcount());
    out.resize(have + got);
    if (got < step || !in) break;
    step = std::min<std::size_t>(std::max(step, out.size()), std::size_t{1} << 26);
  }
  return out;
}

}  // namespace ergraph::core
