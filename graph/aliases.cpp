// The user's alias file (declared in aliases.h).
#include "graph/aliases.h"

#include <fstream>
#include <vector>

#include "core/error.h"
#include "core/text.h"

namespace ergraph::graph {

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

AliasTable AliasTable::load(const std::filesystem::path& path) {
  std::error_code ec;
  std::ifstream in;
  if (!std::filesystem::is_directory(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open() || !in) throw IoError("E716", "cannot read the alias file", path.string());
  return parse(in, path.string());
}

AliasTable AliasTable::parse(std::istream& in, const std::string& source) {
  AliasTable table;
  std::map<std::string, std::size_t, std::less<>> canonical_at;  // canonical name -> first line
  std::string raw;
  std::size_t line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    const std::string where = source + ":" + std::to_string(line_no);
    std::string_view line(raw);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (const std::size_t bad = core::find_invalid_utf8(line); bad != std::string_view::npos)
      throw ParseError("E715", "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line", where);
    if (core::squeeze_spaces(line).empty() || core::squeeze_spaces(line).front() == '#') continue;
    const auto fields = core::split_tabs(line);
    if (fields.size() < 2 || fields.size() > 3)
      throw ParseError("E710",
                       "expected 'alias<TAB>canonical name[<TAB>type]', found " + std::to_string(fields.size()) +
                           (fields.size() == 1 ? " field (are the fields separated by a TAB?)" : " fields"),
                       where);
    std::string alias = core::squeeze_spaces(fields[0]);
    Entry e;
    e.canonical = core::squeeze_spaces(fields[1]);
    e.line = line_no;
    if (alias.empty()) throw ParseError("E711", "the alias (field 1) is empty", where);
    if (e.canonical.empty()) throw ParseError("E711", "the canonical name (field 2) is empty", where);
    if (fields.size() == 3) {
      const std::string type = upper(core::squeeze_spaces(fields[2]));
      core::EntityType t{};
      if (type.empty()) throw ParseError("E711", "the type (field 3) is empty; leave the field out to keep the type", where);
      if (!core::parse_entity_type(type, t))
        throw ParseError("E712",
                         "unknown type '" + std::string(fields[2]) + "' (expected PERSON, ORG, GPE, LOC, MISC or CONCEPT)",
                         where);
      e.type = t;
    }
    if (auto it = table.entries_.find(alias); it != table.entries_.end())
      throw ParseError("E713", "alias '" + alias + "' is already listed on line " + std::to_string(it->second.line), where);
    const bool self = alias == e.canonical;  // "X<TAB>X<TAB>ORG": only sets the type
    if (auto it = canonical_at.find(alias); !self && it != canonical_at.end())
      throw ParseError("E714",
                       "'" + alias + "' is a canonical name on line " + std::to_string(it->second) +
                           ": an alias must map to a final name (no chains)",
                       where);
    if (auto it = table.entries_.find(e.canonical); !self && it != table.entries_.end() && it->first != it->second.canonical)
      throw ParseError("E714",
                       "canonical name '" + e.canonical + "' is an alias on line " + std::to_string(it->second.line) +
                           ": an alias must map to a final name (no chains)",
                       where);
    canonical_at.emplace(e.canonical, line_no);
    if (self && !e.type) continue;  // "X<TAB>X": nothing to rewrite
    table.entries_.emplace(std::move(alias), std::move(e));
  }
  return table;
}

const AliasTable::Entry* AliasTable::find(std::string_view alias) const {
  const std::string key = core::squeeze_spaces(alias);
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

bool AliasTable::apply(core::EntityRef& ref) const {
  if (entries_.empty()) return false;
  const Entry* e = find(ref.name);
  if (!e) e = find(ref.mention);
  if (!e) return false;
  ref.name = e->canonical;
  if (e->type) ref.type = *e->type;
  ref.rule = kAliasFileRule;
  return true;
}

void AliasTable::apply(core::Triple& t) const {
  apply(t.subject);
  apply(t.object);
}

std::uint64_t AliasTable::fingerprint() const {
  std::uint64_t h = core::fnv1a64({});
  for (const auto& [alias, e] : entries_) {
    h = core::fnv1a64(alias, h);
    h = core::fnv1a64(std::string_view("\t", 1), h);
    h = core::fnv1a64(e.canonical, h);
    h = core::fnv1a64(e.type ? std::string_view(core::to_string(*e.type)) : std::string_view("\t-"), h);
    h = core::fnv1a64(std::string_view("\n", 1), h);
  }
  return h;
}

}  // namespace ergraph::graph
