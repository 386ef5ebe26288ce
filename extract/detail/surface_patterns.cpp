#include "extract/detail/surface_patterns.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>
#include <tuple>

#include "core/text.h"
#include "extract/relation_phrase.h"
#include "extract/detail/word_lists.h"
#include "nlp/token_class.h"

namespace ergraph::extract::detail {
using namespace nlp;
using namespace entities;
namespace {

using core::Triple;

enum class Kind { Verb, Reciprocal, Between, Title };

struct Arg {
  const MentionInfo* info = nullptr;
  std::string name;  // canonical (may differ from info for nationality arguments)
  core::EntityType type = core::EntityType::Misc;
  std::uint32_t first = 0, last = 0;  // tokens
  bool weak = false;                  // metonym or demonym phrase
  std::string rule;                   // how the text became the name (core::EntityRef::rule)
};

/// Words of `s` separated by single spaces.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t j = std::min(s.find(' ', i), s.size());
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string_view without_article(std::string_view s) {
  if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s.remove_prefix(4);
  return s;
}

Arg arg_of(const Document& doc, const MentionInfo& m) {
  return Arg{&m,           m.mention.canonical, m.mention.type, m.mention.first, m.mention.last,
             m.metonym || m.demonym_actor || m.anaphor, mention_rule(doc, m)};
}

double confidence(Kind kind, const Arg& s, const Arg& o, const std::string& relation, bool has_verb) {
  const auto words = static_cast<double>(std::count(relation.begin(), relation.end(), ' ') + 1);
  const std::uint32_t lo = std::min(s.last, o.last), hi = std::max(s.first, o.first);
  const double gap = hi > lo ? static_cast<double>(hi - lo) : 0.0;
  double z = 1.0 + (has_verb ? 0.5 : 0.0) - 0.4 * ((s.weak ? 1 : 0) + (o.weak ? 1 : 0)) -
             0.2 * std::max(0.0, words - 3.0) - 0.05 * gap;
  if (kind == Kind::Title) z += 1.0;
  if (kind == Kind::Reciprocal) z -= 0.3;
  if (kind == Kind::Between) z -= 0.5;
  const double p = std::round(1000.0 / (1.0 + std::exp(-z))) / 1000.0;
  return std::clamp(p, 0.001, 1.0);
}

// Negation words leave the normalized relation and make the triple negative; a modal verb in
// the relation as written makes it hedged. Words are joined by hyphens.
void mark_polarity_and_modality(Triple& t, std::string& relation, const nlp::WordList& modal_verbs) {
  std::string out;
  std::size_t i = 0;
  while (i <= relation.size()) {
    const std::size_t j = std::min(relation.find(' ', i), relation.size());
    const std::string_view w(relation.data() + i, j - i);
    if (w == "not" || w == "never") t.polarity = core::Polarity::Negative;
    else if (!w.empty()) {
      if (!out.empty()) out += '-';
      out += w;
    }
    i = j + 1;
  }
  relation = std::move(out);
  std::size_t k = 0;
  const std::string& text = t.relation_text;
  while (k < text.size() && t.modality == core::Modality::Asserted) {
    const std::size_t e = std::min(text.find(' ', k), text.size());
    const std::string word = core::ascii_lower(std::string_view(text).substr(k, e - k));
    if (modal_verbs.contains(word)) {
      t.modality = core::Modality::Hedged;
      t.hedge = text.substr(k, e - k);
    }
    k = e + 1;
  }
}

class SentenceExtractor {
 public:
  SentenceExtractor(const Document& doc, const Gazetteer& gaz, const ExtractorWords& words, std::uint32_t s,
                    std::vector<const MentionInfo*> mentions)
      : gaz_(gaz),
        w_(words),
        doc_(doc),
        s_(s),
        first_(doc.sentences[s].first),
        last_(doc.sentences[s].last),
        ms_(std::move(mentions)) {}

  /// All patterns, or (verbs = false) only the nominal ones: title, apposition, between, compound.
  std::vector<Triple> run(bool verbs = true) {
    for (std::size_t j = 0; j < ms_.size(); ++j) {
      title_triple(*ms_[j]);
      apposition(j);
      if (verbs) verb_triples(j);
    }
    between_triples();
    compound_triples();
    return std::move(out_);
  }

