#include "entities/mentions.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "core/error.h"
#include "core/text.h"
#include "entities/detail/name_shape.h"
#include "entities/detail/ner_features.h"
#include "nlp/tagset.h"
#include "nlp/lexicon.h"
#include "nlp/token_class.h"

namespace ergraph::entities {
using namespace nlp;

/// The word lists of the rules, copied out of the lexicon in the order of MentionFinder::kLists.
struct MentionFinder::Words {
  WordList titles, title_nouns, title_modifiers, name_particles, organization_words, organization_of_heads,
      portfolio_words, geographic_words, actor_nouns, place_prepositions, time_words, non_name_openers,
      person_predicates, place_object_verbs, state_nouns, subdivision_words, event_words, destination_verbs,
      place_of_nouns, place_head_nouns, organization_head_nouns, thing_head_nouns, month_openers;
};

namespace {

using core::EntityType;
using detail::is_upper_start;

bool is_all_caps(std::string_view w) {
  bool letter = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}
// "al-Assad": a particle joined by a hyphen to a capitalized name.
bool particle_hyphen(const MentionFinder::Words& lex, std::string_view word) {
  const std::size_t h = word.find('-');
  return h != std::string_view::npos && h > 0 && h + 1 < word.size() && lex.name_particles.contains(word.substr(0, h)) &&
         is_upper_start(word.substr(h + 1));
}

// The words of a name for coreference; "al-Assad" is compared as "Assad".
std::vector<std::string_view> words_of(const MentionFinder::Words& lex, std::string_view s) {
  std::vector<std::string_view> w;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ' ') {
      std::string_view word = s.substr(b, i - b);
      if (particle_hyphen(lex, word)) word = word.substr(word.find('-') + 1);
      if (i > b) w.push_back(word);
      b = i + 1;
    }
  return w;
}

constexpr std::size_t kNoRun = static_cast<std::size_t>(-1);

// The entity type of a recognizer type name: PER, ORG, LOC as GPE (a geographic head word makes
// a run LOC before the recognizer is asked), anything else MISC.
EntityType ner_entity_type(std::string_view t) {
  if (t == "PER") return EntityType::Person;
  if (t == "ORG") return EntityType::Org;
  if (t == "LOC") return EntityType::Gpe;
  return EntityType::Misc;
}

struct Detector {
  const Document& doc;
  const Gazetteer& gaz;
  const MentionFinder::Words& lex;
  MentionOptions options;
  std::vector<std::string_view> forms;
  std::set<std::string, std::less<>> lower_words;  // forms that occur in lower case
  std::vector<MentionInfo> out;
  std::vector<NamedSpan> names;         // the recognizer's names (empty without one)
  std::vector<std::int8_t> ner;         // per token: index of the recognizer type naming it, -1 none
  std::vector<EntityType> ner_types;    // recognizer type index -> entity type
  mutable std::deque<GazetteerEntry> made;  // entries for recognized affiliations (stable addresses)
  // The recognizer's word classes (lower-cased form hash -> capitalization class + 8 x dictionary
  // class, detail::NerResources::caps); null without a recognizer.
  const std::vector<std::pair<std::uint64_t, std::uint8_t>>* caps = nullptr;

  // A common word: the recognizer's training text almost never capitalizes it inside a sentence
  // (capitalization class 1 or 2, "oil", "air", "embassy"); without a recognizer, a word this
  // document also writes in lower case.
  bool common_word(std::string_view w) const {
    if (!caps) return lower_words.count(core::ascii_lower(w)) != 0;
    const std::uint64_t h = detail::lower_hash(w);
    const auto it = std::lower_bound(caps->begin(), caps->end(), std::make_pair(h, std::uint8_t{0}));
    if (it == caps->end() || it->first != h) return false;
    const int cls = it->second & 7;
    return cls == 1 || cls == 2;
  }

  // The type the recognizer gives the tokens [a, b): the one type labelling at least half of them
  // and no other type; nullopt if none or without a recognizer.
  std::optional<EntityType> recognized(std::size_t a, std::size_t b) const {
    if (ner.empty() || a >= b) return std::nullopt;
    int type = -1;
    std::size_t n = 0;
    for (std::size_t k = a; k < b; ++k) {
      if (ner[k] < 0) continue;
      if (type >= 0 && ner[k] != type) return std::nullopt;
      type = ner[k];
      ++n;
    }
    if (type < 0 || 2 * n < b - a) return std::nullopt;
    return ner_types[static_cast<std::size_t>(type)];
  }

  // Whether one recognized name of type t covers all of [a, b) (names never overlap: at most one
  // covers it).
  bool recognized_as_one(std::size_t a, std::size_t b, EntityType t) const {
    for (const auto& n : names)
      if (n.first <= a && n.last >= b) return ner_types[n.type] == t;
    return false;
  }

