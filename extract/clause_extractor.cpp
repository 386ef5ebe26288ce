#include "extract/clause_extractor.h"

#include <set>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "core/text.h"
#include "extract/clauses.h"
#include "extract/relation_phrase.h"
#include "nlp/word_shape.h"
#include "extract/detail/surface_patterns.h"
#include "extract/detail/word_lists.h"
#include "nlp/token_class.h"

namespace ergraph::extract {
using namespace nlp;
using namespace entities;
namespace {

/// Most parties linked pairwise by a reciprocal verb ("A, B and C met": 3 links; 8 parties: 28).
constexpr std::size_t kMaxReciprocalParties = 8;

using core::Triple;

/// An argument resolved for the graph.
struct Ent {
  std::string name;
  core::EntityType type = core::EntityType::Misc;
  std::uint32_t first = 0, last = 0;  // tokens of the mention (or phrase)
  bool weak = false;                  // metonym or demonym phrase
  bool metonym = false;               // a capital or seat of government standing for its state
  std::string via;                    // possessed noun joining the relation ("diplomatic-efforts")
  std::string via_text;               // the same as written, with spaces
  std::string rule;                   // how the text became the name (core::EntityRef::rule)
};

std::string hyphenated(std::string s) {
  std::replace(s.begin(), s.end(), ' ', '-');
  return s;
}

bool nominal(const Token& t) { return t.upos == Upos::NOUN || t.upos == Upos::PROPN; }

class SentenceTriples {
 public:
  SentenceTriples(const Document& doc, const ParsedSentence& ps, const std::vector<const MentionInfo*>& ms,
                  const ClauseOptions& opt, const detail::ExtractorWords& words)
      : doc_(doc), ps_(ps), ms_(ms), opt_(opt), w_(words), at_(ps.last() - ps.first(), nullptr) {
    for (const MentionInfo* m : ms_)
      for (std::uint32_t k = m->mention.first; k < m->mention.last; ++k) at_[k - ps_.first()] = m;
  }

  std::vector<Triple> run(const std::vector<Clause>& clauses) {
    for (const Clause& c : clauses) {
      clause_triples(c);
      role_as_triples(c);
    }
    nominal_triples();
    return std::move(out_);
  }

 private:
  const MentionInfo* mention(std::uint32_t t) const { return at_[t - ps_.first()]; }

  std::string span_text(std::uint32_t a, std::uint32_t b) const {
    return std::string(
        std::string_view(doc_.text).substr(doc_.tokens[a].begin, doc_.tokens[b - 1].end - doc_.tokens[a].begin));
  }

  // Content words of a noun phrase head: its compounds and adjectives before it (not parts of a
  // mention), and the head, in text order. Quantities are left out ("sold two jets", "lent 40
  // million dollars", "more aircraft": sell-jets-to, lend-dollars-to, lease-aircraft-from), so
  // one relation does not become an edge per amount.
  std::vector<std::uint32_t> core_tokens(std::uint32_t head, bool proper_adjectives = false) const {
    // "200 megawatts of electricity", "800 tonnes of tin": a counted unit's "of" noun is the thing
    // (supply-electricity-to, buy-tin-from); not a span of time ("the last 18 months of talks").
    if (doc_.tokens[head].upos == Upos::NOUN && !ps_.children(head, "nummod").empty() &&
        !w_.time_nouns.contains(ps_.lemma(head)))
      for (std::uint32_t c : ps_.children(head, "nmod"))
        if (c > head && doc_.tokens[c].upos == Upos::NOUN && ps_.prep(c) == "of" && ps_.children(c, "nummod").empty() &&
            !mention(c))
          return core_tokens(c, proper_adjectives);
    std::vector<std::uint32_t> words;
    // The modifiers before the head, and theirs in a compound chain ("a border security
    // agreement": border -> security -> agreement).
    const auto add_modifiers = [&](const auto& self, std::uint32_t h, int depth) -> void {
      for (std::uint32_t c : ps_.children(h)) {
        if (c >= h || !(ps_.is(c, "compound") || ps_.is(c, "amod")) || mention(c)) continue;
        const Token& t = doc_.tokens[c];
        if (t.upos == Upos::SYM || t.upos == Upos::PUNCT || t.upos == Upos::NUM) continue;  // "a $310 million verdict"
        const std::string_view x = nlp::xpos_name(t.xpos);
        if (x == "JJR" || x == "CD") continue;  // "more", "fewer"
        // "a 51 percent stake", "a 3-year contract": a counted modifier is a quantity too.
        if (ps_.is(c, "compound") && !ps_.children(c, "nummod").empty()) continue;
        // "sell its Nigerian onshore assets to": in a relation's name a capitalised adjective
        // names a place or people (that entity's business, not the relation's); "dual-use goods"
        // and "onshore" stay. A concept keeps it ("Chinese chipmakers").
        if (!proper_adjectives && ps_.is(c, "amod") && !ps_.form(c).empty() && ps_.form(c)[0] >= 'A' &&
            ps_.form(c)[0] <= 'Z')
          continue;
        words.push_back(c);
        if (depth < 3 && ps_.is(c, "compound")) self(self, c, depth + 1);
      }
    };
    add_modifiers(add_modifiers, head, 0);
    words.push_back(head);
    std::sort(words.begin(), words.end());
    return words;
  }

  // The content words lower case, joined by `sep` ("dual-use-goods").
  std::string core_words(std::uint32_t head, char sep = '-', bool proper_adjectives = false) const {
    std::string out;
    for (std::uint32_t w : core_tokens(head, proper_adjectives)) {
      if (!out.empty()) out += sep;
      out += core::ascii_lower(ps_.form(w));
    }
    return out;
  }

