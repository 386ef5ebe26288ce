#include "extract/clauses.h"

#include <algorithm>
#include <iterator>

#include "core/text.h"
#include "core/error.h"
#include "extract/factuality.h"
#include "extract/relation_phrase.h"
#include "nlp/word_shape.h"

namespace ergraph::extract {
using namespace nlp;
namespace {

// clang-format off
// Relations under which a verb heads a clause.
constexpr std::string_view kClauseRels[] = {
    "root", "conj", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "dep", "list"};
// clang-format on

/// Whether `w` is one of `list`.
template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

}  // namespace

namespace {
// A bound on walks up the head chain of one sentence (repairs must never loop).
constexpr std::int64_t kMaxSentenceWalk = 1024;

// Whether `w`, ASCII letters lower-cased, is `lower` (no allocation).
bool same_lower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (shape::lower(w[i]) != lower[i]) return false;
  return true;
}
}  // namespace

bool outer_copular(const ParsedSentence& ps, std::uint32_t p) {
  if (ps.doc().tokens[p].upos != Upos::VERB || ps.children(p, "cop").empty()) return false;
  for (std::uint32_t c : ps.children(p))
    if (ps.rel(c) == "nsubj:outer") return true;
  return false;
}

bool relative_pronoun(const ParsedSentence& ps, std::uint32_t t) {
  const std::string_view x = xpos_name(ps.doc().tokens[t].xpos);
  const std::string& l = ps.lemma(t);
  return x == "WDT" || x == "WP" || ((l == "that" || l == "which" || l == "who") && x != "DT");
}

namespace {

class ClauseBuilder {
 public:
  ClauseBuilder(const ParsedSentence& ps, const ClauseWords& words) : ps_(ps), w_(words) {}

  bool outer_copular(std::uint32_t p) const { return extract::outer_copular(ps_, p); }

  bool is_predicate(std::uint32_t t) const {
    if (!ps_.children(t, "cop").empty()) return true;
    const Token& tok = ps_.doc().tokens[t];
    if (tok.upos != Upos::VERB) return false;
    const std::string_view r = ps_.rel(t);
    const std::string_view base = r.substr(0, r.find(':'));
    if (!in(kClauseRels, base)) return false;
    // "Failing a deal with the IMF, ...", "Barring a late appeal, ...": a preposition of condition
    // (factuality lexicon), no predicate of its own.
    if ((base == "advcl" || base == "csubj") && ps_.children(t, "nsubj").empty() && ps_.children(t, "mark").empty() &&
        ps_.children(t, "xcomp").empty() && !ps_.children(t, "obj").empty() && w_.factuality &&
        w_.factuality->preposition(core::ascii_lower(ps_.form(t))) == FactEffect::Condition)
      return false;
    // "told visiting US lawmakers": an adjectival participle right before its "object". Not one
    // marked by a preposition, a gerund ("accused Josefa Ravu of striking Tavita Leota").
    if (w_.adjectival_participles.contains(core::ascii_lower(ps_.form(t))) && ps_.children(t, "nsubj").empty() &&
        ps_.children(t, "mark").empty())
      for (std::uint32_t o : ps_.children(t, "obj"))
        if (ps_.phrase(o).first == t + 1) return false;
    return true;
  }

  std::vector<Clause> run() {
    std::vector<Clause> out;
    for (std::uint32_t t = ps_.first(); t < ps_.last(); ++t)
      if (is_predicate(t)) out.push_back(build(t));
    return out;
  }

 private:
  // "The data shared with Norvida Pharma came from Uppsala" parsed as "with Norvida Pharma came
  // from Uppsala": a finite verb (VBD, VBZ, VBP) marked by a preposition (a mark we tagged ADP)
  // that does not introduce finite clauses (finite_clause_marks, learned from UD train: "before",
  // "after", "since" do) is a parse error unless a wh-word follows the mark ("about how they
  // treat customers", "for what you need"). Returns that mark, else -1. The clause loses the
  // subjects between the mark and the verb (the preposition's object: "law" in "Legislation ...
  // signed into law provides ...", "Norvida Pharma" above); see subjects().
  std::int64_t misparsed_mark(std::uint32_t t) const {
    const auto x = xpos_name(ps_.doc().tokens[t].xpos);
    if (x != "VBD" && x != "VBZ" && x != "VBP") return -1;
    std::int64_t mark = -1;
    for (std::uint32_t m : ps_.children(t, "mark"))
      if (ps_.doc().tokens[m].upos == Upos::ADP && !w_.finite_clause_marks.contains(core::ascii_lower(ps_.form(m))) &&
          !w_.finite_clause_marks.contains(ps_.lemma(m)))  // "on condition that", read as "if" (repair_relations)
        mark = m;
    if (mark < 0) return -1;
    for (auto k = static_cast<std::uint32_t>(mark) + 1; k < t; ++k) {
      const auto w = xpos_name(ps_.doc().tokens[k].xpos);
      if (w == "WDT" || w == "WP" || w == "WP$" || w == "WRB") return -1;
    }
    return mark;
  }

  // "called on Kenya to release", "relied on Celtic to win": the "on"/"upon" oblique of g before
  // the infinitive p (not a day: "waited on Monday to meet"), which names who does p; and the
  // "for" oblique right before it under a verb of request ("called for Germany to send": the
  // subject of a for-infinitive). Else -1.
  std::int64_t on_phrase(std::uint32_t g, std::uint32_t p) const {
    std::int64_t on = -1;
    const bool request = w_.factuality && w_.factuality->verb(ps_.lemma(g), "to") == FactEffect::Request;
    for (std::uint32_t c : ps_.children(g, "obl")) {
      const std::string_view x = xpos_name(ps_.doc().tokens[c].xpos);
      const std::string pr = ps_.prep(c);
      const bool for_subject = pr == "for" && request && ps_.phrase(c).last + 1 == p;
      if (c < p && (pr == "on" || pr == "upon" || for_subject) && x != "CD" &&
          !w_.time_words.contains(ps_.form(c)) && !w_.time_nouns.contains(ps_.lemma(c)))
        on = c;
    }
    return on;
  }

  std::vector<Argument> phrases(const std::vector<std::uint32_t>& heads, bool conjuncts = true) const {
    std::vector<Argument> out;
    for (std::uint32_t h : heads) {
      const auto all = conjuncts ? ps_.with_conjuncts(h) : std::vector<std::uint32_t>{h};
      for (std::uint32_t c : all) out.push_back(ps_.phrase(c));
    }
    return out;
  }

  std::int64_t governor(std::uint32_t p) const { return ps_.head(p); }
  const Token& doc_tok(std::uint32_t t) const { return ps_.doc().tokens[t]; }

  // For "who"/"which" right after "NOUN ,": the head of that noun's phrase (climbing flat and
  // compound), else -1.
  std::int64_t comma_antecedent(std::uint32_t pronoun) const {
    const std::string& l = ps_.lemma(pronoun);
    if ((l != "who" && l != "which") || pronoun < ps_.first() + 2 || ps_.form(pronoun - 1) != ",") return -1;
    std::uint32_t t = pronoun - 2;
    const Upos u = ps_.doc().tokens[t].upos;
    if (u != Upos::NOUN && u != Upos::PROPN) return -1;
    for (int i = 0; i < 8 && (ps_.is(t, "flat") || ps_.is(t, "compound")) && governor(t) >= 0; ++i)
      t = static_cast<std::uint32_t>(governor(t));
    return t;
  }

  // The relation, with a finite open complement of a speech or guessing verb read as the
  // clausal complement it is ("says Chinese firms receive", often parsed as xcomp).
  std::string_view rel_of(std::uint32_t p) const {
    const std::string_view r = ps_.rel(p);
    if (r != "xcomp" || governor(p) < 0) return r;
    const auto g = static_cast<std::uint32_t>(governor(p));
    const std::string_view x = xpos_name(ps_.doc().tokens[p].xpos);
    const bool finite = x == "VBZ" || x == "VBP" || x == "VBD" || x == "MD";
    return finite && reporting(g) ? "ccomp" : r;
  }

  // The noun a relative clause or participle modifies, as the argument replacing the pronoun.
  Argument modified_noun(std::uint32_t p) const {
    return ps_.phrase(static_cast<std::uint32_t>(governor(p)), false, p);
  }

  std::vector<Argument> subjects(std::uint32_t p, bool& inherited, int depth = 0) const {
    inherited = false;
    if (depth > 8) return {};
    std::vector<std::uint32_t> own = ps_.children(p, "nsubj");
    // "The problem is that Japanese businesses make decisions": the outer subject belongs to the
    // copula, not to the verb of the clause it introduces.
    if (outer_copular(p)) std::erase_if(own, [&](std::uint32_t c) { return ps_.rel(c) == "nsubj:outer"; });
    for (std::uint32_t c : ps_.children(p, "csubj")) own.push_back(c);
    // "signed into law provides": the preposition's object is no subject.
    std::size_t misread = 0;
    if (const std::int64_t mark = misparsed_mark(p); mark >= 0)
      misread = std::erase_if(own, [&](std::uint32_t c) { return static_cast<std::int64_t>(c) > mark && c < p; });
    if (misread > 0 && own.empty() && rel_of(p) == "advcl" && governor(p) >= 0) {
      // The clause continues what it hangs from: "doctors who ran tests on themselves report
      // headaches" (under the noun: the noun does it), "the data shared with Norvida came from
      // Uppsala" (under a verb: that verb's subject does it).
      inherited = true;
      const auto g = static_cast<std::uint32_t>(governor(p));
      if (ps_.nominal(g)) return {modified_noun(p)};
      bool dummy = false;
      return subjects(g, dummy, depth + 1);
    }
    if (own.size() > 1) {
      // "Moscow — Vladimir Putin spoke": a dateline misread as a second subject. A subject cut
      // off from the next one by a dash or colon is dropped (subjects joined by "and" stay).
      std::sort(own.begin(), own.end());
      std::vector<std::uint32_t> kept;
      for (std::size_t i = 0; i < own.size(); ++i) {
        bool cut = false;
        for (std::uint32_t t = own[i] + 1; i + 1 < own.size() && t < own[i + 1] && !cut; ++t)
          cut = ps_.doc().tokens[t].upos == Upos::PUNCT && xpos_name(ps_.doc().tokens[t].xpos) == ":";
        if (!cut) kept.push_back(own[i]);
      }
      own = kept;
    }
    const std::int64_t h = governor(p);
    const std::string_view r = rel_of(p);
    if (!own.empty()) {
      if (h >= 0 && (r == "acl:relcl" || r == "acl") && relative_pronoun(ps_, own.front())) {
        inherited = true;
        return {modified_noun(p)};
      }
      // "Janet Yellen, who urged Beijing": a non-restrictive relative clause misread as
      // parataxis, conj or advcl. "who" or "which" right after a comma stands for the noun
      // phrase before the comma.
      if (const auto a = comma_antecedent(own.front()); a >= 0 && (r == "parataxis" || r == "conj" || r == "advcl")) {
        inherited = true;
        return {ps_.phrase(static_cast<std::uint32_t>(a))};
      }
      return phrases(own);
    }
    // "Unless Banco Austral extends the loan, Minera Cerro Blanco will sell ...": the main
    // clause's subject misread as an apposition of the fronted clause's object. A finite
    // predicate without a subject takes the apposition that ends right before its verb group.
    if (r == "root" || r == "ccomp") {
      std::uint32_t start = p;
      for (std::uint32_t c : ps_.children(p))
        if (c < start && (ps_.is(c, "aux") || ps_.is(c, "cop") || is_negation(ps_, c))) start = c;
      const std::string_view x = xpos_name(ps_.doc().tokens[p].xpos);
      const bool finite = start < p || x == "VBD" || x == "VBZ" || x == "VBP";
      if (finite && start > ps_.first())
        for (std::uint32_t t = ps_.first(); t < start; ++t) {
          // (Or as a modifier without a preposition: "cancels the contract, Gulf Desalination/nmod
          // will sue".)
          const bool cut_off = ps_.is(t, "appos") || (ps_.rel(t) == "nmod" && ps_.children(t, "case").empty());
          if (!cut_off || ps_.head(t) < 0 || static_cast<std::uint32_t>(ps_.head(t)) >= t) continue;
          const Argument a = ps_.phrase(t);
          if (a.last == start && a.first > ps_.first() && ps_.form(a.first - 1) == ",") return {a};
        }
    }
    if (h < 0) return {};
    inherited = true;
    const auto g = static_cast<std::uint32_t>(h);
    bool dummy = false;
    if (r == "conj" && is_predicate(g)) return subjects(g, dummy, depth + 1);
    if (r == "xcomp") {
      auto objs = ps_.children(g, "obj");
      // "urged Washington to keep": the object does it. "Fiji beat Samoa 24-17 in Suva to win the
      // cup", a purpose clause parsed as xcomp: a verb that is no object-control verb, with an
      // adjunct between its object and the "to" clause, is done by the subject.
      if (!objs.empty() && !w_.object_control_verbs.contains(ps_.lemma(g))) {
        std::uint32_t to = 0;
        for (std::uint32_t m : ps_.children(p, "mark"))
          if (ps_.lemma(m) == "to") to = m;
        // An adjunct: an oblique or adverb of the verb, or what the parser hung on the object that
        // is no part of it (a place or time phrase, a score): "Samoa 24-17 in Suva".
        const std::uint32_t o = objs.back();
        bool adjunct = false;
        for (std::uint32_t k = o + 1; to && k < to && !adjunct; ++k) {
          const std::int64_t head = ps_.head(k);
          if (head < 0) continue;
          const auto hu = static_cast<std::uint32_t>(head);
          adjunct = (hu == g && (ps_.is(k, "obl") || ps_.is(k, "advmod"))) ||
                    (hu == o && ps_.is(k, "nmod") && ps_.rel(k) != "nmod:poss" && ps_.prep(k) != "of") ||
                    (hu == o && xpos_name(ps_.doc().tokens[k].xpos) == "CD");
        }
        if (to && adjunct) return subjects(g, dummy, depth + 1);
      }
      if (!objs.empty()) return phrases(objs);
      // "urged Washington to keep": our parser often labels the controller iobj.
      objs = ps_.children(g, "iobj");
      if (!objs.empty() && objs.back() < p) return phrases({objs.back()});
      if (const std::int64_t on = on_phrase(g, p); on >= 0) return phrases({static_cast<std::uint32_t>(on)});
      return subjects(g, dummy, depth + 1);
    }
    // The modified noun, and its conjuncts when the clause comes after them all: "accuses India and
    // China of blocking trade routes" (the clause on the coordination's first noun) is done by both.
    const auto modified_nouns = [&]() {
      std::vector<Argument> out{modified_noun(p)};
      for (std::uint32_t c : ps_.children(g, "conj")) {
        const Upos u = ps_.doc().tokens[c].upos;
        if (c < p && (u == Upos::NOUN || u == Upos::PROPN)) out.push_back(ps_.phrase(c));
      }
      return out;
    };
    if (r == "acl:relcl" || r == "acl") {
      // "Kormoran was the only ship to conduct attacks": the copular subject does it.
      if (!ps_.children(g, "cop").empty()) return subjects(g, dummy, depth + 1);
      // "Darren Pike faces charges of laundering money", "denied allegations of spying": a
      // gerund of a claim noun (factuality lexicon) that is the object of "face" or of a verb of
      // denial is done by that verb's subject, the accused (not by "NATO made allegations of").
      if (r == "acl" && xpos_name(ps_.doc().tokens[p].xpos) == "VBG" && w_.factuality &&
          w_.factuality->noun(ps_.lemma(g)) == FactEffect::Claim && ps_.is(g, "obj") && ps_.head(g) >= 0) {
        // "faces charges for bribing", "faces trial for fraud": "for" after "face" too.
        const auto v = static_cast<std::uint32_t>(ps_.head(g));
        const bool face = ps_.lemma(v) == "face";
        bool marked = false;
        for (std::uint32_t m : ps_.children(p, "mark")) marked = marked || ps_.lemma(m) == "of" || (face && ps_.lemma(m) == "for");
        if (marked && (face || w_.factuality->verb(ps_.lemma(v), "") == FactEffect::Deny))
          return subjects(v, dummy, depth + 1);
      }
      // "arrested Tom Hale on suspicion of defrauding Kestrel Bank", "was detained on charges of
      // spying for Iran": the gerund of a claim noun in an "on" phrase is done by the one the
      // verb acts on: its object, else its passive subject.
      if (r == "acl" && xpos_name(ps_.doc().tokens[p].xpos) == "VBG" && w_.factuality &&
          w_.factuality->noun(ps_.lemma(g)) == FactEffect::Claim && ps_.is(g, "obl") && ps_.prep(g) == "on" &&
          ps_.head(g) >= 0) {
        const auto v = static_cast<std::uint32_t>(ps_.head(g));
        const auto objects = ps_.children(v, "obj");
        if (objects.size() == 1) return {ps_.phrase(objects.front())};
        if (!ps_.children(v, "nsubj:pass").empty()) return subjects(v, dummy, depth + 1);
      }
      if (r == "acl") return modified_nouns();
      return {modified_noun(p)};
    }
    // "will decide whether to hire X", "left early to catch a train": an infinitive without a
    // subject of its own, under a governor without an object, is done by the governor's subject;
    // but "called on Kenya to release", "relied on Celtic to win": an "on"/"upon" phrase of the
    // governor before the infinitive names who does it.
    if ((r == "advcl" || r == "ccomp") && ps_.children(g, "obj").empty() && ps_.children(g, "iobj").empty()) {
      bool to = false;
      for (std::uint32_t m : ps_.children(p, "mark")) {
        to = to || ps_.lemma(m) == "to";
        // ("whether to" read as one marker: "to" fixed to "whether".)
        for (std::uint32_t f : ps_.children(m, "fixed")) to = to || ps_.lemma(f) == "to";
      }
      if (to && xpos_name(ps_.doc().tokens[p].xpos) == "VB") {
        if (const std::int64_t on = on_phrase(g, p); on >= 0) return phrases({static_cast<std::uint32_t>(on)});
        return subjects(g, dummy, depth + 1);
      }
    }
    // "accused Gulfwater Systems of diverting funds" with "diverting" attached to the noun: the
    // noun does it, as with a participle (acl).
    if (r == "advcl" && ps_.gerund(p) && ps_.nominal(g)) return modified_nouns();
    if (r == "advcl" && ps_.gerund(p)) {
      // "criticized China for aiding", "accused Washington of trying", "warned Beijing against
      // helping", "barred Nordbank from paying", "charged Pike with defrauding": the object does it.
      bool object_control = false;
      for (std::uint32_t m : ps_.children(p, "mark"))
        object_control = object_control || ps_.lemma(m) == "for" || ps_.lemma(m) == "of" || ps_.lemma(m) == "against" ||
                         ps_.lemma(m) == "from" || ps_.lemma(m) == "with";  // "charged Pike with defrauding"
      const auto objs = ps_.children(g, "obj");
      if (object_control && !objs.empty()) return phrases(objs);
      return subjects(g, dummy, depth + 1);
    }
    // "Anika Sorensen, who was recruited by Uppsala Life Institute, now advises Norvida Pharma"
    // parsed with the name as the root and "advises" under the relative clause (advcl) or beside
    // it (parataxis of the name): a finite verb without subject or mark after a relative clause
    // of the root noun is the main verb, and that noun its subject.
    if ((r == "advcl" || r == "parataxis") && p > g && ps_.children(p, "mark").empty()) {
      const std::string_view x = xpos_name(doc_tok(p).xpos);
      const bool finite = x == "VBD" || x == "VBZ" || x == "VBP";
      const auto root_noun = [&](std::uint32_t n) {
        const Upos u = doc_tok(n).upos;
        return rel_of(n) == "root" && (u == Upos::NOUN || u == Upos::PROPN);
      };
      if (finite && r == "advcl" && rel_of(g) == "acl:relcl" && governor(g) >= 0 &&
          root_noun(static_cast<std::uint32_t>(governor(g))))
        return {modified_noun(g)};
      if (finite && root_noun(g)) {
        const auto rels = ps_.children(g, "acl:relcl");
        if (std::any_of(rels.begin(), rels.end(), [&](std::uint32_t c) { return c < p; })) return {modified_noun(p)};
      }
    }
    // "says Chinese firms receive subsidies" parsed with "firms" as the object of "says".
    if (r == "ccomp" && reporting(g)) {
      const auto objs = ps_.children(g, "obj");
      if (!objs.empty() && objs.back() < p) return phrases({objs.back()});
    }
    inherited = false;
    return {};
  }

