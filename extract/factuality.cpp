#include "extract/factuality.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <tuple>

#include "core/error.h"
#include "core/text.h"

namespace ergraph::extract {
using nlp::Upos;

namespace {

constexpr std::pair<std::string_view, FactEffect> kEffects[] = {
    {"report", FactEffect::Report},     {"belief", FactEffect::Belief},
    {"doubt", FactEffect::Doubt},       {"deny", FactEffect::Deny},         {"accuse", FactEffect::Accuse},
    {"request", FactEffect::Request},   {"imply+", FactEffect::ImplyPos},   {"imply-", FactEffect::ImplyNeg},
    {"end", FactEffect::End},           {"continue", FactEffect::Continue}, {"condition", FactEffect::Condition},
    {"evidence", FactEffect::Evidence}, {"claim", FactEffect::Claim},       {"probable", FactEffect::Probable},
    {"possible", FactEffect::Possible}, {"unlikely", FactEffect::Unlikely}};

constexpr std::string_view kKinds[] = {"verb", "noun", "adjective", "adverb", "modal", "mark", "preposition"};

int kind_index(std::string_view kind) {
  for (int i = 0; i < static_cast<int>(std::size(kKinds)); ++i)
    if (kKinds[i] == kind) return i;
  return -1;
}

}  // namespace

bool parse_fact_effect(std::string_view s, FactEffect& out) {
  for (const auto& [name, value] : kEffects)
    if (name == s) {
      out = value;
      return true;
    }
  return false;
}

FactualityLexicon FactualityLexicon::load(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw ModelError("E444", "the factuality lexicon is missing (see models/lexicon/factuality.tsv in the source tree)",
                     path.string());
  std::ifstream in(path);
  if (!in) throw ModelError("E444", "cannot read the factuality lexicon", path.string());
  return parse(in, path.string());
}

FactualityLexicon FactualityLexicon::parse(std::istream& in, const std::string& source) {
  FactualityLexicon out;
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    for (const auto c : core::split_tabs(line)) cols.emplace_back(c);
    if (cols.size() == 4 && cols[3].empty()) cols.pop_back();  // a trailing tab
    const auto where = source + ":" + std::to_string(lineno);
    if (cols.size() < 3 || cols.size() > 4 || cols[0].empty())
      throw ModelError("E445", "a factuality row is: lemma, kind, effect[, frame] (tab-separated)", where);
    FactEffect e{};
    if (!parse_fact_effect(cols[2], e))
      throw ModelError("E445", "unknown factuality effect '" + cols[2] + "'", where);
    const int k = kind_index(cols[1]);
    if (k < 0) throw ModelError("E445", "unknown word kind '" + cols[1] + "'", where);
    if (cols.size() == 4 && k != 0) throw ModelError("E445", "only verbs take a frame", where);
    const auto key = std::make_tuple(k, core::ascii_lower(cols[0]), cols.size() == 4 ? cols[3] : std::string());
    if (out.entries_.count(key)) throw ModelError("E445", "row listed twice: " + cols[0] + " " + cols[1], where);
    out.entries_[key] = e;
  }
  return out;
}

FactEffect FactualityLexicon::find(int kind, std::string_view lemma, std::string_view frame) const {
  const auto it = entries_.find(std::make_tuple(kind, std::string(lemma), std::string(frame)));
  return it == entries_.end() ? FactEffect::None : it->second;
}

FactEffect FactualityLexicon::verb(std::string_view lemma, std::string_view frame) const {
  const FactEffect e = find(0, lemma, frame);
  if (e != FactEffect::None || frame != "to") return e;
  return find(0, lemma, {});
}

namespace {

/// A predicate's own words.
struct Local {
  bool negated = false;
  int certainty = 3;  // 3 certain, 2 probable, 1 possible
  bool under = false;
  std::string cue;
};

class Assessor {
 public:
  Assessor(const ParsedSentence& ps, const FactualityLexicon& lex, const HolderFn& holder, const RelFn& rel_of)
      : ps_(ps), lex_(lex), holder_(holder), rel_of_(rel_of) {}

