#include "entities/coreference.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <unordered_map>

#include "core/error.h"
#include "core/text.h"
#include "nlp/tagset.h"

namespace ergraph::entities {
namespace {

using core::EntityType;
using nlp::Upos;

std::string lower(std::string_view s) { return core::ascii_lower(s); }

std::string_view deprel_of(const nlp::Token& t) { return nlp::deprel_name(t.deprel); }
bool is_subject_rel(std::string_view r) { return r == "nsubj" || r == "nsubj:pass"; }
bool is_clausal_rel(std::string_view r) { return r == "csubj" || r == "csubj:pass" || r == "ccomp" || r == "xcomp"; }

/// Document-level index of the head of token `t` (-1 for the root).
std::int64_t head_of(const nlp::Document& doc, const nlp::Sentence& s, std::uint32_t t) {
  const auto h = doc.tokens[t].head;
  return h < 0 ? -1 : static_cast<std::int64_t>(s.first) + h;
}

/// For each token of `s`: whether it lies inside quotation marks (“ ” opening and closing, "
/// and `` '' alternating; a sentence that starts inside a quotation closed in it counts so).
std::vector<bool> quoted_tokens(const nlp::Document& doc, const nlp::Sentence& s) {
  std::vector<bool> quoted(s.size(), false);
  bool inside = false, seen = false;
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    const auto f = doc.form(t);
    const bool open = f == "\u201c" || f == "``", close = f == "\u201d" || f == "''", plain = f == "\"";
    if (open || close || plain) {
      if (!seen && close)
        for (std::uint32_t k = s.first; k < t; ++k) quoted[k - s.first] = true;
      seen = true;
      inside = open ? true : close ? false : !inside;
      continue;
    }
    quoted[t - s.first] = inside;
  }
  return quoted;
}

/// Whether `verb` (a document token index, -1 for none) or a verb whose subject it shares
/// (it is conj without its own subject, or xcomp of a verb without an object) is `subject_head`.
bool bound_subject_of(const nlp::Document& doc, const nlp::Sentence& s, std::int64_t verb, std::int64_t subject_head) {
  for (int steps = 0; verb >= 0 && steps < 8; ++steps) {
    if (verb == subject_head) return true;
    const auto v = static_cast<std::uint32_t>(verb);
    const auto rel = deprel_of(doc.tokens[v]);
    if (rel != "conj" && rel != "xcomp") return false;
    bool own_subject = false;
    const auto parent = head_of(doc, s, v);
    for (std::uint32_t t = s.first; t < s.last; ++t) {
      const auto h = head_of(doc, s, t);
      const auto r = deprel_of(doc.tokens[t]);
      if (h == verb && is_subject_rel(r)) own_subject = true;
      // "told Theodorus to help him": the controller is the object, not the subject.
      if (rel == "xcomp" && h == parent && (r == "obj" || r == "iobj")) own_subject = true;
    }
    if (own_subject) return false;
    verb = parent;
  }
  return false;
}

/// The token of [first, last) whose head lies outside the range (the last such token).
std::uint32_t span_head(const nlp::Document& doc, const nlp::Sentence& s, std::uint32_t first, std::uint32_t last) {
  std::uint32_t best = last - 1;
  for (std::uint32_t t = first; t < last; ++t) {
    const auto h = head_of(doc, s, t);
    if (h < first || h >= last) best = t;
  }
  return best;
}

// Ranking weights (tuned on GUM train only).
constexpr double kSubjectBonus = 0.6, kPossessorBonus = 0.2, kGenderBonus = 0.3;
constexpr double kSalience = 0.2, kSalienceCap = 0.8, kGroupBonus = 0.3;
// he/she: the document's main person of the pronoun's gender (most named mentions so far, at
// least kMainMinMentions) gains kMainBonus; "she" prefers a known-female candidate anywhere in
// the window (names of unknown gender in GUM train are mostly male); it/its looks back
// CoreferenceResolver::kNeuterWindow sentences; "they" may go to a GPE ("Kenya signed ... They") with a penalty.
constexpr double kMainBonus = 0.3, kFeminineBonus = 5.0, kTheyGpePenalty = 0.5;
constexpr std::uint32_t kMainMinMentions = 3;
// it/its: the entity's mention count weighs half (the main entity is less often "it" than the
// main person is "he"), and a candidate heading a prepositional phrase (deprel obl or nmod: "in
// Brazil") loses kNeuterObliquePenalty (Lappin and Leass's adverbial-PP demotion).
constexpr double kNeuterSalienceScale = 0.5, kNeuterObliquePenalty = 0.5;
// it/its may go to a name the recognizer typed PERSON when the document gives no sign of a person
// (no gender from its first name, a title or a resolved he/she, and no title), at this penalty.
constexpr double kNeuterUnsurePersonPenalty = 1.0;

enum class PronounClass { None, Masculine, Feminine, Neuter, Plural };

struct Candidate {
  std::uint32_t sentence = 0, first = 0, last = 0, head = 0;
  std::string canonical;
  EntityType type = EntityType::Misc;
  std::size_t index = 0;  // combined numbering: named i, or named.size() + k for result[k]
  std::size_t root = 0;   // named mention the chain goes back to
  bool subject = false, possessor = false, plural = false;
  std::vector<Candidate> members;  // a coordination of names ("Albert and Marcia"): they/them/their
};

struct EntityState {
  Gender gender = Gender::Unknown;
  std::uint32_t mentions = 0;
  std::uint32_t named = 0;  // named mentions only
  bool name_gender = false;  // gender known from the name or a title, not from a pronoun
  bool first_name_gender = false;  // `gender` came from the first name (a title does not overrule it)
  EntityType type = EntityType::Misc;
  std::uint32_t last_named = 0;  // token after its latest named mention
  std::set<std::string> titles;
};

}  // namespace