  std::string_view f(std::size_t i) const { return forms[i]; }
  bool title_at(std::size_t i, std::size_t end) const {
    if (i >= end) return false;
    std::string_view w = f(i);
    // "Ex-minister", "ex-President": a former holder's title.
    if (w.size() > 3 && (w.substr(0, 3) == "Ex-" || w.substr(0, 3) == "ex-")) w.remove_prefix(3);
    if (lex.titles.contains(w) || lex.title_nouns.contains(w)) return true;
    // "Prosecutor Hanna Berg", "Economist Javier Ruiz": a title noun written with a capital
    // (sentence-initial, or as a title before the name) is a title too.
    if (w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z') {
      std::string lower(w);
      lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
      return lex.title_nouns.contains(lower);
    }
    return false;
  }
  std::size_t gaz_len(std::size_t i, std::size_t end, const GazetteerEntry*& e) const {
    return gaz.match(forms, i, end, e);
  }
  bool name_token(std::size_t i, std::size_t end) const {
    const GazetteerEntry* e = nullptr;
    if (i < end && particle_hyphen(lex, f(i))) return true;
    if (i < end && letter_compound(f(i)) && gaz_len(i, end, e) == 0) return false;
    return i < end && is_upper_start(f(i)) &&
           (pos::is_proper(doc.tokens[i]) || title_at(i, end) || gaz_len(i, end, e) > 0 || demonym_name_word(i) ||
            foreign_name_word(i));
  }
  // "Recolectora del Pacífico/FW": a capitalised word tagged foreign right after a name particle
  // that follows a name's word is the name's word.
  bool foreign_name_word(std::size_t i) const {
    return i >= 2 && pos::has_xpos(doc.tokens[i], {"FW"}) && lex.name_particles.contains(f(i - 1)) &&
           pos::is_proper(doc.tokens[i - 2]);
  }
  // "Bolivian Freight", "Pacific Fisheries" tagged as an adjective and a common noun: a
  // capitalised common noun right after a demonym is a name's word, unless it names people or a
  // state ("Chinese Officials", "Russian Government": actor_nouns, state_nouns) or is a title.
  // Only as the name's last word: longer names go through the organisation-word rules ("Indian
  // Space Research Organisation").
  bool demonym_name_word(std::size_t i) const {
    if (i == 0 || !gaz.demonym(f(i - 1)) || !is_upper_start(f(i)) || is_all_caps(f(i)) ||
        !pos::has_xpos(doc.tokens[i], {"NN", "NNS"}) || (i + 1 < doc.tokens.size() && is_upper_start(f(i + 1))))
      return false;
    const std::string w = core::ascii_lower(f(i));
    return !lex.actor_nouns.contains(w) && !lex.state_nouns.contains(w) && !lex.title_nouns.contains(w) &&
           !lex.titles.contains(f(i));
  }
  // "T-shirt", "X-ray", "U-turn": one capital letter, a hyphen and a lower-case word is a common
  // noun, even when tagged NNP ("a Real Madrid T-shirt" is no name of three words).
  static bool letter_compound(std::string_view w) {
    return w.size() >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-' && w[2] >= 'a' && w[2] <= 'z';
  }
  // "von der Leyen": end of up to three particles followed by a name (not a title), or i.
  std::size_t particles_end(std::size_t i, std::size_t end) const {
    std::size_t k = i;
    while (k < end && k < i + 3 && lex.name_particles.contains(f(k))) ++k;
    return k > i && name_token(k, end) && !title_at(k, end) ? k : i;
  }
  // The name words at [i, n) before the first title word (n <= end) that the recognizer reads as
  // an organization or a place ("Real Madrid" in "Real Madrid coach Carlo Ancelotti"): n - i,
  // with `e` an entry made for them (canonical = their text); 0 if none.
  std::size_t recognized_affiliation(std::size_t i, std::size_t end, const GazetteerEntry*& e) const {
    if (names.empty()) return 0;
    std::size_t n = i;
    while (n < end && n < i + 6 && is_upper_start(f(n)) && !title_at(n, end) && !lex.title_nouns.contains(f(n))) ++n;
    if (n == i) return 0;
    const auto t = recognized(i, n);
    if (!t || (*t != EntityType::Org && *t != EntityType::Gpe)) return 0;
    made.push_back(GazetteerEntry{text(i, n), *t, false});
    e = &made.back();
    return n - i;
  }
  // [i, j) names an organization or a place: a lower-case title may follow ("Kremlin spokesman",
  // "Real Madrid coach": the gazetteer, an organization word or the recognizer says so).
  bool affiliation(std::size_t i, std::size_t j) const {
    const GazetteerEntry* e = nullptr;
    if (j == i + 1 && gaz.demonym(f(i))) return true;
    if (gaz_len(i, j, e) == j - i && e && (e->type == EntityType::Gpe || e->type == EntityType::Org)) return true;
    for (std::size_t k = i; k < j; ++k)
      if (lex.organization_words.contains(f(k))) return true;
    return recognized_affiliation(i, j, e) == j - i;
  }
  // End of the lower-case title words at j ("coach", "chief executive") when a name follows
  // them, else j.
  std::size_t lower_title_end(std::size_t j, std::size_t end) const {
    std::size_t k = j;
    while (k < end && k < j + 3 && lex.title_nouns.contains(f(k))) ++k;
    return k > j && name_token(k, end) ? k : j;
  }
  // Lower-case title words at j continue the run [i, j) when a name follows them.
  bool lower_title_continues(std::size_t i, std::size_t j, std::size_t end) const {
    return lower_title_end(j, end) > j && (j == i || affiliation(i, j));
  }
  std::string text(std::size_t a, std::size_t b) const {
    return core::squeeze_spaces(
        std::string_view(doc.text).substr(doc.tokens[a].begin, doc.tokens[b - 1].end - doc.tokens[a].begin));
  }

  // Nationality or affiliation before a title at i: its length (0 if none).
  std::size_t nationality_at(std::size_t i, std::size_t end, const GazetteerEntry*& e) const {
    std::size_t n = 0;
    if ((e = gaz.demonym(f(i))) != nullptr)
      n = 1;
    else
      n = gaz_len(i, end, e);
    if (n == 0) n = recognized_affiliation(i, end, e);
    if (n == 0 || !e || !(e->type == EntityType::Gpe || e->type == EntityType::Org)) return 0;
    return i + n < end && (lex.titles.contains(f(i + n)) || lower_title_continues(i, i + n, end)) ? n : 0;
  }

  // "the Popular Front", "Northern Gas", "Pacific Alliance", "Equity Bank": a capitalised
  // adjective or common noun (no demonym, no title) right before a run of names that ends in an
  // organisation or company word opens the name.
  // Up to three such words ("Baltic Data Systems", with "Data" a common noun too).
  bool adjective_opens_org(std::size_t i, std::size_t end, int depth = 0) const {
    const std::string_view w = f(i);
    if (depth > 2 || i + 1 >= end || !is_upper_start(w) || is_all_caps(w) || !pos::has_xpos(doc.tokens[i], {"JJ", "NN", "NNS"}) ||
        gaz.demonym(w) || lex.titles.contains(w) || lex.title_nouns.contains(core::ascii_lower(w)))
      return false;
    // Right before the organisation word itself ("Baltic Data/NN Systems/NNS", "the General/JJ Assembly").
    const std::string_view next = f(i + 1);
    if (is_upper_start(next) && !is_all_caps(next) && lex.organization_words.contains(next)) return true;
    if (!name_token(i + 1, end) && !adjective_opens_org(i + 1, end, depth + 1)) return false;
    const std::size_t r = run_end(i + 1, end, depth + 1);
    return r > i + 1 && lex.organization_words.contains(f(r - 1));
  }