 private:
  std::string_view f(std::size_t k) const { return doc_.form(doc_.tokens[k]); }
  const MentionInfo* mention_at(std::size_t k) const {
    for (const auto* m : ms_)
      if (m->mention.first == k) return m;
    return nullptr;
  }
  std::string text(std::uint32_t a, std::uint32_t b) const {
    return std::string(std::string_view(doc_.text).substr(doc_.tokens[a].begin,
                                                          doc_.tokens[b - 1].end - doc_.tokens[a].begin));
  }

  void add(Kind kind, const Arg& s, const Arg& o, std::string relation, std::string relation_text,
           bool has_verb) {
    if (s.name == o.name || relation.empty()) return;
    Triple t;
    t.subject = core::EntityRef{s.name, s.type, text(s.first, s.last), s.rule};
    t.object = core::EntityRef{o.name, o.type, text(o.first, o.last), o.rule};
    t.confidence = confidence(kind, s, o, relation, has_verb);
    t.relation_text = std::move(relation_text);
    mark_polarity_and_modality(t, relation, w_.modal_verbs);
    // A pattern sees no embedding: a modal gives "possible", a negation "certainly not".
    const bool neg = t.polarity == core::Polarity::Negative;
    t.factuality = t.modality == core::Modality::Hedged ? (neg ? core::Factuality::PossibleNeg : core::Factuality::PossiblePos)
                                                        : (neg ? core::Factuality::CertainNeg : core::Factuality::CertainPos);
    t.relation = std::move(relation);
    t.subject_span = core::Span{doc_.tokens[s.first].begin, doc_.tokens[s.last - 1].end};
    t.object_span = core::Span{doc_.tokens[o.first].begin, doc_.tokens[o.last - 1].end};
    t.evidence.doc_id = doc_.id;
    t.evidence.sentence = s_;
    t.evidence.begin = doc_.tokens[std::min(s.first, o.first)].begin;
    t.evidence.end = doc_.tokens[std::max(s.last, o.last) - 1].end;
    t.evidence.sentence_text = std::string(doc_.sentence_text(doc_.sentences[s_]));
    out_.push_back(std::move(t));
  }

  // The title words of m in lower case, after "former" when it comes before `end` ("former
  // foreign minister").
  std::string title_role(const MentionInfo& m, std::uint32_t end) const {
    std::string role;
    for (std::uint32_t k = m.mention.first; k < end; ++k)
      if (f(k) == "former" || f(k) == "Former") role = "former";
    for (std::uint32_t k = m.title_first; k < m.title_last; ++k) {
      if (!role.empty()) role += ' ';
      role += core::ascii_lower(f(k));
    }
    return role;
  }

  // "Russian President Vladimir Putin" -> (Vladimir Putin, president of, Russia).
  void title_triple(const MentionInfo& m) {
    if (m.group && !m.nationality.empty()) return group_triple(m);
    if (m.titled && m.nationality.empty()) return title_of_triple(m);
    if (!m.titled || m.nationality.empty()) return;
    const std::string role = title_role(m, m.nationality_first);
    const std::string nat_text = text(m.nationality_first, m.nationality_last);
    const GazetteerEntry* as_demonym = gaz_.demonym(nat_text);
    const Arg nat{nullptr,       m.nationality, m.nationality_type, m.nationality_first, m.nationality_last, false,
                  as_demonym ? "demonym" : core::squeeze_spaces(without_article(nat_text)) == m.nationality ? "exact" : "gazetteer"};
    // "Russian Foreign Minister" or "President of Russia".
    const std::size_t before = out_.size();
    add(Kind::Title, arg_of(doc_, m), nat, role + " of",
        text(std::min(m.nationality_first, m.title_first), std::max(m.nationality_last, m.title_last)), false);
    if (out_.size() > before)  // the relation is the title words ("President")
      out_.back().relation_span = core::Span{doc_.tokens[m.title_first].begin, doc_.tokens[m.title_last - 1].end};
  }

  // "Mayor Anele Sithole of Msunduzi", "Judge Dorota Kaczmarczyk of the Katowice Regional Court",
  // "Goalkeeper Faisal Al-Harbi of Al-Nakheel SC" -> (Anele Sithole, mayor of, Msunduzi): a role
  // title before the name (role_nouns, title_nouns, occupation_nouns; not "Dr.") and "of" and a
  // name right after it.
  void title_of_triple(const MentionInfo& m) {
    const std::size_t k = m.mention.last;
    if (m.title_last <= m.title_first || k + 1 >= last_ || f(k) != "of" ||
        !w_.role(core::ascii_lower(f(m.title_last - 1))))
      return;
    const MentionInfo* org = mention_at(k + 1);
    if (!org || org->mention.type == core::EntityType::Person || org->mention.type == core::EntityType::Concept) return;
    const std::string role = title_role(m, m.title_first);
    const std::size_t before = out_.size();
    add(Kind::Title, arg_of(doc_, m), arg_of(doc_, *org), role + " of", text(m.title_first, m.title_last), false);
    if (out_.size() > before)
      out_.back().relation_span = core::Span{doc_.tokens[m.title_first].begin, doc_.tokens[m.title_last - 1].end};
  }

