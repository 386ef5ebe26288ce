#include <cstdlib>
#include <system_error>

#include "cli/commands.h"

namespace ergraph::cli {

namespace fs = std::filesystem;

namespace {

// <folder of the running executable>/../share/ergraph/models, the layout `cmake --install` writes
// (bin/ergraph beside share/ergraph/models), so an installed tree works wherever it is copied.
// Empty when /proc/self/exe cannot be read (not Linux, no /proc) or the folder is not there, as in
// the build tree.
fs::path installed_models_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return {};
  const fs::path dir = exe.parent_path() / ".." / "share" / "ergraph" / "models";
  if (!fs::is_directory(dir, ec) || ec) return {};
  fs::path clean = fs::weakly_canonical(dir, ec);
  return ec ? dir.lexically_normal() : clean;
}

}  // namespace

ModelsDir find_models_dir(const std::string& option_value) {
  if (!option_value.empty()) return {option_value, "--models"};
  if (const char* env = std::getenv("ERGRAPH_MODELS"); env && *env) return {env, "$ERGRAPH_MODELS"};
  if (fs::path installed = installed_models_dir(); !installed.empty()) return {installed, "installed, beside the executable"};
  return {ERGRAPH_MODELS_DIR, "source tree"};
}

std::filesystem::path models_dir(const std::string& option_value) { return find_models_dir(option_value).path; }

std::string models_option_help(const std::string& what) {
  return what +
         " (default: $ERGRAPH_MODELS, else ../share/ergraph/models beside the executable's folder as installed, "
         "else the source tree's models/; `ergraph --version` shows the one chosen)";
}

std::filesystem::path data_dir(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  return std::filesystem::path(ERGRAPH_MODELS_DIR) / ".." / ".." / "shared" / "data";
}

}  // namespace ergraph::cli