  // End of the proper-noun run starting at i.
  std::size_t run_end(std::size_t i, std::size_t end, int depth = 0) const {
    std::size_t j = i;
    while (j < end && adjective_opens_org(j, end, depth)) ++j;
    bool of_head = false, of_seen = false;
    while (j < end) {
      const GazetteerEntry* e = nullptr;
      const std::size_t g = gaz_len(j, end, e);
      const std::string_view w = f(j);
      if (g > 0)
        j += g;
      else if (name_token(j, end))
        ++j;
      else if (j > i && lex.organization_words.contains(w))  // "Aerolease Partners" (NNS), "Lanka Tea Exports plc"
        ++j;
      else if (of_seen && is_upper_start(w) && !is_all_caps(w) && pos::has_xpos(doc.tokens[j], {"NN", "NNS", "JJ"}))
        ++j;  // a capitalized common word after "of"/"for": "Ministry of Foreign Affairs", "of Natural Resources"
      else if ((w == "&" || pos::has_xpos(doc.tokens[j], {"HYPH"}) || w == "-") && j > i && name_token(j + 1, end))
        ++j;
      else if (const std::size_t pe = particles_end(j, end); pe > j)
        j = pe;
      else if (lower_title_continues(i, j, end))
        j = lower_title_end(j, end);
      else if (w == "of" && (of_head || (j > i && title_at(j - 1, end) && name_token(j + 2, end))) &&
               name_token(j + 1, end)) {
        ++j;
        of_seen = true;
      } else if (w == "for" && j > i && lex.organization_of_heads.contains(f(j - 1)) && name_token(j + 1, end)) {
        ++j;  // "Max Planck Institute for Astronomy", "Centre for Policy Studies": right after the head
        of_seen = true;
      } else if (w == "and" && of_seen && name_token(j + 1, end) &&
                 (lex.portfolio_words.contains(f(j + 1)) || (j + 2 < end && lex.portfolio_words.contains(f(j + 2)))))
        ++j;
      else
        break;
      of_head = of_head || lex.organization_of_heads.contains(f(j - 1));
    }
    return j;
  }

  void emit(MentionInfo m, std::size_t sentence, std::size_t a, std::size_t b, std::size_t sent_first,
            std::size_t sent_last) {
    // A leading "the" is part of the mention when the mention heads its noun phrase.
    const bool head = b >= sent_last || !(pos::is_noun(doc.tokens[b]) || pos::is_adjective(doc.tokens[b]));
    if (a > sent_first && (f(a - 1) == "the" || f(a - 1) == "The") && head) --a;
    m.mention.sentence = static_cast<std::uint32_t>(sentence);
    m.mention.first = static_cast<std::uint32_t>(a);
    m.mention.last = static_cast<std::uint32_t>(b);
    out.push_back(std::move(m));
  }

  bool junk(const std::string& canonical, std::size_t a, std::size_t b, std::size_t sent_first) const {
    if (canonical.size() <= 1) return true;
    if (b - a == 1 && lex.time_words.contains(f(a))) return true;
    // "in May", "since May", "early May": the month (time_words leaves "May" out, a modal and a
    // name); not "Theresa May", "May said", "talks with May".
    if (b - a == 1 && f(a) == "May" && a > sent_first && lex.month_openers.contains(core::ascii_lower(f(a - 1))))
      return true;
    if (a == sent_first && b - a == 1 && is_all_caps(f(a)) && b < forms.size() &&
        (f(b) == ":" || f(b) == "\xE2\x80\x94"))
      return true;
    if (b - a == 1 && f(a).find('-') != std::string_view::npos) {  // "Russia-US"
      bool all_known = true;
      std::size_t s = 0;
      const std::string_view w = f(a);
      for (std::size_t k = 0; k <= w.size(); ++k) {
        if (k < w.size() && w[k] != '-') continue;
        all_known = all_known && gaz.find(w.substr(s, k - s)) != nullptr;
        s = k + 1;
      }
      if (all_known) return true;
    }
    return false;
  }

  // Nationality or affiliation opening the title words [i, end): its length (0 if none).
  std::size_t nationality_len(std::size_t i, std::size_t end, const GazetteerEntry*& e) const {
    std::size_t n = (e = gaz.demonym(f(i))) != nullptr ? 1 : gaz_len(i, end, e);
    if (n == 0) n = recognized_affiliation(i, end, e);
    if (n == 0 || n >= end - i || !e || !(e->type == EntityType::Gpe || e->type == EntityType::Org)) return 0;
    return n;
  }

  // "President of Russia": the "of" before a country that closes the title words [tf, s), or s.
  std::size_t office_of(std::size_t tf, std::size_t s, const GazetteerEntry*& e) const {
    for (std::size_t o = tf + 1; o + 1 < s; ++o)
      if (f(o) == "of" && gaz_len(o + 1, s, e) == s - o - 1 && (e->type == EntityType::Gpe || e->type == EntityType::Org))
        return o;
    return s;
  }

  // The name after title words: one to four words (particles not counted), none a title, an
  // organization or place word, "of" or "and"; it starts with a capital, not right after "of".
  bool names_ok(std::size_t s, std::size_t b) const {
    if (s >= b || f(s - 1) == "of" || !(is_upper_start(f(s)) || particle_hyphen(lex, f(s)))) return false;
    std::size_t words = 0;
    for (std::size_t k = s; k < b; ++k) {
      const std::string_view w = f(k);
      if (title_at(k, b) || lex.organization_words.contains(w) || lex.geographic_words.contains(w) || w == "of" || w == "and" || w == "&")
        return false;
      words += lex.name_particles.contains(w) ? 0 : 1;
    }
    return words <= 4;
  }

  // Where the name starts after title words in [p, b): the first known first name after the first
  // title, else the word after the last title (and its "of X"); p if there is no such name.
  std::size_t name_start(std::size_t p, std::size_t b) const {
    std::size_t first_title = b, last_title = b;
    for (std::size_t k = p; k < b; ++k)
      if (title_at(k, b)) {
        first_title = std::min(first_title, k);
        last_title = k;
      }
    if (first_title == b) return p;
    for (std::size_t s = first_title + 1; s < b; ++s)
      if (gaz.is_first_name(f(s)) && names_ok(s, b)) return s;
    std::size_t s = last_title + 1;
    while (s + 1 < b && f(s) == "of") s += 2;
    return names_ok(s, b) ? s : p;
  }

  // Title words [tf, tl) before a name at s: all titles (with "of X"), or up to three other words
  // with a head title ("Treasury Secretary") or before a known first name ("Home Secretary Suella").
  bool title_ok(std::size_t tf, std::size_t tl, std::size_t s) const {
    if (tf >= tl) return false;
    std::size_t other = 0;
    bool head = false;
    for (std::size_t k = tf; k < tl; ++k) {
      if (f(k) == "of" && k > tf) {
        ++k;  // "Secretary of State"
      } else if (title_at(k, tl)) {
        head = head || !lex.title_modifiers.contains(f(k));
      } else {
        ++other;
      }
    }
    if (other == 0) return true;
    return other <= 3 && !gaz.is_first_name(f(tf)) && (head || gaz.is_first_name(f(s)));
  }

  // A run of title words (with "of X") and no name: "President", "Secretary of State", "President
  // of Russia" (only the country is a mention). Returns true when [p, b) is such a run.
  bool bare_title(std::size_t sentence, std::size_t p, std::size_t b, std::size_t sf, std::size_t sl) {
    std::size_t k = p;
    while (k < b && title_at(k, b)) ++k;
    if (k == p || (k < b && f(k) != "of")) return false;
    const GazetteerEntry* e = nullptr;
    if (k < b && gaz_len(k + 1, b, e) == b - k - 1) analyze(sentence, k + 1, b, sf, sl);
    return true;
  }