  // "Chinese companies" -> (Chinese companies, from, China): a group linked to its country.
  void group_triple(const MentionInfo& m) {
    const std::string nat_text = text(m.nationality_first, m.nationality_last);
    const Arg nat{nullptr, m.nationality, m.nationality_type, m.nationality_first, m.nationality_last, false,
                  gaz_.demonym(nat_text) ? "demonym" : "gazetteer"};
    const std::size_t before = out_.size();
    add(Kind::Title, arg_of(doc_, m), nat, "from", nat_text, false);
    if (out_.size() > before)  // the relation is the demonym or country word
      out_.back().relation_span = core::Span{doc_.tokens[m.nationality_first].begin, doc_.tokens[m.nationality_last - 1].end};
  }

  // "X, the president of Y" -> (X, president of, Y); "X, a spokesman for Y", "X, a researcher
  // at Y" -> (X, spokesman for, Y), (X, researcher at, Y).
  void apposition(std::size_t j) {
    std::size_t k = ms_[j]->mention.last;
    if (k >= last_ || f(k) != ",") return;
    ++k;
    while (k < last_ && (pos::is_determiner(doc_.tokens[k]) || f(k) == "former")) ++k;
    const std::size_t role_first = k;
    // (A participle too: "the managing director of", "the acting president of".)
    while (k < last_ && k < role_first + 3 &&
           (pos::is_adjective(doc_.tokens[k]) || pos::is_noun(doc_.tokens[k]) ||
            nlp::xpos_name(doc_.tokens[k].xpos) == "VBG") &&
           !mention_at(k))
      ++k;
    if (k == role_first || k + 1 >= last_ || !(f(k) == "of" || f(k) == "for" || f(k) == "at") ||
        !w_.role(core::ascii_lower(f(k - 1))))
      return;
    const MentionInfo* obj = mention_at(k + 1);
    if (!obj) return;
    std::string role;
    for (std::size_t r = role_first; r < k; ++r) role += core::ascii_lower(f(r)) + " ";
    add(Kind::Title, arg_of(doc_, *ms_[j]), arg_of(doc_, *obj), role + std::string(f(k)),
        text(ms_[j]->mention.last, obj->mention.first), false);
  }

  // The conjuncts of a coordinated subject ending with mention j, in text order.
  std::vector<const MentionInfo*> conjuncts(std::size_t j) const {
    std::vector<const MentionInfo*> subj{ms_[j]};
    bool saw_and = false;
    for (std::size_t k = j; k > 0; --k) {
      const auto& prev = ms_[k - 1]->mention;
      const auto& cur = ms_[k]->mention;
      if (prev.last + 1 != cur.first) break;
      const std::string_view sep = f(prev.last);
      if (sep == "and" && !saw_and)
        saw_and = true;
      else if (!(sep == "," && saw_and))
        break;
      subj.push_back(ms_[k - 1]);
    }
    std::reverse(subj.begin(), subj.end());
    return subj;
  }

  // End of the reciprocal phrase ("held a phone call", "met"), or 0 if the phrase is not reciprocal.
  std::size_t reciprocal_end(const RelationPhrase& r) const {
    if (!r.particle && r.np_head >= 0 &&
        w_.reciprocal_nouns.contains(core::ascii_lower(f(static_cast<std::size_t>(r.np_head)))))
      return static_cast<std::size_t>(r.np_head) + 1;
    if (w_.reciprocal_verbs.contains(lemma_lower(doc_, r.main_verb))) return r.verb_last;
    return 0;
  }

  bool finite_verb_at(std::size_t k) const {
    if (k >= last_ || !pos::is_verb(doc_.tokens[k])) return false;
    const std::string_view x = xpos_name(doc_.tokens[k].xpos);
    return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
  }

