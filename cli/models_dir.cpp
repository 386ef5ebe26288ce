#include <cstdlib>

#include "cli/commands.h"

namespace ergraph::cli {

std::filesystem::path models_dir(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  if (const char* env = std::getenv("ERGRAPH_MODELS"); env && *env) return env;
  return ERGRAPH_MODELS_DIR;
}

std::filesystem::path data_dir(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  return std::filesystem::path(ERGRAPH_MODELS_DIR) / ".." / ".." / "shared" / "data";
}

}  // namespace ergraph::cli