// --- FirstNameGender -------------------------------------------------------------------------

FirstNameGender FirstNameGender::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E101", "cannot open first-name gender table", path.string());
  return parse(in, path.string());
}

FirstNameGender FirstNameGender::parse(std::istream& in, const std::string& source) {
  FirstNameGender out;
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto cols = core::split_tabs(line);
    if (cols.size() < 3 || cols[0].empty())
      throw ParseError("E123", "first-name gender row needs name, masculine and feminine counts",
                       source + ":" + std::to_string(lineno));
    try {
      out.add(std::string(cols[0]), static_cast<std::uint32_t>(std::stoul(std::string(cols[1]))),
              static_cast<std::uint32_t>(std::stoul(std::string(cols[2]))));
    } catch (const std::logic_error&) {
      throw ParseError("E123", "bad count in first-name gender row", source + ":" + std::to_string(lineno));
    }
  }
  return out;
}

void FirstNameGender::add(const std::string& name, std::uint32_t masculine, std::uint32_t feminine) {
  auto& c = counts_[name];
  c.first += masculine;
  c.second += feminine;
}

Gender FirstNameGender::gender(std::string_view first_name) const {
  const auto it = counts_.find(first_name);
  if (it == counts_.end()) return Gender::Unknown;
  const auto [m, f] = it->second;
  if (m + f == 0) return Gender::Unknown;
  if (3 * m >= 2 * (m + f)) return Gender::Male;
  if (3 * f >= 2 * (m + f)) return Gender::Female;
  return Gender::Unknown;
}

void FirstNameGender::write(std::ostream& out, const std::vector<std::string>& header) const {
  for (const auto& h : header) out << "# " << h << '\n';
  out << "# name\tmasculine\tfeminine\n";
  for (const auto& [name, c] : counts_) out << name << '\t' << c.first << '\t' << c.second << '\n';
}

// --- CoreferenceResolver ---------------------------------------------------------------------

struct CoreferenceResolver::Impl {
  nlp::WordList masculine, feminine, neuter, plural, organization_nouns, country_nouns, title_nouns, role_nouns,
      weather_verbs, masculine_titles, feminine_titles, titles, masculine_first_names, feminine_first_names, place_nouns;
  FirstNameGender genders, given_names;

  PronounClass classify(const nlp::Document& doc, std::uint32_t t) const {
    const auto& tok = doc.tokens[t];
    if (tok.upos != Upos::PRON) return PronounClass::None;
    const auto w = lower(doc.form(t));
    if (masculine.contains(w)) return PronounClass::Masculine;
    if (feminine.contains(w)) return PronounClass::Feminine;
    if (neuter.contains(w)) return PronounClass::Neuter;
    if (plural.contains(w)) return PronounClass::Plural;
    return PronounClass::None;
  }