  bool passive(std::uint32_t p) const {
    if (!ps_.children(p, "nsubj:pass").empty() || !ps_.children(p, "aux:pass").empty()) return true;
    // A reduced relative ("the data shared with Norvida") is passive; a content clause of a noun
    // with its own subject or a perfect auxiliary ("claims that Meghna had subcontracted work")
    // is not, nor a "participle" with a direct object: a past tense read as one ("Celtic's
    // manager, Marco Rossi, praised Oscar Berg").
    return ps_.rel(p) == "acl" && xpos_name(ps_.doc().tokens[p].xpos) == "VBN" && ps_.children(p, "nsubj").empty() &&
           ps_.children(p, "aux").empty() && ps_.children(p, "obj").empty();
  }

  // Factuality and sources (factuality.h); the older fields are derived from them.
  void set_factuality(Clause& c) const {
    const HolderFn holder = [this](std::uint32_t g, Argument& out) {
      if (passive(g)) {
        for (std::uint32_t ch : ps_.children(g))
          if (ps_.rel(ch) == "obl:agent" || ((ps_.is(ch, "obl") || ps_.is(ch, "obj")) && ps_.prep(ch) == "by")) {
            out = ps_.phrase(ch);
            return true;
          }
        return false;
      }
      bool inherited = false;
      const auto subj = subjects(g, inherited);
      if (subj.empty()) return false;
      out = subj.front();
      // "the Chilean newspaper Bergen Athletic reported" read as two subjects: a common noun's
      // phrase and a name right after it, its apposition. The name holds the stance.
      if (subj.size() >= 2 && subj[1].first == subj[0].last && ps_.doc().tokens[subj[0].head].upos == Upos::NOUN &&
          ps_.doc().tokens[subj[1].head].upos == Upos::PROPN)
        out = subj[1];
      return true;
    };
    const RelFn rel = [this](std::uint32_t t) { return rel_of(t); };
    ClauseFactuality f = assess_factuality(ps_, c.predicate, *w_.factuality, holder, rel);
    c.factuality = f.value;
    if (core::modality_of(f.value) == core::Modality::Hedged) c.hedge = f.cue;
    c.sources = std::move(f.sources);
  }

  Clause build(std::uint32_t p) const {
    Clause c;
    c.sentence = ps_.sentence();
    c.predicate = p;
    // A verb with a copula of its own is the clause of an outer "X is that ..." (outer_copular):
    // the clause itself is verbal, without the copula.
    const bool outer = outer_copular(p);
    c.copular = !outer && !ps_.children(p, "cop").empty();
    for (std::uint32_t ch : ps_.children(p))
      if (ps_.is(ch, "aux") || (!outer && ps_.is(ch, "cop")) || ps_.is(ch, "compound:prt") || is_negation(ps_, ch))
        c.verb_group.push_back(ch);
    if (!c.copular) c.verb_group.push_back(p);
    std::sort(c.verb_group.begin(), c.verb_group.end());
    c.subjects = subjects(p, c.inherited_subject);
    c.passive = passive(p);
    std::vector<std::uint32_t> objs = ps_.children(p, "obj");
    // A speech verb's object right before its subjectless clausal complement is that clause's
    // subject ("says Chinese firms receive ..."), not the verb's object.
    if (!objs.empty() && reporting(p))
      for (std::uint32_t x : ps_.children(p))
        if (!objs.empty() && rel_of(x) == "ccomp" && objs.back() < x && ps_.children(x, "nsubj").empty() &&
            ps_.children(x, "csubj").empty())
          objs.pop_back();
    // "sign the fisheries accord with Indonesia" parsed with two objects side by side: a common
    // noun right before another object noun is that noun's modifier (a verb has one direct
    // object), so only the second is the object.
    objs.erase(std::remove_if(objs.begin(), objs.end(),
                              [&](std::uint32_t o) {
                                return doc_tok(o).upos == Upos::NOUN && o + 1 < ps_.last() && ps_.rel(o + 1) == "obj" &&
                                       ps_.head(o + 1) == static_cast<std::int64_t>(p) &&
                                       (doc_tok(o + 1).upos == Upos::NOUN || doc_tok(o + 1).upos == Upos::PROPN);
                              }),
               objs.end());
    for (std::uint32_t o : ps_.children(p, "iobj")) objs.push_back(o);
    std::sort(objs.begin(), objs.end());
    const std::string_view r = ps_.rel(p);
    // "goods that China sells": the relative pronoun is the object. With a second object beside
    // it, "that" is a misparsed complementizer ("told lawmakers that China wants ties").
    const auto pronouns = std::count_if(objs.begin(), objs.end(), [&](std::uint32_t o) { return relative_pronoun(ps_, o); });
    const bool rel_object = r == "acl:relcl" && pronouns > 0 && static_cast<std::size_t>(pronouns) == objs.size();
    if (r == "acl:relcl")
      objs.erase(std::remove_if(objs.begin(), objs.end(), [&](std::uint32_t o) { return relative_pronoun(ps_, o); }),
                 objs.end());
    if (rel_object) c.objects.push_back(modified_noun(p));
    // "was recruited by Uppsala Life Institute" parsed with the agent as an object: in a passive,
    // a "by" phrase is the agent whatever its relation.
    if (c.passive)
      objs.erase(std::remove_if(objs.begin(), objs.end(),
                                [&](std::uint32_t o) {
                                  // "by" on the head, or opening the phrase (on a compound of it).
                                  Argument a = ps_.phrase(o);
                                  if (ps_.prep(o) != "by" && core::ascii_lower(ps_.form(a.first)) != "by") return false;
                                  a.prep = "by";
                                  c.agents.push_back(a);
                                  return true;
                                }),
                 objs.end());
    for (const auto& a : phrases(objs)) c.objects.push_back(a);
    for (std::uint32_t ch : ps_.children(p)) {
      const std::string_view cr = ps_.rel(ch);
      const bool obl = ps_.is(ch, "obl") && cr != "obl:tmod" && cr != "obl:npmod" && cr != "obl:unmarked";
      const bool nmod = c.copular && (ps_.is(ch, "nmod"));
      if (!obl && !nmod) continue;
      std::string prep = cr == "nmod:poss" ? "of" : ps_.prep(ch);
      if (prep == "according to") continue;
      for (std::uint32_t conj : ps_.with_conjuncts(ch)) {
        Argument a = ps_.phrase(conj);
        a.prep = prep;
        if (c.passive && (cr == "obl:agent" || prep == "by")) c.agents.push_back(a);
        else c.obliques.push_back(a);
      }
    }
    // "were knocked out of the cup by Dalby Town": a "by" phrase attached to an oblique's noun
    // after it is the passive's agent when the clause has none.
    if (c.passive && c.agents.empty())
      for (std::size_t i = 0, n = c.obliques.size(); i < n && c.agents.empty(); ++i)
        for (std::uint32_t m : ps_.children(c.obliques[i].head, "nmod"))
          if (m > c.obliques[i].head && ps_.prep(m) == "by") {
            Argument a = ps_.phrase(m);
            a.prep = "by";
            c.agents.push_back(a);
            break;
          }
    std::vector<std::uint32_t> comps = ps_.children(p, "ccomp");
    for (std::uint32_t x : ps_.children(p, "xcomp"))
      if (is_predicate(x)) comps.push_back(x);
    if (!comps.empty()) {
      c.has_complement = true;
      c.complement_predicate = comps.front();
      c.complement = ps_.phrase(comps.front());
      for (std::uint32_t m : ps_.children(comps.front(), "mark"))  // keep "that" / "to"
        c.complement.first = std::min(c.complement.first, m);
    }
    set_factuality(c);
    return c;
  }

  // Report or belief verb: its clausal complement is attributed to its subject.
  bool reporting(std::uint32_t t) const { return w_.report_verbs.contains(ps_.lemma(t)) || w_.belief_verbs.contains(ps_.lemma(t)); }

  const ParsedSentence& ps_;
  const ClauseWords& w_;
};

}  // namespace

ParsedSentence::ParsedSentence(const Document& doc, std::uint32_t sentence, const ClauseWords* repair)
    : doc_(doc), s_(sentence), first_(doc.sentences[sentence].first), last_(doc.sentences[sentence].last) {
  children_.resize(last_ - first_);
  lemmas_.reserve(last_ - first_);
  for (std::uint32_t t = first_; t < last_; ++t) {
    const std::int64_t h = head(t);
    if (h >= 0) children_[static_cast<std::uint32_t>(h) - first_].push_back(t);
    lemmas_.push_back(lemma_lower(doc_, t));
  }
  if (repair) repair_relations(*repair);
}