  // "to Russia, Iran and China": the object and the mentions coordinated with it (the list must
  // be closed by "and"/"or", and its last member must not start a new clause).
  std::vector<const MentionInfo*> object_conjuncts(const MentionInfo& obj) const {
    std::vector<const MentionInfo*> out{&obj};
    std::vector<const MentionInfo*> more;
    std::size_t k = obj.mention.last;
    bool closed = false;
    while (k < last_ && !closed) {
      std::size_t n = k;
      if (f(n) == ",") ++n;
      if (n < last_ && (f(n) == "and" || f(n) == "or")) {
        closed = true;
        ++n;
      }
      const MentionInfo* m = n > k && n < last_ ? mention_at(n) : nullptr;
      if (!m) return out;
      more.push_back(m);
      k = m->mention.last;
    }
    if (closed && !finite_verb_at(k)) out.insert(out.end(), more.begin(), more.end());
    return out;
  }

  // "said Mohamed wishes ...": the mention after the verb is the subject of a complement clause.
  bool clause_object(const RelationPhrase& r, const MentionInfo& obj) const {
    if (finite_verb_at(obj.mention.last)) return true;
    return r.last == r.verb_last && w_.complement_verbs.contains(lemma_lower(doc_, r.main_verb));
  }

  // "was sanctioned by Y": be/get + past participle + "by" right before the object.
  bool passive(const RelationPhrase& r) const {
    if (r.last != r.verb_last + 1 || f(r.verb_last) != "by" ||
        xpos_name(doc_.tokens[r.main_verb].xpos) != "VBN")
      return false;
    for (std::size_t k = r.first; k < r.main_verb; ++k) {
      const std::string lemma = lemma_lower(doc_, k);
      if (lemma == "be" || lemma == "get") return true;
    }
    return false;
  }

  void verb_triples(std::size_t j) {
    std::size_t begin = ms_[j]->mention.last;
    // Relative clause: "X, which/who ..." makes X the subject.
    if (begin + 1 < last_ && f(begin) == "," && (f(begin + 1) == "which" || f(begin + 1) == "who"))
      begin += 2;
    const auto starts = [this](std::size_t k) { return mention_at(k) != nullptr; };
    const auto r = match_relation(doc_, begin, last_, starts, w_.gerund_object_verbs);
    if (!r) return;
    const auto subjects = conjuncts(j);
    const std::uint32_t subject_first = subjects.front()->mention.first;
    const bool gerund = xpos_name(doc_.tokens[r->main_verb].xpos) == "VBG";  // "of Chinese companies selling"
    if (!gerund && subject_first > first_ && w_.prepositions.contains(core::ascii_lower(f(subject_first - 1))))
      return;
    if (r->reaches_object) {
      const MentionInfo& obj = *mention_at(r->object);
      if (clause_object(*r, obj)) return;
      const std::string written = phrase_text(doc_, r->first, r->last);
      if (passive(*r)) {  // "X was sanctioned by Y" -> (Y, sanction, X)
        const std::string relation = normalize_relation(doc_, r->first, r->verb_last);
        for (const auto* o : object_conjuncts(obj))
          for (const auto* s : subjects) add(Kind::Verb, arg_of(doc_, *o), arg_of(doc_, *s), relation, written, true);
        return;
      }
      const std::string relation = normalize_relation(doc_, r->first, r->last);
      for (const auto* s : subjects)
        for (const auto* o : object_conjuncts(obj))
          add(Kind::Verb, arg_of(doc_, *s), arg_of(doc_, *o), relation, written, true);
      return;
    }
    const std::size_t end = subjects.size() >= 2 ? reciprocal_end(*r) : 0;
    if (end == 0) return;
    const std::string relation = normalize_relation(doc_, r->first, end) + " with";
    const std::string written = phrase_text(doc_, r->first, end);
    for (std::size_t a = 0; a < subjects.size(); ++a)
      for (std::size_t b = a + 1; b < subjects.size(); ++b)
        add(Kind::Reciprocal, arg_of(doc_, *subjects[a]), arg_of(doc_, *subjects[b]), relation, written, true);
  }

  // "talks between Russia and the US" -> (Russia, talks with, United States).
  void between_triples() {
    for (std::size_t k = first_ + 1; k + 1 < last_; ++k) {
      if (f(k) != "between") continue;
      const std::string noun = core::ascii_lower(f(k - 1));
      const MentionInfo* a = mention_at(k + 1);
      if (!w_.relation_nouns.contains(noun) || !a || a->mention.last >= last_ || f(a->mention.last) != "and") continue;
      const MentionInfo* b = mention_at(a->mention.last + 1);
      if (b)
        add(Kind::Between, arg_of(doc_, *a), arg_of(doc_, *b), noun + " with",
            text(static_cast<std::uint32_t>(k - 1), static_cast<std::uint32_t>(k + 1)), false);
    }
  }