  /// "it" that refers to nothing: expl, "it is likely that ...", "it rains".
  bool pleonastic(const nlp::Document& doc, const nlp::Sentence& s, std::uint32_t t) const {
    const auto rel = deprel_of(doc.tokens[t]);
    if (rel == "expl") return true;
    if (!is_subject_rel(rel)) return false;
    const auto h = head_of(doc, s, t);
    if (h < 0) return false;
    const auto& head = doc.tokens[static_cast<std::size_t>(h)];
    if (weather_verbs.contains(lower(head.lemma))) return true;
    bool copula = head.upos == Upos::ADJ, clause = false;
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      if (head_of(doc, s, k) != h) continue;
      const auto r = deprel_of(doc.tokens[k]);
      if (r == "cop") copula = true;
      if (k > t && is_clausal_rel(r)) {
        // a clausal complement with "that"/"to"/"whether"/"if" marking it
        for (std::uint32_t q = s.first; q < s.last; ++q)
          if (head_of(doc, s, q) == k && (deprel_of(doc.tokens[q]) == "mark")) clause = true;
        if (r == "csubj" || r == "csubj:pass") clause = true;
      }
    }
    if (clause && (copula || lower(head.lemma) == "take" || lower(head.lemma) == "seem" ||
                   lower(head.lemma) == "appear" || lower(head.lemma) == "happen"))
      return true;
    return false;
  }

  Gender title_gender(std::string_view word) const {
    if (masculine_titles.contains(word)) return Gender::Male;
    if (feminine_titles.contains(word)) return Gender::Female;
    return Gender::Unknown;
  }

  /// The gender of a name from its first word. `person`: the name is known to be a PERSON, so the
  /// census table of given names may be asked too (for a MISC name it would make "May", "China"
  /// or "Christian" a person).
  Gender name_gender(const std::string& canonical, bool person) const {
    const auto sp = canonical.find(' ');
    const auto first = std::string_view(canonical).substr(0, sp);
    const Gender learned = genders.gender(first);
    if (learned != Gender::Unknown) return learned;
    // Not in the learned table: the word lists of common given names.
    if (masculine_first_names.contains(first)) return Gender::Male;
    if (feminine_first_names.contains(first)) return Gender::Female;
    return person ? given_names.gender(first) : Gender::Unknown;
  }

  std::vector<ResolvedAnaphor> resolve(const nlp::Document& doc, const std::vector<MentionInfo>& named) const;
};

CoreferenceResolver::CoreferenceResolver(const nlp::Lexicon& lexicon, FirstNameGender genders,
                                         FirstNameGender given_names) {
  auto impl = std::make_unique<Impl>();
  impl->masculine = lexicon.get("masculine_pronouns");
  impl->feminine = lexicon.get("feminine_pronouns");
  impl->neuter = lexicon.get("neuter_pronouns");
  impl->plural = lexicon.get("plural_pronouns");
  impl->organization_nouns = lexicon.get("organization_nouns");
  impl->country_nouns = lexicon.get("country_nouns");
  impl->title_nouns = lexicon.get("title_nouns");
  impl->role_nouns = lexicon.get("role_nouns");
  impl->weather_verbs = lexicon.get("weather_verbs");
  impl->masculine_titles = lexicon.get("masculine_titles");
  impl->feminine_titles = lexicon.get("feminine_titles");
  impl->titles = lexicon.get("titles");
  impl->masculine_first_names = lexicon.get("masculine_first_names");
  impl->feminine_first_names = lexicon.get("feminine_first_names");
  impl->place_nouns = lexicon.get("place_nouns");
  impl->genders = std::move(genders);
  impl->given_names = std::move(given_names);
  impl_ = std::move(impl);
}

CoreferenceResolver CoreferenceResolver::load(const std::filesystem::path& models_dir) {
  return load(models_dir, nlp::Lexicon::load(models_dir / nlp::kLexiconFolder));
}