void ParsedSentence::repair_relations(const ClauseWords& words) {
  for (std::uint32_t t = first_; t + 1 < last_; ++t) {
    // "signed a supply deal with/nmod Hartmann Trading/obj": a preposition read as the head of its
    // phrase, its noun as its object (or as "dep": "repaid the loan to/nmod Corporación/dep Andina
    // de Crédito"). The noun takes its place, the preposition is its case.
    if (doc_.tokens[t].upos != Upos::ADP || !(is(t, "nmod") || is(t, "obl")) || head(t) < 0) continue;
    auto objects = children(t, "obj");
    if (objects.empty()) objects = children(t, "dep");
    if (objects.empty()) objects = children(t, "appos");  // "director of/nmod Coromandel Shipping/appos"
    if (objects.size() != 1 || objects.front() < t) continue;
    const std::uint32_t n = objects.front();
    if (doc_.tokens[n].upos != Upos::NOUN && doc_.tokens[n].upos != Upos::PROPN) continue;
    take_place(n, t, "case");
  }
  for (std::uint32_t t = first_ + 1; t + 1 < last_; ++t) {
    // "Anna Virtanen, a former researcher at Otaniemi Materials/nmod Lab/nsubj, allegedly sold":
    // a name's last word read as a second subject of the verb, cut from the rest of the name in
    // the first subject's apposition. It is the head of that name.
    if (!is(t, "nsubj") || doc_.tokens[t].upos != Upos::PROPN || doc_.tokens[t - 1].upos != Upos::PROPN || head(t) < 0 ||
        head(t) <= t || head(t - 1) == t)
      continue;
    const auto v = static_cast<std::uint32_t>(head(t));
    const auto subjects = children(v, "nsubj");
    if (subjects.size() != 2 || subjects.back() != t) continue;
    const std::uint32_t a = subjects.front();
    std::int64_t k = t - 1;  // is the word before inside the first subject's phrase?
    for (int n = 0; n < kMaxSentenceWalk && k >= 0 && k != a; ++n) k = head(static_cast<std::uint32_t>(k));
    if (k != a) continue;
    take_place(t, t - 1, "compound");
  }
  for (std::uint32_t t = first_ + 1; t + 1 < last_; ++t) {
    // "has sold striker/xcomp Joaquín Ledesma/obj-of-striker": a noun read as the verb's
    // predicative complement with the name after it as its object. A noun takes no object: it is
    // the verb's object (when the verb has none), the name its apposition.
    if (doc_.tokens[t].upos != Upos::NOUN || !is(t, "xcomp") || head(t) < 0) continue;
    const auto v = static_cast<std::uint32_t>(head(t));
    const auto objects = children(t, "obj");
    if (doc_.tokens[v].upos != Upos::VERB || !children(v, "obj").empty() || objects.size() != 1 ||
        objects.front() != t + 1 || doc_.tokens[t + 1].upos != Upos::PROPN)
      continue;
    reattach(t, v, "obj");
    reattach(t + 1, t, "appos");
  }
  for (std::uint32_t t = first_ + 1; t < last_; ++t) {
    // "sold its shares in Atlantic Airways to/nmod Vesta Holdings": a "to" phrase hung on a name
    // that is itself the verb's object or oblique goes with the verb (a name takes no "to"
    // phrase of its own; a common noun may: "the envoy to Kenya"). So does the name of a role
    // noun that is the verb's object ("sold striker Joaquín Ledesma to/nmod-of-Ledesma Vale
    // Verde"), and then also a "from" phrase: "signed midfielder Jonas Ekdahl from Aalesund
    // Vikings", "hired analyst Tom Hale from Goldman Sachs" (where the person comes from is
    // where the verb takes them from).
    if (!is(t, "nmod") || (prep(t) != "to" && prep(t) != "from") || head(t) < 0) continue;
    auto h = static_cast<std::uint32_t>(head(t));
    if (doc_.tokens[h].upos != Upos::PROPN || h > t || head(h) < 0) continue;
    const auto above = static_cast<std::uint32_t>(head(h));
    bool role_object = is(h, "appos") && doc_.tokens[above].upos == Upos::NOUN && above + 1 == phrase(h).first &&
                       is(above, "obj");
    if (role_object) {
      h = above;
    } else if (is(h, "obj")) {  // "hired analyst/nmod:desc-of-Hale Tom Hale/obj from ..."
      const std::uint32_t f = phrase(h).first;
      role_object = f < h && head(f) == h && doc_.tokens[f].upos == Upos::NOUN;
    }
    if (!role_object && (prep(t) != "to" || !(is(h, "obj") || is(h, "obl")))) continue;
    if (head(h) < 0) continue;
    const auto v = static_cast<std::uint32_t>(head(h));
    if (doc_.tokens[v].upos != Upos::VERB) continue;
    reattach(t, v, "obl");
  }
  for (std::uint32_t v = first_; v < last_; ++v) {
    // "had sold patrol boats/obj to Myanmar or supplied/conj radar systems/obj-of-sold to
    // Bangladesh": an object after a coordinated verb that has none of its own is that verb's.
    if (doc_.tokens[v].upos != Upos::VERB) continue;
    const auto objects = children(v, "obj");
    if (objects.size() != 2 || objects.front() < v) continue;
    for (std::uint32_t c : children(v, "conj"))
      if (c > objects.front() && c < objects.back() && doc_.tokens[c].upos == Upos::VERB && children(c, "obj").empty()) {
        reattach(objects.back(), c, "obj");
        break;
      }
  }
  for (std::uint32_t v = first_ + 2; v + 1 < last_; ++v) {
    // "Kwame Asare/root, a former director of Takoradi Marine Services, allegedly transferred/amod
    // customs revenue/appos to ...": a sentence read without a verb, the verb (tagged as a
    // participle) an adjective of its object, that object a second apposition of the name. The
    // verb heads the sentence, the name is its subject, the noun its object.
    // Or the verb read as a participle of the apposition ("Maria Lopez/root, the mayor of Quito,
    // signed/acl-of-mayor new contracts").
    if (doc_.tokens[v].upos != Upos::VERB || head(v) < 0 || form(v - 1) == "and") continue;
    const auto n = static_cast<std::uint32_t>(head(v));
    const bool amod = is(v, "amod") && n > v, acl = is(v, "acl") && n < v;
    if ((!amod && !acl) || !is(n, "appos") || head(n) < 0) continue;
    const auto r = static_cast<std::uint32_t>(head(n));
    if (rel(r) != "root" || doc_.tokens[r].upos != Upos::PROPN || r > n) continue;
    const std::uint32_t f = amod ? phrase(n).first : phrase(v).first;
    if (f <= r || form(f - 1) != ",") continue;
    if (amod && children(r, "appos").size() < 2) continue;
    if (acl && xpos_name(doc_.tokens[v].xpos) != "VBD" && children(v, "obj").empty()) continue;
    take_place(v, r, "nsubj");
    if (amod) reattach(n, v, "obj");
    break;
  }
  for (std::uint32_t v = first_ + 2; v + 1 < last_; ++v) {
    // "Minsk Avia Cargo/root, a Belarusian state carrier, allegedly flew/parataxis drone
    // components from Tehran": the same with the verb read as a parataxis of the name, after its
    // apposition set off by commas: a finite verb without a subject heads the sentence.
    if (doc_.tokens[v].upos != Upos::VERB || !is(v, "parataxis") || head(v) < 0 || !children(v, "nsubj").empty())
      continue;
    const auto r = static_cast<std::uint32_t>(head(v));
    const std::string_view x = xpos_name(doc_.tokens[v].xpos);
    if (rel(r) != "root" || doc_.tokens[r].upos != Upos::PROPN || r > v || (x != "VBD" && x != "VBZ" && x != "VBP")) continue;
    const auto appos = children(r, "appos");
    const std::uint32_t f = phrase(v).first;
    if (appos.empty() || appos.back() > v || f <= r || form(f - 1) != ",") continue;
    take_place(v, r, "nsubj");
    break;
  }
  for (std::uint32_t t = first_; t + 3 < last_; ++t) {
    // "According to/fixed Radio Pampa Sur/nsubj, Club Atlético/appos-of-Radio has sold ...": the
    // name right after "according to" read as the subject, the real subject as its apposition.
    // The name is the verb's oblique marked by "according to"; the apposition is the subject.
    if (lemma(t) != "accord" || is(t, "case") || core::ascii_lower(form(t + 1)) != "to" || head(t + 1) != t) continue;
    for (std::uint32_t x = t + 2; x < last_; ++x) {
      if (!is(x, "nsubj") || head(x) < 0 || phrase(x).first != t + 2) continue;
      const auto v = static_cast<std::uint32_t>(head(x));
      for (std::uint32_t a : children(x, "appos"))
        if (a > x && a < v && phrase(x).last < last_ && form(phrase(x).last) == ",") {
          reattach(x, v, "obl");
          reattach(t, x, "case");
          reattach(a, v, "nsubj");
          break;
        }
      break;
    }
  }
  for (std::uint32_t t = first_ + 1; t + 2 < last_; ++t) {
    // "dismissed reports that/IN-nmod Baltic Data Systems had shared/acl:relcl-of-that ...": a
    // subordinating "that" read as the head of the clause it marks. The clause's verb takes its
    // place, as the clause of the noun ("acl") or the verb ("ccomp") above, and "that" marks it.
    if (lemma(t) != "that" || xpos_name(doc_.tokens[t].xpos) != "IN" || is(t, "mark") || head(t) < 0) continue;
    // The clause's verb: the first verb after "that" hung on it or on a word between them (the
    // subject's name: "that/nmod Baltic/compound-of-that ... shared/acl:relcl-of-Baltic").
    std::int64_t v = -1;
    for (std::uint32_t c = t + 1; c < last_ && v < 0; ++c)
      if (doc_.tokens[c].upos == Upos::VERB) {
        if (head(c) >= static_cast<std::int64_t>(t) && head(c) < static_cast<std::int64_t>(c) &&
            (is(c, "acl") || is(c, "ccomp")) && !children(c, "nsubj").empty())
          v = c;
        else
          break;
      }
    if (v < 0) continue;
    const auto verb = static_cast<std::uint32_t>(v);
    const auto above = static_cast<std::uint32_t>(head(t));
    const std::uint32_t subject = children(verb, "nsubj").front();
    for (std::uint32_t k = t + 1; k < verb; ++k)  // the subject's first words, hung on "that"
      if (head(k) == static_cast<std::int64_t>(t) && k < subject) reattach(k, subject, "compound");
    const Upos au = doc_.tokens[above].upos;
    reattach(verb, above, au == Upos::NOUN || au == Upos::PROPN ? "acl" : "ccomp");
    reattach(t, verb, "mark");
  }
  for (std::uint32_t c = first_; c < last_; ++c) {
    // "Kestrel Bank/compound and Vesta/conj Holdings merged": two coordinated names read as one,
    // the first name's head a compound of the second's, the second's first word its conjunct.
    // The first name heads the coordination, the second is its conjunct (with the words of its
    // name the parser hung on that first word). A clause marked by a preposition after both
    // ("accused Kestrel Bank and Vesta Holdings of blocking") goes to the first, as for "Kenya and
    // Tanzania", so both do it.
    if (!is(c, "compound") || doc_.tokens[c].upos != Upos::PROPN || head(c) <= static_cast<std::int64_t>(c)) continue;
    const auto h = static_cast<std::uint32_t>(head(c));
    if (doc_.tokens[h].upos != Upos::PROPN) continue;
    for (std::uint32_t d : children(c, "conj")) {
      if (d <= c || d >= h || doc_.tokens[d].upos != Upos::PROPN) continue;
      std::int64_t cc = -1;
      for (std::uint32_t k = c + 1; k < d; ++k)
        if (doc_.tokens[k].upos == Upos::CCONJ) cc = k;
      if (cc < 0) continue;
      take_place(c, h, "conj");
      reattach(d, h, "compound");
      reattach(static_cast<std::uint32_t>(cc), h, "cc");
      for (std::uint32_t k = d + 1; k < h; ++k)
        if (head(k) == d) reattach(k, h, rel(k));
      for (std::uint32_t a : children(h, "acl"))
        if (a > h && !children(a, "mark").empty()) reattach(a, c, "acl");
      break;
    }
  }
  for (std::uint32_t c = first_ + 1; c < last_; ++c) {
    // "signed midfielder Moussa Ndiaye from Thies FC" read with "Moussa Ndiaye" as a compound of
    // "FC": a name cannot modify a noun across that noun's own preposition. Right after a common
    // noun (a role: "midfielder"), the name takes the noun's place and the noun becomes its
    // compound, as in "striker Joel Mbeki".
    // A common noun so read is the verb's argument in the head's place, the head's phrase the
    // verb's oblique: "sells the land/compound to Table Bay Developers/obj".
    const Upos cu = doc_.tokens[c].upos;
    if (!is(c, "compound") || (cu != Upos::PROPN && cu != Upos::NOUN) || head(c) <= static_cast<std::int64_t>(c)) continue;
    const auto h = static_cast<std::uint32_t>(head(c));
    bool across = false;  // a preposition of the head's phrase ("from Thies/case-head FC") between them
    for (std::uint32_t k = c + 1; k < h && !across; ++k)
      across = is(k, "case") && head(k) > static_cast<std::int64_t>(k) && head(k) <= static_cast<std::int64_t>(h);
    if (!across) continue;
    const std::uint32_t n = c - 1;
    if (cu == Upos::PROPN && doc_.tokens[n].upos == Upos::NOUN && head(n) != static_cast<std::int64_t>(h) && head(n) >= 0) {
      take_place(c, n, "compound");
    } else if (cu == Upos::NOUN && head(h) >= 0 && (is(h, "obj") || is(h, "nsubj") || is(h, "nsubj:pass")) &&
               doc_.tokens[static_cast<std::uint32_t>(head(h))].upos == Upos::VERB) {
      const auto v = static_cast<std::uint32_t>(head(h));
      reattach(c, v, rel(h));
      reattach(h, v, "obl");
    }
  }
  for (std::uint32_t t = first_; t + 1 < last_; ++t) {
    // "accused Kumasi United of having bribed referee Kwame Boateng" read with "bribed" as an
    // adjective of the object of "having": a perfect gerund, "having" the participle's auxiliary.
    const std::uint32_t p = t + 1;
    if (lemma(t) != "have" || xpos_name(doc_.tokens[t].xpos) != "VBG" || xpos_name(doc_.tokens[p].xpos) != "VBN" ||
        !(is(p, "amod") || is(p, "compound")) || head(p) < 0)
      continue;
    const auto noun = static_cast<std::uint32_t>(head(p));
    if (head(noun) != static_cast<std::int64_t>(t) || !is(noun, "obj")) continue;
    const std::vector<std::uint32_t> of_t(children(t).begin(), children(t).end());
    take_place(p, t, "aux");
    reattach(noun, p, "obj");
    for (std::uint32_t k : of_t)
      if (k != noun && k != p) reattach(k, p, rel(k));
    // Hung as an adverbial clause on a name's last word ("Kumasi United/flat"): a clause of the
    // name, as "accused Uganda of having armed rebels" is read.
    if (is(p, "advcl") && head(p) >= 0 && is(static_cast<std::uint32_t>(head(p)), "flat") &&
        head(static_cast<std::uint32_t>(head(p))) >= 0)
      reattach(p, static_cast<std::uint32_t>(head(static_cast<std::uint32_t>(head(p)))), "acl");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "denied having paid Felix Gantt" parsed right, "having" an auxiliary: the same.
    if (!is(t, "ccomp") || !children(t, "nsubj").empty() || !children(t, "nsubj:pass").empty()) continue;
    for (std::uint32_t a : children(t, "aux"))
      if (lemma(a) == "have" && xpos_name(doc_.tokens[a].xpos) == "VBG") relabel(t, "xcomp");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Ethiopia accuses Eritrea of arming rebels in Tigray" read as "of [arming rebels]", the
    // gerund an adjective of the noun: after the preposition of a verb's frame in the factuality
    // lexicon ("accuse ... of", "warn ... against", "prevent ... from"), on the verb's object or
    // the verb, "of V-ing N" is a clause: the gerund the verb's adverbial clause marked by the
    // preposition, the noun its object, and what followed the noun its obliques. The gerund may
    // be read as a compound too ("was accused by Nordbank of hiding assets in Cyprus").
    // Or as a noun in -ing ("is accused of shipping/NN ore to Tanzania"): in such a frame it is
    // the gerund.
    const std::string_view tx = xpos_name(doc_.tokens[t].xpos), tf = doc_.form(t);
    const bool gerund = tx == "VBG" || (tx == "NN" && tf.size() > 5 && tf.substr(tf.size() - 3) == "ing");
    if (!words.factuality || (rel(t) != "amod" && rel(t) != "compound") || !gerund) continue;
    const std::int64_t n = head(t);
    if (n < 0 || static_cast<std::uint32_t>(n) != t + 1) continue;
    const auto noun = static_cast<std::uint32_t>(n);
    // The preposition on the noun, or marking the gerund ("of/mark poaching/compound players").
    if (t == first_ || !((rel(t - 1) == "case" && head(t - 1) == n) || (rel(t - 1) == "mark" && head(t - 1) == t))) continue;
    const std::string p = lemma(t - 1);
    std::int64_t v = head(noun);
    if (v >= 0 && (is(static_cast<std::uint32_t>(v), "obj") || is(static_cast<std::uint32_t>(v), "iobj")) &&
        rel(noun) == "nmod")
      v = head(static_cast<std::uint32_t>(v));
    else if (!(v >= 0 && is(noun, "obl")))
      continue;
    if (v < 0 || doc_.tokens[static_cast<std::uint32_t>(v)].upos != Upos::VERB ||
        words.factuality->verb(lemma(static_cast<std::uint32_t>(v)), p) == FactEffect::None)
      continue;
    const auto verb = static_cast<std::uint32_t>(v);
    std::vector<std::uint32_t> after;  // "in Tigray", "to Kessler Construction"
    for (std::uint32_t c : children(noun))
      if (c > noun && is(c, "nmod") && rel(c) != "nmod:poss") after.push_back(c);
    reattach(t, verb, "advcl");
    reattach(t - 1, t, "mark");
    reattach(noun, t, "obj");
    for (std::uint32_t c : after) reattach(c, t, "obl");
  }
  {
    // "Councillor Jane Moss accused Ashford Council of ..." read with "Councillor" as the root and
    // the clause as its apposition: a common noun that opens the sentence right before the
    // subject of a finite verb hanging on it is that subject's title; the verb is the root.
    std::int64_t root = -1;
    for (std::uint32_t t = first_; t < last_ && root < 0; ++t)
      if (head(t) < 0) root = t;
    if (root == static_cast<std::int64_t>(first_) && doc_.tokens[first_].upos == Upos::NOUN && first_ + 2 < last_ &&
        doc_.tokens[first_ + 1].upos == Upos::PROPN) {
      std::int64_t verb = -1;
      for (std::uint32_t c : children(first_)) {
        const std::string_view x = xpos_name(doc_.tokens[c].xpos);
        if (doc_.tokens[c].upos == Upos::VERB && (x == "VBD" || x == "VBZ" || x == "VBP") && verb < 0) verb = c;
      }
      if (verb >= 0) {
        const auto v = static_cast<std::uint32_t>(verb);
        bool subject = false;
        for (std::uint32_t c : children(v)) subject = subject || (is(c, "nsubj") && c == first_ + 1);
        if (subject) {
          const std::vector<std::uint32_t> of_root(children(first_).begin(), children(first_).end());
          unroot(v);
          reattach(first_, first_ + 1, "nmod:desc");
          for (std::uint32_t c : of_root)
            if (c != v) reattach(c, v, rel(c));
        }
      }
    }
  }
  for (std::uint32_t m = first_; m < last_; ++m) {
    // "If Hartmann Trading buys Minera Cerro Blanco, Banco Austral will lend" read with "Minera
    // Cerro Blanco" as the main verb's subject and "Banco Austral" its conjunct: a subject inside
    // an opening adverbial clause (after its verb, before the comma) is that verb's object when
    // it has none, and its conjunct after the comma the main verb's subject.
    if (doc_.tokens[m].upos != Upos::VERB) continue;
    for (std::uint32_t c : std::vector<std::uint32_t>(children(m, "advcl"))) {
      if (c > m) continue;
      std::uint32_t comma = c + 1;
      while (comma < m && doc_.form(comma) != ",") ++comma;
      if (comma >= m || !children(c, "obj").empty()) continue;
      std::int64_t subject = -1;
      for (std::uint32_t k : children(m, "nsubj"))
        if (k > c && k < comma) subject = k;
      if (subject < 0) continue;
      const auto s0 = static_cast<std::uint32_t>(subject);
      std::int64_t after = -1;
      for (std::uint32_t k : children(s0, "conj"))
        if (k > comma && k < m && after < 0) after = k;
      if (after < 0) continue;
      const auto a = static_cast<std::uint32_t>(after);
      const std::vector<std::uint32_t> of_s0(children(s0).begin(), children(s0).end());
      reattach(s0, c, "obj");
      reattach(a, m, "nsubj");
      for (std::uint32_t k : of_s0)  // "Tanzania and Rwanda": the later conjuncts are the new subject's
        if (k > a && (is(k, "conj") || is(k, "cc") || is(k, "punct"))) reattach(k, a, rel(k));
      for (std::uint32_t k : std::vector<std::uint32_t>(children(a, "punct")))
        if (k < a) reattach(k, c, "punct");
      break;
    }
  }
  // Whether a comma follows the token s and its name's other words (flat, compound) right away.
  const auto name_then_comma = [&](std::uint32_t s) {
    std::uint32_t k = s + 1;
    while (k < last_ && head(k) == static_cast<std::int64_t>(s) && (is(k, "flat") || is(k, "compound"))) ++k;
    return k < last_ && doc_.form(k) == ",";
  };
  for (std::uint32_t v = first_; v < last_; ++v) {
    // "Kenya beat Uganda, fans said" read with "Uganda" as a second subject of "said": of two
    // subjects on either side of a comma, the first is the object of the reported clause before
    // it when that clause has none.
    const auto subjects = children(v, "nsubj");
    if (subjects.size() < 2) continue;
    const std::uint32_t s1 = subjects[0], s2 = subjects[1];
    bool comma = false;
    for (std::uint32_t k = s1 + 1; k < s2 && !comma; ++k) comma = doc_.form(k) == ",";
    if (!comma) continue;
    std::int64_t clause = -1, after = -1;
    for (std::uint32_t c : children(v)) {
      if (c < s1 && (is(c, "ccomp") || is(c, "parataxis")) && doc_.tokens[c].upos == Upos::VERB) clause = c;
      if (c > v && is(c, "ccomp") && doc_.tokens[c].upos == Upos::VERB && after < 0) after = c;
    }
    // "Kenya, the minister said, had bought wheat": a report set off by commas inside the clause
    // it reports; the first subject is the subject of the clause after it when that has none.
    if (clause < 0 && after >= 0 && words.factuality && words.factuality->verb(lemma(v), "") != FactEffect::None &&
        name_then_comma(s1) && v + 1 < last_ && doc_.form(v + 1) == "," &&
        children(static_cast<std::uint32_t>(after), "nsubj").empty() && children(static_cast<std::uint32_t>(after), "nsubj:pass").empty()) {
      reattach(s1, static_cast<std::uint32_t>(after), "nsubj");
      continue;
    }
    if (clause < 0 || !children(static_cast<std::uint32_t>(clause), "obj").empty()) continue;
    reattach(s1, static_cast<std::uint32_t>(clause), "obj");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Felix Gantt denied ever meeting Harold Mace" with the gerund read as an adverbial clause:
    // a gerund without a marker or a comma before it, after a verb that the factuality lexicon
    // gives a gerund or clausal complement (deny, stop, avoid, admit, continue, begin, ...), is
    // that complement.
    if (!words.factuality || rel(t) != "advcl" || xpos_name(doc_.tokens[t].xpos) != "VBG" || !children(t, "mark").empty())
      continue;
    const std::int64_t g = head(t);
    if (g < 0 || g > t || doc_.tokens[static_cast<std::uint32_t>(g)].upos != Upos::VERB) continue;
    if (words.factuality->verb(lemma(static_cast<std::uint32_t>(g)), "") == FactEffect::None) continue;
    bool comma = false;
    for (std::int64_t k = g + 1; k < t && !comma; ++k) comma = doc_.form(static_cast<std::uint32_t>(k)) == ",";
    if (!comma) relabel(t, "xcomp");
  }
  for (std::uint32_t t = first_; t + 1 < last_; ++t) {
    // "Kestrel Bank stands accused of laundering money", "remains charged with": a participle
    // right after "stand"/"remain" is a passive whose auxiliary they are; it heads the clause.
    const std::string& l = lemma(t);
    const std::uint32_t c = t + 1;
    if ((l != "stand" && l != "remain") || doc_.tokens[t].upos != Upos::VERB || head(c) != static_cast<std::int64_t>(t) ||
        xpos_name(doc_.tokens[c].xpos) != "VBN" || !children(c, "nsubj").empty())
      continue;
    const std::vector<std::uint32_t> of_t(children(t).begin(), children(t).end());
    take_place(c, t, "aux:pass");
    for (std::uint32_t k : of_t)
      if (k != c) reattach(k, c, is(k, "nsubj") ? "nsubj:pass" : rel(k));
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "dismissed as false the claims that ..." with "the claims" read as the object of "false":
    // an adjective takes no object, so it is the object of the verb the adjective hangs on.
    if (rel(t) != "obj" || head(t) < 0) continue;
    const auto a = static_cast<std::uint32_t>(head(t));
    if (doc_.tokens[a].upos != Upos::ADJ || head(a) < 0) continue;
    const auto v = static_cast<std::uint32_t>(head(a));
    if (doc_.tokens[v].upos != Upos::VERB || !children(v, "obj").empty()) continue;
    reattach(t, v, "obj");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Investors called on Halvorsen Shipping to drop its bid" read with "on" as a second marker of
    // "to drop" and the name as its subject: an infinitive has one marker, "to" (and "for" in "for
    // them to agree"), so a preposition before it takes the name as its object, an oblique of the
    // verb the clause hangs on, as in "called on X to V".
    if (doc_.tokens[t].upos != Upos::VERB || xpos_name(doc_.tokens[t].xpos) != "VB") continue;
    const std::int64_t g = head(t);
    if (g < 0 || doc_.tokens[static_cast<std::uint32_t>(g)].upos != Upos::VERB) continue;
    std::int64_t to = -1, prep = -1, subject = -1;
    for (std::uint32_t c : children(t)) {
      if (is(c, "mark") && lemma(c) == "to") to = c;
      else if (is(c, "mark") && doc_.tokens[c].upos == Upos::ADP && lemma(c) != "for") prep = c;
      else if (is(c, "nsubj") && subject < 0) subject = c;
    }
    if (to < 0 || prep < 0 || subject < 0 || !(g < prep && prep < subject && subject < to)) continue;
    reattach(static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(g), "obl");
    reattach(static_cast<std::uint32_t>(prep), static_cast<std::uint32_t>(subject), "case");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Washington urged Beijing on Monday to stop supporting Moscow", "the union asked members
    // last week to reject the offer": a bare infinitive with "to" after the object of a verb that
    // requests through its object (an object-control verb with a request entry in the
    // factuality lexicon) is what it asks, not a purpose clause, even with an adjunct between.
    if (rel(t) != "advcl" || xpos_name(doc_.tokens[t].xpos) != "VB" || !words.factuality) continue;
    const std::int64_t h = head(t);
    if (h < 0 || static_cast<std::uint32_t>(h) > t) continue;
    const auto g = static_cast<std::uint32_t>(h);
    bool to = false;
    for (std::uint32_t m : children(t, "mark")) to = to || lemma(m) == "to";
    // (A verb of request asks through its object even when UD train never showed it so: "is
    // pushing Yemen to sign a truce".)
    if (!to || words.factuality->verb(lemma(g), "to") != FactEffect::Request) continue;
    bool object = false;  // an object, or the "on"/"for" phrase of "called on/for Kenya to release"
    for (std::uint32_t c : children(g))
      object = object || ((is(c, "obj") || is(c, "iobj")) && c < t) ||
               (rel(c) == "obl" && c < t && (prep(c) == "on" || prep(c) == "upon" || prep(c) == "for"));
    if (!object) continue;
    relabel(t, "xcomp");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "the argument that Tom Hale had threatened Rosa Moreno" with the name as an open complement:
    // an active verb without an object that takes no nominal complement of its subject (not
    // "became chairman", "remained president") has the name as its object.
    if (rel(t) != "xcomp" || doc_.tokens[t].upos != Upos::PROPN) continue;
    const std::int64_t h = head(t);
    if (h < 0) continue;
    const auto g = static_cast<std::uint32_t>(h);
    if (doc_.tokens[g].upos != Upos::VERB || words.predicative_verbs.contains(lemma(g))) continue;
    bool blocked = false;  // an object (not a relative pronoun, itself often "that" misread), or a passive
    for (std::uint32_t c : children(g))
      blocked = blocked || ((is(c, "obj") || is(c, "iobj")) && !relative_pronoun(*this, c)) ||
                is(c, "nsubj:pass") || is(c, "aux:pass");
    if (!blocked) relabel(t, "obj");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Hartmann Trading quit buying copper" with "quit" read as the last word of the name (flat):
    // a finite verb right after a name's words is the clause's verb and the name its subject;
    // what hung on the name after the verb is the verb's.
    const std::string_view x = xpos_name(doc_.tokens[t].xpos);
    if (rel(t) != "flat" || doc_.tokens[t].upos != Upos::VERB || (x != "VBD" && x != "VBZ" && x != "VBP")) continue;
    const std::int64_t h = head(t);
    if (h < 0 || doc_.tokens[static_cast<std::uint32_t>(h)].upos != Upos::PROPN) continue;
    const auto name = static_cast<std::uint32_t>(h);
    bool adjacent = name < t;
    for (std::uint32_t k = name + 1; k < t && adjacent; ++k)
      adjacent = head(k) == h && (rel(k) == "flat" || rel(k) == "compound");
    if (!adjacent) continue;
    std::vector<std::uint32_t> later;
    for (std::uint32_t c : children(name))
      if (c > t) later.push_back(c);
    take_place(t, name, "nsubj");
    for (std::uint32_t c : later) reattach(c, t, rel(c));
  }
  {
    // "Provided (that) Brazil lowers tariffs, Argentina will buy wheat": however the parser hangs
    // it ("Provided" as the root, or as a subject of the condition), the clause after the comma
    // is the main clause, the clause before it its adverbial clause, and "provided" its marker.
    const std::uint32_t p = first_;
    const std::string f = core::ascii_lower(doc_.form(p));
    std::uint32_t comma = p + 1;
    while (comma < last_ && doc_.form(comma) != ",") ++comma;
    const auto inside = [&](std::int64_t t, std::uint32_t a, std::uint32_t b) { return t >= a && t < b; };
    // The head of the words in [a, b): the verb whose head lies outside them.
    const auto clause_head = [&](std::uint32_t a, std::uint32_t b) -> std::int64_t {
      for (std::uint32_t t = a; t < b; ++t)
        if (doc_.tokens[t].upos == Upos::VERB && !inside(head(t), a, b)) return t;
      return -1;
    };
    if ((f == "provided" || f == "providing") && comma + 2 < last_) {
      const std::int64_t cond = clause_head(p + 1, comma), main = clause_head(comma + 1, last_);
      if (cond >= 0 && main >= 0) {
        const auto c = static_cast<std::uint32_t>(cond), m = static_cast<std::uint32_t>(main);
        const std::vector<std::uint32_t> of_p(children(p).begin(), children(p).end());
        if (head(m) >= 0) unroot(m);
        if (head(c) != main || rel(c) != "advcl") reattach(c, m, "advcl");
        reattach(p, c, "mark");
        lemmas_[p - first_] = "provided";
        bool subject = false;
        for (std::uint32_t k : children(c)) subject = subject || is(k, "nsubj");
        for (std::uint32_t t : of_p) {
          if (t == c || t == m) continue;
          if (t < comma) reattach(t, c, !subject && is(t, "obj") ? "nsubj" : rel(t));
          else reattach(t, m, rel(t));
        }
        // What else the condition's words hung on outside it, and the main clause's on the
        // condition, goes to its own clause.
        for (std::uint32_t t = p + 1; t < last_; ++t) {
          if (t == c || t == m || t == comma) continue;
          const std::int64_t h = head(t);
          // (A "subject" of the main verb inside the condition, which has its own, is its object:
          // "Provided that Lima Gas approves Chile/nsubj-of-ban, Rosa Moreno will ban ...".)
          const bool second_subject = is(t, "nsubj") && !children(c, "nsubj").empty() && children(c, "obj").empty();
          if (t < comma && h == main) reattach(t, c, second_subject ? "obj" : rel(t));
          if (t > comma && h == cond) reattach(t, m, rel(t));
        }
      }
    }
  }
  {
    // "as long as", "so long as", "in case", "in the event that", "on condition that", "assuming (that)" and "provided
    // (that)" inside a sentence ("will join the grid provided Romania supplies power"): subordinators of a
    // condition that the parser splits into an adverb, a noun or a verb with the clause under
    // it. The clause after them is an adverbial clause of the verb they hung on, their first word
    // its marker, read as "if" by the factuality rules, and the other words fixed to it.
    static const std::vector<std::vector<std::string_view>> kConditions = {
        {"as", "long", "as"}, {"so", "long", "as"}, {"in", "case"}, {"on", "condition", "that"}, {"on", "the", "condition", "that"},
        {"provided", "that"}, {"providing", "that"}, {"assuming", "that"}, {"in", "the", "event", "that"},
        {"provided"}, {"providing"}, {"assuming"}};
    for (std::uint32_t a = first_; a < last_; ++a) {
      const std::vector<std::string_view>* match = nullptr;
      for (const auto& seq : kConditions) {
        bool ok = a + seq.size() < last_;
        for (std::uint32_t i = 0; ok && i < seq.size(); ++i) ok = same_lower(doc_.form(a + i), seq[i]);
        if (ok) {
          match = &seq;
          break;
        }
      }
      if (!match) continue;
      const auto b = static_cast<std::uint32_t>(a + match->size());  // first word after the subordinator
      // "provided" alone: only right before the subject of a finite clause, and not at the start
      // (the "Provided ..., ..." repair above); else it is the verb ("Kenya provided Uganda with").
      const bool bare = match->size() == 1;
      if (bare && a == first_ && (*match)[0] != "assuming") continue;
      // The clause's verb: finite, or after its auxiliary ("in the event that Corvo Foods does not
      // repay Arnhold Bank").
      std::int64_t verb = -1;
      bool aux = false;
      for (std::uint32_t k = b; k < last_ && k < b + 8 && verb < 0; ++k) {
        const std::string_view x = xpos_name(doc_.tokens[k].xpos);
        if (doc_.tokens[k].upos == Upos::VERB && (x == "VBD" || x == "VBZ" || x == "VBP" || (aux && (x == "VB" || x == "VBN"))))
          verb = k;
        else if (doc_.form(k) == ",") break;
        aux = aux || doc_.tokens[k].upos == Upos::AUX;
      }
      if (verb < 0) continue;
      const auto v = static_cast<std::uint32_t>(verb);
      bool subject = false;
      for (std::uint32_t c : children(v)) subject = subject || ((is(c, "nsubj") || is(c, "nsubj:pass")) && c >= b);
      if (!subject) {
        // "in case the merger with Alvik Steel fails" with the noun phrase read as an oblique of
        // the main verb, "provided prosecutors grant immunity" with "provided" read as a verb and
        // the phrase as its object: the one phrase between the subordinator and the verb is its
        // subject (after a bare "provided" only when the parse gave it that object and the verb).
        std::int64_t np = -1;
        int outside = 0;
        for (std::uint32_t k = b; k < v; ++k)
          if (const std::int64_t h = head(k); h < static_cast<std::int64_t>(b) || h > static_cast<std::int64_t>(v)) {
            ++outside;
            np = k;
          }
        const bool nominal = np >= 0 && (doc_.tokens[static_cast<std::uint32_t>(np)].upos == Upos::NOUN ||
                                         doc_.tokens[static_cast<std::uint32_t>(np)].upos == Upos::PROPN);
        const bool allowed = !bare || (np >= 0 && head(static_cast<std::uint32_t>(np)) == static_cast<std::int64_t>(a) &&
                                       is(static_cast<std::uint32_t>(np), "obj") && head(v) == static_cast<std::int64_t>(a));
        if (outside == 1 && nominal && allowed) {
          reattach(static_cast<std::uint32_t>(np), v, "nsubj");
          subject = true;
        }
      }
      if (!subject) continue;
      if (bare) {
        // "will sponsor Peru provided Plains/obj-of-provided Energy/nsubj hosts Zambia": a name the
        // parse cut between "provided" and the verb is the verb's subject, whole.
        for (std::uint32_t c : std::vector<std::uint32_t>(children(v).begin(), children(v).end())) {
          if (!is(c, "nsubj") || c <= b || doc_.tokens[c].upos != Upos::PROPN) continue;
          bool name = true;
          for (std::uint32_t k = b; k < c && name; ++k) name = doc_.tokens[k].upos == Upos::PROPN;
          if (!name) continue;
          for (std::uint32_t k = b; k < c; ++k) reattach(k, c, "compound");
          break;
        }
        bool own_subject = false;
        for (std::uint32_t c : children(v)) own_subject = own_subject || (is(c, "nsubj") && c == b);
        bool b_in_subject = own_subject;
        for (std::int64_t k = b; !b_in_subject && k >= 0 && k != v; k = head(static_cast<std::uint32_t>(k)))
          b_in_subject = is(static_cast<std::uint32_t>(k), "nsubj") && head(static_cast<std::uint32_t>(k)) == verb;
        if (!b_in_subject || !children(a, "obj").empty()) continue;
      }
      // The verb the subordinator's words hang on (through each other), outside the clause: the
      // main clause's; else the one the clause hangs on.
      const auto climb = [&](std::int64_t h) {
        while (h >= static_cast<std::int64_t>(a) && h < static_cast<std::int64_t>(b)) h = head(static_cast<std::uint32_t>(h));
        return h;
      };
      const auto under_v = [&](std::int64_t h) {
        for (int i = 0; h >= 0 && i < 64; ++i, h = head(static_cast<std::uint32_t>(h)))
          if (h == verb) return true;
        return false;
      };
      std::int64_t main = -1;
      for (std::uint32_t k = a; k < b && main < 0; ++k)
        if (const std::int64_t h = climb(head(k)); h >= 0 && !under_v(h)) main = h;
      if (main < 0) main = climb(head(v));
      if (main < 0 && head(a) < 0 && head(v) == static_cast<std::int64_t>(a)) {
        // "Assuming the board agrees, Meridian Pharma will buy ..." read with "Assuming" as the
        // root, the condition its complement and the main clause after the comma under it.
        std::uint32_t comma = v + 1;
        while (comma < last_ && doc_.form(comma) != ",") ++comma;
        for (std::uint32_t c : children(a))
          if (c > comma && doc_.tokens[c].upos == Upos::VERB && main < 0 &&
              (is(c, "parataxis") || is(c, "conj") || is(c, "ccomp") || is(c, "advcl")))
            main = c;
        if (main >= 0) unroot(static_cast<std::uint32_t>(main));
      }
      if (main < 0 && head(v) < 0) {
        // The condition read as the root with the main clause after its comma under it
        // ("Assuming X approves the deal, Y will testify" with "testify" as its parataxis).
        std::uint32_t comma = v + 1;
        while (comma < last_ && doc_.form(comma) != ",") ++comma;
        std::int64_t after = -1;
        for (std::uint32_t c : children(v))
          if (c > comma && doc_.tokens[c].upos == Upos::VERB && after < 0 &&
              (is(c, "parataxis") || is(c, "conj") || is(c, "ccomp") || is(c, "advcl")))
            after = c;
        if (after < 0) continue;
        const auto m = static_cast<std::uint32_t>(after);
        std::vector<std::uint32_t> later;
        for (std::uint32_t c : children(v))
          if (c > m) later.push_back(c);
        unroot(m);
        reattach(v, m, "advcl");
        for (std::uint32_t c : later) reattach(c, m, rel(c));
        if (head(comma) == static_cast<std::int64_t>(m)) reattach(comma, v, "punct");
        main = m;
      }
      if (main < 0 || main == verb) continue;
      const auto m = static_cast<std::uint32_t>(main);
      if (doc_.tokens[m].upos != Upos::VERB && doc_.tokens[m].upos != Upos::ADJ && doc_.tokens[m].upos != Upos::NOUN) continue;
      // What hung on the subordinator's words, outside them, goes to the main verb; a "subject"
      // of "provided" after the main verb is that verb's object ("sign the deal provided that").
      // The main verb read under the subordinator ("Wanderers Apia will, provided/root that FIFA
      // lifts the ban, sign/ccomp-of-provided Ioane Leota"): it takes the subordinator's place.
      for (std::int64_t h = head(m), n = 0; h >= 0 && n < kMaxSentenceWalk; h = head(static_cast<std::uint32_t>(h)), ++n)
        if (h >= static_cast<std::int64_t>(a) && h < static_cast<std::int64_t>(b)) {
          const auto top = static_cast<std::uint32_t>(h);
          if (head(top) >= 0) reattach(m, static_cast<std::uint32_t>(head(top)), rel(top));
          else unroot(m);
          break;
        }
      // With an object of its own, a preposition before that "subject" read as the subordinator's
      // marker makes it the main verb's oblique ("hand the old market to/mark Cooperativa Feria
      // Libre/nsubj provided that").
      if (!children(m, "obj").empty())
        for (std::uint32_t k = a; k < b; ++k)
          for (std::uint32_t c : std::vector<std::uint32_t>(children(k).begin(), children(k).end())) {
            if (!is(c, "nsubj") || c <= m || (c >= a && c < b)) continue;
            for (std::uint32_t p : std::vector<std::uint32_t>(children(k).begin(), children(k).end()))
              if (p > m && p < c && is(p, "mark") && doc_.tokens[p].upos == Upos::ADP) reattach(p, c, "case");
            reattach(c, m, "obl");
          }
      for (std::uint32_t k = a; k < b; ++k)
        for (std::uint32_t c : std::vector<std::uint32_t>(children(k).begin(), children(k).end())) {
          if ((c >= a && c < b) || c == v || c == m) continue;
          const bool object = is(c, "nsubj") && c > m && children(m, "obj").empty();
          reattach(c, m, object ? "obj" : rel(c));
        }
      reattach(v, m, "advcl");
      reattach(a, v, "mark");
      for (std::uint32_t k = a + 1; k < b; ++k) reattach(k, a, "fixed");
      lemmas_[a - first_] = "if";
      a = b - 1;
    }
  }
  {
    // "Should Zambia default, China Exim Bank will seize the dam", "Had Kenya won, Uganda would
    // have paid", "Were Peru to join, ...": a condition made by putting "should", "had" or "were"
    // first. The clause after the comma is the main clause, the one before it its condition,
    // and the opener its marker, read as "if" by the factuality rules.
    const std::string opener = core::ascii_lower(doc_.form(first_));
    std::uint32_t comma = first_ + 2;
    while (comma < last_ && doc_.form(comma) != ",") ++comma;
    const char initial = doc_.form(first_).empty() ? 'x' : doc_.form(first_)[0];
    if ((opener == "should" || opener == "had" || opener == "were") && initial >= 'A' && initial <= 'Z' &&
        comma + 2 < last_ && doc_.form(last_ - 1) != "?") {
      // The head of [a, b): the token whose head lies outside.
      const auto head_of = [&](std::uint32_t a, std::uint32_t b) -> std::int64_t {
        std::int64_t found = -1;
        for (std::uint32_t t = a; t < b; ++t) {
          const std::int64_t h = head(t);
          if ((h < a || h >= b) && doc_.form(t) != "," && doc_.tokens[t].upos != Upos::PUNCT) {
            if (found >= 0) return -1;
            found = t;
          }
        }
        return found;
      };
      // The opener itself may be the head of its clause ("Had" as the root, "paid" its conjunct).
      const std::int64_t cond = head_of(first_ + 1, comma);
      std::int64_t main = head_of(comma + 1, last_);
      // The main clause's subject read as a conjunct of the condition's object ("Were Norvida
      // Pharma to acquire Helio Labs, Tarn Genomics/conj would sue ..."): one name, then the
      // verb, both hung outside; the name is the verb's subject.
      if (main < 0 && cond >= 0) {
        std::vector<std::uint32_t> outside;
        for (std::uint32_t t = comma + 1; t < last_; ++t) {
          const std::int64_t h = head(t);
          if ((h <= static_cast<std::int64_t>(comma) || h >= last_) && doc_.tokens[t].upos != Upos::PUNCT)
            outside.push_back(t);
        }
        if (outside.size() == 2 && nominal(outside[0]) && is(outside[0], "conj") &&
            doc_.tokens[outside[1]].upos == Upos::VERB && children(outside[1], "nsubj").empty()) {
          reattach(outside[0], outside[1], "nsubj");
          main = outside[1];
        }
      }
      if (cond >= 0 && main >= 0 && doc_.tokens[static_cast<std::uint32_t>(main)].upos == Upos::VERB) {
        auto c = static_cast<std::uint32_t>(cond);
        const auto m = static_cast<std::uint32_t>(main);
        // The condition's subject read as its head, its verb a participle of it ("Had Dakar
        // United signed/acl Moussa Ndiaye", "Were Adriatic Ferries to buy/acl Split Shipyard"):
        // the verb heads the condition, the noun is its subject.
        if (nominal(c))
          for (std::uint32_t v : children(c, "acl"))
            if (v > c && v < comma && doc_.tokens[v].upos == Upos::VERB) {
              take_place(v, c, "nsubj");
              c = v;
              break;
            }
        const std::vector<std::uint32_t> of_opener(children(first_).begin(), children(first_).end());
        if (head(m) >= 0) unroot(m);
        reattach(c, m, "advcl");
        reattach(first_, c, "mark");
        for (std::uint32_t t : of_opener)
          if (t != c && t != m) reattach(t, t < comma ? c : m, rel(t));
        lemmas_[0] = "if";
        if (head(comma) != static_cast<std::int64_t>(c)) reattach(comma, c, "punct");
        for (std::uint32_t t = comma + 1; t < last_; ++t)
          if (head(t) == cond) reattach(t, m, rel(t));
      }
    }
  }
  {
    // "Tarn Genomics will sue Norvida Pharma should Norvida Pharma acquire Orvell", "would sue X
    // were Y to acquire Z", "would have sued X had Y cancelled the deal": the same inversion after
    // a main clause with a modal, which the parser reads as anything but a condition (a conjunct
    // of the object, a complement with the object as its subject). After the main clause's last
    // noun, "should", "were" or "had", a noun phrase and a verb (base form or participle) are its
    // condition: the verb an adverbial clause of the main verb, the opener its marker ("if").
    std::int64_t root = -1;
    for (std::uint32_t t = first_; t < last_ && root < 0; ++t)
      if (head(t) < 0) root = t;
    bool modal = false;
    if (root >= 0)
      for (std::uint32_t c : children(static_cast<std::uint32_t>(root)))
        modal = modal || (is(c, "aux") && xpos_name(doc_.tokens[c].xpos) == "MD");
    for (std::uint32_t x = first_ + 2; modal && x + 2 < last_; ++x) {
      const std::string_view o = doc_.form(x);
      if ((o != "should" && o != "were" && o != "had") || static_cast<std::int64_t>(x) <= root) continue;
      const Upos before = doc_.tokens[x - 1].upos, after = doc_.tokens[x + 1].upos;
      if ((before != Upos::NOUN && before != Upos::PROPN) || (after != Upos::PROPN && after != Upos::NOUN && after != Upos::DET))
        continue;
      std::int64_t verb = -1;
      bool noun = false;
      for (std::uint32_t k = x + 1; k < last_ && verb < 0; ++k) {
        const std::string_view xk = xpos_name(doc_.tokens[k].xpos);
        if (doc_.tokens[k].upos == Upos::VERB && (xk == "VB" || xk == "VBP" || xk == "VBN" || xk == "VBD")) verb = k;
        else if (doc_.tokens[k].upos == Upos::NOUN || doc_.tokens[k].upos == Upos::PROPN) noun = true;
        else if (doc_.tokens[k].upos != Upos::DET && doc_.tokens[k].upos != Upos::ADJ && doc_.form(k) != "to") break;
      }
      if (verb < 0 || !noun) continue;
      const auto v = static_cast<std::uint32_t>(verb), m = static_cast<std::uint32_t>(root);
      const auto in_cond = [&](std::int64_t h) { return h >= static_cast<std::int64_t>(x) && h < static_cast<std::int64_t>(last_); };
      // Main-clause words hung inside the condition go back to the main verb (a "subject" there is
      // its object: "sued Marlin Foods had ...").
      for (std::uint32_t k = first_; k < x; ++k)
        if (in_cond(head(k))) reattach(k, m, is(k, "nsubj") ? "obj" : rel(k));
      reattach(v, m, "advcl");
      reattach(x, v, "mark");
      lemmas_[x - first_] = "if";
      for (std::uint32_t k = x + 1; k < v; ++k) {
        const std::int64_t h = head(k);
        if (doc_.form(k) == "to") reattach(k, v, "mark");
        else if (h < static_cast<std::int64_t>(x + 1) || h >= static_cast<std::int64_t>(v)) reattach(k, v, "nsubj");
      }
      for (std::uint32_t k = v + 1; k < last_; ++k)
        if (const std::int64_t h = head(k); h >= static_cast<std::int64_t>(x) && h < static_cast<std::int64_t>(v)) reattach(k, v, rel(k));
      break;
    }
  }
  {
    // "Whether Brazil will join OPEC remains to be seen", "Whether X will buy Y is unclear": a
    // clause opened by "whether" as the sentence's subject, which the parser made the root with
    // the outer predicate as its complement and the clause's object as that predicate's subject.
    // The outer predicate is the root, the clause its clausal subject, the object the clause's.
    std::int64_t root = -1;
    for (std::uint32_t t = first_; t < last_ && root < 0; ++t)
      if (head(t) < 0) root = t;
    const std::string opener = core::ascii_lower(doc_.form(first_));
    if (root >= 0 && (opener == "whether" || opener == "if") && head(first_) == root &&
        doc_.tokens[static_cast<std::uint32_t>(root)].upos == Upos::VERB) {
      const auto r = static_cast<std::uint32_t>(root);
      bool has_object = false;
      std::int64_t outer = -1;
      for (std::uint32_t c : children(r)) {
        has_object = has_object || is(c, "obj");
        if (c > r && rel(c) == "ccomp" && outer < 0) outer = c;
      }
      // A subject clause runs into its predicate without a comma: "If Josefa Ravu signs with
      // Auckland Harbour RFC, the Samoa Rugby Union will appeal" is a condition and its main clause.
      for (std::int64_t k = r + 1; outer >= 0 && k < outer; ++k)
        if (doc_.form(static_cast<std::uint32_t>(k)) == ",") outer = -1;
      std::int64_t object = -1;
      if (outer >= 0 && !has_object)
        for (std::uint32_t c : children(static_cast<std::uint32_t>(outer)))
          if (is(c, "nsubj") && c > r && c < outer &&
              (doc_.tokens[c].upos == Upos::PROPN || doc_.tokens[c].upos == Upos::NOUN))
            object = c;
      if (object >= 0) {
        const auto o = static_cast<std::uint32_t>(outer);
        const std::vector<std::uint32_t> of_root(children(r).begin(), children(r).end());
        unroot(o);
        reattach(r, o, "csubj");
        reattach(static_cast<std::uint32_t>(object), r, "obj");
        for (std::uint32_t c : of_root)
          if (c > o) reattach(c, o, rel(c));
      }
    }
  }
  for (std::uint32_t h = first_; h < last_; ++h) {
    // "will fund the Harbourside Transit Authority next year" read as one phrase headed by "year":
    // a name or noun the parser made a compound of a time noun, before the time noun's own
    // modifier ("next", "last", "this"), is the verb's object, with the determiners before it;
    // with a preposition before it the verb's oblique ("lease aircraft from Banco do Sertão next
    // year"), whatever other object the verb has.
    if (doc_.tokens[h].upos != Upos::NOUN || !words.time_nouns.contains(lemma(h))) continue;
    const std::int64_t verb = head(h);
    if (verb < 0 || doc_.tokens[static_cast<std::uint32_t>(verb)].upos != Upos::VERB) continue;
    const std::string_view r = rel(h);
    if (r != "obj" && r != "obl" && r != "obl:unmarked" && r != "obl:tmod" && r != "obl:npmod") continue;
    std::int64_t modifier = -1, noun = -1;
    for (std::uint32_t c : children(h)) {
      const std::string& l = lemma(c);
      if ((is(c, "amod") || is(c, "det")) && l != "the" && l != "a" && l != "an" && modifier < 0) modifier = c;
      if (is(c, "compound")) noun = c;
    }
    if (modifier < 0 || noun < 0 || noun > modifier) continue;
    const auto n = static_cast<std::uint32_t>(noun);
    const Upos u = doc_.tokens[n].upos;
    if (u != Upos::PROPN && u != Upos::NOUN) continue;
    bool has_object = false, prep = false;
    for (std::uint32_t c : children(static_cast<std::uint32_t>(verb)))
      has_object = has_object || (c != h && is(c, "obj"));
    for (std::uint32_t c : children(h)) prep = prep || (c < n && is(c, "case"));
    if (has_object && !prep) continue;
    const std::vector<std::uint32_t> before(children(h).begin(), children(h).end());
    reattach(n, static_cast<std::uint32_t>(verb), prep ? "obl" : "obj");
    for (std::uint32_t c : before)
      if (c < n && (is(c, "det") || is(c, "case"))) reattach(c, n, rel(c));
    relabel(h, "obl:tmod");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "was halted on 2 May" with "on" read as a particle and the date hanging from it: a particle
    // has no dependents, so one with a nominal after it is that noun's preposition, and the noun
    // the verb's oblique.
    if (rel(t) != "compound:prt") continue;
    const std::int64_t verb = head(t);
    if (verb < 0) continue;
    std::int64_t noun = -1;
    for (std::uint32_t c : children(t)) {
      const Upos u = doc_.tokens[c].upos;
      if (c > t && (u == Upos::NOUN || u == Upos::PROPN || u == Upos::NUM || u == Upos::PRON)) {
        noun = c;
        break;
      }
    }
    if (noun < 0) continue;
    const auto n = static_cast<std::uint32_t>(noun);
    reattach(n, static_cast<std::uint32_t>(verb), "obl");
    reattach(t, n, "case");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "The money given by Banco Austral to Minera Cerro Blanco went to Chile": a "to" or "from"
    // phrase the parser hung on a passive agent that is a name belongs to the verb.
    if (rel(t) != "nmod") continue;
    const std::string p = prep(t);
    if (p != "to" && p != "from" && p != "into") continue;
    const std::int64_t agent = head(t);
    if (agent < 0 || doc_.tokens[static_cast<std::uint32_t>(agent)].upos != Upos::PROPN ||
        rel(static_cast<std::uint32_t>(agent)) != "obl:agent")
      continue;
    const std::int64_t verb = head(static_cast<std::uint32_t>(agent));
    if (verb < 0) continue;
    reattach(t, static_cast<std::uint32_t>(verb), "obl");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "owed money to China Harbour Engineering" with "to" hung on "China", a compound inside the
    // name: a preposition belongs to the head of its phrase, so it moves there when the head has none.
    if (rel(t) != "case") continue;
    const std::int64_t h = head(t);
    if (h < 0 || rel(static_cast<std::uint32_t>(h)) != "compound") continue;
    const std::int64_t g = head(static_cast<std::uint32_t>(h));
    if (g < 0 || !(t < h && h < g)) continue;
    bool name = true;  // one name: proper nouns only from the preposition to the head
    for (std::int64_t k = t + 1; k <= g && name; ++k) name = doc_.tokens[static_cast<std::uint32_t>(k)].upos == Upos::PROPN;
    if (!name) continue;
    bool has_case = false;
    for (std::uint32_t c : children(static_cast<std::uint32_t>(g))) has_case = has_case || is(c, "case");
    if (!has_case) reattach(t, static_cast<std::uint32_t>(g), "case");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "rejected claims that Islamabad had shelled villages" with "that" (a subordinator) made the
    // head of the clause after it: the clause belongs to what "that" hung on (a content clause of
    // the noun, a complement of the verb) and "that" is its marker.
    if (doc_.tokens[t].upos != Upos::SCONJ || lemma(t) != "that") continue;
    const std::int64_t h = head(t);
    if (h < 0) continue;
    const auto g = static_cast<std::uint32_t>(h);
    const Upos gu = doc_.tokens[g].upos;
    if (gu != Upos::NOUN && gu != Upos::VERB) continue;
    std::int64_t clause = -1;
    for (std::uint32_t c : children(t))
      if (c > t && doc_.tokens[c].upos == Upos::VERB && clause < 0) clause = c;
    if (clause < 0) continue;
    const auto c = static_cast<std::uint32_t>(clause);
    bool subject = false;
    for (std::uint32_t k : children(c)) subject = subject || is(k, "nsubj") || is(k, "nsubj:pass");
    if (!subject) continue;
    reattach(c, g, gu == Upos::NOUN ? "acl" : "ccomp");
    reattach(t, c, "mark");
  }
  {
    // "After Celtic signed Jonas Berg, Rangers sold Tom Kerr" read as one clause: "Rangers" a
    // conjunct of "Jonas Berg" and "sold" a complement of "signed". A sentence opened by a
    // subordinator marking the root's clause has its main clause after the comma: the first
    // finite verb there, which the parser hung inside the opening clause, is the root, the
    // opening clause its adverbial clause, and a name between the comma and the verb its subject.
    std::int64_t root = -1;
    for (std::uint32_t t = first_; t < last_ && root < 0; ++t)
      if (head(t) < 0) root = t;
    // The opener: a subordinator marking the root, or one of those the tagger read as a
    // preposition of the root's subject ("Before/IN Orion Capital bought ...").
    static constexpr std::string_view kOpeners[] = {"after", "before", "once", "when", "whenever", "while", "if",
                                                    "unless", "although", "though", "because", "since", "until"};
    const auto opener = [&]() {
      if (root < 0) return false;
      if (doc_.tokens[first_].upos == Upos::SCONJ && head(first_) == root && is(first_, "mark")) return true;
      const std::string w = core::ascii_lower(doc_.form(first_));
      if (!in(kOpeners, w) || !is(first_, "case") || head(first_) < 0) return false;
      const auto s = static_cast<std::uint32_t>(head(first_));
      return head(s) == root && is(s, "nsubj");
    };
    if (opener() && doc_.tokens[static_cast<std::uint32_t>(root)].upos == Upos::VERB) {
      const auto r = static_cast<std::uint32_t>(root);
      std::uint32_t comma = r + 1;
      while (comma < last_ && doc_.form(comma) != ",") ++comma;
      std::int64_t main = -1;
      bool modal = false;  // "..., Banco Austral will lend": a base verb after a modal is finite too
      for (std::uint32_t k = comma + 1; k < last_ && main < 0; ++k) {
        const std::string_view x = xpos_name(doc_.tokens[k].xpos);
        if (doc_.tokens[k].upos == Upos::VERB && (x == "VBD" || x == "VBZ" || x == "VBP" || (modal && x == "VB")))
          main = k;
        else if (doc_.tokens[k].upos == Upos::AUX && (x == "MD" || modal))
          modal = true;
        else if (doc_.tokens[k].upos == Upos::VERB || doc_.tokens[k].upos == Upos::AUX || doc_.form(k) == ",")
          break;
      }
      // Inside the opening clause: its head is the root or a token before the comma.
      const auto inside = [&](std::uint32_t k) {
        const std::int64_t h = head(k);
        return h == root || (h >= first_ && h < static_cast<std::int64_t>(comma));
      };
      // "If Josefa Ravu signs with/mark Auckland Harbour RFC/nsubj, the Samoa Rugby Union will
      // appeal": a preposition before the comma read as the main verb's marker, its noun as that
      // verb's subject (or oblique). The noun is the opening clause's oblique, the preposition its
      // case.
      if (main > 0)
        for (std::uint32_t c : children(static_cast<std::uint32_t>(main))) {
          if (c >= comma || c <= root || !(is(c, "nsubj") || is(c, "obl"))) continue;
          std::uint32_t p = c - 1;
          if (p > r && doc_.tokens[p].upos == Upos::DET) --p;
          if (p <= r || doc_.tokens[p].upos != Upos::ADP || head(p) != main || !is(p, "mark")) continue;
          reattach(p, c, "case");
          reattach(c, r, "obl");
          break;
        }
      // A subject of that verb before the comma is the opening clause's object ("bought Sela
      // Insurance, Norvik Bank sold" with "Sela Insurance" as the subject of "sold").
      // Not when the verb has another subject too, or the opening clause an object: then the
      // early "subject" is something else. (A subject after the comma alone blocks nothing.)
      std::int64_t early_subject = -1;
      bool other_subject = false;
      if (main > 0)
        for (std::uint32_t c : children(static_cast<std::uint32_t>(main), "nsubj")) {
          if (c < comma && c > root && early_subject < 0) early_subject = c;
          else other_subject = true;
        }
      const bool blocked = early_subject >= 0 && (other_subject || !children(static_cast<std::uint32_t>(root), "obj").empty());
      if (main > static_cast<std::int64_t>(comma) + 1 && inside(static_cast<std::uint32_t>(main)) && !blocked) {
        const auto m = static_cast<std::uint32_t>(main);
        if (early_subject >= 0) {
          const auto e = static_cast<std::uint32_t>(early_subject);
          reattach(e, static_cast<std::uint32_t>(root), "obj");
          for (std::uint32_t c : std::vector<std::uint32_t>(children(e).begin(), children(e).end()))
            if (c > comma) reattach(c, m, rel(c));  // "Norvik Bank" read as its apposition
        }
        std::int64_t subject = -1;  // the head of the words between the comma and the verb
        for (std::uint32_t k = comma + 1; k < m; ++k)
          if (doc_.tokens[k].upos == Upos::AUX && head(k) == static_cast<std::int64_t>(m)) {
            continue;  // "will" before the verb
          } else if (head(k) < static_cast<std::int64_t>(comma + 1) || head(k) >= static_cast<std::int64_t>(m)) {
            const Upos u = doc_.tokens[k].upos;
            if (subject < 0 && (u == Upos::PROPN || u == Upos::NOUN || u == Upos::PRON)) subject = k;
            else subject = -2;
          }
        if (subject >= 0) {
          std::vector<std::uint32_t> later;  // what hung on the root after the main verb ("." )
          for (std::uint32_t c : children(r))
            if (c > m) later.push_back(c);
          unroot(m);
          reattach(r, m, "advcl");
          reattach(static_cast<std::uint32_t>(subject), m, "nsubj");
          if (is(first_, "case")) reattach(first_, r, "mark");
          reattach(comma, r, "punct");
          for (std::uint32_t c : later) reattach(c, m, rel(c));
        }
      }
    }
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "If Vantage Air buys Skyline Regional, Oslo Airport will lose a carrier" read with "Skyline
    // Regional" as a compound of "Oslo Airport" across the comma: a name does not run over a
    // comma, so the words before it are the object of the verb before them, when it has none.
    if (rel(t) != "compound") continue;
    const std::int64_t h = head(t);
    if (h < 0 || static_cast<std::uint32_t>(h) < t) continue;
    std::uint32_t comma = t + 1;
    while (comma < static_cast<std::uint32_t>(h) && doc_.form(comma) != ",") ++comma;
    if (comma >= static_cast<std::uint32_t>(h)) continue;
    std::int64_t verb = -1;
    for (std::uint32_t k = t; k-- > first_ && verb < 0;) {
      if (doc_.tokens[k].upos == Upos::VERB) verb = k;
      if (doc_.form(k) == "," ) break;
    }
    if (verb < 0) continue;
    const auto v = static_cast<std::uint32_t>(verb);
    bool has_object = false;
    for (std::uint32_t c : children(v)) has_object = has_object || is(c, "obj") || is(c, "ccomp") || is(c, "xcomp");
    if (has_object || !children(v, "cop").empty()) continue;
    std::vector<std::uint32_t> own;  // the comma and what else hung on the words before it
    for (std::uint32_t c : children(t))
      if (c > comma) own.push_back(c);
    reattach(t, v, "obj");
    for (std::uint32_t c : own) reattach(c, static_cast<std::uint32_t>(h), rel(c));
    if (head(comma) == static_cast<std::int64_t>(t)) reattach(comma, v, "punct");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Lawyers for Rosa Moreno said Meridian Pharma had misled doctors" read as "Lawyers" with an
    // adverbial clause "for Rosa Moreno said ...": "for" opens only an infinitive clause ("for
    // them to agree"), so before a finite verb and its subject it is the subject's preposition, the
    // noun before it the verb's subject, and the verb the clause the noun headed.
    const std::string_view x = xpos_name(doc_.tokens[t].xpos);
    if (rel(t) != "advcl" || (x != "VBD" && x != "VBZ" && x != "VBP")) continue;
    const std::int64_t h = head(t);
    if (h < 0 || h > t) continue;
    const auto noun = static_cast<std::uint32_t>(h);
    if (doc_.tokens[noun].upos != Upos::NOUN && doc_.tokens[noun].upos != Upos::PROPN) continue;
    std::int64_t mark = -1, subject = -1;
    for (std::uint32_t c : children(t)) {
      if (is(c, "mark") && lemma(c) == "for" && c > noun) mark = c;
      if (is(c, "nsubj") && subject < 0) subject = c;
    }
    if (mark < 0 || subject < 0 || subject < mark) continue;
    bool own_subject = false;  // "lawyers" already the subject of a verb of its own
    for (std::uint32_t c : children(noun)) own_subject = own_subject || is(c, "cop");
    if (own_subject || is(noun, "nsubj")) continue;
    std::vector<std::uint32_t> later;
    for (std::uint32_t c : children(noun))
      if (c > t) later.push_back(c);
    take_place(t, noun, "nsubj");
    reattach(static_cast<std::uint32_t>(subject), noun, "nmod");
    reattach(static_cast<std::uint32_t>(mark), static_cast<std::uint32_t>(subject), "case");
    for (std::uint32_t c : later) reattach(c, t, rel(c));
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "The Garment Workers Federation claims Rupali Garments paid bribes" read with the name as
    // the object of "claims" and "paid" a clause of the name: after a verb of saying or believing
    // (factuality lexicon), a finite verb without a subject hung on the verb's object is the
    // verb's complement clause, and the object its subject.
    if (!words.factuality || rel(t) != "acl" || doc_.tokens[t].upos != Upos::VERB || head(t) < 0) continue;
    const std::string_view x = xpos_name(doc_.tokens[t].xpos);
    if ((x != "VBD" && x != "VBZ" && x != "VBP") || !children(t, "nsubj").empty() || !children(t, "mark").empty()) continue;
    const auto o = static_cast<std::uint32_t>(head(t));
    if (!is(o, "obj") || o > t || head(o) < 0) continue;
    const auto v = static_cast<std::uint32_t>(head(o));
    const FactEffect e = words.factuality->verb(lemma(v), "");
    if (doc_.tokens[v].upos != Upos::VERB || (e != FactEffect::Report && e != FactEffect::Belief)) continue;
    reattach(t, v, "ccomp");
    reattach(o, t, "nsubj");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "rejected allegations that/WDT Luano Resources smuggled cobalt" read with the clause as a
    // relative clause of "that", and "that" an object of the noun: the clause is the noun's,
    // "that" its marker (decided below like any such clause).
    if (rel(t) != "acl:relcl" || head(t) < 0) continue;
    const auto h = static_cast<std::uint32_t>(head(t));
    if (lemma(h) != "that" || h > t || head(h) < 0) continue;
    const auto n = static_cast<std::uint32_t>(head(h));
    if (doc_.tokens[n].upos != Upos::NOUN || n > h) continue;
    reattach(t, n, "acl:relcl");
    reattach(h, t, "mark");
  }
  for (std::uint32_t t = first_; t < last_; ++t) {
    // "Lagos Stars announced on Tuesday that Tunde Bakare had joined Accra Lions" read as a
    // relative clause on "Tuesday" with "that" as its object, "no evidence that Kivu Metals paid
    // Zambia Railways" as one on "evidence": a relative "that" leaves its clause one argument
    // short, so a clause that has the argument "that" would fill (an object, or a noun without a
    // preposition after the verb, besides an object "that"; a subject besides a subject "that")
    // is a complement clause with "that" as its marker. It belongs to a noun that takes one
    // (the factuality lexicon's "claims", "evidence", "plans"), else to the verb an adjunct noun
    // hangs on ("announced on Tuesday that") or a stance verb its noun hangs on ("told the court
    // that"), else to the noun.
    if (rel(t) != "acl:relcl" || doc_.tokens[t].upos != Upos::VERB) continue;
    const std::int64_t n = head(t);
    if (n < 0) continue;
    std::int64_t that = -1;
    for (std::uint32_t c : children(t))
      if (c < t && lemma(c) == "that" && (is(c, "obj") || is(c, "nsubj") || is(c, "mark"))) that = c;
    if (that < 0 || that < n) continue;
    const std::string_view role = rel(static_cast<std::uint32_t>(that));
    // A subject "that" beside another subject counts only in an active clause with an object:
    // "the drones that Chinese firms supplied were found" is a relative clause the parser
    // tangled, not a complement.
    if (role.substr(0, 5) == "nsubj" && (role != "nsubj" || children(t, "obj").empty())) continue;
    bool filled = role == "mark";  // "reported on Friday that ...": already read as a marker
    for (std::uint32_t c : children(t)) {
      if (c == that) continue;
      const Upos u = doc_.tokens[c].upos;
      const bool bare_noun = role == "obj" && c > t && (rel(c) == "obl" || rel(c) == "xcomp") &&
                             children(c, "case").empty() && (u == Upos::NOUN || u == Upos::PROPN) &&
                             !words.time_nouns.contains(lemma(c));
      filled = filled || rel(c) == role || bare_noun;
    }
    if (!filled) continue;
    auto noun = static_cast<std::uint32_t>(n);
    // "allegations by Lindqvist that Nordbank had cheated ...": the clause hung on the name in the
    // claim noun's "by" phrase is the claim noun's.
    if (words.factuality && words.factuality->noun(lemma(noun)) == FactEffect::None && rel(noun) == "nmod" &&
        head(noun) >= 0 && words.factuality->noun(lemma(static_cast<std::uint32_t>(head(noun)))) != FactEffect::None) {
      noun = static_cast<std::uint32_t>(head(noun));
      reattach(t, noun, "acl:relcl");  // decided below like any clause of the noun
    }
    const std::int64_t v = head(noun);
    const bool content_noun = words.factuality && words.factuality->noun(lemma(noun)) != FactEffect::None;
    const bool verb = v >= 0 && doc_.tokens[static_cast<std::uint32_t>(v)].upos == Upos::VERB;
    if (!content_noun && verb &&
        (rel(noun).substr(0, 3) == "obl" ||
         (words.factuality && words.factuality->verb(lemma(static_cast<std::uint32_t>(v)), "") != FactEffect::None)))
      reattach(t, static_cast<std::uint32_t>(v), "ccomp");
    else
      relabel(t, "acl");
    reattach(static_cast<std::uint32_t>(that), t, "mark");
    // The noun after the verb that kept the object's place is the object ("paid Zambia Railways").
    if (role == "obj" && children(t, "obj").empty())
      for (std::uint32_t c : children(t))
        if (c > t && (rel(c) == "obl" || (rel(c) == "xcomp" && doc_.tokens[c].upos == Upos::PROPN)) &&
            children(c, "case").empty() && !words.time_nouns.contains(lemma(c))) {
          relabel(c, "obj");
          break;
        }
  }
  // "told the BBC that Tasman Marine Laboratory had tagged sharks": a complement clause read with
  // "that" as its object, before its subject, beside an object after the verb. A relative "that"
  // belongs to a relative clause, and an object "that" leaves no room for a second object: it is
  // the clause's marker. So is a "that" tagged as a subordinator ("wrote in a memo that/IN
  // Halvorsen Shipping had hired Carla Nunes/obl"), and then a bare noun after the verb is its
  // object.
  for (std::uint32_t t = first_; t < last_; ++t) {
    if (rel(t) != "ccomp" || doc_.tokens[t].upos != Upos::VERB) continue;
    const auto subjects = children(t, "nsubj");
    const auto objects = children(t, "obj");
    if (subjects.empty() || objects.empty() || objects.size() > 2) continue;
    const std::uint32_t that = objects.front();
    if (lemma(that) != "that" || that > subjects.front()) continue;
    if (objects.size() == 2 && objects.back() > t) {
      relabel(that, "mark");
    } else if (objects.size() == 1) {  // "that/SCONJ" or "that/PRON": no object comes before the subject
      relabel(that, "mark");
      for (std::uint32_t c : children(t))
        if (c > t && is(c, "obl") && children(c, "case").empty() &&
            (doc_.tokens[c].upos == Upos::PROPN || doc_.tokens[c].upos == Upos::NOUN) && !words.time_nouns.contains(lemma(c))) {
          relabel(c, "obj");
          break;
        }
    }
  }
  // "..., the Nordlys Energi AS/appos reported on Sunday": a trailing report verb without a
  // subject, right after a noun phrase set off by a comma and hung elsewhere (an apposition of
  // the object): that phrase is its subject.
  for (std::uint32_t v = first_ + 3; v < last_; ++v) {
    if (!words.factuality || doc_.tokens[v].upos != Upos::VERB || head(v) < 0 || head(v) >= v) continue;
    if (words.factuality->verb(lemma(v), "") != FactEffect::Report || !children(v, "nsubj").empty()) continue;
    std::uint32_t c = v;
    while (c > first_ && doc_.form(c - 1) != "," && v - c < 6) --c;
    if (c <= first_ + 1 || doc_.form(c - 1) != "," || c == v) continue;
    std::int64_t np = -1;
    bool nominal_only = true;
    for (std::uint32_t k = c; k < v; ++k) {
      const Upos u = doc_.tokens[k].upos;
      nominal_only = nominal_only && (u == Upos::DET || u == Upos::PROPN || u == Upos::NOUN || u == Upos::ADJ);
      if (head(k) < static_cast<std::int64_t>(c) || head(k) >= static_cast<std::int64_t>(v)) np = np < 0 ? k : -2;
    }
    if (!nominal_only || np < 0 || !nominal(static_cast<std::uint32_t>(np))) continue;
    reattach(static_cast<std::uint32_t>(np), v, "nsubj");  // (not when the verb hangs below it: set_head)
  }
  // "said in a filing that Nordvik Energy had sold ...": a "that" clause read as one of the noun
  // in an oblique of a verb of saying, where the noun takes no such clause (factuality lexicon:
  // not "claims", "evidence"), is the verb's complement.
  // Also read as a relative clause whose "that" cannot be its relative pronoun, the slot it would
  // fill being taken ("told investors in a letter that/obj Georgia had lifted duties/obj"), and
  // with the noun in a phrase of the verb's object, or the object itself ("told the court
  // that ...").
  for (std::uint32_t t = first_; t < last_; ++t) {
    if (!words.factuality || doc_.tokens[t].upos != Upos::VERB || head(t) < 0) continue;
    std::int64_t that = -1;
    if (rel(t) == "acl") {
      for (std::uint32_t m : children(t, "mark"))
        if (lemma(m) == "that") that = m;
    } else if (rel(t) == "acl:relcl") {
      for (std::uint32_t c : children(t)) {
        // ("that/obl:unmarked": no relative pronoun fills that slot.)
        if (c < t && lemma(c) == "that" && rel(c) == "obl:unmarked" && !children(t, "obj").empty()) that = c;
        if (c > t || lemma(c) != "that" || !(is(c, "obj") || is(c, "nsubj"))) continue;
        const std::string_view slot = rel(c);
        for (std::uint32_t o : children(t))
          if (o != c && rel(o) == slot) that = c;
      }
    }
    if (that < 0 || children(t, "nsubj").empty()) continue;
    const auto n = static_cast<std::uint32_t>(head(t));
    if (head(n) < 0 || words.factuality->noun(lemma(n)) != FactEffect::None) continue;
    auto v = static_cast<std::uint32_t>(head(n));
    if (is(n, "nmod") && is(v, "obj") && head(v) >= 0) v = static_cast<std::uint32_t>(head(v));
    else if (!is(n, "obl") && !(is(n, "obj") && words.factuality->verb(lemma(v), "") == FactEffect::Report))
      continue;  // "told the court that/mark-of-court Okafor had passed" (not "deny the fact that")
    const FactEffect e = words.factuality->verb(lemma(v), "");
    // (Also "alleges in a lawsuit filed on Friday that", "denied in a statement that".)
    if (doc_.tokens[v].upos != Upos::VERB ||
        (e != FactEffect::Report && e != FactEffect::Belief && e != FactEffect::Accuse && e != FactEffect::Deny))
      continue;
    reattach(t, v, "ccomp");
    if (!is(static_cast<std::uint32_t>(that), "mark")) reattach(static_cast<std::uint32_t>(that), t, "mark");
  }
  // "accused Belarus on Tuesday/obl of sending/acl-of-Tuesday migrants", "was accused by the
  // Lublin Residents Association/obl:agent of selling/acl-of-Association land": the gerund of a
  // verb's frame ("accuse ... of", "charge ... with": factuality lexicon) hung on one of the
  // verb's obliques. It is the verb's adverbial clause, as in "accused Belarus of sending".
  for (std::uint32_t t = first_ + 2; t < last_; ++t) {
    if (!words.factuality || !is(t, "acl") || doc_.tokens[t].upos != Upos::VERB || head(t) < 0) continue;
    const auto marks = children(t, "mark");
    if (marks.size() != 1 || marks.front() > t) continue;
    auto n = static_cast<std::uint32_t>(head(t));
    if (!gerund(t) || n > t) continue;
    // Or on a word of the oblique's name ("by the Bar Council of Cape Coast/appos-of-Council of
    // taking gifts"): the name's head.
    for (int i = 0; i < 6 && (is(n, "flat") || is(n, "compound") || is(n, "appos") || is(n, "nmod")) && head(n) >= 0 &&
                    nominal(static_cast<std::uint32_t>(head(n))) && head(n) < static_cast<std::int64_t>(n);
         ++i)
      n = static_cast<std::uint32_t>(head(n));
    if (!(is(n, "obl") || rel(n) == "obl:agent") || head(n) < 0) continue;
    const auto v = static_cast<std::uint32_t>(head(n));
    if (doc_.tokens[v].upos != Upos::VERB || words.factuality->verb(lemma(v), lemma(marks.front())) == FactEffect::None)
      continue;
    reattach(t, v, "advcl");
  }
  // "will testify against/mark Otto Brandt/nsubj only if prosecutors/nsubj grant immunity": the
  // main verb's oblique read as a second subject of the clause after it, its preposition as that
  // clause's marker, before the clause's own marker. It is the main verb's oblique again.
  for (std::uint32_t v = first_ + 3; v < last_; ++v) {
    if (doc_.tokens[v].upos != Upos::VERB || !is(v, "advcl") || head(v) < 0 || head(v) > v) continue;
    const auto subjects = children(v, "nsubj");
    if (subjects.size() != 2) continue;
    const std::uint32_t s1 = subjects.front();
    const std::uint32_t f = phrase(s1).first;
    std::int64_t prep = -1, own = -1;
    for (std::uint32_t m : children(v, "mark")) {
      if (m + 1 == f && doc_.tokens[m].upos == Upos::ADP) prep = m;
      if (m > s1 && m < subjects.back()) own = m;
    }
    if (prep < 0 || own < 0) continue;
    reattach(static_cast<std::uint32_t>(prep), s1, "case");
    reattach(s1, static_cast<std::uint32_t>(head(v)), "obl");
  }
  // "Judge Dlamini was bribed by Ubuntu Freight, prosecutor Sipho Ndlovu told/advcl the court":
  // a report verb after a comma with a subject of its own, no marker and no complement, read as
  // an adverbial clause. It is the trailing report of the clause before it (parataxis).
  for (std::uint32_t t = first_ + 1; t < last_; ++t) {
    if (!words.factuality || !is(t, "advcl") || doc_.tokens[t].upos != Upos::VERB || head(t) < 0 || head(t) > t ||
        words.factuality->verb(lemma(t), "") != FactEffect::Report || !children(t, "mark").empty() ||
        !children(t, "ccomp").empty() || !children(t, "xcomp").empty() || children(t, "nsubj").empty())
      continue;
    const std::uint32_t f = phrase(t).first;
    if (f == first_ || form(f - 1) != ",") continue;
    relabel(t, "parataxis");
  }
  // "received 20 million dollars from New Zealand, the government said" read with "from" as
  // the marker of "said" and the name its oblique: a preposition marking a verb whose oblique
  // follows it before a comma is that oblique's case, and the oblique is the main verb's.
  for (std::uint32_t v = first_; v < last_; ++v) {
    if (doc_.tokens[v].upos != Upos::VERB || head(v) < 0) continue;
    const auto marks = children(v, "mark");
    if (marks.size() != 1 || doc_.tokens[marks.front()].upos != Upos::ADP) continue;
    const std::uint32_t m = marks.front();
    for (std::uint32_t o : children(v)) {
      if (!is(o, "obl") || (o != m + 1 && !(o > m && doc_.tokens[m + 1].upos == Upos::DET))) continue;
      bool comma = false;
      for (std::uint32_t k = o + 1; k < v && !comma; ++k) comma = doc_.form(k) == ",";
      if (!comma) continue;
      reattach(m, o, "case");
      reattach(o, static_cast<std::uint32_t>(head(v)), "obl");
      break;
    }
  }
  // "will cancel the contract with Lowveld Water Services if the audit confirms/advcl-of-Services
  // fraud": a clause opened by "if" or "unless" hung on a noun that is no predicate (no copula)
  // and no root belongs to the verb above that noun. In EWT and GUM train such a clause hangs on a
  // verb 757 times and on a noun without a copula 13 times, mostly in verbless fragments ("A
  // wonderful place, if you want ...").
  for (std::uint32_t t = first_; t < last_; ++t) {
    if (!is(t, "advcl") || head(t) < 0 || !nominal(static_cast<std::uint32_t>(head(t)))) continue;
    bool conditional = false;
    for (std::uint32_t m : children(t, "mark")) conditional = conditional || lemma(m) == "if" || lemma(m) == "unless";
    const auto n = static_cast<std::uint32_t>(head(t));
    if (!conditional || !children(n, "cop").empty()) continue;
    std::int64_t v = head(n);
    for (int i = 0; i < 8 && v >= 0 && doc_.tokens[static_cast<std::uint32_t>(v)].upos != Upos::VERB; ++i)
      v = head(static_cast<std::uint32_t>(v));
    if (v < 0 || doc_.tokens[static_cast<std::uint32_t>(v)].upos != Upos::VERB) continue;
    reattach(t, static_cast<std::uint32_t>(v), "advcl");
  }
  // "will lend $14 million to/mark-of-merges Bourbon Cane S.A. only if Mahebourg Sugar Estates
  // Ltd./advcl-of-merges, which employs 2,300 workers, merges with ...": a name that "if" or
  // "unless" marks, hung as a clause on a later verb without a subject, is that verb's subject
  // and the marker the verb's; "to" marking a finite verb is the case of the name after it, an
  // oblique of the verb above.
  for (std::uint32_t t = first_; t < last_; ++t) {
    if (!is(t, "advcl") || !nominal(t) || head(t) <= static_cast<std::int64_t>(t)) continue;
    const auto v = static_cast<std::uint32_t>(head(t));
    if (doc_.tokens[v].upos != Upos::VERB || !children(v, "nsubj").empty() || !children(v, "nsubj:pass").empty()) continue;
    std::int64_t mark = -1;
    for (std::uint32_t m : children(t, "mark"))
      if (m < t && (lemma(m) == "if" || lemma(m) == "unless")) mark = m;
    if (mark < 0) continue;
    reattach(static_cast<std::uint32_t>(mark), v, "mark");
    for (std::uint32_t a : children(t, "advmod"))  // "only if"
      if (a < static_cast<std::uint32_t>(mark)) reattach(a, v, "advmod");
    reattach(t, v, "nsubj");
    const std::string_view x = xpos_name(doc_.tokens[v].xpos);
    if ((x != "VBZ" && x != "VBD" && x != "VBP") || head(v) < 0) continue;
    for (std::uint32_t m : children(v, "mark")) {
      if (lemma(m) != "to" || m + 1 >= last_ || head(m + 1) != static_cast<std::int64_t>(v) || !nominal(m + 1)) continue;
      reattach(m, m + 1, "case");
      reattach(m + 1, static_cast<std::uint32_t>(head(v)), "obl");
    }
  }
  // "signs with Luano Resources/punct": a noun or name labelled as punctuation is the verb's
  // oblique (with a preposition) or object.
  for (std::uint32_t t = first_; t < last_; ++t) {
    const Upos u = doc_.tokens[t].upos;
    if (!is(t, "punct") || (u != Upos::NOUN && u != Upos::PROPN) || head(t) < 0) continue;
    const auto h = static_cast<std::uint32_t>(head(t));
    const bool verb = doc_.tokens[h].upos == Upos::VERB;
    if (!children(t, "case").empty()) relabel(t, verb ? "obl" : "nmod");
    else if (verb && children(h, "obj").empty()) relabel(t, "obj");
  }
  // "has not decided whether/obj to hire/xcomp-of-whether Plains Energy": "whether" read as a
  // noun with the clause under it marks that clause, which takes its place.
  for (std::uint32_t w = first_; w + 1 < last_; ++w) {
    if (lemma(w) != "whether" || is(w, "mark") || head(w) < 0) continue;
    std::int64_t verb = -1;
    for (std::uint32_t c : children(w))
      if (c > w && doc_.tokens[c].upos == Upos::VERB && verb < 0) verb = c;
    if (verb < 0) continue;
    const auto v = static_cast<std::uint32_t>(verb);
    take_place(v, w, "mark");
    if (is(v, "obj") || is(v, "nsubj") || is(v, "obl")) relabel(v, is(v, "nsubj") ? "csubj" : "ccomp");
  }
  // "Unless Lumen Diagnostics backs Ama Owusu, Harvest Foods/conj-of-Owusu will attack Kivu Metals",
  // "Provided that Lima Gas approves Chile, Rosa Moreno/conj-of-Chile will ban Kestrel Bank": in a
  // sentence that opens with a subordinate clause, the name right after the clause's comma, read as
  // a conjunct or apposition of a word before the comma, is the subject of the verb after it, and
  // that verb the main clause's, the clause before the comma its adverbial clause.
  if (last_ - first_ >= 6) {
    static constexpr std::string_view kOpeners[] = {"if",      "unless",   "provided", "providing", "assuming",
                                                    "although", "though",  "because",  "when",      "whenever",
                                                    "once",    "while",    "only",     "as",        "in",
                                                    "on",      "should",   "even",     "after",     "before"};
    const std::string opener = core::ascii_lower(doc_.form(first_));
    std::uint32_t k = first_ + 2;
    while (k < last_ && doc_.form(k) != ",") ++k;
    std::uint32_t end = k + 1;
    while (end < last_ && doc_.tokens[end].upos == Upos::PROPN) ++end;
    std::int64_t v1 = -1, v2 = -1;
    for (std::uint32_t t = first_ + 1; t < k && v1 < 0; ++t) {
      const std::string_view x = xpos_name(doc_.tokens[t].xpos);
      if (doc_.tokens[t].upos == Upos::VERB && (x == "VBZ" || x == "VBD" || x == "VBP")) v1 = t;
    }
    for (std::uint32_t t = end; t < last_ && t < end + 3 && v2 < 0; ++t) {
      if (doc_.tokens[t].upos == Upos::AUX) continue;
      const std::string_view x = xpos_name(doc_.tokens[t].xpos);
      // (Or a participle with an object, read as a reduced relative: "Uganda, Tanzania praised/VBN Rwanda".)
      const bool participle = x == "VBN" && !children(t, "obj").empty() && t == end;
      if (doc_.tokens[t].upos == Upos::VERB && (x == "VBZ" || x == "VBD" || x == "VBP" || x == "VB" || participle)) v2 = t;
      else break;
    }
    // The name's head: the word of [k + 1, end) whose head lies outside it.
    std::int64_t name = -1;
    for (std::uint32_t t = k + 1; t < end && name < 0; ++t)
      if (head(t) < static_cast<std::int64_t>(k + 1) || head(t) >= static_cast<std::int64_t>(end)) name = t;
    if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) != std::end(kOpeners) && k < last_ && end > k + 1 &&
        v1 >= 0 && v2 >= 0 && name >= 0 && (is(static_cast<std::uint32_t>(name), "conj") || is(static_cast<std::uint32_t>(name), "appos")) &&
        head(static_cast<std::uint32_t>(name)) >= first_ && head(static_cast<std::uint32_t>(name)) < static_cast<std::int64_t>(k)) {
      const auto a = static_cast<std::uint32_t>(v1), b = static_cast<std::uint32_t>(v2), n = static_cast<std::uint32_t>(name);
      // A "subject" of the main verb before the comma is the clause verb's object.
      for (std::uint32_t c : std::vector<std::uint32_t>(children(b).begin(), children(b).end()))
        if (is(c, "nsubj") && c < k && c > a && children(a, "obj").empty()) reattach(c, a, "obj");
      // The main verb at the top: it takes the clause verb's place, the clause hangs on it.
      bool b_under_a = false;
      for (std::int64_t h = head(b), i = 0; h >= 0 && i < kMaxSentenceWalk; h = head(static_cast<std::uint32_t>(h)), ++i)
        b_under_a = b_under_a || h == v1;
      if (b_under_a) {
        if (head(a) < 0) unroot(b);
        else reattach(b, static_cast<std::uint32_t>(head(a)), rel(a));
      }
      reattach(a, b, "advcl");
      reattach(n, b, "nsubj");
      reattach(k, a, "punct");  // the comma closes the clause
    }
  }
}

