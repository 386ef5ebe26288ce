#include "entities/coreference.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/error.h"
#include "core/text.h"
#include "nlp/gold_entities.h"
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
constexpr double kSubjectBonus = 0.6, kPossessorBonus = 0.2, kGenderBonus = 0.3, kMiscPersonPenalty = 0.4;
constexpr double kSalience = 0.2, kSalienceCap = 0.8, kGroupBonus = 0.3;

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
    std::istringstream row(line);
    std::string name, m, f;
    if (!std::getline(row, name, '\t') || !std::getline(row, m, '\t') || !std::getline(row, f, '\t') || name.empty())
      throw ParseError("E123", "first-name gender row needs name, masculine and feminine counts",
                       source + ":" + std::to_string(lineno));
    try {
      out.add(name, static_cast<std::uint32_t>(std::stoul(m)), static_cast<std::uint32_t>(std::stoul(f)));
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

FirstNameGender learn_first_name_gender(const std::vector<nlp::GoldSentence>& gold,
                                        const std::set<std::string>& documents, const nlp::Lexicon& lexicon) {
  const auto& masc = lexicon.get("masculine_pronouns");
  const auto& fem = lexicon.get("feminine_pronouns");
  const auto& titles = lexicon.get("titles");
  FirstNameGender out;
  std::size_t i = 0;
  while (i < gold.size()) {
    std::size_t j = i;
    while (j < gold.size() && gold[j].doc_id == gold[i].doc_id) ++j;
    if (documents.count(gold[i].doc_id)) {
      std::map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> pronouns;  // chain -> (m, f)
      std::map<std::uint32_t, std::set<std::string>> names;                       // chain -> first names
      for (std::size_t k = i; k < j; ++k) {
        const auto& s = gold[k];
        for (const auto& m : nlp::gum_mentions(s, s.sent_id)) {
          if (m.last == m.first + 1) {
            const auto w = lower(s.doc.form(m.first));
            if (masc.contains(w)) ++pronouns[m.entity].first;
            if (fem.contains(w)) ++pronouns[m.entity].second;
          }
          if (m.type != "person" || !nlp::is_named(m, s)) continue;
          // The run of proper nouns around the mention's first PROPN min-span head, titles skipped.
          const auto head = std::find_if(m.heads.begin(), m.heads.end(),
                                         [&](std::uint32_t h) { return s.doc.tokens[h].upos == Upos::PROPN; });
          if (head == m.heads.end()) continue;
          std::uint32_t t = *head;
          while (t > m.first && s.doc.tokens[t - 1].upos == Upos::PROPN) --t;
          while (t < *head && titles.contains(s.doc.form(t))) ++t;
          if (titles.contains(s.doc.form(t))) continue;
          names[m.entity].insert(std::string(s.doc.form(t)));
        }
      }
      for (const auto& [chain, firsts] : names) {
        const auto it = pronouns.find(chain);
        if (it == pronouns.end()) continue;
        for (const auto& n : firsts) out.add(n, it->second.first, it->second.second);
      }
    }
    i = j;
  }
  return out;
}

// --- CoreferenceResolver ---------------------------------------------------------------------

struct CoreferenceResolver::Impl {
  nlp::WordList masculine, feminine, neuter, plural, organization_nouns, country_nouns, title_nouns, role_nouns,
      weather_verbs, masculine_titles, feminine_titles, titles;
  FirstNameGender genders;

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

  Gender name_gender(const std::string& canonical) const {
    const auto sp = canonical.find(' ');
    return genders.gender(std::string_view(canonical).substr(0, sp));
  }

  std::vector<ResolvedAnaphor> resolve(const nlp::Document& doc, const std::vector<MentionInfo>& named) const;
};

CoreferenceResolver::CoreferenceResolver(const nlp::Lexicon& lexicon, FirstNameGender genders) {
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
  impl->genders = std::move(genders);
  impl_ = std::move(impl);
}

CoreferenceResolver CoreferenceResolver::load(const std::filesystem::path& models_dir) {
  return load(models_dir, nlp::Lexicon::load(models_dir / nlp::kLexiconFolder));
}

CoreferenceResolver CoreferenceResolver::load(const std::filesystem::path& models_dir, const nlp::Lexicon& lexicon) {
  return CoreferenceResolver(lexicon, FirstNameGender::load(models_dir / kFirstNameGenderTable));
}

CoreferenceResolver::~CoreferenceResolver() = default;
CoreferenceResolver::CoreferenceResolver(CoreferenceResolver&&) noexcept = default;
CoreferenceResolver& CoreferenceResolver::operator=(CoreferenceResolver&&) noexcept = default;

const FirstNameGender& CoreferenceResolver::genders() const { return impl_->genders; }

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
    c.possessor = rel == "nmod:poss";
    c.plural = m.type != EntityType::Org && nlp::xpos_name(doc.tokens[c.head].xpos) == "NNPS";  // "Industries"
    return c;
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
              Candidate g = *it;
              g.last = b.last;
              g.plural = true;
              g.type = EntityType::Misc;
              g.canonical.clear();
              g.members = {*it, b};
              pool.push_back(std::move(g));
              break;
            }
          }
        }
      }
      auto& e = entities[mi.mention.canonical];
      ++e.mentions;
      if (e.gender == Gender::Unknown && mi.mention.type == EntityType::Person) e.gender = name_gender(mi.mention.canonical);
      for (auto t = mi.title_first; t < mi.title_last && t < doc.tokens.size(); ++t) {
        const auto word = doc.form(t);
        const Gender g = title_gender(word);
        if (g != Gender::Unknown) e.gender = g;
        e.titles.insert(lower(word));
      }
      // A gendered title just before the name even when the finder did not mark it ("Mr.").
      if (mi.mention.first > doc.sentences[mi.mention.sentence].first) {
        const Gender g = title_gender(doc.form(mi.mention.first - 1));
        if (g != Gender::Unknown) e.gender = g;
      }
      for (auto t = mi.mention.first; t < mi.name_first && t < mi.mention.last; ++t) {
        const Gender g = title_gender(doc.form(t));
        if (g != Gender::Unknown) e.gender = g;
        if (titles.contains(doc.form(t))) e.titles.insert(lower(doc.form(t)));
      }
    }
  };

  const auto entity_gender = [&](const Candidate& c) {
    const auto it = entities.find(c.canonical);
    Gender g = it == entities.end() ? Gender::Unknown : it->second.gender;
    if (g == Gender::Unknown) g = name_gender(c.canonical);
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
        const Candidate* best = nullptr;
        double best_score = -1e9;
        for (const auto& c : pool) {
          const bool personal = pc == PronounClass::Masculine || pc == PronounClass::Feminine;
          if (!in_window(c, personal ? kPersonWindow : kPronounWindow)) continue;
          const Gender g = entity_gender(c);
          double score = -static_cast<double>(si - c.sentence);
          switch (pc) {
            case PronounClass::Masculine:
            case PronounClass::Feminine: {
              const Gender want = pc == PronounClass::Masculine ? Gender::Male : Gender::Female;
              if ((c.type != EntityType::Person && c.type != EntityType::Misc) || !c.members.empty()) continue;
              if (g != Gender::Unknown && g != want) continue;
              if (g == want) score += kGenderBonus;
              else if (c.type == EntityType::Misc) score -= kMiscPersonPenalty;
              break;
            }
            case PronounClass::Neuter:
              if (c.type == EntityType::Person || c.plural || !c.members.empty() || g != Gender::Unknown) continue;
              if (c.type == EntityType::Concept) continue;
              break;
            case PronounClass::Plural:
              if (!(c.plural || c.type == EntityType::Org)) continue;
              if (!c.members.empty()) score += kGroupBonus;
              break;
            case PronounClass::None: break;
          }
          // Binding: "Putin met him" - an object is not its own verb's subject.
          if (!possessive && c.sentence == si && phead >= 0 && c.subject &&
              head_of(doc, s, c.head) == phead)
            continue;
          if (c.subject) score += kSubjectBonus;
          else if (c.possessor) score += kPossessorBonus;
          score += salience(c);
          score += 1e-4 * (static_cast<double>(c.last) / static_cast<double>(doc.tokens.size() + 1));
          if (score > best_score) best_score = score, best = &c;
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
        auto& e = entities[chosen.canonical];
        if (e.gender == Gender::Unknown && pc == PronounClass::Masculine) e.gender = Gender::Male;
        if (e.gender == Gender::Unknown && pc == PronounClass::Feminine) e.gender = Gender::Female;
        pool.push_back(std::move(self));
        continue;
      }

      // Definite descriptions: "the company", "the president", "the (two) countries".
      if (lower(doc.form(t)) != "the" || t + 1 >= s.last) continue;
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
      if (plural_noun) continue;
      EntityType want = EntityType::Misc;
      bool by_title = false;
      if (organization_nouns.contains(noun) || organization_nouns.contains(lemma)) want = EntityType::Org;
      else if (country_nouns.contains(noun)) want = EntityType::Gpe;
      else if (title_nouns.contains(noun) || role_nouns.contains(noun)) want = EntityType::Person, by_title = true;
      else continue;
      const Candidate* best = nullptr;
      double best_score = -1e9;
      for (const auto& c : pool) {
        if (c.type != want) continue;
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
      const Candidate chosen = *best;
      Candidate self = emit(si, t, n + 1, chosen, AnaphorKind::Description, 0);
      pool.push_back(std::move(self));
      t = n;
    }
  }
  return out;
}