  // "Russian Foreign Minister Sergei Lavrov", "Treasury Secretary Janet Yellen", "Secretary of State
  // Antony Blinken", "President of Russia Vladimir Putin": [former] [nationality] title words
  // [of country] name. Emits the person and returns true; false if [a, b) is no such run.
  bool titled_person(std::size_t sentence, std::size_t a, std::size_t b, std::size_t sf, std::size_t sl) {
    std::size_t p = a;
    if (f(p) == "former" || f(p) == "Former") ++p;
    if (p >= b) return false;
    // The recognizer reads the whole run as one organization ("the Army General Staff",
    // "the Attorney General's Office"): a title word inside it makes no person.
    // Not when a title opens it and a name without organisation or place words follows ("Coach
    // Hanna Berg"; "Pilot Corporation" stays an organisation).
    if (recognized_as_one(p, b, EntityType::Org) && !(title_at(p, b) && b - p >= 3 && names_ok(p + 1, b)))
      return false;
    const GazetteerEntry* nat = nullptr;
    const std::size_t s = name_start(p, b);
    if (s == p) {
      const std::size_t n = nationality_len(p, b, nat);
      return (n > 0 && bare_title(sentence, p + n, b, sf, sl)) || bare_title(sentence, p, b, sf, sl);
    }
    MentionInfo m;
    std::size_t nf = p, nl = nationality_len(p, s, nat), tf = p + nl, tl = s;
    nl += p;
    if (nl == p && (tl = office_of(p, s, nat)) < s) {  // "President of Russia"
      nf = tl + 1;
      nl = s;
    }
    if (!title_ok(tf, tl, s)) return false;
    // "Kenyan lawyer Ahmed Mohamed": a nationality before a lower-case role is no office of the
    // country (unlike "Russian Foreign Minister", "Real Madrid coach").
    bool lower_role = tl > tf;
    for (std::size_t k = tf; k < tl; ++k) lower_role = lower_role && !is_upper_start(f(k));
    if (nl == nf + 1 && lower_role && gaz.demonym(f(nf))) nl = nf;
    if (nl > nf) {
      m.nationality = nat->canonical;
      m.nationality_type = nat->type;
      m.nationality_first = static_cast<std::uint32_t>(nf);
      m.nationality_last = static_cast<std::uint32_t>(nl);
    }
    m.titled = true;
    m.title_first = static_cast<std::uint32_t>(tf);
    m.title_last = static_cast<std::uint32_t>(tl);
    m.mention.canonical = text(s, b);
    m.mention.type = EntityType::Person;
    m.name_first = static_cast<std::uint32_t>(s);
    if (!junk(m.mention.canonical, s, b, sf)) emit(std::move(m), sentence, a, b, sf, sl);
    return true;
  }

  // Where the name of the run [a, b) ends: before trailing words the recognizer leaves out of the
  // name it found at a ("Real Madrid T-shirt" -> "Real Madrid"), unless one of them is an
  // organisation, geographic or particle word ("Nordbank AG", "Red Sea"), no common word (one
  // the recognizer's training text rarely writes in lower case: "Minera Cerro | Blanco") or a word
  // the tagger reads as a singular proper noun ("Muscat | Water"); else b.
  std::size_t recognized_end(std::size_t a, std::size_t b) const {
    if (names.empty()) return b;
    const auto it = std::lower_bound(names.begin(), names.end(), a,
                                     [](const NamedSpan& n, std::size_t k) { return n.first < k; });
    if (it == names.end() || it->first != a || it->last >= b) return b;
    for (std::size_t k = it->last; k < b; ++k)
      if (ner[k] >= 0 || lex.organization_words.contains(f(k)) || lex.geographic_words.contains(f(k)) ||
          lex.name_particles.contains(f(k)) || lex.portfolio_words.contains(f(k)) || !common_word(f(k)) ||
          (pos::has_xpos(doc.tokens[k], {"NNP"}) && !letter_compound(f(k))))
        return b;
    return it->last;
  }

  // Whether the sentence [sf, sl) has a word in lower case (it is no all-caps headline).
  bool sentence_has_lower(std::size_t sf, std::size_t sl) const {
    for (std::size_t k = sf; k < sl; ++k)
      if (!f(k).empty() && f(k)[0] >= 'a' && f(k)[0] <= 'z') return true;
    return false;
  }

  // Whether token i is the subject (nsubj) of a verb that has an object or a clausal or
  // open complement in the sentence [sf, sl) (needs the parse).
  bool acting_subject(std::size_t i, std::size_t sf, std::size_t sl) const {
    if (nlp::deprel_name(doc.tokens[i].deprel) != "nsubj" || doc.tokens[i].head < 0) return false;
    const std::size_t v = sf + static_cast<std::size_t>(doc.tokens[i].head);
    if (v >= sl || !pos::is_verb(doc.tokens[v])) return false;
    for (std::size_t k = sf; k < sl; ++k) {
      if (doc.tokens[k].head < 0 || sf + static_cast<std::size_t>(doc.tokens[k].head) != v) continue;
      const std::string_view r = nlp::deprel_name(doc.tokens[k].deprel);
      if (r == "obj" || r == "ccomp" || r == "xcomp") return true;
    }
    return false;
  }

  // Whether a person-only predicate follows the name [.., b) ("was born", "died", "married"),
  // past auxiliaries and adverbs.
  bool person_predicate_after(std::size_t b, std::size_t sl) const {
    std::size_t k = b;
    const std::size_t end = std::min(sl, b + 4);
    while (k < end && (pos::is_aux(doc.tokens[k]) || pos::is_adverb(doc.tokens[k]))) ++k;
    return k < end && pos::is_verb(doc.tokens[k]) && lex.person_predicates.contains(doc.tokens[k].lemma);
  }

  // A gazetteer place that names a person here: a person-only predicate follows ("Paris was
  // born in Switzerland": places are not born, whatever the recognizer reads), unless the
  // recognizer reads an organization.
  bool person_named_like_place(std::size_t a, std::size_t b, std::size_t sl, const GazetteerEntry* e) const {
    if (!e || !(e->type == EntityType::Gpe || e->type == EntityType::Loc)) return false;
    const auto learned = recognized(a, b);
    if (learned && *learned == EntityType::Org) return false;
    return person_predicate_after(b, sl);
  }

  // The recognizer reads the whole run [a, b) as one person's name ("Paris Hilton").
  bool one_person(std::size_t a, std::size_t b) const { return recognized_as_one(a, b, EntityType::Person); }