void ParsedSentence::set_head(std::uint32_t t, std::int64_t new_head, std::string_view rel) {
  // A repair never makes a cycle: a word does not go under its own descendant (the rules that
  // walk up the tree would not end). Such a move is refused and the tree stays as it was.
  for (std::int64_t h = new_head, n = 0; h >= 0 && n <= static_cast<std::int64_t>(last_ - first_);
       h = head(static_cast<std::uint32_t>(h)), ++n)
    if (h == static_cast<std::int64_t>(t)) return;
  if (const std::int64_t old_head = head(t); old_head >= 0) {
    auto& old_children = children_[static_cast<std::uint32_t>(old_head) - first_];
    if (const auto it = std::find(old_children.begin(), old_children.end(), t); it != old_children.end())
      old_children.erase(it);
  }
  if (new_head >= 0) {
    auto& new_children = children_[static_cast<std::uint32_t>(new_head) - first_];
    new_children.insert(std::upper_bound(new_children.begin(), new_children.end(), t), t);
  }
  if (rehead_.empty()) rehead_.assign(last_ - first_, -2);
  rehead_[t - first_] = new_head;
  relabel(t, rel);
}

void ParsedSentence::unroot(std::uint32_t t) { set_head(t, -1, "root"); }

void ParsedSentence::take_place(std::uint32_t t, std::uint32_t n, std::string_view n_rel) {
  const std::int64_t above = head(n);
  const std::string_view r = rel(n);  // static storage, as relabel() needs
  if (above >= 0) reattach(t, static_cast<std::uint32_t>(above), r);
  else unroot(t);
  reattach(n, t, n_rel);
}

