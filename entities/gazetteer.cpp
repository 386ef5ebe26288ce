#include "entities/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include "core/error.h"
#include "core/text.h"
#include "entities/detail/name_shape.h"

namespace ergraph::entities {
namespace {

using core::EntityType;
using detail::is_upper_start;

std::string_view norm_form(std::string_view w) { return w == "\xE2\x80\x99s" ? "'s" : w; }

EntityType parse_type_or_throw(std::string_view s, const std::string& where, bool& demonym) {
  demonym = s == "DEMONYM";
  EntityType t = EntityType::Misc;
  if (!demonym && s != "FIRSTNAME" && s != "PLACE" && !core::parse_entity_type(s, t))
    throw ModelError("E424", "unknown entity type '" + std::string(s) + "'", where);
  return t;
}

std::uint32_t type_kind(EntityType t) {
  switch (t) {
    case EntityType::Person: return Gazetteer::kKindPerson;
    case EntityType::Org: return Gazetteer::kKindOrg;
    case EntityType::Gpe: return Gazetteer::kKindGpe;
    case EntityType::Loc: return Gazetteer::kKindLoc;
    default: return Gazetteer::kKindMisc;
  }
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "People's Republic" -> "People 's Republic": the tokenizer's view of an alias.
std::string alias_key(std::string_view alias) {
  const std::string words = core::squeeze_spaces(alias);
  std::string key;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= words.size(); ++i) {
    if (i < words.size() && words[i] != ' ') continue;
    const std::string_view w = std::string_view(words).substr(b, i - b);
    std::string_view clitic;
    for (std::string_view c : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
      if (w.size() > c.size() && w.substr(w.size() - c.size()) == c) clitic = c;
    if (!key.empty()) key += ' ';
    key += w.substr(0, w.size() - clitic.size());
    if (!clitic.empty()) key += " 's";
    b = i + 1;
  }
  return key;
}

}  // namespace

Gazetteer Gazetteer::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("E421", "cannot open gazetteer", path.string());
  return parse(in, path.string());
}

Gazetteer Gazetteer::parse(std::istream& in, const std::string& source) {
  Gazetteer g;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = source + ":" + std::to_string(line_no);
    if (line_no == 1) {
      if (line != "# ergraph gazetteer v1")
        throw ModelError(
            "E422", "first line must be '# ergraph gazetteer v1', found '" + line.substr(0, 60) + "'", where);
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const auto cols = core::split_tabs(line);
    if (cols.size() < 3 || cols.size() > 5)
      throw ModelError("E423",
                       "expected 3 to 5 tab-separated columns (alias, canonical, type[, metonym[, ambiguous]]), "
                       "found " + std::to_string(cols.size()),
                       where);
    if (cols[0].empty() || cols[1].empty()) throw ModelError("E424", "empty alias or canonical name", where);
    if (cols.size() >= 4 && cols[3] != "metonym" && !cols[3].empty())
      throw ModelError("E424", "4th column must be 'metonym' or empty, found '" + std::string(cols[3]) + "'",
                       where);
    if (cols.size() == 5 && cols[4] != "ambiguous" && !cols[4].empty())
      throw ModelError("E424", "5th column must be 'ambiguous' or empty, found '" + std::string(cols[4]) + "'",
                       where);
    bool is_demonym = false;
    const EntityType type = parse_type_or_throw(cols[2], where, is_demonym);
    const std::string key = alias_key(cols[0]);
    const bool metonym = cols.size() >= 4 && cols[3] == "metonym";
    if (cols.size() == 5 && cols[4] == "ambiguous") {
      if (is_demonym || cols[2] == "FIRSTNAME" || cols[2] == "PLACE")
        throw ModelError("E424", "a " + std::string(cols[2]) + " line cannot be ambiguous", where);
      g.ambiguous_.emplace(key, GazetteerEntry{std::string(cols[1]), type, metonym});
      g.add_kind(key, type_kind(type) | kKindAmbiguous);
      continue;
    }
    if (cols[2] == "FIRSTNAME") {
      g.add_first_name(key);
      continue;
    }
    if (cols[2] == "PLACE") {
      g.add_place(key);
      continue;
    }
    if (is_demonym) {
      const auto* old = g.demonym(key);
      if (old && old->canonical != cols[1])
        throw ModelError("E425", "demonym '" + key + "' listed twice", where);
      g.add_demonym(key, std::string(cols[1]));
      continue;
    }
    const auto* old = g.find(key);
    if (old && (old->canonical != cols[1] || old->type != type))
      throw ModelError("E425", "alias '" + key + "' listed twice with different entities", where);
    g.add(key, std::string(cols[1]), type, metonym);
  }
  if (line_no == 0) throw ModelError("E422", "empty gazetteer (no header line)", source + ":1");
  // Demonyms take the type of their country ("Soviet" -> Soviet Union, GPE).
  for (auto& demonym : g.demonyms_) {
    auto& entry = demonym.second;  // a plain reference: lambdas may not capture structured bindings before C++20 (clang 14)
    const auto it = std::find_if(g.aliases_.begin(), g.aliases_.end(),
                                 [&](const auto& kv) { return kv.second.canonical == entry.canonical; });
    if (it != g.aliases_.end()) entry.type = it->second.type;
  }
  return g;
}

void Gazetteer::add(std::string_view alias, std::string canonical, EntityType type, bool metonym) {
  const std::string key = alias_key(alias);
  max_words_ = std::max(max_words_, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
  add_kind(key, type_kind(type));
  for (std::size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1))
    phrases_[key.substr(0, p)] |= kPhrasePrefix;
  phrases_[key] |= kPhraseAlias;
  aliases_[key] = GazetteerEntry{std::move(canonical), type, metonym};
}

void Gazetteer::add_demonym(std::string_view demonym, std::string country) {
  demonyms_[std::string(demonym)] = GazetteerEntry{std::move(country), EntityType::Gpe, false};
  add_kind(demonym, kKindDemonym);
}

void Gazetteer::add_first_name(std::string_view name) {
  first_names_.emplace(name);
  add_kind(name, kKindFirstName);
}

void Gazetteer::add_place(std::string_view name) {
  const std::string key = alias_key(name);
  add_kind(key, kKindPlace);
  places_.insert(key);
}

void Gazetteer::add_kind(std::string_view key, std::uint32_t kind) {
  std::string k(key);
  std::transform(k.begin(), k.end(), k.begin(), ascii_lower);
  for (std::size_t p = k.find(' '); p != std::string::npos; p = k.find(' ', p + 1)) kinds_.try_emplace(k.substr(0, p), 0u);
  kinds_[k] |= kAliasBit | kind;
}

std::size_t Gazetteer::match_kinds(const std::vector<std::string_view>& forms, std::size_t i, std::size_t end,
                                   std::uint32_t& kinds) const {
  kinds = 0;
  if (i >= end || forms[i].empty() || !std::isalpha(static_cast<unsigned char>(forms[i][0]))) return 0;
  // The longest alias starting at i: grow the words while they still start some alias.
  std::string key;
  std::size_t found = 0;
  for (std::size_t k = i; k < end; ++k) {
    if (k > i) key += ' ';
    for (char c : norm_form(forms[k])) key += ascii_lower(c);
    const auto it = kinds_.find(key);
    if (it == kinds_.end()) break;
    if (it->second & kAliasBit) kinds = it->second & ~kAliasBit, found = k + 1 - i;
  }
  return found;
}

const GazetteerEntry* Gazetteer::find(std::string_view alias) const {
  const auto it = aliases_.find(alias);
  return it == aliases_.end() ? nullptr : &it->second;
}

std::vector<GazetteerEntry> Gazetteer::ambiguous(std::string_view alias) const {
  std::vector<GazetteerEntry> out;
  const auto [b, e] = ambiguous_.equal_range(alias);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

const GazetteerEntry* Gazetteer::demonym(std::string_view word) const {
  const auto it = demonyms_.find(word);
  return it == demonyms_.end() ? nullptr : &it->second;
}

std::size_t Gazetteer::match(const std::vector<std::string_view>& forms, std::size_t i, std::size_t end,
                             const GazetteerEntry*& out) const {
  out = nullptr;
  if (i >= end || !is_upper_start(forms[i])) return 0;
  // The longest alias of at most max_words_ words from i. The words are added one at a time
  // while they still start some alias; at each length the words themselves, or else (from two
  // words on) the words with the last one cut at its first hyphen ("Cold War-era").
  const auto phrase = [&](std::string_view key) {
    const auto it = phrases_.find(key);
    return it == phrases_.end() ? std::uint8_t{0} : it->second;
  };
  std::string key;
  std::size_t found = 0;
  const std::size_t longest = std::min(max_words_, end - i);
  for (std::size_t n = 1; n <= longest; ++n) {
    if (n > 1) key += ' ';
    key += norm_form(forms[i + n - 1]);
    const std::uint8_t kind = phrase(key);
    if (kind & kPhraseAlias) {
      out = find(key);
      found = n;
    } else {
      const std::string_view last = forms[i + n - 1];
      const std::size_t hyphen = last.find('-');
      if (n >= 2 && hyphen != std::string_view::npos && hyphen > 0) {
        const std::string_view cut = std::string_view(key).substr(0, key.size() - last.size() + hyphen);
        if (phrase(cut) & kPhraseAlias) {
          out = find(cut);
          found = n;
        }
      }
    }
    if (!(kind & kPhrasePrefix)) break;
  }
  return found;
}

}  // namespace ergraph::entities
