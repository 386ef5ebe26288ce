// Surface forms as one GraphML string (declared in detail/graphml_keys.h).
#include <charconv>

#include "export/detail/graphml_keys.h"

namespace ergraph::exporter::detail {

std::string format_forms(const std::map<graph::SurfaceForm, std::uint32_t>& forms) {
  std::string out;
  for (const auto& [form, n] : forms) {
    if (!out.empty()) out += kListSeparator;
    out += form.text;
    out += " [";
    out += form.rule;
    out += "] ";
    out += std::to_string(n);
  }
  return out;
}

bool parse_forms(std::string_view s, std::map<graph::SurfaceForm, std::uint32_t>& out) {
  auto trim = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r'))
      v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r'))
      v.remove_suffix(1);
    return v;
  };
  // Items end in "] COUNT": split on separators that follow such an ending, so a " | " inside a
  // surface text stays in it.
  while (!trim(s).empty()) {
    std::size_t cut = std::string_view::npos;
    for (std::size_t at = s.find(kListSeparator); at != std::string_view::npos;
         at = s.find(kListSeparator, at + 1)) {
      const std::string_view head = trim(s.substr(0, at));
      const std::size_t space = head.rfind(' ');
      if (space == std::string_view::npos || space == 0 || head[space - 1] != ']') continue;
      const std::string_view digits = head.substr(space + 1);
      if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos) {
        cut = at;
        break;
      }
    }
    std::string_view item = trim(s.substr(0, cut));
    s = cut == std::string_view::npos ? std::string_view() : s.substr(cut + kListSeparator.size());
    const std::size_t space = item.rfind(' ');
    if (space == std::string_view::npos) return false;
    std::uint32_t n = 0;
    const std::string_view digits = item.substr(space + 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc{} || end != digits.data() + digits.size() || digits.empty()) return false;
    item = item.substr(0, space);
    if (item.empty() || item.back() != ']') return false;
    const std::size_t open = item.rfind(" [");
    if (open == std::string_view::npos) return false;
    graph::SurfaceForm f{std::string(trim(item.substr(0, open))), std::string(item.substr(open + 2, item.size() - open - 3))};
    if (f.text.empty()) return false;
    out[std::move(f)] += n;
  }
  return true;
}

}  // namespace ergraph::exporter::detail