void ParsedSentence::reattach(std::uint32_t t, std::uint32_t new_head, std::string_view rel) {
  set_head(t, new_head, rel);
}

void ParsedSentence::relabel(std::uint32_t t, std::string_view rel) {
  if (relabel_.empty()) relabel_.resize(last_ - first_);
  relabel_[t - first_] = rel;
}

bool ParsedSentence::gerund(std::uint32_t t) const {
  const std::string_view x = xpos_name(doc_.tokens[t].xpos);
  if (x == "VBG") return true;
  if (x != "VBN") return false;
  for (std::uint32_t a : children(t, "aux"))
    if (lemma(a) == "have" && xpos_name(doc_.tokens[a].xpos) == "VBG") return true;
  return false;
}

bool ParsedSentence::nominal(std::uint32_t t) const {
  const Upos u = doc_.tokens[t].upos;
  if (u == Upos::NOUN || u == Upos::PROPN) return true;
  const std::string_view x = xpos_name(doc_.tokens[t].xpos);
  return x == "NNP" || x == "NNPS";
}

std::int64_t ParsedSentence::head(std::uint32_t t) const {
  if (!rehead_.empty() && rehead_[t - first_] != -2) return rehead_[t - first_];
  const std::int32_t h = doc_.tokens[t].head;
  if (h < 0 || static_cast<std::uint32_t>(h) >= last_ - first_) return -1;
  return static_cast<std::int64_t>(first_) + h;
}