  ClauseFactuality run(std::uint32_t p) {
    Local v = local(p, true);
    neg_ = v.negated;
    cert_ = v.certainty;
    under_ = v.under;
    (under_ ? under_cue_ : lower_cue_) = v.cue;
    if (ps_.last() > ps_.first() && ps_.form(ps_.last() - 1) == "?") set_under("?");
    sources_at(p, p);
    std::uint32_t cur = p;
    for (int depth = 0; depth < 10; ++depth) {
      const std::int64_t h = ps_.head(cur);
      if (h < 0) break;
      auto g = static_cast<std::uint32_t>(h);
      const std::string_view r = rel_of_(cur);
      std::string_view base = r.substr(0, r.find(':'));
      if (base == "conj") {
        // A conjunct shares its first conjunct's embedding, its modal when it has no auxiliary
        // of its own, and a condition; not its negation, unless joined by "or"/"nor".
        const Local lg = frozen_ ? Local{} : local(g, true);
        const bool own_aux = !ps_.children(cur, "aux").empty() || !ps_.children(cur, "cop").empty();
        if (!own_aux) lower(lg.certainty, lg.cue);
        if (lg.under) set_under(lg.cue);
        if (lg.negated)
          for (std::uint32_t cc : ps_.children(cur, "cc"))
            if (ps_.lemma(cc) == "or" || ps_.lemma(cc) == "nor") neg_ = !neg_;
        sources_at(g, cur);
        cur = g;
        continue;
      }
      if (base == "parataxis") {
        // "Russia will win, Putin said": handled as a source of the clause (sources_at).
        const FactEffect e = lex_.verb(ps_.lemma(g), {});
        if (e == FactEffect::Report || e == FactEffect::Belief) push_holder(g);
        break;
      }
      // "allegations that A smuggled B" misread as a relative clause: "that" is no argument there.
      // It is one when it fills a core slot (subject, object) no other word of the clause fills
      // ("the claim that convinced the judge", "the theory that Lund proposed"); not when the
      // slot is taken ("the argument that Hale had threatened Moreno" with "that" read as a
      // second object) or it is read as an oblique.
      const auto relative_argument = [&](std::uint32_t c) {
        if (ps_.lemma(c) != "that" || ps_.is(c, "mark")) return false;
        const std::string_view rel = ps_.rel(c);
        if (rel != "nsubj" && rel != "nsubj:pass" && rel != "obj" && rel != "iobj") return false;
        for (std::uint32_t o : ps_.children(cur))
          if (o != c && ps_.rel(o) == rel) return false;
        return true;
      };
      const bool complement_that =
          r == "acl:relcl" && lex_.noun(ps_.lemma(g)) != FactEffect::None && !ps_.children(cur, "nsubj").empty() &&
          std::none_of(ps_.children(cur).begin(), ps_.children(cur).end(), relative_argument);
      const bool under_noun = ps_.nominal(g);
      // A relative clause keeps its own value; whoever reports the clause its noun is in is still
      // its source ("Kovac said that Zagreb Lions, who lost twice to Split Stars, would appeal").
      // So does a participle a statement noun acts through, without a marker ("a report urging
      // Norway to stop drilling", "a complaint accusing Tanzania of ...": the urging is done, its
      // content is not the report's claim).
      const bool acting_participle = r == "acl" && under_noun && nlp::xpos_name(ps_.doc().tokens[cur].xpos) == "VBG" &&
                                     ps_.children(cur, "mark").empty() && lex_.noun(ps_.lemma(g)) == FactEffect::Claim;
      if ((r == "acl:relcl" && !complement_that && under_noun) || acting_participle) {
        std::uint32_t k = g;
        for (int n = 0; n < 64 && ps_.doc().tokens[k].upos != Upos::VERB && ps_.head(k) >= 0; ++n)
          k = static_cast<std::uint32_t>(ps_.head(k));
        if (ps_.doc().tokens[k].upos != Upos::VERB || k == cur) break;
        frozen_ = relative_ = true;
        sources_at(k, g);
        cur = k;
        continue;
      }
      if ((base == "acl" && r != "acl:relcl") || complement_that || (base == "advcl" && under_noun)) {
        // "accused Barcelona of poaching" with "of poaching" attached to the object: the clause
        // of the verb's frame all the same.
        const std::string m = marker(cur);
        // Hung on a name's last word ("accused Nordlys Energi AS of diverting", under "AS") or on a
        // name in apposition to a role noun ("accused coach Marco Rossi of bullying"): the head.
        for (int i = 0; i < 6 && (ps_.is(g, "flat") || ps_.is(g, "compound") || ps_.is(g, "appos")) && ps_.head(g) >= 0; ++i)
          g = static_cast<std::uint32_t>(ps_.head(g));
        const std::int64_t verb = ps_.head(g);
        if (!m.empty() && verb >= 0 && (ps_.is(g, "obj") || ps_.is(g, "iobj")) &&
            lex_.verb(ps_.lemma(static_cast<std::uint32_t>(verb)), m) != FactEffect::None) {
          g = static_cast<std::uint32_t>(verb);
          base = "advcl";
        } else if (base != "advcl") {
          if (frozen_ || !noun_complement(cur, g)) break;
          continue;  // noun_complement moved cur up to the deny verb
        }  // an adverbial clause under a noun otherwise goes on as below
      }
      if (base != "ccomp" && base != "xcomp" && base != "advcl" && base != "csubj" && base != "obl") break;
      std::string frame;
      if (base == "xcomp") frame = "to";
      if (base == "advcl" || base == "obl") {
        frame = marker(cur);
        if (lex_.mark(frame) == FactEffect::Condition || frozen_) {  // a condition: Uu, set by local()
          // The condition of a threat or demand made is part of what the threatener says.
          if (!frozen_ && lex_.mark(frame) == FactEffect::Condition && request_made(g)) push_holder(g);
          sources_at(g, cur);
          cur = g;
          continue;
        }
        if (frame == "to" && base == "advcl" && ps_.doc().tokens[g].upos == Upos::VERB &&
            ps_.children(g, "cop").empty()) {  // purpose: "sent troops to seize the port"
          set_under("to");
          sources_at(g, cur);
          cur = g;
          continue;
        }
      }
      const bool adjective = ps_.doc().tokens[g].upos == Upos::ADJ || !ps_.children(g, "cop").empty();
      const bool adverbial = base == "advcl" || base == "obl";
      FactEffect e = FactEffect::None;
      if (!adverbial || !frame.empty()) e = adjective ? lex_.adjective(ps_.lemma(g)) : lex_.verb(ps_.lemma(g), frame);
      // An adverbial clause (because, after, when, a participle) keeps its own value; whoever
      // reports the sentence above it is still its source.
      if (adverbial && e == FactEffect::None) frozen_ = true;
      // "will decide whether to sell X", "has not decided whether to buy": an open question under
      // a verb of deciding or asking is the author's, not the decider's plan.
      whether_below_ = false;
      for (std::uint32_t m : ps_.children(cur, "mark")) whether_below_ = whether_below_ || ps_.lemma(m) == "whether";
      apply(e, g, base);
      sources_at(g, cur);
      cur = g;
    }
    ClauseFactuality out;
    if (under_) out.value = core::Factuality::Underspecified;
    else if (cert_ >= 3) out.value = neg_ ? core::Factuality::CertainNeg : core::Factuality::CertainPos;
    else if (cert_ == 2) out.value = neg_ ? core::Factuality::ProbableNeg : core::Factuality::ProbablePos;
    else out.value = neg_ ? core::Factuality::PossibleNeg : core::Factuality::PossiblePos;
    out.cue = under_ ? under_cue_ : cert_ < 3 ? lower_cue_ : flip_cue_;
    out.sources.assign(sources_.rbegin(), sources_.rend());
    return out;
  }