  // The content words as written, separated by spaces ("dual-use goods").
  std::string core_text(std::uint32_t head) const {
    std::string out;
    for (std::uint32_t w : core_tokens(head)) {
      if (!out.empty()) out += ' ';
      out += ps_.form(w);
    }
    return out;
  }

  Ent from_mention(const MentionInfo& m) const {
    return Ent{m.mention.canonical, m.mention.type, m.mention.first, m.mention.last, m.metonym || m.demonym_actor || m.anaphor,
               m.metonym, {}, {}, detail::mention_rule(doc_, m)};
  }

  // The person a role noun names: a PERSON mention right after it (appos or flat: "manager Erik
  // Lindqvist"), or after a comma as the apposition of a noun with a possessor ("Fiji's prime
  // minister, Josaia Vula"; not "the loan, Minera Cerro Blanco" with an organisation read as a
  // person); else null.
  const MentionInfo* role_name(std::uint32_t noun) const {
    for (std::uint32_t c : ps_.children(noun)) {
      const bool appos = ps_.is(c, "appos");
      // Right after the noun, the name may hang from it under any relation ("suspended trader
      // Lena Holt" with the name read as a second object of the noun).
      // The name is a person's; one the recognizer left untyped (MISC) is too after a role noun
      // ("sold striker Joaquín Ledesma").
      const MentionInfo* m = mention(c);
      if (!m || !(m->mention.type == core::EntityType::Person ||
                  (m->mention.type == core::EntityType::Misc && w_.role(core::ascii_lower(ps_.form(noun))))))
        continue;
      if (m->mention.first == noun + 1) return m;
      if (appos && m->mention.first == noun + 2 && ps_.form(noun + 1) == "," && !ps_.children(noun, "nmod:poss").empty())
        return m;
    }
    // After the role's own phrase, set off by commas and read as that phrase's apposition:
    // "Bolivia's ambassador to Chile, Carlos Mamani, announced" (a role noun only).
    if (!w_.role(core::ascii_lower(ps_.form(noun)))) return nullptr;
    for (std::uint32_t n : ps_.children(noun, "nmod")) {
      if (n < noun) continue;
      for (std::uint32_t c : ps_.children(n, "appos")) {
        const MentionInfo* m = mention(c);
        if (m && m->mention.type == core::EntityType::Person && m->mention.first > n &&
            ps_.form(m->mention.first - 1) == ",")
          return m;
      }
    }
    return nullptr;
  }

  // The name a craft noun at n stands for: "launched the Helio-4 probe", "bought 32 F-35 jets"
  // name the craft or its model, a name holding a digit right before the noun (not "the Gazprom
  // pipeline", "the COVID-19 vaccine": craft_nouns); else null.
  const MentionInfo* craft_name(std::uint32_t n) const {
    if (doc_.tokens[n].upos != Upos::NOUN || n == ps_.first() || !w_.craft_nouns.contains(core::ascii_lower(ps_.form(n))))
      return nullptr;
    const MentionInfo* m = mention(n - 1);
    if (!m || m->mention.last != n || m->mention.type == core::EntityType::Concept) return nullptr;
    const std::string& name = m->mention.canonical;
    return std::any_of(name.begin(), name.end(), nlp::shape::is_digit) ? m : nullptr;
  }

  // The entity an argument stands for: a mention covering its head, or a possessor
  // ("Russia's war machine" -> Russia via "war-machine").
  std::optional<Ent> entity(const Argument& a) const {
    if (const MentionInfo* m = mention(a.head)) return from_mention(*m);
    if (!nominal(doc_.tokens[a.head])) return std::nullopt;
    // "sacked manager Colin Reyes", "paid bribes to factory inspector Kamal Hossain": a role noun
    // with the person's name right after it as its apposition stands for that person.
    // (The name may hang from the noun as appos or, as our parser often has it, flat; set off by
    // a comma it is an apposition: "Fiji's prime minister, Josaia Vula, met ...".)
    if (doc_.tokens[a.head].upos == Upos::NOUN)
      if (const MentionInfo* m = role_name(a.head)) return from_mention(*m);
    // "its rival, Lagoa Dairy, had been bought", "sold it to its parent, Vesta Holdings.": a noun
    // with a possessor and an organisation or place named right after it in apposition, set off
    // by commas (or ending the sentence), stands for it. Not "the loan, Minera Cerro Blanco" (no
    // possessor) nor "if X raises its offer, Sela Insurance will ..." (a clause's subject runs on).
    if (doc_.tokens[a.head].upos == Upos::NOUN && !ps_.children(a.head, "nmod:poss").empty())
      for (std::uint32_t c : ps_.children(a.head, "appos"))
        if (const MentionInfo* m = mention(c); m && m->mention.first == a.head + 2 && ps_.form(a.head + 1) == "," &&
                                               m->mention.type != core::EntityType::Concept &&
                                               (ps_.form(m->mention.last) == "," || m->mention.last + 1 == ps_.last()))
          return from_mention(*m);
    // "launched the Helio-4 probe", "bought 32 F-35 jets": a craft noun right after a name that
    // holds a digit stands for that name, the craft or its model (not "the Gazprom pipeline").
    if (const MentionInfo* m = craft_name(a.head)) return from_mention(*m);
    // "from Korean firm Hanil Chem", "the carrier Sunda Air": a noun for an organisation with the
    // organisation's name right after it, hung on it, stands for that name.
    if (doc_.tokens[a.head].upos == Upos::NOUN && w_.organization_nouns.contains(core::ascii_lower(ps_.form(a.head))))
      for (std::uint32_t c : ps_.children(a.head))
        if (const MentionInfo* m = mention(c); m && m->mention.first == a.head + 1 &&
                                               (m->mention.type == core::EntityType::Org || m->mention.type == core::EntityType::Misc ||
                                                (m->mention.type == core::EntityType::Person && ps_.is(c, "appos"))))
          return from_mention(*m);  // (also one the recognizer typed a person: "Brazilian miner Vale do Norte")
    for (std::uint32_t c : ps_.children(a.head, "nmod:poss"))
      if (const MentionInfo* m = mention(c)) {
        Ent e = from_mention(*m);
        e.via = core_words(a.head);
        e.via_text = core_words(a.head, ' ');
        return e;
      }
    return std::nullopt;
  }

