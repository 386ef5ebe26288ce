#include "core/atomic_file.h"

#include <fstream>
#include <string>
#include <system_error>
#include <unistd.h>

#include "core/error.h"

namespace ergraph::core {
namespace fs = std::filesystem;

void write_file_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  const fs::path tmp = path.string() + ".tmp-" + std::to_string(::getpid());
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw IoError("E201", "cannot create file", tmp.string());
      write(out);
      out.flush();
      if (!out) throw IoError("E202", "write failed (disk full?)", tmp.string());
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) throw IoError("E203", "cannot rename into place: " + ec.message(), path.string());
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  write_file_atomically(path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

}  // namespace ergraph::core