 private:
  // The cue reported is the word behind the final value: the outermost that made it
  // underspecified, else the one that lowered the certainty last, else the last flip by embedding.
  void set_under(const std::string& cue) {
    under_ = true;
    if (!cue.empty()) under_cue_ = cue;
  }
  void lower(int c, const std::string& cue) {
    if (c < cert_) {
      cert_ = c;
      if (!cue.empty()) lower_cue_ = cue;
    }
  }
  void set_cue(std::uint32_t t) { flip_cue_ = std::string(ps_.form(t)); }

  // The lowest marker of a clause: mark or case children, "of" in "accused X of selling".
  std::string marker(std::uint32_t t) const {
    for (std::uint32_t c : ps_.children(t))
      if (c < t && (ps_.is(c, "mark") || ps_.is(c, "case"))) return ps_.lemma(c);
    return {};
  }

  // A verb of requesting or threatening in a past or present tense of its own, without a modal:
  // "threatened", "urges" (not "would ask", "will demand", "to warn").
  bool request_made(std::uint32_t p) const {
    const std::string_view x = nlp::xpos_name(ps_.doc().tokens[p].xpos);
    if (x != "VBD" && x != "VBZ" && x != "VBP") return false;
    const std::string_view l = ps_.lemma(p);
    if (lex_.verb(l, "") != FactEffect::Request && lex_.verb(l, "to") != FactEffect::Request) return false;
    for (std::uint32_t a : ps_.children(p, "aux"))
      if (lex_.modal(ps_.lemma(a)) != FactEffect::None || ps_.lemma(a) == "will" || ps_.lemma(a) == "would") return false;
    return true;
  }