  // The named author of a statement or filing noun at n, as the subject of an authoring verb
  // whose object it is: "Kivu Metals filed a complaint", "Ajax issued a statement"
  // (authoring_verbs); else null.
  const MentionInfo* filer(std::uint32_t n) const {
    if (doc_.tokens[n].upos != Upos::NOUN || !ps_.is(n, "obj") || ps_.head(n) < 0) return nullptr;
    const auto v = static_cast<std::uint32_t>(ps_.head(n));
    if (!w_.authoring_verbs.contains(ps_.lemma(v))) return nullptr;
    for (std::uint32_t s : ps_.children(v, "nsubj"))
      if (const MentionInfo* m = mention(s); m && m->mention.type != core::EntityType::Concept) return m;
    return nullptr;
  }

  // The name of a source: the entity of its head; else the last name inside its phrase
  // ("prosecutor Hanna Berg", "NATO officials") but not one in a phrase of its own that modifies
  // it ("officials in Accra", "the lawyer for Rosa Moreno": those hold no stance); else a name
  // right after a one-word title phrase the parser cut off ("Analyst | Kirsten Dahl believes");
  // else the phrase as written.
  std::string source_name(const Argument& a) const {
    if (auto e = entity(a)) return e->name;
    // A statement or filing stands for its author: "a report by Human Rights Watch", "a
    // statement from Astana Mining", "a lawsuit filed by Olomouc", and "Ajax filed a complaint
    // accusing ..." (authoring_verbs).
    if (doc_.tokens[a.head].upos == Upos::NOUN) {
      const auto named = [&](std::uint32_t k) -> const MentionInfo* {
        const MentionInfo* m = mention(k);
        return m && m->mention.type != core::EntityType::Concept ? m : nullptr;
      };
      for (std::uint32_t d : ps_.children(a.head, "nmod"))
        if (d > a.head && (ps_.prep(d) == "by" || ps_.prep(d) == "from"))
          if (const MentionInfo* m = named(d)) return m->mention.canonical;
      for (std::uint32_t v : ps_.children(a.head, "acl"))
        if (v > a.head && xpos_name(doc_.tokens[v].xpos) == "VBN")
          for (std::uint32_t d : ps_.children(v))
            if ((ps_.rel(d) == "obl:agent" || (ps_.is(d, "obl") && ps_.prep(d) == "by")))
              if (const MentionInfo* m = named(d)) return m->mention.canonical;
      if (const MentionInfo* m = filer(a.head)) return m->mention.canonical;
    }
    const auto modifier_phrase = [&](std::uint32_t k) {
      for (std::int64_t t = k; t >= 0 && static_cast<std::uint32_t>(t) != a.head; t = ps_.head(static_cast<std::uint32_t>(t))) {
        const std::string_view r = ps_.rel(static_cast<std::uint32_t>(t));
        if (r == "nmod" || r.substr(0, 3) == "acl" || r == "obl") return true;
      }
      return false;
    };
    for (std::uint32_t k = a.last; k-- > a.first;)
      if (const MentionInfo* m = mention(k); m && m->mention.type != core::EntityType::Concept && !modifier_phrase(k))
        return m->mention.canonical;
    if (a.last < ps_.last())
      if (const MentionInfo* m = mention(a.last); m && m->mention.first == a.last && m->mention.type == core::EntityType::Person)
        return m->mention.canonical;
    // Without its preposition ("according to prosecutors": the prosecutors), as written ("the
    // council's minutes").
    std::uint32_t first = a.first;
    while (first < a.head && (ps_.is(first, "case") || ps_.is(first, "fixed"))) ++first;
    return core::squeeze_spaces(std::string_view(doc_.text).substr(
        doc_.tokens[first].begin, doc_.tokens[a.last - 1].end - doc_.tokens[first].begin));
  }

  std::optional<Ent> concept_of(const Argument& a) const {
    const Token& t = doc_.tokens[a.head];
    if (t.upos != Upos::NOUN) return std::nullopt;
    return Ent{core_words(a.head, ' ', true), core::EntityType::Concept, a.first, a.last, false, false, {}, {}, "concept"};
  }

  std::string verb_base(const Clause& c) const {
    std::string rel;
    auto add = [&](const std::string& w) {
      if (w.empty()) return;
      if (!rel.empty()) rel += '-';
      rel += w;
    };
    if (c.copular) {
      add("be");
      add(core_words(c.predicate));
    } else {
      if (c.passive && c.agents.empty()) {  // "was taken to" -> be-taken-to
        add("be");
        add(core::ascii_lower(ps_.form(c.predicate)));
      } else {
        add(ps_.lemma(c.predicate));
      }
      for (std::uint32_t ch : ps_.children(c.predicate, "compound:prt")) add(ps_.lemma(ch));
    }
    return rel;
  }

