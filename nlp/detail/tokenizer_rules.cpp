/// @file tokenizer_rules.cpp
/// Character classes and the abbreviation / sentence-starter tables (sorted at compile time).
#include "nlp/detail/tokenizer_rules.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ergraph::nlp::detail {
namespace {

using Entry = std::pair<std::string_view, AbbrevKind>;
constexpr auto T = AbbrevKind::Title;
constexpr auto S = AbbrevKind::FinalIfStarter;
constexpr auto C = AbbrevKind::FinalIfCapital;
constexpr auto N = AbbrevKind::NeedsNumber;

// Abbreviations written without their final period. Dotted initials (U.S., e.g., J.R.R.,
// a.m.) are recognised by pattern and need no entry.
constexpr auto kAbbreviations = [] {
  auto a = std::to_array<Entry>({
      // titles: never sentence-final
      {"Mr", T}, {"Mrs", T}, {"Ms", T}, {"Drs", T}, {"Messrs", T}, {"Dr", T}, {"Prof", T}, {"Gen", T},
      {"Lt", T}, {"Col", T}, {"Sgt", T}, {"Capt", T}, {"Cmdr", T}, {"Adm", T}, {"Maj", T},
      {"Rep", T}, {"Reps", T}, {"Sen", T}, {"Sens", T}, {"Gov", T}, {"Govs", T}, {"Pres", T},
      {"Rev", T}, {"Hon", T}, {"Fr", T}, {"Supt", T}, {"Det", T}, {"Atty", T}, {"Gens", T},
      {"Mt", T}, {"Ft", T}, {"Mmes", T}, {"Insp", T}, {"Cpl", T}, {"Pvt", T}, {"Amb", T},
      {"vs", T}, {"Vs", T}, {"v", T}, {"cf", T}, {"Cf", T}, {"ca", T}, {"approx", T},
      {"Approx", T}, {"Ph.D", T}, {"Fig", T}, {"fig", T}, {"pp", T}, {"Vol", T}, {"vol", T},
      {"Sept", S}, {"Jan", S}, {"Feb", S}, {"Mar", S}, {"Apr", S}, {"Jun", S}, {"Jul", S},
      {"Aug", S}, {"Sep", S}, {"Oct", S}, {"Nov", S}, {"Dec", S},
      {"Mon", S}, {"Tue", S}, {"Tues", S}, {"Wed", S}, {"Thu", S}, {"Thur", S}, {"Thurs", S},
      {"Fri", S}, {"Sat", S}, {"Sun", S},
      // companies, name suffixes, places
      {"Inc", S}, {"Corp", S}, {"Co", S}, {"Ltd", S}, {"Bros", S}, {"Plc", S}, {"Jr", S},
      {"Bhd", S}, {"Pty", S}, {"Pte", S}, {"Ltda", S}, {"Sdn", S},  // Malaysia, Australia, Singapore, Brazil
      {"Sr", S}, {"St", S}, {"Ave", S}, {"Blvd", S}, {"Rd", S}, {"Dept", S}, {"Univ", S},
      {"al", S}, {"est", S},
      // US states, AP style
      {"Ala", S}, {"Ariz", S}, {"Ark", S}, {"Calif", S}, {"Colo", S}, {"Conn", S}, {"Del", S},
      {"Fla", S}, {"Ga", S}, {"Ill", S}, {"Ind", S}, {"Kan", S}, {"Kans", S}, {"Ky", S},
      {"La", S}, {"Md", S}, {"Mass", S}, {"Mich", S}, {"Minn", S}, {"Miss", S}, {"Mo", S},
      {"Mont", S}, {"Neb", S}, {"Nev", S}, {"Okla", S}, {"Ore", S}, {"Pa", S}, {"Tenn", S},
      {"Tex", S}, {"Vt", S}, {"Va", S}, {"Wash", S}, {"Wis", S}, {"Wyo", S},
      {"etc", C}, {"Etc", C},
      // only before a number
      {"No", N}, {"no", N}, {"Nos", N}, {"Art", N}, {"p", N},
  });
  std::sort(a.begin(), a.end(), [](const Entry& x, const Entry& y) { return x.first < y.first; });
  return a;
}();

constexpr auto kStarters = [] {
  auto a = std::to_array<std::string_view>({
      "A", "After", "Also", "Although", "An", "And", "Another", "As", "At", "Because",
      "Before", "Both", "But", "By", "Despite", "During", "Each", "Earlier", "Even", "Every",
      "For", "From", "He", "Her", "Here", "His", "How", "However", "I", "If", "In", "It", "Its",
      "Last", "Later", "Many", "Meanwhile", "More", "Most", "Mr.", "Mrs.", "Ms.", "Dr.", "My",
      "No", "Not", "Now", "On", "One", "Only", "Or", "Other", "Others", "Our", "She", "Since",
      "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There", "These", "They",
      "This", "Those", "Though", "Thus", "To", "Today", "Two", "Under", "We", "What", "When",
      "Where", "Which", "While", "Who", "Why", "With", "Yet", "You", "Your", "Yesterday",
      "According", "Officials", "Several", "Tuesday", "Monday", "Wednesday", "Thursday", "Friday",
  });
  std::sort(a.begin(), a.end());
  return a;
}();

static_assert(std::adjacent_find(kAbbreviations.begin(), kAbbreviations.end(),
                                 [](const Entry& x, const Entry& y) { return x.first == y.first; }) ==
                  kAbbreviations.end(),
              "duplicate abbreviation");
static_assert(std::adjacent_find(kStarters.begin(), kStarters.end()) == kStarters.end(),
              "duplicate sentence starter");

/// "U.S.", "e.g.", "J.R.R.", "a.m." (two or more single letters each followed by '.'),
/// or a single upper-case initial "J.".
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    if (!is_ascii_alpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  }
  return w.size() > 2 || is_ascii_upper(static_cast<unsigned char>(w[0]));
}

}  // namespace