  Local local(std::uint32_t p, bool with_condition) const {
    Local l;
    for (std::uint32_t ch : ps_.children(p)) {
      if (is_negation(ps_, ch)) l.negated = !l.negated;
      // "no longer", whatever the parser made of "no".
      if (core::ascii_lower(ps_.form(ch)) == "longer" && ch > ps_.first() && ps_.lemma(ch - 1) == "no") {
        l.negated = !l.negated;
        if (l.cue.empty()) l.cue = "no longer";
      }
      FactEffect e = FactEffect::None;
      if (ps_.is(ch, "aux")) e = lex_.modal(ps_.lemma(ch));
      else if (ps_.is(ch, "advmod")) e = lex_.adverb(ps_.lemma(ch));
      if (e == FactEffect::Possible || e == FactEffect::Probable || e == FactEffect::Unlikely) {
        const int c = e == FactEffect::Possible ? 1 : 2;
        if (e == FactEffect::Unlikely) l.negated = !l.negated;
        if (c < l.certainty) l.certainty = c;
        if (l.cue.empty()) l.cue = std::string(ps_.form(ch));
      }
      if (!with_condition) continue;
      // "If A buys B, C will sue D": the consequent is no fact either ("whether" asks, it sets
      // no condition: "will decide whether to hire" is decided).
      // Also one read as a conjunct ("will acquire Orvell, but only if regulators agree"), not a
      // clause with an auxiliary of its own ("..., and if prices rise, Uganda will sell").
      // A threat or demand made ("threatened the council with legal action if it sells the
      // meadow", "urged Kenya to pay if ...") holds its condition in its content: the act is done.
      if (ps_.is(ch, "advcl") || (ps_.is(ch, "conj") && ch > p && ps_.children(ch, "aux").empty()))
        for (std::uint32_t m : ps_.children(ch, "mark"))
          if (lex_.mark(ps_.lemma(m)) == FactEffect::Condition && ps_.lemma(m) != "whether" && !request_made(p)) {
            l.under = true;
            if (l.cue.empty()) l.cue = std::string(ps_.form(m));
          }
      // A future event timed by another: "A will sell B once/when/as soon as C signs": neither is
      // a fact yet, each waits on the other.
      if (const std::string m = ps_.is(ch, "advcl") ? future_temporal(ch) : std::string(); !m.empty()) {
        l.under = true;
        if (l.cue.empty()) l.cue = m;
      }
      if (ps_.is(ch, "advmod") && ps_.lemma(ch) == "soon")
        for (std::uint32_t c : ps_.children(ch, "advcl"))
          if (!future_temporal(c).empty()) {
            l.under = true;
            if (l.cue.empty()) l.cue = "as soon as";
          }
      // A condition made of a noun phrase: "In the event of a merger, A will sell B", "in case of
      // a default" (not "in the case of Kenya", which names an example).
      // (A clause after "in the event that", "on condition that" is an adverbial clause of the
      // verb, marked "if": ParsedSentence::repair_relations.)
      if (ps_.is(ch, "obl") && ps_.prep(ch) == "in" &&
          (ps_.lemma(ch) == "event" || (ps_.lemma(ch) == "case" && ps_.children(ch, "det").empty()))) {
        bool of = false;
        for (std::uint32_t d : ps_.children(ch, "nmod")) of = of || ps_.prep(d) == "of";
        if (of) {
          l.under = true;
          if (l.cue.empty()) l.cue = "in the " + ps_.lemma(ch) + " of";
        }
      }
      // "Failing a deal with the IMF, Zambia will seek ...", "Barring a late appeal, Salalah
      // Falcons will face ...": a condition made of "failing" or "barring" and a noun phrase
      // (read as a gerund's clause or as the preposition of an oblique).
      if (ch != p && (ps_.is(ch, "advcl") || ps_.is(ch, "csubj") || ps_.is(ch, "obl")) && ps_.children(ch, "nsubj").empty()) {
        const auto conditional_word = [&](std::uint32_t k) {
          return lex_.preposition(core::ascii_lower(ps_.form(k))) == FactEffect::Condition;
        };
        // (A gerund with an object, no marker and no complement: not "despite failing to score".)
        std::int64_t cue = !ps_.is(ch, "obl") && conditional_word(ch) && ps_.children(ch, "mark").empty() &&
                                   ps_.children(ch, "xcomp").empty() && !ps_.children(ch, "obj").empty()
                               ? static_cast<std::int64_t>(ch)
                               : -1;
        for (std::uint32_t k : ps_.children(ch, "case"))
          if (conditional_word(k)) cue = k;
        if (cue >= 0) {
          l.under = true;
          if (l.cue.empty()) l.cue = core::ascii_lower(ps_.form(static_cast<std::uint32_t>(cue)));
        }
      }
      // "Subject to approval by regulators, Kestrel Bank will buy Nordbank": a future or modal
      // clause that "subject to" a noun phrase modifies waits on it (not "was sold, subject to
      // EU rules": a past event happened).
      // (It may hang on the object: "will buy Nordbank, subject/conj-of-Nordbank to approval".)
      std::vector<std::uint32_t> subject_words;
      if (ps_.lemma(ch) == "subject") subject_words.push_back(ch);
      if (ps_.is(ch, "obj"))
        for (std::uint32_t d : ps_.children(ch))
          if (ps_.lemma(d) == "subject") subject_words.push_back(d);
      for (std::uint32_t sw : subject_words) {
        if (sw == p || ps_.lemma(sw) != "subject" ||
            (ps_.doc().tokens[sw].upos != Upos::ADJ && ps_.doc().tokens[sw].upos != Upos::NOUN))
          continue;
        bool to = false, future = false;
        for (std::uint32_t d : ps_.children(sw))
          if ((ps_.is(d, "nmod") || ps_.is(d, "obl")) && ps_.prep(d) == "to") to = true;
        for (std::uint32_t a : ps_.children(p, "aux")) {
          const std::string_view al = ps_.lemma(a);
          future = future || al == "will" || al == "would" || al == "shall" || lex_.modal(al) != FactEffect::None;
        }
        if (to && future) {
          l.under = true;
          if (l.cue.empty()) l.cue = "subject to";
        }
      }
      // "..., provided that the council votes/NOUN in favour": "provided that" after the clause,
      // read as a verb with "that" as its object when the parse found no clause after it.
      if (ch > p && (ps_.is(ch, "parataxis") || ps_.is(ch, "conj") || ps_.is(ch, "advcl")) && ch + 1 < ps_.last() &&
          (core::ascii_lower(ps_.form(ch)) == "provided" || core::ascii_lower(ps_.form(ch)) == "providing") &&
          ps_.lemma(ch + 1) == "that" && ps_.head(ch + 1) == static_cast<std::int64_t>(ch)) {
        l.under = true;
        if (l.cue.empty()) l.cue = "provided that";
      }
      // "Kirra Holdings, if found liable by the court, will pay": a reduced condition set off
      // inside the subject.
      if (ch < p && (ps_.is(ch, "nsubj") || ps_.is(ch, "nsubj:pass")))
        for (std::uint32_t a : ps_.children(ch))
          if ((ps_.is(a, "acl") || ps_.is(a, "advcl")) && a > ch)
            for (std::uint32_t m : ps_.children(a, "mark"))
              if (lex_.mark(ps_.lemma(m)) == FactEffect::Condition && ps_.lemma(m) != "whether") {
                l.under = true;
                if (l.cue.empty()) l.cue = std::string(ps_.form(m));
              }
      // The clause's own subordinator: "if A buys B", "whether A buys B"; "once A signs" under
      // "B will pay".
      if ((ps_.is(ch, "mark") && lex_.mark(ps_.lemma(ch)) == FactEffect::Condition) ||
          (ch < p && (ps_.is(ch, "mark") || ps_.is(ch, "advmod")) && !future_temporal(p).empty())) {
        l.under = true;
        if (l.cue.empty()) l.cue = std::string(ps_.form(ch));
      }
    }
    return l;
  }

