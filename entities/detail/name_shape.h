#pragma once
// The shape of a name word, shared by the gazetteer matcher and the mention rules (internal to
// entities/).
#include <string_view>

namespace ergraph::entities::detail {

/// Starts with a capital, a digit or a non-ASCII letter ("Xi", "3M", "Élysée").
inline bool is_upper_start(std::string_view w) {
  return !w.empty() && (static_cast<unsigned char>(w[0]) >= 0x80 || (w[0] >= 'A' && w[0] <= 'Z') ||
                        (w[0] >= '0' && w[0] <= '9'));
}

}  // namespace ergraph::entities::detail