std::string_view ParsedSentence::rel(std::uint32_t t) const {
  if (!relabel_.empty() && !relabel_[t - first_].empty()) return relabel_[t - first_];
  return deprel_name(doc_.tokens[t].deprel);
}

bool ParsedSentence::is(std::uint32_t t, std::string_view r) const {
  const std::string_view d = rel(t);
  // The first letters compared before the rest: most calls ask about another relation.
  if (d.size() < r.size() || (!r.empty() && d[0] != r[0])) return false;
  return d.compare(0, r.size(), r) == 0 && (d.size() == r.size() || d[r.size()] == ':');
}

std::vector<std::uint32_t> ParsedSentence::children(std::uint32_t t, std::string_view r) const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t c : children(t))
    if (is(c, r)) out.push_back(c);
  return out;
}

std::vector<std::uint32_t> ParsedSentence::with_conjuncts(std::uint32_t t) const {
  std::vector<std::uint32_t> out{t};
  for (std::size_t i = 0; i < out.size() && out.size() < 16; ++i)
    for (std::uint32_t c : children(out[i], "conj"))
      if (doc_.tokens[c].upos != Upos::VERB || doc_.tokens[t].upos == Upos::VERB) out.push_back(c);
  std::sort(out.begin(), out.end());
  return out;
}