  // A present-tense clause marked "when", "once", "whenever" or "as (soon as)" under a predicate
  // with "will" or "shall": "Serbia will sign only when Kosovo withdraws", "Azerbaijan will reopen
  // the border as soon as Yerevan signs". Not a past or habitual one ("When Kenya beat Uganda,
  // fans celebrated", "when Kenya plays, fans celebrate"). Returns the marker, else "".
  std::string future_temporal(std::uint32_t c) const {
    if (!ps_.is(c, "advcl") || ps_.head(c) < 0) return {};
    const std::string_view x = nlp::xpos_name(ps_.doc().tokens[c].xpos);
    if (x != "VBZ" && x != "VBP") return {};
    // UD marks "when" as an adverb of its clause ("only when/advmod Kosovo withdraws").
    std::string m;
    for (std::uint32_t k : ps_.children(c))
      if (k < c && (ps_.is(k, "mark") || (ps_.is(k, "advmod") && ps_.lemma(k) != "only"))) m = ps_.lemma(k);
    auto main = static_cast<std::uint32_t>(ps_.head(c));
    if (m == "as" && ps_.lemma(main) == "soon" && ps_.head(main) >= 0) main = static_cast<std::uint32_t>(ps_.head(main));
    else if (m != "when" && m != "once" && m != "whenever") return {};
    for (std::uint32_t a : ps_.children(main, "aux"))
      if (ps_.lemma(a) == "will" || ps_.lemma(a) == "shall" || ps_.form(a) == "'ll") return m == "as" ? "as soon as" : m;
    return {};
  }