  // Whether a capital or seat of government at [a, b) acts for its state: not with --actors
  // literal, not after a place preposition ("in Moscow"), not as the object of a place verb
  // ("visited Moscow"). (Inside a longer name, "Moscow State University", it is no exact
  // gazetteer match and never gets here. A common noun after it is no sign of a modifier: the
  // tagger reads "Washington resume talks" with "resume" as a noun.)
  bool acting_seat(std::size_t a, std::size_t sf) const {
    if (options.actors == Actors::Literal) return false;
    std::size_t p = a;
    if (p > sf && (f(p - 1) == "the" || f(p - 1) == "The")) --p;
    if (p > sf && lex.place_prepositions.contains(core::ascii_lower(f(p - 1)))) return false;
    if (p > sf && pos::is_verb(doc.tokens[p - 1]) && lex.place_object_verbs.contains(doc.tokens[p - 1].lemma)) return false;
    // "moved its headquarters to London", "flew to Madrid": the place a destination verb's "to"
    // or "into" phrase names (destination_verbs); "the mayor of Lisbon", "the outskirts of Kyiv":
    // the place a noun's "of" phrase names (place_of_nouns); both learned from GUM and EWT train.
    // "sold drones to Moscow", "an ally of Moscow" keep the actor.
    if (p > sf) {
      const std::string prep = core::ascii_lower(f(p - 1));
      if (prep == "to" || prep == "into" || prep == "of") {
        std::size_t t = a;
        for (int steps = 0; steps < 3 && doc.tokens[t].head >= 0; ++steps) {
          t = sf + static_cast<std::size_t>(doc.tokens[t].head);
          if (prep != "of" && pos::is_verb(doc.tokens[t])) return !lex.destination_verbs.contains(doc.tokens[t].lemma);
          if (prep == "of" && doc.tokens[t].upos == Upos::NOUN)
            return !lex.place_of_nouns.contains(core::ascii_lower(doc.tokens[t].lemma));
        }
      }
    }
    return true;
  }

  // A state or province whose name is also a country or a capital, told apart by its context:
  // "Washington state", "the state of Washington", "Washington Governor ...", "Gov. ... of Georgia".
  std::optional<std::string> subdivision_in_context(std::size_t a, std::size_t b, std::size_t sf, std::size_t sl) const {
    const std::string alias = text(a, b);
    std::optional<std::string> state;
    for (const auto& e : gaz.ambiguous(alias))
      if (e.type == EntityType::Gpe && e.canonical != alias && e.canonical.find(" (") != std::string::npos) state = e.canonical;
    if (!state) return std::nullopt;
    const auto word = [&](std::size_t k) { return k < sl && k >= sf && lex.subdivision_words.contains(core::ascii_lower(f(k))); };
    const bool state_after = word(b);
    const bool state_before = a >= sf + 2 && f(a - 1) == "of" && word(a - 2);
    if (state_after || state_before) return state;
    return std::nullopt;
  }

  // The recognizer's names that no rule found: each analysed like a run of proper nouns (titles,
  // gazetteer, junk filters), skipped when it overlaps a mention or starts in lower case.
  // The mentions in text order (by first token, then last), after rules that append.
  void sort_by_position() {
    std::sort(out.begin(), out.end(), [](const MentionInfo& x, const MentionInfo& y) {
      return x.mention.first != y.mention.first ? x.mention.first < y.mention.first : x.mention.last < y.mention.last;
    });
  }

  void add_recognized_names() {
    if (names.empty()) return;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> taken;
    for (const auto& m : out) taken.emplace_back(m.mention.first, m.mention.last);
    std::sort(taken.begin(), taken.end());
    const std::size_t before = out.size();
    for (const auto& n : names) {
      // Mentions do not overlap: the last one starting before n ends is the only one that can reach into n.
      const auto it = std::lower_bound(taken.begin(), taken.end(), std::make_pair(n.last, 0u));
      const bool overlaps = it != taken.begin() && std::prev(it)->second > n.first;
      if (overlaps || !detail::is_upper_start(f(n.first))) continue;
      const auto& sent = doc.sentences[n.sentence];
      analyze(n.sentence, n.first, n.last, sent.first, sent.last);
    }
    if (out.size() == before) return;
    sort_by_position();
  }

  // The last word of a person's full name written alone as a capitalized common noun, which the
  // tagger did not read as a name ("Bill Gates ... Reporters asked Gates"): a weak mention, kept
  // only if resolve_coreference ties it to exactly one full name of the document. Not after a
  // determiner ("a Curry"), not at the start of a sentence when the document also writes the
  // word in lower case, and never a first name ("the Bill" may be a law).
  void add_name_repeats() {
    std::set<std::string, std::less<>> name_words;
    for (const auto& m : out) {
      if (m.mention.type != EntityType::Person || m.from_gazetteer) continue;
      const auto ws = words_of(lex, m.mention.canonical);
      if (ws.size() < 2) continue;
      name_words.emplace(ws.back());
    }
    if (name_words.empty()) return;
    std::vector<bool> covered(forms.size(), false);
    for (const auto& m : out)
      for (auto t = m.mention.first; t < m.mention.last && t < covered.size(); ++t) covered[t] = true;
    const std::size_t before = out.size();
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      const auto& sent = doc.sentences[si];
      for (std::size_t t = sent.first; t < sent.last; ++t) {
        const std::string_view w = f(t);
        if (covered[t] || w.size() < 2 || !is_upper_start(w) || is_all_caps(w) || !pos::is_noun(doc.tokens[t]) ||
            !name_words.contains(w))
          continue;
        if (t == sent.first && lower_words.count(core::ascii_lower(w))) continue;
        if (t > sent.first && pos::has_xpos(doc.tokens[t - 1], {"DT"})) continue;  // "the Bill", "a Curry"
        if (junk(std::string(w), t, t + 1, sent.first)) continue;  // "in May" beside Theresa May
        MentionInfo m;
        m.mention.canonical = std::string(w);
        m.mention.type = EntityType::Person;
        m.name_first = static_cast<std::uint32_t>(t);
        m.weak = true;
        m.mention.sentence = static_cast<std::uint32_t>(si);
        m.mention.first = static_cast<std::uint32_t>(t);
        m.mention.last = static_cast<std::uint32_t>(t + 1);
        out.push_back(std::move(m));
      }
    }
    if (out.size() == before) return;
    sort_by_position();
  }