  // The verb group as written (with the predicate nominal of a copula): "does not take".
  std::string written(const Clause& c) const {
    std::vector<std::uint32_t> toks = c.verb_group;
    if (c.copular) toks.push_back(c.predicate);
    std::sort(toks.begin(), toks.end());
    std::string out;
    for (std::uint32_t t : toks) {
      if (!out.empty()) out += ' ';
      out += ps_.form(t);
    }
    return out;
  }

  void emit(const Clause& c, const Ent& s, const Ent& o, std::string relation, std::string rel_text, double z,
            std::uint32_t rel_first, std::uint32_t rel_last) {
    if (s.name == o.name || relation.empty()) return;
    Triple t;
    t.subject = core::EntityRef{s.name, s.type, span_text(s.first, s.last), s.rule};
    t.object = core::EntityRef{o.name, o.type, span_text(o.first, o.last), o.rule};
    const double words = static_cast<double>(std::count(relation.begin(), relation.end(), '-') + 1);
    const std::uint32_t lo = std::min(s.last, o.last), hi = std::max(s.first, o.first);
    const double gap = hi > lo ? static_cast<double>(hi - lo) : 0.0;
    z += -0.4 * ((s.weak ? 1 : 0) + (o.weak ? 1 : 0)) - 0.15 * std::max(0.0, words - 3.0) - 0.03 * gap;
    if (core::modality_of(c.factuality) == core::Modality::Hedged) z -= 0.2;
    if (o.type == core::EntityType::Concept) z -= 0.8;
    t.confidence = std::clamp(std::round(1000.0 / (1.0 + std::exp(-z))) / 1000.0, 0.001, 1.0);
    t.relation = std::move(relation);
    t.relation_text = std::move(rel_text);
    t.factuality = c.factuality;
    t.polarity = core::polarity_of(c.factuality);
    t.modality = core::modality_of(c.factuality);
    t.hedge = c.hedge;
    for (const Argument& a : c.sources) t.source_chain.push_back(source_name(a));
    if (!t.source_chain.empty()) t.attribution = t.source_chain.back();
    t.evidence.doc_id = doc_.id;
    t.evidence.sentence = ps_.sentence();
    const std::uint32_t first = std::min({s.first, o.first, rel_first});
    const std::uint32_t last = std::max({s.last, o.last, rel_last});
    t.evidence.begin = doc_.tokens[first].begin;
    t.evidence.end = doc_.tokens[last - 1].end;
    t.evidence.sentence_text = std::string(doc_.sentence_text(doc_.sentences[ps_.sentence()]));
    t.subject_span = core::Span{doc_.tokens[s.first].begin, doc_.tokens[s.last - 1].end};
    t.object_span = core::Span{doc_.tokens[o.first].begin, doc_.tokens[o.last - 1].end};
    t.relation_span = core::Span{doc_.tokens[rel_first].begin, doc_.tokens[rel_last - 1].end};
    out_.push_back(std::move(t));
  }

  // The argument slots of a clause in order (objects, their prepositional modifiers, obliques),
  // and its subjects: the agent of a passive is the subject, its surface subject the first slot.
  std::vector<Argument> slots_of(const Clause& c, std::vector<Argument>& subj) const {
    subj = c.subjects;
    std::vector<Argument> slots;
    if (c.passive && !c.agents.empty()) {
      subj = c.agents;
      for (auto a : c.subjects) {
        a.prep.clear();
        slots.push_back(a);
      }
      for (auto& a : subj) a.prep.clear();
    }
    slots.insert(slots.end(), c.objects.begin(), c.objects.end());
    // Prepositional modifiers of the object follow it as slots: "sell drones to Moscow" is often
    // parsed with "to Moscow" under "drones"; "take over swaths of Russian businesses".
    // After a named object only a goal ("relocate the Pacific Climate Office to Port Vila", "sold
    // Baltic Reefer to Maersk"), which cannot be part of the name.
    for (std::size_t i = 0, n = slots.size(); i < n; ++i) {
      if (!slots[i].prep.empty()) continue;
      const bool named = entity(slots[i]).has_value();
      for (std::uint32_t m : ps_.children(slots[i].head, "nmod")) {
        if (ps_.rel(m) == "nmod:poss" || m < slots[i].head) continue;
        const std::string prep = ps_.prep(m);
        if (prep.empty() || (named && prep != "to" && prep != "into")) continue;
        for (std::uint32_t k : ps_.with_conjuncts(m)) {
          Argument a = ps_.phrase(k);
          a.prep = prep;
          slots.push_back(a);
        }
      }
    }
    // The other party of a deal in an oblique: "pulled out of the waste deal with/nmod Recolectora
    // del Pacífico", "withdrew from talks with Kenya" (reciprocal_nouns; only a "with" phrase).
    for (const Argument& o : c.obliques) {
      slots.push_back(o);
      if (!w_.reciprocal_nouns.contains(core::ascii_lower(ps_.form(o.head)))) continue;
      for (std::uint32_t m : ps_.children(o.head, "nmod"))
        if (m > o.head && ps_.prep(m) == "with")
          for (std::uint32_t k : ps_.with_conjuncts(m)) {
            Argument a = ps_.phrase(k);  // pull-out-of-waste-deal-with
            a.prep = (o.prep.empty() ? "" : o.prep + " ") + core_words(o.head, ' ') + " with";
            slots.push_back(a);
          }
    }
    return slots;
  }