  void push_holder(std::uint32_t g) {
    Argument a;
    if (holder_ && holder_(g, a)) sources_.push_back(a);
  }

  // Sources attached to predicate g: "according to X", "..., X said" (not the clause we came from).
  void sources_at(std::uint32_t g, std::uint32_t from) {
    // "according to X" on the predicate, or misattached to one of its arguments ("donated money
    // to Elena Brix, according to Councillor Priya Nandan" with the phrase on "Elena Brix"): it
    // never modifies a noun.
    std::vector<std::uint32_t> according = ps_.children(g, "obl");
    for (std::uint32_t ch : ps_.children(g))
      if (ch != from && (ps_.is(ch, "obj") || ps_.is(ch, "obl") || ps_.is(ch, "nsubj")))
        for (std::uint32_t d : ps_.children(ch, "nmod")) according.push_back(d);
    for (std::uint32_t ch : according)
      if (ps_.prep(ch) == "according to") {
        Argument a = ps_.phrase(ch);
        a.prep = "according to";
        sources_.push_back(a);
      }
    // "..., X said" as parataxis, or misread as a conjunct without a conjunction.
    std::vector<std::uint32_t> reports = ps_.children(g, "parataxis");
    for (std::uint32_t ch : ps_.children(g, "conj"))
      if (ch > g && ps_.children(ch, "cc").empty()) reports.push_back(ch);
    // "..., the Gazette reported on Sunday" misread as a complement of the reported clause: after
    // it, set off by a comma before its subject (the comma may hang elsewhere: "..., the Chilean
    // newspaper El Faro reported" with "newspaper" read as an apposition), with a subject of its
    // own and no complement or marker.
    // The same read as an adverbial clause ("Egypt has supplied fuel to Gaza, Cairo said").
    std::vector<std::uint32_t> trailing = ps_.children(g, "ccomp");
    for (std::uint32_t ch : ps_.children(g, "advcl")) trailing.push_back(ch);
    for (std::uint32_t ch : ps_.children(g, "xcomp")) trailing.push_back(ch);  // "..., X wrote on social media"
    // And read as a relative clause of the predicate's last argument ("received 20 million
    // dollars for cyclone recovery, Prime Minister Ingrid Solberg wrote"): with a subject that is
    // no relative pronoun.
    for (std::uint32_t arg : ps_.children(g))
      if (arg > g && (ps_.is(arg, "obl") || ps_.is(arg, "obj")))
        for (std::uint32_t ch : ps_.children(arg, "acl:relcl")) {
          const auto subj = ps_.children(ch, "nsubj");
          if (!subj.empty() && !relative_pronoun(ps_, subj.front())) trailing.push_back(ch);
        }
    for (std::uint32_t ch : trailing) {
      if (ch < g || !ps_.children(ch, "mark").empty() || !ps_.children(ch, "ccomp").empty() ||
          !ps_.children(ch, "obj").empty())
        continue;
      const auto subj = ps_.children(ch, "nsubj");
      if (subj.empty()) continue;
      bool comma = false;
      for (std::uint32_t k = g + 1; k < subj.front() && !comma; ++k) comma = ps_.form(k) == ",";
      if (!comma) continue;
      reports.push_back(ch);
    }
    // "As Tarn Genomics reported in March, Orvell licensed ...": a report marked by "as", with a
    // subject and no complement of its own, before the clause it reports.
    for (std::uint32_t ch : ps_.children(g, "advcl")) {
      if (ch > g || !ps_.children(ch, "ccomp").empty() || !ps_.children(ch, "obj").empty()) continue;
      // Reports only: "as Kenya expected" asserts what was expected, it does not hedge it.
      const auto marks = ps_.children(ch, "mark");
      if (marks.size() == 1 && ps_.lemma(marks.front()) == "as" && lex_.verb(ps_.lemma(ch), {}) == FactEffect::Report)
        reports.push_back(ch);
    }
    for (std::uint32_t ch : reports) {
      if (ch == from) continue;
      const FactEffect e = lex_.verb(ps_.lemma(ch), {});
      if (e != FactEffect::Report && e != FactEffect::Belief) continue;
      if (ps_.children(ch, "nsubj").empty()) continue;
      if (e == FactEffect::Belief && !frozen_) lower(2, std::string(ps_.form(ch)));
      push_holder(ch);
    }
  }