  // Acronyms defined in the text: "the International Atomic Energy Agency (IAEA)". The acronym in
  // brackets is dropped as a mention of its own, and every later mention written as the acronym
  // takes the long name's canonical name and type. The acronym must spell the initials of the
  // long name's capitalized words (of, and, the, for, on ... skipped).
  void apply_acronyms() {
    std::map<std::string, std::pair<std::string, EntityType>, std::less<>> defined;
    std::vector<bool> drop(out.size(), false);
    for (std::size_t k = 0; k < out.size(); ++k) {
      const auto& m = out[k].mention;
      const std::string_view word = f(m.first);
      if (m.last == m.first + 1 && is_all_caps(word)) {
        if (const auto it = defined.find(word); it != defined.end() && it->second.first != m.canonical) {
          if (k > 0 && m.first >= 1 && f(m.first - 1) == "(" && out[k - 1].mention.last + 1 == m.first) {
            drop[k] = true;  // the definition itself
            continue;
          }
          out[k].mention.canonical = it->second.first;
          out[k].mention.type = it->second.second;
          out[k].from_gazetteer = false;
          out[k].metonym = false;
          continue;
        }
      }
      // A definition: this mention, "(", an all-caps word spelling its initials, ")".
      const std::size_t open = m.last;
      if (open + 2 >= forms.size() || f(open) != "(" || f(open + 2) != ")") continue;
      const std::string_view acronym = f(open + 1);
      if (acronym.size() < 2 || acronym.size() > 8 || !is_all_caps(acronym)) continue;
      std::string initials;
      for (std::size_t t = std::max<std::size_t>(m.first, out[k].name_first); t < m.last; ++t)
        if (is_upper_start(f(t))) initials += f(t)[0];
      if (initials != acronym) continue;
      defined[std::string(acronym)] = {m.canonical, m.type == EntityType::Misc ? EntityType::Org : m.type};
      if (out[k].mention.type == EntityType::Misc) out[k].mention.type = EntityType::Org;
    }
    std::size_t w = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (drop[k]) continue;
      if (w != k) out[w] = std::move(out[k]);
      ++w;
    }
    out.resize(w);
  }

  // Types and canonicalizes the run [a, b) and emits zero or more mentions.
  void analyze(std::size_t sentence, std::size_t a, std::size_t b, std::size_t sf, std::size_t sl) {
    if (a >= b) return;
    MentionInfo m;
    const GazetteerEntry* e = nullptr;
    if (gaz_len(a, b, e) == b - a && !person_named_like_place(a, b, sl, e)) {
      m.mention.canonical = e->canonical;
      m.mention.type = e->type;
      m.from_gazetteer = true;
      m.metonym = e->metonym;
      m.name_first = static_cast<std::uint32_t>(a);
      if (e->metonym && !acting_seat(a, sf)) {
        // "in Moscow", "visited Moscow", --actors literal: the city or building itself.
        m.mention.canonical = text(a, b);
        m.metonym = false;
      } else if (const auto state = subdivision_in_context(a, b, sf, sl)) {
        m.mention.canonical = *state;  // "Washington state", "Governor of Georgia"
        m.mention.type = EntityType::Gpe;
        m.metonym = false;
      }
      // "US lawmakers": a country or organization before an actor noun, like "Chinese companies".
      if (const std::size_t actor = actor_end(b - 1, sl);
          actor > 0 && (e->type == EntityType::Gpe || e->type == EntityType::Org)) {
        if (!lex.state_nouns.contains(f(actor - 1))) {
          make_group(m, a, b, actor);
          return emit(std::move(m), sentence, a, actor, sf, sl);
        }
        m.demonym_actor = true;
        b = actor;
      }
      return emit(std::move(m), sentence, a, b, sf, sl);
    }
    if (titled_person(sentence, a, b, sf, sl)) return;
    // A place and one capitalised plural after it in running text is a team's or a company's
    // name ("Lagos Stars", "Pittsburgh Pirates", "Utah Starzz"), not a place and a name; in EWT and
    // GUM train such pairs are mostly that. Not a geographic word ("Gulf States") or a
    // demonym ("North Americans"). The same with up to two capitalised words between them that
    // are no place and no demonym ("Colombo Spice Exporters", "Tonga Pacific Fisheries").
    const auto team_name = [&]() {
      const GazetteerEntry* place = nullptr;
      const std::size_t g = gaz_len(a, b, place);
      if (g == 0 || a + g + 1 > b || a + g + 3 < b) return false;
      for (std::size_t k = a + g; k + 1 < b; ++k) {
        const GazetteerEntry* other = nullptr;
        if (!is_upper_start(f(k)) || is_all_caps(f(k)) || gaz_len(k, k + 1, other) > 0 || gaz.demonym(f(k)) ||
            lex.geographic_words.contains(f(k)))
          return false;
      }
      const std::size_t k = b - 1;
      const std::string_view w = f(k);
      return w.size() > 3 && w.back() == 's' && is_upper_start(w) && !is_all_caps(w) &&
             pos::has_xpos(doc.tokens[k], {"NNPS", "NNS"}) && !lex.geographic_words.contains(w) &&
             !gaz.demonym(w) && !gaz.demonym(w.substr(0, w.size() - 1)) && sentence_has_lower(sf, sl);
    };
    const bool team = team_name();  // whatever the recognizer's span, which may end at the place
    if (!team) b = recognized_end(a, b);
    bool has_org = team, has_particle = false;
    for (std::size_t k = a; k < b; ++k) {
      has_org = has_org || lex.organization_words.contains(f(k));
      has_particle = has_particle || lex.name_particles.contains(f(k)) || particle_hyphen(lex, f(k));
    }
    // "Pacific Nations Cup", "Asian Games": an event's name, whole, even with a place in it.
    const bool event = b - a >= 2 && !has_org && lex.event_words.contains(f(b - 1));
    // A demonym opening a run is part of an organization or event name, or of a two-word name
    // whose other word is a common word ("Korean Air", "Indian Oil", "Chinese Embassy": not "Air",
    // "Oil", "Embassy"), else not part of the name ("Afghan Taliban" is the Taliban).
    if (gaz.demonym(f(a)) && !has_org && !event && !gaz.find(f(a)) && !(b - a == 2 && common_word(f(a + 1))))
      return analyze(sentence, a + 1, b, sf, sl);
    const bool first_name = gaz.is_first_name(f(a)) && b - a <= 4 && !has_org;
    // A known place or organization followed by other names: split after it. Not when a
    // geographic word ends the run: "the Mara River", "the Congo Basin" are one place. Nor when
    // one word follows that is no place and no given name, with no capitalised word after it:
    // "Montreal Neurotech", "Muscat Water" name a company.
    const auto coined_after = [&](std::size_t g) {
      // (A number after it is no capitalised word: "owed Zambezi Power 40 million dollars".)
      if (a + g + 1 != b || (b < sl && is_upper_start(f(b)) && !(f(b)[0] >= '0' && f(b)[0] <= '9'))) return false;
      const std::string_view w = f(a + g);
      const GazetteerEntry* other = nullptr;
      // A common word too, capitalised in running text ("Muscat Water", "Kenya Power"), not a
      // day or month ("Moscow Monday") nor a demonym.
      const bool coined = !common_word(w) || (sentence_has_lower(sf, sl) && !lex.time_words.contains(w) && !gaz.demonym(w));
      return coined && !gaz.is_first_name(w) && gaz_len(a + g, b, other) == 0 && !lex.titles.contains(w) &&
             !lex.title_nouns.contains(core::ascii_lower(w)) && !is_all_caps(w);
    };
    if (const std::size_t g = gaz_len(a, b, e);
        g > 0 && g < b - a && !has_org && !event && !first_name && !one_person(a, b) &&
        !lex.geographic_words.contains(f(b - 1)) && !coined_after(g)) {
      analyze(sentence, a, a + g, sf, sl);
      return analyze(sentence, a + g, b, sf, sl);
    }
    m.mention.canonical = text(a, b);
    m.name_first = static_cast<std::uint32_t>(a);
    if (junk(m.mention.canonical, a, b, sf)) return;
    const bool after_in = a > sf && lex.place_prepositions.contains(core::ascii_lower(f(a - 1)));
    auto learned = recognized(a, b);
    // An acronym in running text ("UBS", "FINMA") names an organization, not a person; one the
    // recognizer leaves out names one when it acts: the subject of a verb with an object or a
    // complement ("UBS agreed to a merger", "NASA launched a probe"; not "GDP grew").
    const bool acronym = b - a == 1 && is_all_caps(f(a)) && f(a).size() >= 2 && f(a).size() <= 6 &&
                         sentence_has_lower(sf, sl);
    if (acronym && ((learned && *learned == EntityType::Person) || (!learned && acting_subject(a, sf, sl))))
      learned = EntityType::Org;
    // A name before a person-only predicate is a person ("Paris was born in ...", "Smith died"),
    // unless the recognizer reads an organization.
    if ((!learned || *learned == EntityType::Loc || *learned == EntityType::Gpe) && !has_org &&
        person_predicate_after(b, sl))
      learned = EntityType::Person;
    // "James Webb Space Telescope", "Lotfollah Mosque": a name of two or more words ending in a
    // common noun that in GUM heads only things that are not people (learned lists) is that kind
    // of thing where the recognizer reads a person or nothing, unless a given name opens a name of
    // up to three words ("Emma Stone", "Frank Church") or a title does ("Madam Chair").
    const auto head_kind = [&]() -> std::optional<EntityType> {
      if ((learned && *learned != EntityType::Person && *learned != EntityType::Misc) || b - a < 2 ||
          !is_upper_start(f(b - 1)) || is_all_caps(f(b - 1)) || (b - a <= 3 && gaz.is_first_name(f(a))) ||
          has_particle || lex.titles.contains(f(a)) || lex.title_nouns.contains(core::ascii_lower(f(a))))
        return std::nullopt;
      const std::string w = core::ascii_lower(f(b - 1));
      if (lex.place_head_nouns.contains(w)) return EntityType::Loc;
      if (lex.organization_head_nouns.contains(w)) return EntityType::Org;
      if (lex.thing_head_nouns.contains(w)) return EntityType::Misc;
      return std::nullopt;
    };
    if (has_org)
      m.mention.type = EntityType::Org;
    else if (event)
      m.mention.type = EntityType::Misc;
    else if (lex.geographic_words.contains(f(b - 1)))
      m.mention.type = EntityType::Loc;
    else if (const auto by_head = head_kind())
      m.mention.type = *by_head;
    else if (learned)
      m.mention.type = *learned;
    else if (first_name || has_particle)
      m.mention.type = EntityType::Person;
    else if (after_in)
      m.mention.type = EntityType::Gpe;
    else if (b - a >= 2 && b - a <= 3 && ner.empty())  // with a recognizer, its silence means no person
      m.mention.type = EntityType::Person;
    else
      m.mention.type = EntityType::Misc;
    if (a == sf && b - a == 1 && (lex.non_name_openers.contains(f(a)) || lower_words.count(core::ascii_lower(f(a)))) &&
        !(learned && *learned == EntityType::Person))
      m.weak = true;
    emit(std::move(m), sentence, a, b, sf, sl);
  }

  // Makes `m` (its canonical and type: the country of [a, c)) the group [a, end): "Chinese
  // companies" from China, its own node.
  void make_group(MentionInfo& m, std::size_t a, std::size_t c, std::size_t end) const {
    m.group = true;
    m.nationality = m.mention.canonical;
    m.nationality_type = m.mention.type;
    m.nationality_first = static_cast<std::uint32_t>(a);
    m.nationality_last = static_cast<std::uint32_t>(c);
    m.mention.canonical = text(a, end);
    m.mention.type = EntityType::Org;
    m.metonym = false;
    m.from_gazetteer = false;
  }

  // "Chinese companies": end of the actor phrase after a demonym at i, or 0.
  std::size_t actor_end(std::size_t i, std::size_t end) const {
    std::size_t found = 0;
    for (std::size_t k = i + 1; k < end && k <= i + 3; ++k) {
      const Token& t = doc.tokens[k];
      if (!(pos::is_noun(t) || pos::is_adjective(t)) || is_upper_start(f(k))) break;
      if (lex.actor_nouns.contains(f(k))) found = k + 1;
    }
    return found;
  }

  // Where the name run that starts at i begins its proper nouns: i, i + 1 (after "former" or a
  // demonym), or kNoRun.
  std::size_t run_start(std::size_t i, std::size_t end) const {
    const GazetteerEntry* e = nullptr;
    if (gaz_len(i, end, e) > 0) return i;
    const bool former = f(i) == "former" || f(i) == "Former";
    if (former && i + 1 < end &&
        (nationality_at(i + 1, end, e) > 0 || lex.titles.contains(f(i + 1)) || lower_title_continues(i + 1, i + 1, end)))
      return i + 1;
    // ("Indian Space Research Organisation": a demonym before capitalised common words that
    // open an organisation's name.)
    if (gaz.demonym(f(i)))
      return name_token(i + 1, end) || lower_title_continues(i + 1, i + 1, end) || adjective_opens_org(i + 1, end) ? i + 1
                                                                                                               : kNoRun;
    if (particles_end(i, end) > i) return i;  // "von der Leyen"
    if (adjective_opens_org(i, end)) return i;
    return name_token(i, end) ? i : kNoRun;
  }

  void sentence(std::size_t s) {
    const std::size_t sf = doc.sentences[s].first, sl = doc.sentences[s].last;
    for (std::size_t i = sf; i < sl;) {
      if (const std::size_t start = run_start(i, sl); start != kNoRun) {
        const std::size_t b = std::max(run_end(start, sl), i + 1);
        analyze(s, i, b, sf, sl);
        i = b;
      } else if (const auto* d = gaz.demonym(f(i)); d && actor_end(i, sl) > 0) {
        const std::size_t b = actor_end(i, sl);
        MentionInfo m;
        m.mention.canonical = d->canonical;
        m.mention.type = d->type;
        m.from_gazetteer = true;
        m.name_first = static_cast<std::uint32_t>(i);
        if (lex.state_nouns.contains(f(b - 1)))
          m.demonym_actor = true;
        else
          make_group(m, i, i + 1, b);
        emit(std::move(m), s, i, b, sf, sl);
        i = b;
      } else {
        ++i;
      }
    }
  }
};

