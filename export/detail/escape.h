#pragma once
/// @file escape.h
/// Escaping and formatting helpers shared by the exporters (internal to export/).
/// All functions are pure and thread-safe.
#include <set>
#include <string>
#include <string_view>

namespace ergraph::exporter::detail {

/// `s` with every invalid UTF-8 sequence replaced by U+FFFD (one per bad byte).
std::string valid_utf8(std::string_view s);

/// Escapes `s` for XML 1.0 element content (`attribute` false) or a double-quoted attribute
/// value (`attribute` true): & < > " are replaced by entities, CR (and in attributes also TAB
/// and LF) by character references so parsers keep them; characters XML 1.0 forbids (C0
/// controls other than TAB/LF/CR, U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD.
std::string xml_escape(std::string_view s, bool attribute = false);

/// A Graphviz double-quoted string (quotes included) for an escString attribute such as
/// label or tooltip: `"` -> `\"`, `\` -> `\\` (so `\N`, `\G`, `\n`... are not interpreted),
/// LF -> `\n` (a centred line break), CR dropped, other control characters -> U+FFFD.
/// (Graphviz's lexer reads `\\` as a pair, so a label ending in a backslash is safe.)
std::string dot_quote(std::string_view s);

/// Deterministic decimal text: rounded to 4 decimals, trailing zeros trimmed, at least one
/// decimal ("1.0", "0.85", "0.1235"); non-finite values as the XSD spells them (NaN, INF, -INF).
std::string format_decimal(double v);

/// The strings joined with `sep`, in set (sorted) order.
std::string join(const std::set<std::string>& items, std::string_view sep);

}  // namespace ergraph::exporter::detail