  // "claims that P", "no evidence that P". Returns true when the walk goes on above the noun.
  bool noun_complement(std::uint32_t& cur, std::uint32_t noun) {
    const FactEffect e = lex_.noun(ps_.lemma(noun));
    if (e == FactEffect::Evidence) {
      bool negated = false;
      for (std::uint32_t ch : ps_.children(noun))
        if (ps_.lemma(ch) == "no" || ps_.lemma(ch) == "without") negated = true;
      const std::int64_t gov = ps_.head(noun);
      if (gov >= 0 && local(static_cast<std::uint32_t>(gov), false).negated) negated = true;
      if (negated) set_under(std::string(ps_.form(noun)));
      else lower(2, std::string(ps_.form(noun)));
      return false;
    }
    if (e == FactEffect::Request) {  // "plans to hire", "a bid to buy": not done
      set_under(std::string(ps_.form(noun)));
      return false;
    }
    if (e != FactEffect::Claim) return false;
    const std::int64_t gov = ps_.head(noun);
    if (gov >= 0 && lex_.verb(ps_.lemma(static_cast<std::uint32_t>(gov)), {}) == FactEffect::Deny) {
      // "rejected claims that P": P is denied, by the subject of "rejected".
      const auto g = static_cast<std::uint32_t>(gov);
      const Local lg = local(g, false);
      if (lg.negated) set_under(std::string(ps_.form(g)));
      else neg_ = !neg_;
      set_cue(g);
      push_holder(g);
      cur = g;
      sources_at(g, noun);
      return true;
    }
    // "confirmed reports that P", "acknowledged allegations that P": the speaker vouches for P
    // (not "reported claims that P", which passes the claim on).
    if (gov >= 0 && ps_.is(noun, "obj")) {
      const auto g = static_cast<std::uint32_t>(gov);
      if (lex_.verb(ps_.lemma(g), {}) == FactEffect::Report && ps_.lemma(g) != "report" && ps_.lemma(g) != "claim") {
        const Local lg = local(g, false);
        if (lg.negated || lg.certainty < 3) set_under(std::string(ps_.form(g)));
        push_holder(g);
        cur = g;
        sources_at(g, noun);
        return true;
      }
    }
    lower(1, std::string(ps_.form(noun)));
    return false;
  }