  void clause_triples(const Clause& c) {
    std::vector<Argument> subj;
    const std::vector<Argument> slots = slots_of(c, subj);
    std::vector<Ent> subjects;
    for (const auto& a : subj)
      if (auto e = entity(a); e && e->via.empty()) {
        subjects.push_back(*e);
      } else if (const MentionInfo* m = e ? nullptr : filer(a.head);
                 m && ps_.is(c.predicate, "acl") && ps_.head(c.predicate) == a.head &&
                 ps_.children(c.predicate, "mark").empty() && ps_.children(c.predicate, "case").empty()) {
        // "Kivu Metals filed a complaint accusing Tanzania of ...": the filing's act is its
        // author's (Kivu Metals -accuse-> Tanzania), as its stance is (source_name); not a
        // purpose the filing is for ("released an RFP for peaking supplies").
        subjects.push_back(from_mention(*m));
      }
    if (subjects.empty()) return;
    const std::string base = verb_base(c);
    double z = 1.2 - (c.inherited_subject ? 0.3 : 0.0);
    std::uint32_t vfirst = c.predicate, vlast = c.predicate + 1;
    for (std::uint32_t t : c.verb_group) {
      vfirst = std::min(vfirst, t);
      vlast = std::max(vlast, t + 1);
    }
    // "China and Russia signed an agreement": the reciprocal link comes first; further
    // arguments still give their own triples.
    const bool recip = reciprocal(c, subjects, slots);
    for (const Ent& s : subjects) {
      std::string absorbed, absorbed_text;
      bool found = false;
      const Argument* concept_slot = nullptr;
      std::string concept_rel, concept_text;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> used;  // token spans of the names used
      for (const Argument& a : slots) {
        auto e = entity(a);
        std::string rel = base, text = written(c);
        if (!absorbed.empty()) {
          rel += "-" + absorbed;
          text += " " + absorbed_text;
        }
        if (e && e->metonym && w_.place_prepositions.contains(a.prep)) {
          // "signed an agreement in Beijing": the city as a place, not the state as an actor.
          e->name = span_text(e->first, e->last);
          if (e->name.rfind("the ", 0) == 0) e->name = e->name.substr(4);
          e->type = core::EntityType::Gpe;
          e->weak = false;
          e->rule = "exact";
        }
        // "sued the Ministry for Foreign Affairs": a phrase the parser hung on the verb inside a
        // name already used in this clause is part of that name, no argument of its own.
        if (e && std::any_of(used.begin(), used.end(), [&](const std::pair<std::uint32_t, std::uint32_t>& u) {
              return e->first >= u.first && e->last <= u.second;
            }))
          continue;
        if (e) {
          used.emplace_back(e->first, e->last);
          if (!a.prep.empty()) {
            rel += "-" + hyphenated(a.prep);
            text += " " + a.prep;
          }
          if (!e->via.empty()) {  // "praised Russia's diplomatic efforts": praise-diplomatic-efforts-of
            rel += "-" + e->via + "-of";
            text += " " + e->via_text + " of";
          }
          emit(c, s, *e, rel, text, z, std::min(vfirst, a.first), std::max(vlast, a.first));
          found = true;
          continue;
        }
        // "paid $40,000 to Bekzod Tursunov": an amount written with a currency sign joins no
        // relation (pay-to, not pay-$-to).
        if (a.prep.empty() && doc_.tokens[a.head].upos == Upos::SYM) continue;
        if (!concept_slot) {
          if (a.prep.empty() && absorbed.empty() && !found) {
            // A direct object that is not an entity joins the relation of what follows.
            absorbed = core_words(a.head);
            absorbed_text = core_text(a.head);
            concept_slot = &a;
            concept_rel = base;
            concept_text = written(c);
          } else {
            concept_slot = &a;
            concept_rel = rel + (a.prep.empty() ? "" : "-" + hyphenated(a.prep));
            concept_text = text + (a.prep.empty() ? "" : " " + a.prep);
          }
        } else if (concept_slot && !absorbed.empty() && concept_rel == base && !a.prep.empty()) {
          // "take sides in the war": the oblique after an absorbed object is the concept.
          concept_slot = &a;
          concept_rel = rel + "-" + hyphenated(a.prep);
          concept_text = text + " " + a.prep;
        }
      }
      bool concept_emitted = false;
      if (!found && !recip && concept_slot && opt_.concepts)
        if (auto k = concept_of(*concept_slot)) {
          emit(c, s, *k, concept_rel, concept_text, z, vfirst, vlast);
          concept_emitted = true;
        }
      // "Hale will appeal", "Moreno testified", "the minister resigned": an event with an actor and
      // no argument becomes a triple to a CONCEPT event node named by the verb (its article's).
      if (!found && !recip && !concept_emitted && opt_.concepts && intransitive_event(c)) {
        Ent event{base, core::EntityType::Concept, c.predicate, c.predicate + 1, false, false, {}, {}, "concept"};
        std::replace(event.name.begin(), event.name.end(), '-', ' ');
        emit(c, s, event, base, written(c), z, vfirst, vlast);
      }
    }
  }