// Words that are not name particles: "von der Leyen" has one.
std::size_t name_words(const MentionFinder::Words& lex, const std::vector<std::string_view>& words) {
  return static_cast<std::size_t>(
      std::count_if(words.begin(), words.end(), [&](std::string_view w) { return !lex.name_particles.contains(w); }));
}

}  // namespace

namespace {
// The rules read organization_words and company_words as one list, and title_nouns and
// occupation_nouns (the recognizer reads only the first of each pair as a feature).
nlp::WordList joined_list(const nlp::Lexicon& lexicon, std::size_t main, std::size_t more) {
  std::vector<std::string> words = lexicon.get(MentionFinder::kLists[main]).words();
  for (const auto& w : lexicon.get(MentionFinder::kLists[more]).words()) words.push_back(w);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return nlp::WordList(lexicon.get(MentionFinder::kLists[main]).purpose(), std::move(words));
}
}  // namespace

MentionFinder::MentionFinder(Gazetteer gazetteer, const nlp::Lexicon& lexicon,
                             std::shared_ptr<const EntityRecognizer> recognizer, MentionOptions options)
    : gazetteer_(std::make_shared<const Gazetteer>(std::move(gazetteer))),
      recognizer_(std::move(recognizer)),
      options_(options),
      words_(std::make_shared<const Words>(Words{
          lexicon.get(kLists[0]), joined_list(lexicon, 1, 17), lexicon.get(kLists[2]), lexicon.get(kLists[3]),
          joined_list(lexicon, 4, 16), lexicon.get(kLists[5]), lexicon.get(kLists[6]), lexicon.get(kLists[7]),
          lexicon.get(kLists[8]), lexicon.get(kLists[9]), lexicon.get(kLists[10]), lexicon.get(kLists[11]),
          lexicon.get(kLists[12]), lexicon.get(kLists[13]), lexicon.get(kLists[14]), lexicon.get(kLists[15]),
          lexicon.get(kLists[18]), lexicon.get(kLists[19]), lexicon.get(kLists[20]), lexicon.get(kLists[21]),
          lexicon.get(kLists[22]), lexicon.get(kLists[23]), lexicon.get(kLists[24])})) {}