bool is_open_punct(char32_t c) {
  switch (c) {
    case '(': case '[': case '{': case '"': case '\'': case '`':
    case U'“': case U'‘': case U'«': case U'‹': case U'„': case U'‚': case U'¿': case U'¡':
      return true;
    default:
      return false;
  }
}

bool is_close_punct(char32_t c) {
  switch (c) {
    case ')': case ']': case '}': case '"': case '\'': case '`':
    case U'”': case U'’': case U'»': case U'›':
      return true;
    default:
      return false;
  }
}

bool is_dash(char32_t c) { return c == U'—' || c == U'–' || c == U'―' || c == U'‒'; }

bool is_currency(char32_t c) {
  switch (c) {
    case '$': case U'£': case U'€': case U'¥': case U'¢': case U'₹': case U'₽': case U'₩':
      return true;
    default:
      return false;
  }
}

bool is_edge_symbol(char32_t c) {
  switch (c) {
    case ',': case ';': case ':': case '*': case '|': case '<': case '>': case '=': case '~':
    case '^': case '\\': case '/': case '%': case '_': case '&':
    case U'…': case U'•': case U'·': case U'°': case U'§': case U'¶': case U'†': case U'‡':
    case U'′': case U'″': case U'→': case U'←': case U'►': case U'▪': case U'■':
      return true;
    default:
      return false;
  }
}

bool is_upper(char32_t c) {
  if (c < 0x80) return is_ascii_upper(c);
  return (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
         (c >= 0x400 && c <= 0x42F);
}

bool is_plausible_sentence_start(char32_t c) {
  if (c < 0x80) {
    return is_ascii_upper(c) || is_ascii_digit(c) || c == '"' || c == '\'' || c == '(' ||
           c == '[' || c == '`' || c == '$' || c == '#' || c == '@';
  }
  if (c == U'“' || c == U'‘' || c == U'«' || c == U'„' || c == U'¿' || c == U'¡') return true;
  if (is_currency(c)) return true;
  if (is_close_punct(c) || is_dash(c) || is_edge_symbol(c)) return false;
  const bool lower_latin = c >= 0xDF && c <= 0xFF && c != 0xF7;
  const bool lower_greek_cyrillic = (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
  return !lower_latin && !lower_greek_cyrillic;
}

AbbrevKind abbreviation_kind(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return AbbrevKind::None;
  if (is_initials(word)) return AbbrevKind::FinalIfStarter;
  const std::string_view stem = word.substr(0, word.size() - 1);
  const auto it = std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), stem,
                                   [](const Entry& e, std::string_view k) { return e.first < k; });
  return it != kAbbreviations.end() && it->first == stem ? it->second : AbbrevKind::None;
}

bool is_sentence_starter(std::string_view word) {
  return std::binary_search(kStarters.begin(), kStarters.end(), word);
}

}  // namespace ergraph::nlp::detail