  // An active verb predicate standing alone with its own subject (the actor; a passive's subject
  // is the patient): no copula, no object or clausal complement in the parse (not even one the
  // clause rules set aside: "told lawmakers that ..."), not a subordinate clause of another
  // predicate's (a participle, a relative or adverbial clause).
  bool intransitive_event(const Clause& c) const {
    if (c.copular || c.passive || c.has_complement || c.inherited_subject || doc_.tokens[c.predicate].upos != Upos::VERB)
      return false;
    for (const char* r : {"obj", "iobj", "ccomp", "xcomp", "csubj"})
      if (!ps_.children(c.predicate, r).empty()) return false;
    const std::string_view r = ps_.rel(c.predicate);
    // "..., Reuters reported": an attribution (the clause's source, factuality.h), no event.
    if (r == "parataxis" && w_.complement_verbs.contains(ps_.lemma(c.predicate))) return false;
    // "Officials said Tom Hale resigned": the event reported, with the speaker as its source.
    if (r == "ccomp") {
      const std::int64_t g = ps_.head(c.predicate);
      return g >= 0 && w_.complement_verbs.contains(ps_.lemma(static_cast<std::uint32_t>(g)));
    }
    return r == "root" || r == "conj" || r == "parataxis";
  }

  // "appointed Tomas Vell as head of the Transit Authority" -> (Tomas Vell, head-of, Transit
  // Authority): an oblique "as ROLE" whose noun has an entity after of/at/for, given to the
  // clause's object entity (or, in a passive without an agent, its subject: "Vell was appointed as
  // head of ..."), with the clause's factuality ("plans to appoint ... as" is no fact).
  void role_as_triples(const Clause& c) {
    std::optional<Ent> holder;
    for (const Argument& o : c.objects)
      if (auto e = entity(o); e && e->via.empty()) {
        holder = e;
        break;
      }
    if (!holder && c.passive && c.agents.empty())
      for (const Argument& s : c.subjects)
        if (auto e = entity(s); e && e->via.empty()) {
          holder = e;
          break;
        }
    if (!holder) return;
    for (const Argument& a : c.obliques) {
      if (a.prep != "as" || doc_.tokens[a.head].upos != Upos::NOUN || mention(a.head)) continue;
      for (std::uint32_t m : ps_.children(a.head, "nmod")) {
        const std::string prep = ps_.prep(m);
        if (prep != "of" && prep != "at" && prep != "for") continue;
        auto e = entity(ps_.phrase(m));
        if (!e || !e->via.empty()) continue;
        emit(c, *holder, *e, core_words(a.head) + "-" + prep, core_text(a.head) + " " + prep, 1.2, a.head, a.head + 1);
      }
    }
  }

  // "Putin and Xi held a phone call" -> (Putin, hold-phone-call-with, Xi).
  bool reciprocal(const Clause& c, const std::vector<Ent>& subjects, const std::vector<Argument>& slots) {
    if (subjects.size() < 2 || c.copular) return false;
    // Links among every pair of parties grow with the square: 400 countries signing a treaty gave
    // 15,164 triples from one sentence. Past kMaxReciprocalParties, each party keeps its own
    // triples ("Chile signed a treaty in Geneva") and no pairwise links are made.
    if (subjects.size() > kMaxReciprocalParties) return false;
    // "Russia and China signed a treaty with Iran", "Kenya and Uganda met Tanzania", "... fought
    // al-Shabaab": with a named other party they act together, not with each other.
    for (const Argument& a : slots)
      if ((a.prep == "with" || a.prep.empty()) && entity(a)) return false;
    std::string rel = verb_base(c);
    bool recip = w_.reciprocal_verbs.contains(ps_.lemma(c.predicate));
    std::string text = written(c);
    for (const Argument& a : slots)
      if (a.prep.empty() && w_.reciprocal_nouns.contains(core::ascii_lower(ps_.form(a.head)))) {
        recip = true;
        rel += "-" + core_words(a.head);
        text += " " + core_text(a.head);
        break;
      }
    if (!recip) return false;
    std::uint32_t vfirst = c.predicate, vlast = c.predicate + 1;
    for (std::uint32_t t : c.verb_group) vfirst = std::min(vfirst, t);
    for (std::size_t i = 0; i < subjects.size(); ++i)
      for (std::size_t j = i + 1; j < subjects.size(); ++j)
        emit(c, subjects[i], subjects[j], rel + "-with", text + " with", 0.9, vfirst, vlast);
    return true;
  }

