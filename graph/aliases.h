#pragma once
/// @file aliases.h
/// The user's alias file (`ergraph build --aliases FILE`): names the user says are one entity.
///
/// Format: UTF-8 text, one entry per line, fields separated by a TAB:
///
///     alias <TAB> canonical name [<TAB> TYPE]
///
/// TYPE is PERSON, ORG, GPE, LOC, MISC or CONCEPT (any case); without it the entity keeps the
/// type the extractor gave it. Lines starting with '#' and blank lines are ignored; a trailing
/// '\r' is tolerated; fields are trimmed and inner runs of spaces squeezed. Matching is exact
/// and case-sensitive on the squeezed text: an entry applies to a triple argument (or a mention)
/// whose canonical name is the alias, or else whose surface text is the alias. A canonical name
/// may not itself be an alias (no chains), and an alias may be listed only once.
///
/// Errors (ParseError, location "file:line"): E710 wrong number of fields, E711 an empty field,
/// E712 unknown type, E713 an alias listed twice, E714 a chain (a canonical name that is also an
/// alias), E715 invalid UTF-8. IoError E716: the file cannot be read.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/triple.h"

namespace ergraph::graph {

/// The rule recorded on a surface form rewritten by the alias file.
inline constexpr std::string_view kAliasFileRule = "alias-file";

class AliasTable {
 public:
  struct Entry {
    std::string canonical;
    std::optional<core::EntityType> type;  ///< empty: keep the extractor's type
    std::size_t line = 0;                  ///< where it was read (1-based)
  };

  /// Reads an alias file; throws IoError (E716) or ParseError (E710..E715) with "file:line".
  static AliasTable load(const std::filesystem::path& path);
  /// Same from a stream; `source` names it in error locations.
  static AliasTable parse(std::istream& in, const std::string& source);

  /// The entry for `alias` (whitespace squeezed), or nullptr.
  const Entry* find(std::string_view alias) const;
  /// Rewrites `ref` when its name (first) or its surface text matches an alias: the name becomes
  /// the canonical name, the type the entry's type if it has one, the rule "alias-file". Returns
  /// whether it did.
  bool apply(core::EntityRef& ref) const;
  /// apply() to the subject and the object of `t`.
  void apply(core::Triple& t) const;

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  /// FNV-1a-64 of the entries in order (alias, canonical name, type): names the table in a
  /// build's manifest, whatever the file's comments and line order.
  std::uint64_t fingerprint() const;

 private:
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace ergraph::graph