CoreferenceResolver CoreferenceResolver::load(const std::filesystem::path& models_dir, const nlp::Lexicon& lexicon) {
  return CoreferenceResolver(lexicon, FirstNameGender::load(models_dir / kFirstNameGenderTable),
                             FirstNameGender::load(models_dir / kGivenNameGenderTable));
}

CoreferenceResolver::~CoreferenceResolver() = default;
CoreferenceResolver::CoreferenceResolver(CoreferenceResolver&&) noexcept = default;
CoreferenceResolver& CoreferenceResolver::operator=(CoreferenceResolver&&) noexcept = default;

const FirstNameGender& CoreferenceResolver::genders() const { return impl_->genders; }
const FirstNameGender& CoreferenceResolver::given_names() const { return impl_->given_names; }

std::vector<ResolvedAnaphor> CoreferenceResolver::resolve(const nlp::Document& doc,
                                                          const std::vector<MentionInfo>& named) const {
  return impl_->resolve(doc, named);
}

std::vector<ResolvedAnaphor> CoreferenceResolver::Impl::resolve(const nlp::Document& doc,
                                                                const std::vector<MentionInfo>& named) const {
  std::vector<ResolvedAnaphor> out;
  std::vector<Candidate> pool;
  std::map<std::string, EntityState, std::less<>> entities;

  // Named mentions in text order (find() returns them so; sort defensively by first token).
  std::vector<std::size_t> order(named.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return named[a].mention.first < named[b].mention.first; });
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const auto& m : named)
    for (auto t = m.mention.first; t < m.mention.last && t < covered.size(); ++t) covered[t] = true;

  const auto make_candidate = [&](const nlp::Mention& m, std::size_t index, std::size_t root) {
    Candidate c;
    c.sentence = m.sentence;
    c.first = m.first;
    c.last = m.last;
    const auto& s = doc.sentences[m.sentence];
    c.head = span_head(doc, s, m.first, m.last);
    c.canonical = m.canonical;
    c.type = m.type;
    c.index = index;
    c.root = root;
    const auto rel = deprel_of(doc.tokens[c.head]);
    c.subject = is_subject_rel(rel);
    // "Galois' cousin, Gabriel Demante, when asked if he ...": a name in apposition to a
    // subject is as prominent as the subject.
    if (rel == "appos") {
      const auto h = head_of(doc, s, c.head);
      if (h >= 0 && is_subject_rel(deprel_of(doc.tokens[static_cast<std::uint32_t>(h)]))) c.subject = true;
    }
    c.possessor = rel == "nmod:poss";
    c.plural = m.type != EntityType::Org && nlp::xpos_name(doc.tokens[c.head].xpos) == "NNPS";  // "Industries"
    return c;
  };

  // A group candidate for they/them/their: starts where `first` does, ends at `last`, and stands
  // for `members` (the named people in it).
  const auto push_group = [&](const Candidate& first, std::uint32_t last, std::vector<Candidate> members) {
    Candidate g = first;
    g.last = last;
    g.plural = true;
    g.type = EntityType::Misc;
    g.canonical.clear();
    g.members = std::move(members);
    pool.push_back(std::move(g));
  };

  std::size_t next = 0;  // into order
  const auto add_named_until = [&](std::uint32_t token) {
    while (next < order.size() && named[order[next]].mention.last <= token) {
      const std::size_t i = order[next++];
      const auto& mi = named[i];
      if (mi.mention.sentence >= doc.sentences.size() || mi.mention.last > doc.tokens.size() ||
          mi.mention.first >= mi.mention.last)
        continue;
      pool.push_back(make_candidate(mi.mention, i, i));
      {
        // "A and B": B's head is a conj of A's head -> a group candidate for "they".
        const Candidate b = pool.back();
        const auto& s = doc.sentences[b.sentence];
        if (deprel_of(doc.tokens[b.head]) == "conj" && (b.type == EntityType::Person || b.type == EntityType::Misc)) {
          const auto h = head_of(doc, s, b.head);
          for (auto it = pool.rbegin() + 1; it != pool.rend() && it->sentence == b.sentence; ++it) {
            if (it->members.empty() && static_cast<std::int64_t>(it->head) == h && it->canonical != b.canonical &&
                (it->type == EntityType::Person || it->type == EntityType::Misc)) {
              push_group(*it, b.last, {*it, b});
              break;
            }
          }
        }
      }
      {
        // "Higuchi, her mother and her sister ... their": a person coordinated with common nouns
        // is a group candidate for "they" whose named member is the person.
        const Candidate a = pool.back();
        const auto& s = doc.sentences[a.sentence];
        if (a.type == EntityType::Person && deprel_of(doc.tokens[a.head]) != "conj") {
          std::uint32_t end = 0;
          bool named_conj = false;
          for (std::uint32_t k = a.last; k < s.last; ++k) {
            if (head_of(doc, s, k) != static_cast<std::int64_t>(a.head) || deprel_of(doc.tokens[k]) != "conj") continue;
            if (covered[k] || doc.tokens[k].upos == Upos::PROPN) named_conj = true;
            else if (doc.tokens[k].upos == Upos::NOUN) end = k + 1;
          }
          if (end && !named_conj) push_group(a, end, {a});
        }
      }
      auto& e = entities[mi.mention.canonical];
      ++e.mentions;
      ++e.named;
      e.type = mi.mention.type;
      e.last_named = mi.mention.last;
      if (e.gender == Gender::Unknown && mi.mention.type == EntityType::Person) {
        e.gender = name_gender(mi.mention.canonical, true);
        e.first_name_gender = e.gender != Gender::Unknown;
      }
      if (name_gender(mi.mention.canonical, false) != Gender::Unknown) e.name_gender = true;
      // A gendered title ("Mr.", "Queen") sets the gender, but never against the first name's:
      // "Jenna Marbles ... her dog Mr. Marbles" is another bearer of the name.
      const auto title_says = [&](std::string_view word) {
        const Gender g = title_gender(word);
        if (g != Gender::Unknown && (!e.first_name_gender || e.gender == g)) e.gender = g, e.name_gender = true;
      };
      for (auto t = mi.title_first; t < mi.title_last && t < doc.tokens.size(); ++t) {
        title_says(doc.form(t));
        e.titles.insert(lower(doc.form(t)));
      }
      // A gendered title just before the name even when the finder did not mark it ("Mr.").
      if (mi.mention.first > doc.sentences[mi.mention.sentence].first) title_says(doc.form(mi.mention.first - 1));
      for (auto t = mi.mention.first; t < mi.name_first && t < mi.mention.last; ++t) {
        title_says(doc.form(t));
        if (titles.contains(doc.form(t))) e.titles.insert(lower(doc.form(t)));
      }
    }
  };

  const auto entity_gender = [&](const Candidate& c) {
    const auto it = entities.find(c.canonical);
    Gender g = it == entities.end() ? Gender::Unknown : it->second.gender;
    if (g == Gender::Unknown) g = name_gender(c.canonical, c.type == EntityType::Person);
    return g;
  };
  const auto salience = [&](const Candidate& c) {
    const auto it = entities.find(c.canonical);
    const double n = it == entities.end() ? 1.0 : it->second.mentions;
    return std::min(kSalienceCap, kSalience * std::log2(n));
  };

  const auto emit = [&](std::uint32_t sentence, std::uint32_t first, std::uint32_t last, const Candidate& c,
                        AnaphorKind kind, std::uint32_t member) {
    ResolvedAnaphor a;
    a.info.mention.sentence = sentence;
    a.info.mention.first = first;
    a.info.mention.last = last;
    a.info.mention.canonical = c.canonical;
    a.info.mention.type = c.type;
    a.info.name_first = first;
    a.kind = kind;
    a.antecedent = c.root;
    a.via = c.index;
    a.member = member;
    const std::size_t index = named.size() + out.size();
    out.push_back(a);
    auto& e = entities[c.canonical];
    ++e.mentions;
    Candidate self = make_candidate(out.back().info.mention, index, c.root);
    self.type = c.type;
    self.plural = c.plural;
    return self;
  };

  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    const std::vector<bool> quoted = quoted_tokens(doc, s);
    for (std::uint32_t t = s.first; t < s.last; ++t) {
      add_named_until(t);
      if (covered[t]) continue;
      const auto in_window = [&](const Candidate& c, std::uint32_t window) {
        return c.sentence + window >= si && (c.sentence < si || c.last <= t);
      };

      // Pronouns.
      const PronounClass pc = classify(doc, t);
      if (pc != PronounClass::None) {
        const auto w = lower(doc.form(t));
        if (pc == PronounClass::Neuter && w == "it" && pleonastic(doc, s, t)) continue;
        const auto prel = deprel_of(doc.tokens[t]);
        const bool possessive = prel == "nmod:poss" || nlp::xpos_name(doc.tokens[t].xpos) == "PRP$";
        const auto phead = head_of(doc, s, t);
        const bool personal = pc == PronounClass::Masculine || pc == PronounClass::Feminine;
        const Gender want = pc == PronounClass::Masculine ? Gender::Male
                            : pc == PronounClass::Feminine ? Gender::Female
                                                           : Gender::Unknown;
        // he/she: the document's main person so far, the one of the pronoun's gender (or of
        // unknown gender) with the most named mentions (the latest on a tie), if it has at
        // least kMainMinMentions. Entity-level, so one wrong resolution does not make it.
        std::string main;
        std::uint32_t main_named = 0, main_last = 0;
        if (personal) {
          for (const auto& [name, e] : entities) {
            const bool ok = (e.type == EntityType::Person && (e.gender == Gender::Unknown || e.gender == want)) ||
                            (e.type == EntityType::Misc && e.name_gender && e.gender == want);
            if (!ok || e.named == 0) continue;
            if (e.named > main_named || (e.named == main_named && e.last_named > main_last))
              main = name, main_named = e.named, main_last = e.last_named;
          }
          if (main_named < kMainMinMentions) main.clear();
        }
        const Candidate* best = nullptr;
        double best_score = -1e9;
        for (const auto& c : pool) {
          const std::uint32_t window = personal                      ? kPersonWindow
                                       : pc == PronounClass::Neuter ? CoreferenceResolver::kNeuterWindow
                                                                    : kPronounWindow;
          if (!in_window(c, window)) continue;
          const Gender g = entity_gender(c);
          double score = -static_cast<double>(si - c.sentence);
          switch (pc) {
            case PronounClass::Masculine:
            case PronounClass::Feminine: {
              if ((c.type != EntityType::Person && c.type != EntityType::Misc) || !c.members.empty()) continue;
              if (g != Gender::Unknown && g != want) continue;
              if (c.type == EntityType::Misc) {
                // A MISC name is a person only by its first name or a title ("May", "Christianity" never).
                const auto it = entities.find(c.canonical);
                if (it == entities.end() || !it->second.name_gender) continue;
              }
              if (g == want) score += want == Gender::Female ? kFeminineBonus : kGenderBonus;
              if (!main.empty() && c.canonical == main) score += kMainBonus;
              break;
            }
            case PronounClass::Neuter:
              if (c.plural || !c.members.empty() || g != Gender::Unknown) continue;
              if (c.type == EntityType::Concept) continue;
              if (c.type == EntityType::Person) {
                // The recognizer's PERSON with nothing in the document to back it (no gender from
                // a first name, title or he/she, no title): "Cyclone Phailin", "Neuralink".
                const auto it = entities.find(c.canonical);
                if (it != entities.end() && (it->second.name_gender || !it->second.titles.empty())) continue;
                score -= kNeuterUnsurePersonPenalty;
              }
              break;
            case PronounClass::Plural:
              if (!(c.plural || c.type == EntityType::Org || c.type == EntityType::Gpe)) continue;
              if (!c.members.empty()) score += kGroupBonus;
              if (c.type == EntityType::Gpe) score -= kTheyGpePenalty;
              break;
            case PronounClass::None: break;
          }
          // Binding: "Putin met him" - an object is not its own verb's subject, nor the shared
          // subject of a verb it is conjoined with or controlled by ("Pachomius forgave Theodorus
          // and allowed him to ...", "Smith wanted to help him").
          if (!possessive && c.sentence == si && c.subject && bound_subject_of(doc, s, phead, head_of(doc, s, c.head)))
            continue;
          // "Philonise, his brother, ...", "George's brother, Philonise": a possessive is not the
          // name its own noun phrase is in apposition with.
          if (possessive && c.sentence == si && phead >= 0) {
            const auto n = static_cast<std::uint32_t>(phead);
            if ((deprel_of(doc.tokens[n]) == "appos" && head_of(doc, s, n) == static_cast<std::int64_t>(c.head)) ||
                (deprel_of(doc.tokens[c.head]) == "appos" && head_of(doc, s, c.head) == phead))
              continue;
          }
          // 'Stan said, "When he was winning ..."': the speaker says "I", so a third-person
          // pronoun inside the quotation is not the subject who speaks outside it.
          if (c.sentence == si && c.subject && c.head >= s.first && quoted[t - s.first] &&
              !quoted[c.head - s.first] && pc != PronounClass::Neuter)
            continue;
          if (c.subject) score += kSubjectBonus;
          else if (c.possessor) score += kPossessorBonus;
          if (pc == PronounClass::Neuter) {
            // it/its: salience counts half, and a name inside a prepositional phrase ("a plant in
            // Brazil", "a crater on Mars": obl, nmod) is a less likely antecedent.
            score += kNeuterSalienceScale * salience(c);
            const auto crel = deprel_of(doc.tokens[c.head]);
            if (crel == "obl" || crel == "nmod") score -= kNeuterObliquePenalty;
          } else {
            score += salience(c);
          }
          score += 1e-4 * (static_cast<double>(c.last) / static_cast<double>(doc.tokens.size() + 1));
          if (score > best_score) best_score = score, best = &c;
        }
        // he/she with no candidate in the window: the document's main person of that gender, however
        // far back (a biography's subject after a long stretch without the name).
        if (!best && personal && !main.empty())
          for (auto it = pool.rbegin(); it != pool.rend(); ++it)
            if (it->canonical == main && it->members.empty() && (it->sentence < si || it->last <= t) &&
                entity_gender(*it) == want) {
              best = &*it;
              break;
            }
        if (!best) continue;
        const Candidate chosen = *best;
        if (!chosen.members.empty()) {
          Candidate group = chosen;
          for (std::uint32_t k = 0; k < chosen.members.size(); ++k)
            group.members[k] = emit(si, t, t + 1, chosen.members[k], AnaphorKind::Pronoun, k);
          group.sentence = si;
          group.first = t;
          group.last = t + 1;
          group.head = t;
          group.subject = is_subject_rel(deprel_of(doc.tokens[t]));
          group.possessor = deprel_of(doc.tokens[t]) == "nmod:poss";
          pool.push_back(std::move(group));
          continue;
        }
        Candidate self = emit(si, t, t + 1, chosen, AnaphorKind::Pronoun, 0);
        out.back().neuter = pc == PronounClass::Neuter;
        auto& e = entities[chosen.canonical];
        if (e.gender == Gender::Unknown && pc == PronounClass::Masculine) e.gender = Gender::Male;
        if (e.gender == Gender::Unknown && pc == PronounClass::Feminine) e.gender = Gender::Female;
        pool.push_back(std::move(self));
        continue;
      }

      // Definite descriptions: "the company", "the president", "the (two) countries".
      const auto det = lower(doc.form(t));
      const bool demonstrative = (det == "this" || det == "that") && doc.tokens[t].upos == Upos::DET;
      if ((det != "the" && !demonstrative) || t + 1 >= s.last) continue;
      std::uint32_t n = t + 1;
      std::uint32_t count = 0;
      const auto number = lower(doc.form(n));
      if (number == "two" || number == "both") count = 2;
      if (count) ++n;
      if (n >= s.last || covered[n] || doc.tokens[n].upos != Upos::NOUN) continue;
      // The noun heads its phrase: no noun or name right after it ("the company president").
      if (n + 1 < s.last && (doc.tokens[n + 1].upos == Upos::NOUN || doc.tokens[n + 1].upos == Upos::PROPN)) continue;
      if (deprel_of(doc.tokens[n]) == "compound") continue;
      const auto noun = lower(doc.form(n));
      const auto lemma = lower(doc.tokens[n].lemma);
      const bool plural_noun = nlp::xpos_name(doc.tokens[n].xpos) == "NNS";
      if (count == 2 && demonstrative) continue;
      if (count == 2) {
        if (!plural_noun || !country_nouns.contains(noun)) continue;
        std::vector<const Candidate*> members;
        for (auto it = pool.rbegin(); it != pool.rend() && members.size() < 2; ++it) {
          if (!in_window(*it, kDescriptionWindow) || it->type != EntityType::Gpe) continue;
          if (std::any_of(members.begin(), members.end(), [&](const Candidate* m) { return m->canonical == it->canonical; }))
            continue;
          members.push_back(&*it);
        }
        if (members.size() < 2) continue;
        std::vector<Candidate> copies;
        for (const auto* m : members) copies.push_back(*m);
        std::reverse(copies.begin(), copies.end());  // text order
        for (std::uint32_t k = 0; k < copies.size(); ++k) emit(si, t, n + 1, copies[k], AnaphorKind::Description, k);
        t = n;
        continue;
      }
      // "the mosque" after "Shah Mosque", "this telescope" after "the James Webb Space Telescope",
      // "the internet" after "the Internet": an earlier name (not a person, anywhere before)
      // whose last word is the noun, ranked like the other descriptions (distance, subject,
      // mention count). Not for place_nouns ("the city" is rarely "Sun City").
      const Candidate* head_match = nullptr;
      double head_score = -1e9;
      if (!place_nouns.contains(noun))
        for (const auto& c : pool) {
          if (c.index >= named.size() || c.type == EntityType::Person || !c.members.empty()) continue;
          if (!(c.sentence < si || c.last <= t)) continue;
          if (lower(doc.form(c.last - 1)) != noun) continue;
          double score = -static_cast<double>(si - c.sentence) + (c.subject ? kSubjectBonus : 0.0) + salience(c);
          if (score > head_score) head_score = score, head_match = &c;
        }
      if (head_match) {
        const Candidate chosen = *head_match;
        Candidate self = emit(si, t, n + 1, chosen, AnaphorKind::Description, 0);
        pool.push_back(std::move(self));
        t = n;
        continue;
      }
      if (plural_noun) continue;
      EntityType want = EntityType::Misc;
      bool by_title = false, place = false;
      if (organization_nouns.contains(noun) || organization_nouns.contains(lemma)) want = EntityType::Org;
      else if (country_nouns.contains(noun)) want = EntityType::Gpe;
      else if (title_nouns.contains(noun) || role_nouns.contains(noun)) want = EntityType::Person, by_title = true;
      else if (place_nouns.contains(noun)) want = EntityType::Gpe, place = true;
      else continue;
      if (demonstrative && by_title) continue;
      const Candidate* best = nullptr;
      double best_score = -1e9;
      for (const auto& c : pool) {
        if (c.type != want && !(place && c.type == EntityType::Loc)) continue;
        if (by_title) {
          if (!(c.sentence < si || c.last <= t)) continue;
          const auto it = entities.find(c.canonical);
          if (it == entities.end() || !it->second.titles.count(noun)) continue;
        } else if (!in_window(c, kDescriptionWindow)) {
          continue;
        }
        double score = -static_cast<double>(si - c.sentence) + (c.subject ? kSubjectBonus : 0.0) + salience(c);
        score += 1e-4 * (static_cast<double>(c.last) / static_cast<double>(doc.tokens.size() + 1));
        if (score > best_score) best_score = score, best = &c;
      }
      if (!best) continue;
      Candidate chosen = *best;
      // "the city" after "Moscow said ...": the antecedent is the city as written, not the state
      // its name stood for (canonical Russia).
      if (place && best->root < named.size() && named[best->root].metonym) {
        const auto& m = named[best->root];
        const std::uint32_t from = std::max(m.name_first, m.mention.first);
        if (from < m.mention.last) {
          const auto begin = doc.tokens[from].begin, end = doc.tokens[m.mention.last - 1].end;
          chosen.canonical = doc.text.substr(begin, end - begin);
          chosen.type = EntityType::Gpe;
        }
      }
      Candidate self = emit(si, t, n + 1, chosen, AnaphorKind::Description, 0);
      pool.push_back(std::move(self));
      t = n;
    }
  }
  return out;
}

}  // namespace ergraph::entities