  // "US sanctions against Chinese entities": a noun with an entity modifier and an entity nmod.
  void nominal_triples() {
    for (std::uint32_t n = ps_.first(); n < ps_.last(); ++n) {
      if (doc_.tokens[n].upos != Upos::NOUN || mention(n) || craft_name(n)) continue;
      const MentionInfo* owner = nullptr;
      for (std::uint32_t c : ps_.children(n))
        if (c < n && (ps_.is(c, "compound") || ps_.is(c, "nmod:poss") || ps_.is(c, "amod")) && mention(c))
          owner = mention(c);
      if (!owner) continue;
      // "Bolivia's ambassador to Chile, Carlos Mamani": the role's phrase is the person's.
      if (const MentionInfo* who = doc_.tokens[n].upos == Upos::NOUN ? role_name(n) : nullptr) owner = who;
      for (std::uint32_t c : ps_.children(n, "nmod")) {
        if (ps_.rel(c) == "nmod:poss") continue;
        const std::string prep = ps_.prep(c);
        if (prep.empty() || prep == "of") continue;
        Argument a = ps_.phrase(c);
        for (std::uint32_t k : ps_.with_conjuncts(c)) {
          a = ps_.phrase(k);
          auto e = entity(a);
          if (!e || !e->via.empty()) continue;
          Clause plain;
          emit(plain, from_mention(*owner), *e, core::ascii_lower(ps_.form(n)) + "-" + hyphenated(prep),
               std::string(ps_.form(n)) + " " + prep, 0.9, n, n + 1);
        }
      }
    }
    // The same read off the surface, robust to attachment errors: a mention, a noun, a
    // preposition (not "of"), at most two determiners or adjectives, a mention.
    for (const MentionInfo* m : ms_) {
      const std::uint32_t n = m->mention.last;
      if (n + 2 >= ps_.last() || doc_.tokens[n].upos != Upos::NOUN || mention(n) || craft_name(n)) continue;
      const Token& p = doc_.tokens[n + 1];
      if (p.upos != Upos::ADP || ps_.lemma(n + 1) == "of") continue;
      std::uint32_t k = n + 2;
      while (k < ps_.last() && k < n + 5 && !mention(k) &&
             (doc_.tokens[k].upos == Upos::DET || doc_.tokens[k].upos == Upos::ADJ))
        ++k;
      const MentionInfo* e = k < ps_.last() ? mention(k) : nullptr;
      if (!e || e->mention.first != k) continue;
      // Not when the parse reads the phrase as the verb's, with the noun its object: "leased
      // Hambantota port to China" leases to China; the port goes nowhere.
      if (ps_.is(n, "obj") && ps_.head(n) >= 0) {
        bool verbs = false;
        for (std::uint32_t t = e->mention.first; t < e->mention.last && !verbs; ++t)
          verbs = ps_.is(t, "obl") && ps_.head(t) == ps_.head(n);
        if (verbs) continue;
      }
      Clause plain;
      emit(plain, from_mention(*m), from_mention(*e), core::ascii_lower(ps_.form(n)) + "-" + ps_.lemma(n + 1),
           std::string(ps_.form(n)) + " " + std::string(ps_.form(n + 1)), 0.9, n, n + 2);
    }
    // (Every role triple below: (person, ROLE-of, organisation or state), ROLE the role noun at t.)
    const auto emit_role = [&](const MentionInfo& who, const MentionInfo& of, std::uint32_t t) {
      Clause plain;
      emit(plain, from_mention(who), from_mention(of), core_words(t) + "-of", std::string(ps_.form(t)), 1.5, t, t + 1);
    };
    // "Helsinki City Council elected Anna Virtanen as its chair": the object holds the role in
    // the subject's organisation -> (Anna Virtanen, chair-of, Helsinki City Council). Only with
    // "its"/"their", which name the subject ("appointed Smith as trustee" says of what no).
    for (std::uint32_t t = ps_.first(); t < ps_.last(); ++t) {
      // (a role noun the tagger read as an adjective, "as their chief executive", counts too)
      const Upos u = doc_.tokens[t].upos;
      if (ps_.rel(t) != "obl" || (u != Upos::NOUN && u != Upos::ADJ) || ps_.prep(t) != "as" || ps_.head(t) < 0 ||
          mention(t))
        continue;
      const auto poss = ps_.children(t, "nmod:poss");
      if (poss.size() != 1 || (ps_.lemma(poss[0]) != "its" && ps_.lemma(poss[0]) != "their")) continue;
      const auto v = static_cast<std::uint32_t>(ps_.head(t));
      const MentionInfo* org = nullptr;
      for (std::uint32_t c : ps_.children(v, "nsubj"))
        if (const MentionInfo* m = mention(c); m && m->mention.type != core::EntityType::Person) org = m;
      if (!org) continue;
      for (std::uint32_t o : ps_.children(v, "obj"))
        if (const MentionInfo* who = mention(o); who && who->mention.type == core::EntityType::Person) {
          emit_role(*who, *org, t);
        }
    }
    // A role noun with a possessor and the person's name in apposition: "Fiji's prime minister,
    // Josaia Vula" -> (Josaia Vula, prime-minister-of, Fiji).
    for (std::uint32_t t = ps_.first(); t < ps_.last(); ++t) {
      if (doc_.tokens[t].upos != Upos::NOUN || mention(t)) continue;
      const MentionInfo* who = role_name(t);
      if (!who) continue;
      for (std::uint32_t c : ps_.children(t, "nmod:poss"))
        if (const MentionInfo* of = mention(c); of && of != who) {
          emit_role(*who, *of, t);
        }
    }
    // Appositions with a possessor: "Xi Jinping, China's president" -> (Xi Jinping, president-of, China).
    for (std::uint32_t t = ps_.first(); t < ps_.last(); ++t) {
      if (ps_.rel(t) != "appos" || ps_.head(t) < 0 || mention(t)) continue;
      const MentionInfo* who = mention(static_cast<std::uint32_t>(ps_.head(t)));
      if (!who) continue;
      for (std::uint32_t c : ps_.children(t, "nmod:poss"))
        if (const MentionInfo* of = mention(c)) {
          emit_role(*who, *of, t);
        }
    }
  }

