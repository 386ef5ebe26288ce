#pragma once
/// @file gazetteer.h
/// The gazetteer (models/gazetteer.tsv): aliases of known entities with their canonical names and
/// types, demonyms and first names, matched against token forms by the mention rules.
/// Thread safety: a loaded Gazetteer is immutable.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"

namespace ergraph::entities {

/// The gazetteer's file name inside a models folder (models/gazetteer.tsv).
inline constexpr const char* kGazetteerFile = "gazetteer.tsv";

/// One gazetteer alias: its canonical entity and whether it names the state by a metonym
/// (a capital or seat of government: "Moscow", "the Kremlin" -> Russia).
struct GazetteerEntry {
  std::string canonical;                           ///< canonical entity name
  core::EntityType type = core::EntityType::Misc;  ///< entity type
  bool metonym = false;                            ///< 4th column "metonym"
};

/// Alias table read from a TSV file:
///   line 1: "# ergraph gazetteer v1"
///   then:   alias <TAB> canonical <TAB> type [<TAB> metonym]
/// where type is PERSON, ORG, GPE, LOC, MISC, DEMONYM (an adjective such as "Chinese" whose
/// canonical is the country) or FIRSTNAME (a given name: a run of names starting with one is a
/// PERSON; canonical = the name itself). Blank lines and lines starting with '#' are ignored. An alias
/// may have several words ("the" is never part of an alias: it is handled by the matcher).
class Gazetteer {
 public:
  /// Reads a gazetteer file. Throws ModelError: E421 cannot open, E422 bad header line,
  /// E423 wrong column count, E424 unknown type or empty field, E425 alias listed twice with
  /// different entities; the location is "file:line".
  static Gazetteer load(const std::filesystem::path& path);
  /// Same from a stream; `source` names it in error locations.
  static Gazetteer parse(std::istream& in, const std::string& source);

  /// Adds one alias (words separated by spaces). DEMONYM aliases go to the demonym table.
  void add(std::string_view alias, std::string canonical, core::EntityType type, bool metonym = false);
  void add_demonym(std::string_view demonym, std::string country);
  void add_first_name(std::string_view name) { first_names_.emplace(name); }

  /// The entry for an alias written with single spaces between its tokens, or nullptr.
  const GazetteerEntry* find(std::string_view alias) const;
  /// Longest alias matching the token forms starting at `i` (at most up to `end`): returns the
  /// number of tokens matched (0 if none) and sets `out`.
  std::size_t match(const std::vector<std::string_view>& forms, std::size_t i, std::size_t end,
                    const GazetteerEntry*& out) const;
  /// The country entry for a demonym ("Chinese" -> China, GPE), or nullptr.
  const GazetteerEntry* demonym(std::string_view word) const;

  std::size_t alias_count() const { return aliases_.size(); }
  std::size_t demonym_count() const { return demonyms_.size(); }
  bool is_first_name(std::string_view word) const { return first_names_.find(word) != first_names_.end(); }
  std::size_t first_name_count() const { return first_names_.size(); }

 private:
  std::map<std::string, GazetteerEntry, std::less<>> aliases_;
  std::map<std::string, GazetteerEntry, std::less<>> demonyms_;
  std::set<std::string, std::less<>> first_names_;
  std::size_t max_words_ = 1;
};

}  // namespace ergraph::entities