MentionFinder MentionFinder::load(const std::filesystem::path& models_dir, MentionOptions options) {
  return load(models_dir, nlp::Lexicon::load(models_dir / nlp::kLexiconFolder), options);
}

MentionFinder MentionFinder::load(const std::filesystem::path& models_dir, const nlp::Lexicon& lexicon,
                                  MentionOptions options) {
  MentionFinder finder(Gazetteer::load(models_dir / kGazetteerFile), lexicon, nullptr, options);
  auto recognizer = EntityRecognizer::load(models_dir / kRecognizerModel, finder.gazetteer_, lexicon);
  recognizer.set_domain(options.text_domain);
  finder.recognizer_ = std::make_shared<const EntityRecognizer>(std::move(recognizer));
  return finder;
}

void MentionFinder::resolve_coreference(std::vector<MentionInfo>& mentions) const {
  const Words& lex = *words_;
  std::set<std::string> people;  // full names (two words or more), sorted: deterministic
  for (const auto& m : mentions)
    if (m.mention.type == EntityType::Person && words_of(lex, m.mention.canonical).size() >= 2)
      people.insert(m.mention.canonical);
  for (auto& m : mentions) {
    if (m.from_gazetteer || m.mention.type == EntityType::Org || m.mention.type == EntityType::Loc ||
        m.mention.type == EntityType::Gpe)
      continue;
    const auto shortw = words_of(lex, m.mention.canonical);
    if (shortw.empty() || name_words(lex, shortw) > 2) continue;
    const std::string* found = nullptr;
    int candidates = 0;
    for (const std::string& full : people) {
      const auto fw = words_of(lex, full);
      if (fw.size() <= shortw.size()) continue;
      const bool prefix = std::equal(shortw.begin(), shortw.end(), fw.begin());
      const bool suffix =
          std::equal(shortw.begin(), shortw.end(), fw.end() - static_cast<std::ptrdiff_t>(shortw.size()));
      if (prefix || suffix) {
        ++candidates;
        found = &full;
      }
    }
    if (candidates == 1) {
      m.mention.canonical = *found;
      m.mention.type = EntityType::Person;
      m.weak = false;
    }
  }
}

std::vector<std::vector<const MentionInfo*>> store_mentions(Document& doc, const std::vector<MentionInfo>& infos) {
  doc.mentions.clear();
  std::vector<std::vector<const MentionInfo*>> by_sentence(doc.sentences.size());
  for (const auto& m : infos) {
    doc.mentions.push_back(m.mention);
    if (m.mention.sentence < by_sentence.size()) by_sentence[m.mention.sentence].push_back(&m);
  }
  return by_sentence;
}

std::vector<MentionInfo> MentionFinder::find(const Document& doc, const nlp::SentenceProgress& progress) const {
  Detector d{doc, *gazetteer_, *words_, options_, {}, {}, {}, {}, {}, {}, {}, nullptr};
  if (recognizer_) {
    d.caps = &recognizer_->model().caps;
    d.ner.assign(doc.tokens.size(), -1);
    d.names = recognizer_->recognize(doc, progress);
    for (const auto& n : d.names)
      for (auto t = n.first; t < n.last; ++t) d.ner[t] = static_cast<std::int8_t>(n.type);
    for (const auto& t : recognizer_->types()) d.ner_types.push_back(ner_entity_type(t));
  }
  d.forms.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    d.forms.push_back(doc.form(t));
    if (!d.forms.back().empty() && d.forms.back()[0] >= 'a' && d.forms.back()[0] <= 'z')
      d.lower_words.emplace(d.forms.back());
  }
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) d.sentence(s);
  d.add_recognized_names();
  d.apply_acronyms();
  d.add_name_repeats();
  resolve_coreference(d.out);
  std::erase_if(d.out, [](const MentionInfo& m) { return m.weak; });
  return std::move(d.out);
}

}  // namespace ergraph::entities