  const Document& doc_;
  const ParsedSentence& ps_;
  const std::vector<const MentionInfo*>& ms_;
  const ClauseOptions& opt_;
  const detail::ExtractorWords& w_;
  std::vector<const MentionInfo*> at_;
  std::vector<Triple> out_;
};

}  // namespace

namespace {

// The resolved anaphors of `doc` as mentions among `infos` (kept in text order). An anaphor that
// stands for several entities ("the two countries") is left out: one token range is one mention.
void add_anaphors(const entities::CoreferenceResolver& resolver, const Document& doc, std::vector<MentionInfo>& infos) {
  auto anaphors = resolver.resolve(doc, infos);
  if (anaphors.empty()) return;
  std::set<std::pair<std::uint32_t, std::uint32_t>> shared;
  for (const auto& a : anaphors)
    if (a.member > 0) shared.emplace(a.info.mention.first, a.info.mention.last);
  // "Sweden announced it would buy jets", "Pennock Homes denied that it had bribed ...": a pronoun
  // subject of a clausal complement whose resolved antecedent is the subject of the verb that
  // governs that complement (the speaker speaks of itself).
  // The named mentions by first token (anaphors are appended below and not searched), for a
  // binary search on a sentence's first token.
  std::vector<std::uint32_t> by_first(infos.size());
  for (std::uint32_t i = 0; i < by_first.size(); ++i) by_first[i] = i;
  std::stable_sort(by_first.begin(), by_first.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return infos[x].mention.first < infos[y].mention.first; });
  const auto speaker_itself = [&](const entities::ResolvedAnaphor& a) {
    const std::uint32_t t = a.info.mention.first;
    if (a.info.mention.last != t + 1) return false;
    const auto& sent = doc.sentences[a.info.mention.sentence];
    const auto up = [&](std::uint32_t k) -> std::int64_t {
      const std::int32_t h = doc.tokens[k].head;
      return h < 0 ? -1 : static_cast<std::int64_t>(sent.first) + h;
    };
    const auto rel = [&](std::uint32_t k) { return nlp::deprel_name(doc.tokens[k].deprel); };
    if (rel(t) != "nsubj" && rel(t) != "nsubj:pass") return false;
    const std::int64_t clause = up(t);
    if (clause < 0 || rel(static_cast<std::uint32_t>(clause)) != "ccomp") return false;
    const std::int64_t verb = up(static_cast<std::uint32_t>(clause));
    if (verb < 0) return false;
    for (auto it = std::lower_bound(by_first.begin(), by_first.end(), sent.first,
                                    [&](std::uint32_t i, std::uint32_t first) { return infos[i].mention.first < first; });
         it != by_first.end() && infos[*it].mention.first < sent.last; ++it) {
      const MentionInfo& m = infos[*it];
      if (m.mention.canonical != a.info.mention.canonical) continue;
      for (std::uint32_t k = m.mention.first; k < m.mention.last; ++k)
        if (up(k) == verb && (rel(k) == "nsubj" || rel(k) == "nsubj:pass")) return true;
    }
    return false;
  };
  for (auto& a : anaphors) {
    if (shared.count({a.info.mention.first, a.info.mention.last})) continue;
    // it/its/they resolve to a named antecedent too eagerly (GUM dev precision 0.63 for it/its:
    // they often stand for a common noun); only people's pronouns, descriptions and a speaker's
    // pronoun for itself are used.
    if (a.kind == entities::AnaphorKind::Pronoun && (a.neuter || a.info.mention.type != core::EntityType::Person) &&
        !speaker_itself(a))
      continue;
    a.info.anaphor = true;
    infos.push_back(std::move(a.info));
  }
  std::stable_sort(infos.begin(), infos.end(), [](const MentionInfo& x, const MentionInfo& y) {
    return x.mention.first < y.mention.first;
  });
}

}  // namespace

ClauseExtractor::ClauseExtractor(entities::MentionFinder mentions, const nlp::Lexicon& lexicon, ClauseOptions options,
                                 std::shared_ptr<const entities::CoreferenceResolver> coreference)
    : mentions_(std::move(mentions)),
      coreference_(std::move(coreference)),
      clause_words_(ClauseWords::from(lexicon)),
      words_(std::make_unique<const detail::ExtractorWords>(detail::ExtractorWords::from(lexicon))),
      options_(options) {}

ClauseExtractor::~ClauseExtractor() = default;

std::unique_ptr<ClauseExtractor> ClauseExtractor::load(const std::filesystem::path& models_dir, ClauseOptions options) {
  const auto lexicon = nlp::Lexicon::load(models_dir / nlp::kLexiconFolder);
  return std::make_unique<ClauseExtractor>(
      entities::MentionFinder::load(models_dir, lexicon), lexicon, options,
      std::make_shared<const entities::CoreferenceResolver>(entities::CoreferenceResolver::load(models_dir, lexicon)));
}

std::vector<core::Triple> ClauseExtractor::extract(Document& doc) const { return extract(doc, nullptr); }

std::vector<core::Triple> ClauseExtractor::extract(Document& doc, std::vector<std::string>* mention_rules,
                                                   const nlp::SentenceProgress& progress) const {
  std::vector<MentionInfo> infos = mentions_.find(doc, progress);
  if (coreference_) add_anaphors(*coreference_, doc, infos);
  const auto by_sentence = store_mentions(doc, infos);
  if (mention_rules) {
    mention_rules->clear();
    for (const MentionInfo& m : infos) mention_rules->push_back(detail::mention_rule(doc, m));
  }
  std::vector<Triple> out;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].size() == 0) continue;
    const ParsedSentence ps(doc, s, &clause_words_);
    auto triples = SentenceTriples(doc, ps, by_sentence[s], options_, *words_).run(find_clauses(ps, clause_words_));
    // Titles and appositions may repeat what the clauses read: the first of each is kept.
    auto nominal = detail::surface_triples(doc, mentions_.gazetteer(), *words_, s, by_sentence[s], false);
    triples.insert(triples.end(), std::make_move_iterator(nominal.begin()), std::make_move_iterator(nominal.end()));
    detail::append_sentence_triples(std::move(triples), out);
  }
  return out;
}

}  // namespace ergraph::extract