  void apply(FactEffect e, std::uint32_t g, std::string_view base) {
    if (frozen_) {
      // (Above a relative clause only a report or belief: "denied paying Kenya, which bought
      // wheat" does not make Kenya's purchase the denier's statement.)
      if (e == FactEffect::Report || e == FactEffect::Belief ||
          (!relative_ && (e == FactEffect::Doubt || e == FactEffect::Deny || e == FactEffect::Accuse ||
                          e == FactEffect::Request)))
        push_holder(g);
      return;
    }
    const Local lg = local(g, true);
    const std::string gform(ps_.form(g));
    switch (e) {
      case FactEffect::None:
        if (lg.negated) {
          if (base == "xcomp") neg_ = !neg_;
          else set_under(gform);
        }
        lower(lg.certainty, lg.cue);
        if (lg.under) set_under(lg.cue);
        break;
      case FactEffect::Report:
        push_holder(g);
        if (lg.negated || lg.certainty < 3 || lg.under) set_under(gform);
        if (base == "xcomp") lower(2, gform);  // "is said to have sold": hearsay
        break;
      case FactEffect::Belief:
        push_holder(g);
        lower(2, gform);
        if (lg.negated) neg_ = !neg_;  // "does not believe that P": probably not P
        if (lg.under) set_under(lg.cue);
        break;
      case FactEffect::Doubt:
        push_holder(g);
        lower(2, gform);
        neg_ = !neg_;
        if (lg.negated) neg_ = !neg_;
        if (lg.under) set_under(lg.cue);
        break;
      case FactEffect::Deny:
        push_holder(g);
        if (lg.negated || lg.certainty < 3 || lg.under) set_under(gform);
        else neg_ = !neg_;
        set_cue(g);
        break;
      case FactEffect::Accuse:
        push_holder(g);
        lower(1, gform);
        if (lg.negated || lg.under) set_under(gform);
        break;
      case FactEffect::Request:
        if (!whether_below_) push_holder(g);
        set_under(gform);
        break;
      case FactEffect::ImplyNeg:
      case FactEffect::End:
        neg_ = !neg_;
        set_cue(g);
        [[fallthrough]];
      case FactEffect::ImplyPos:
      case FactEffect::Continue:
        if (lg.negated) {
          neg_ = !neg_;
          set_cue(g);
        }
        lower(lg.certainty, lg.cue);
        if (lg.under) set_under(lg.cue);
        break;
      case FactEffect::Condition: set_under(gform); break;
      case FactEffect::Probable: lower(2, gform); break;
      case FactEffect::Possible: lower(1, gform); break;
      case FactEffect::Unlikely:
        lower(2, gform);
        neg_ = !neg_;
        break;
      case FactEffect::Claim:
      case FactEffect::Evidence: break;
    }
  }

  const ParsedSentence& ps_;
  const FactualityLexicon& lex_;
  const HolderFn& holder_;
  const RelFn& rel_of_;
  bool neg_ = false;
  bool whether_below_ = false;  // the clause apply() embeds is opened by "whether"
  int cert_ = 3;
  bool under_ = false;
  bool frozen_ = false;  // above an adverbial clause: only sources are collected
  bool relative_ = false;  // above a relative clause: only reports' and beliefs' sources
  std::string under_cue_, lower_cue_, flip_cue_;
  std::vector<Argument> sources_;  // innermost first
};

}  // namespace

ClauseFactuality assess_factuality(const ParsedSentence& ps, std::uint32_t predicate, const FactualityLexicon& lexicon,
                                   const HolderFn& holder, const RelFn& rel_of) {
  return Assessor(ps, lexicon, holder, rel_of).run(predicate);
}

}  // namespace ergraph::extract