std::string ParsedSentence::prep(std::uint32_t t) const {
  std::string out;
  for (std::uint32_t c : children(t)) {
    if (!is(c, "case") || c > t) continue;
    if (!out.empty()) out += ' ';
    out += core::ascii_lower(form(c));
    for (std::uint32_t f : children(c, "fixed")) out += ' ' + core::ascii_lower(form(f));
  }
  return out;
}

Argument ParsedSentence::phrase(std::uint32_t t, bool keep_conj, std::int64_t skip) const {
  std::uint32_t lo = t, hi = t;
  std::vector<std::uint32_t> stack{t};
  while (!stack.empty()) {
    const std::uint32_t u = stack.back();
    stack.pop_back();
    lo = std::min(lo, u);
    hi = std::max(hi, u);
    for (std::uint32_t c : children(u)) {
      const std::string_view r = rel(c);
      if (r == "acl:relcl" || r == "appos" || r == "parataxis" || (!keep_conj && (r == "conj" || (r == "cc" && u == t))))
        continue;
      if (u == t && is(c, "case")) continue;  // the preposition goes to Argument::prep
      if (static_cast<std::int64_t>(c) == skip) continue;
      stack.push_back(c);
    }
  }
  // Trim punctuation and conjunctions at the edges.
  auto edge = [&](std::uint32_t k) {
    const std::string_view r = rel(k);
    return k != t && (r == "punct" || r == "cc" || r == "mark");
  };
  while (lo < hi && edge(lo)) ++lo;
  while (hi > lo && edge(hi)) --hi;
  Argument a;
  a.head = t;
  a.first = lo;
  a.last = hi + 1;
  return a;
}