// --- Evaluation ------------------------------------------------------------------------------

namespace {

const char* pronoun_group(std::string_view w) {
  if (w == "he" || w == "him" || w == "his") return "he/him/his";
  if (w == "she" || w == "her" || w == "hers") return "she/her/hers";
  if (w == "it" || w == "its") return "it/its";
  if (w == "they" || w == "them" || w == "their" || w == "theirs") return "they/them/their";
  return nullptr;
}

struct DocMention {
  std::uint32_t sentence = 0, first = 0, last = 0;  // document-level tokens
  std::vector<std::uint32_t> heads;                 // document-level
  std::uint32_t entity = 0;
  bool named = false;
};

}  // namespace

CorefScore evaluate_coreference(const std::vector<nlp::GoldSentence>& gold, const nlp::Tagger& tagger,
                                const nlp::Lemmatizer& lemmatizer, const nlp::Parser& parser,
                                const MentionFinder& finder, const CoreferenceResolver& resolver,
                                std::size_t max_errors) {
  CorefScore score;
  std::size_t i = 0;
  while (i < gold.size()) {
    std::size_t j = i;
    while (j < gold.size() && gold[j].doc_id == gold[i].doc_id) ++j;
    ++score.documents;
    // One Document of all the sentences, gold tokens, our annotations.
    nlp::Document doc;
    doc.id = gold[i].doc_id;
    std::vector<DocMention> gm;
    for (std::size_t k = i; k < j; ++k) {
      const auto& g = gold[k];
      if (!doc.text.empty()) doc.text += ' ';
      const auto offset = static_cast<std::uint32_t>(doc.text.size());
      const auto base = static_cast<std::uint32_t>(doc.tokens.size());
      doc.text += g.doc.text;
      for (const auto& tok : g.doc.tokens) {
        nlp::Token t;
        t.begin = tok.begin + offset;
        t.end = tok.end + offset;
        doc.tokens.push_back(t);
      }
      const auto si = static_cast<std::uint32_t>(doc.sentences.size());
      doc.sentences.push_back(nlp::Sentence{base, static_cast<std::uint32_t>(doc.tokens.size())});
      for (const auto& m : nlp::gum_mentions(g, g.sent_id)) {
        DocMention d;
        d.sentence = si;
        d.first = base + m.first;
        d.last = base + m.last;
        for (auto h : m.heads) d.heads.push_back(base + h);
        if (d.heads.empty()) d.heads.push_back(d.last - 1);
        d.entity = m.entity;
        d.named = nlp::is_named(m, g);
        gm.push_back(std::move(d));
      }
    }
    tagger.tag(doc);
    lemmatizer.lemmatize(doc);
    parser.parse(doc);
    const auto named = finder.find(doc);
    const auto resolved = resolver.resolve(doc, named);

    // Per token: the resolved anaphors covering it.
    std::unordered_map<std::uint32_t, std::vector<const ResolvedAnaphor*>> at;
    for (const auto& a : resolved)
      for (auto t = a.info.mention.first; t < a.info.mention.last; ++t) at[t].push_back(&a);
    // Chain -> first position of a named gold mention.
    std::map<std::uint32_t, std::uint32_t> first_named;
    for (const auto& d : gm)
      if (d.named && !first_named.count(d.entity)) first_named[d.entity] = d.first;
    const auto entity_in_chain = [&](const std::string& canonical, std::uint32_t chain) {
      for (const auto& m : named) {
        if (m.mention.canonical != canonical) continue;
        for (const auto& d : gm) {
          if (d.entity != chain) continue;
          for (auto h : d.heads)
            if (h >= m.mention.first && h < m.mention.last) return true;
        }
      }
      return false;
    };
    const auto chain_names = [&](std::uint32_t chain) {
      std::string s;
      for (const auto& d : gm) {
        if (d.entity != chain || !d.named) continue;
        const auto b = doc.tokens[d.first].begin, e = doc.tokens[d.last - 1].end;
        const auto text = doc.text.substr(b, e - b);
        if (s.find(text) != std::string::npos) continue;
        if (!s.empty()) s += " | ";
        s += text;
      }
      return s;
    };
    std::set<std::uint32_t> scored_tokens;
    for (const auto& d : gm) {
      const auto fn = first_named.find(d.entity);
      const bool earlier_name = fn != first_named.end() && fn->second < d.first;
      const auto w = lower(doc.form(d.first));
      const char* group = d.last == d.first + 1 ? pronoun_group(w) : nullptr;
      const bool description = d.last == d.first + 2 && w == "the" && doc.tokens[d.first + 1].upos == Upos::NOUN;
      if (!earlier_name || (!group && !description)) continue;
      std::string got;
      bool correct = false;
      if (const auto it = at.find(group ? d.first : d.first + 1); it != at.end()) {
        for (const auto* a : it->second) {
          if (group && a->kind != AnaphorKind::Pronoun) continue;
          if (!group && a->kind != AnaphorKind::Description) continue;
          if (!got.empty()) got += " + ";
          got += a->info.mention.canonical;
          correct = correct || entity_in_chain(a->info.mention.canonical, d.entity);
        }
      }
      CorefGroupScore& g = group ? score.groups[group] : score.descriptions;
      ++g.total;
      g.correct += correct;
      g.unresolved += got.empty();
      if (group) {
        scored_tokens.insert(d.first);
        ++score.overall.total;
        score.overall.correct += correct;
        score.overall.unresolved += got.empty();
      }
      if (!correct && score.errors.size() < max_errors) {
        const auto& s = doc.sentences[d.sentence];
        std::string text(doc.sentence_text(s));
        if (text.size() > 160) text = text.substr(0, 157) + "...";
        score.errors.push_back(doc.id + " #" + std::to_string(d.sentence + 1) + ": \"" +
                               std::string(doc.text.substr(doc.tokens[d.first].begin,
                                                           doc.tokens[d.last - 1].end - doc.tokens[d.first].begin)) +
                               "\" -> " + (got.empty() ? "(unresolved)" : got) + "   want: " + chain_names(d.entity) +
                               "\n      " + text);
      }
    }
    for (const auto& a : resolved)
      if (a.kind == AnaphorKind::Pronoun && !scored_tokens.count(a.info.mention.first)) ++score.resolved_unscored;
    i = j;
  }
  return score;
}

}  // namespace ergraph::entities
