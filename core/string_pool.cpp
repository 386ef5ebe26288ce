#include "core/string_pool.h"

namespace ergraph::core {

StringPool::StringPool() {
  strings_.emplace_back();
  index_.emplace(std::string_view(strings_.back()), 0u);
}

Symbol StringPool::intern(std::string_view s) {
  if (auto it = index_.find(s); it != index_.end()) return Symbol{it->second};
  strings_.emplace_back(s);
  const auto id = static_cast<std::uint32_t>(strings_.size() - 1);
  index_.emplace(std::string_view(strings_.back()), id);
  return Symbol{id};
}

bool StringPool::find(std::string_view s, Symbol& out) const {
  auto it = index_.find(s);
  if (it == index_.end()) return false;
  out = Symbol{it->second};
  return true;
}

}  // namespace ergraph::core