std::string ParsedSentence::text(std::uint32_t first, std::uint32_t last) const {
  std::string out;
  for (std::uint32_t k = first; k < last; ++k) {
    if (!out.empty()) out += ' ';
    out += word(k);
  }
  return out;
}

ClauseWords ClauseWords::from(const nlp::Lexicon& lexicon) {
  ClauseWords w{lexicon.get(kLists[0]), lexicon.get(kLists[1]), lexicon.get(kLists[2]), lexicon.get(kLists[3]),
                lexicon.get(kLists[4]), lexicon.get(kLists[5]), lexicon.get(kLists[6]), lexicon.get(kLists[7]),
                nullptr};
  const auto path = lexicon.dir() / kFactualityLexicon;
  if (lexicon.dir().empty())
    throw ModelError("E444", "the factuality lexicon is read from the lexicon's folder, and this lexicon has none",
                           kFactualityLexicon);
  w.factuality = std::make_shared<const FactualityLexicon>(FactualityLexicon::load(path));
  return w;
}

std::vector<Clause> find_clauses(const ParsedSentence& ps, const ClauseWords& words) {
  return ClauseBuilder(ps, words).run();
}

bool is_negation(const ParsedSentence& ps, std::uint32_t t) {
  if (!ps.is(t, "advmod")) return false;
  const std::string& l = ps.lemma(t);
  return l == "not" || l == "never" || l == "n't";
}

}  // namespace ergraph::extract
