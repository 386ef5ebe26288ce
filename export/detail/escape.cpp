#include "export/detail/escape.h"

#include <cmath>

#include <fmt/format.h>

#include "core/text.h"

namespace ergraph::exporter::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// True at the start of U+FFFE or U+FFFF (EF BF BE / EF BF BF), which XML 1.0 forbids.
bool is_xml_nonchar(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
         static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF);
}

/// Appends the XML form of one ASCII byte; returns false if the byte needs no escaping.
bool append_xml_ascii(std::string& out, char c, bool attribute) {
  switch (c) {
    case '&': out += "&amp;"; return true;
    case '<': out += "&lt;"; return true;
    case '>': out += "&gt;"; return true;
    case '"': out += "&quot;"; return true;
    case '\r': out += "&#13;"; return true;
    case '\n':
      if (!attribute) return false;
      out += "&#10;";
      return true;
    case '\t':
      if (!attribute) return false;
      out += "&#9;";
      return true;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        out += kReplacement;
        return true;
      }
      return false;
  }
}

}  // namespace

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const std::size_t bad = core::find_invalid_utf8(s);
    if (bad == std::string_view::npos) {
      out += s;
      break;
    }
    out += s.substr(0, bad);
    out += kReplacement;
    s.remove_prefix(bad + 1);
  }
  return out;
}

std::string xml_escape(std::string_view raw, bool attribute) {
  const std::string s = valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_xml_nonchar(s, i)) {
      out += kReplacement;
      i += 2;
    } else if (!append_xml_ascii(out, s[i], attribute)) {
      out += s[i];
    }
  }
  return out;
}

std::string dot_quote(std::string_view raw) {
  const std::string s = valid_utf8(raw);
  std::string out = "\"";
  out.reserve(s.size() + 8);
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      case '\t': out += ' '; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') out += kReplacement;
        else out += c;
    }
  }
  out += '"';
  return out;
}

std::string format_decimal(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "INF" : "-INF";
  std::string s = fmt::format("{:.4f}", v);
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  if (s == "-0.0") s = "0.0";
  return s;
}

std::string join(const std::set<std::string>& items, std::string_view sep) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += sep;
    out += item;
    first = false;
  }
  return out;
}

}  // namespace ergraph::exporter::detail