  // "China-Russia relations" -> (China, relations with, Russia); each argument quotes its own
  // piece ("China", "Russia", with its byte span inside the token), never the pair.
  void compound_triples() {
    for (std::size_t k = first_; k + 1 < last_; ++k) {
      const std::string_view w = f(k);
      const std::size_t hyphen = w.find('-');
      const std::string noun = core::ascii_lower(f(k + 1));
      if (hyphen == std::string_view::npos || w.find('-', hyphen + 1) != std::string_view::npos ||
          !w_.relation_nouns.contains(noun))
        continue;
      const GazetteerEntry* a = gaz_.find(w.substr(0, hyphen));
      const GazetteerEntry* b = gaz_.find(w.substr(hyphen + 1));
      if (!a || !b) continue;
      const auto t = static_cast<std::uint32_t>(k);
      const std::size_t before = out_.size();
      add(Kind::Between, Arg{nullptr, a->canonical, a->type, t, t + 1, a->metonym, gazetteer_rule(w.substr(0, hyphen), *a)},
          Arg{nullptr, b->canonical, b->type, t, t + 1, b->metonym, gazetteer_rule(w.substr(hyphen + 1), *b)},
          noun + " with", text(t, t + 2), false);
      if (out_.size() > before) {
        core::Triple& pair = out_.back();
        const std::uint32_t cut = doc_.tokens[t].begin + static_cast<std::uint32_t>(hyphen);
        pair.subject.mention = std::string(w.substr(0, hyphen));
        pair.object.mention = std::string(w.substr(hyphen + 1));
        pair.subject_span = core::Span{doc_.tokens[t].begin, cut};
        pair.object_span = core::Span{cut + 1, doc_.tokens[t].end};
      }
    }
  }

  const Gazetteer& gaz_;
  const ExtractorWords& w_;
  const Document& doc_;
  std::uint32_t s_;
  std::size_t first_, last_;
  std::vector<const MentionInfo*> ms_;
  std::vector<Triple> out_;
};

}  // namespace

std::string mention_rule(const Document& doc, const MentionInfo& m) {
  if (m.anaphor) return "coreference";
  if (m.demonym_actor) return "demonym";
  if (m.metonym) return "metonym";
  const std::string& name = m.mention.canonical;
  const auto span = [&](std::uint32_t a, std::uint32_t b) {
    if (a >= b || b > doc.tokens.size()) return std::string();
    return core::squeeze_spaces(
        std::string_view(doc.text).substr(doc.tokens[a].begin, doc.tokens[b - 1].end - doc.tokens[a].begin));
  };
  if (without_article(span(m.mention.first, m.mention.last)) == name) return "exact";
  if (m.from_gazetteer) return "gazetteer";
  const std::string proper = span(std::max(m.name_first, m.mention.first), m.mention.last);
  if (proper == name) return m.titled ? "title" : "normalized";
  const auto short_words = words_of(proper), full = words_of(name);
  if (!short_words.empty() && short_words.size() < full.size() &&
      (std::equal(short_words.begin(), short_words.end(), full.begin()) ||
       std::equal(short_words.begin(), short_words.end(), full.end() - static_cast<std::ptrdiff_t>(short_words.size()))))
    return "surname";
  return m.titled ? "title" : "normalized";
}

std::string gazetteer_rule(std::string_view written, const entities::GazetteerEntry& entry) {
  if (entry.metonym) return "metonym";
  return core::squeeze_spaces(without_article(written)) == entry.canonical ? "exact" : "gazetteer";
}

std::vector<core::Triple> surface_triples(const Document& doc, const Gazetteer& gazetteer, const ExtractorWords& words,
                                          std::uint32_t s, std::vector<const MentionInfo*> mentions, bool verbs) {
  return SentenceExtractor(doc, gazetteer, words, s, std::move(mentions)).run(verbs);
}

void append_sentence_triples(std::vector<core::Triple>&& sentence, std::vector<core::Triple>& out) {
  std::stable_sort(sentence.begin(), sentence.end(), core::triple_less);
  std::set<std::tuple<std::string, std::string, std::string, core::Polarity>> seen;
  for (auto& t : sentence)
    if (seen.emplace(t.subject.name, t.relation, t.object.name, t.polarity).second) out.push_back(std::move(t));
}

}  // namespace ergraph::extract::detail
