#include "extract/open_extraction.h"

#include <algorithm>
#include <cmath>

namespace ergraph::extract {
using namespace nlp;
namespace {

std::string join_tokens(const ParsedSentence& ps, const std::vector<std::uint32_t>& toks) {
  std::string out;
  for (std::uint32_t t : toks) {
    if (!out.empty()) out += ' ';
    out += ps.word(t);
  }
  return out;
}

// The phrase, with its case marker as written in front when `with_prep` ("In 1840").
std::string arg_text(const ParsedSentence& ps, const Argument& a, bool with_prep) {
  std::uint32_t first = a.first;
  if (with_prep)
    for (std::uint32_t c : ps.children(a.head))
      if (ps.is(c, "case") && c < first) first = c;
  return ps.text(first, a.last);
}

// The predicate nominal of a copular clause without its subject, copula, auxiliaries and
// clause-level modifiers: "an Australian footballer" of "X is an Australian footballer who ...".
std::string predicate_text(const ParsedSentence& ps, std::uint32_t p) {
  std::uint32_t lo = p, hi = p;
  for (std::uint32_t c : ps.children(p)) {
    const std::string_view r = ps.rel(c);
    if (ps.is(c, "nsubj") || ps.is(c, "csubj") || ps.is(c, "cop") || ps.is(c, "aux") || ps.is(c, "punct") ||
        ps.is(c, "cc") || ps.is(c, "conj") || ps.is(c, "advcl") || ps.is(c, "parataxis") || ps.is(c, "mark") ||
        ps.is(c, "ccomp") || ps.is(c, "obl") || r == "acl:relcl" || ps.is(c, "discourse") ||
        (ps.is(c, "advmod") && (ps.lemma(c) == "not" || ps.lemma(c) == "never")))
      continue;
    const Argument a = ps.phrase(c, true);
    lo = std::min(lo, a.first);
    hi = std::max(hi, a.last - 1);
  }
  return ps.text(lo, hi + 1);
}

double score(const Clause& c, std::size_t arg_count, std::size_t words) {
  double z = 0.6;
  if (c.inherited_subject) z -= 0.4;
  if (core::modality_of(c.factuality) == core::Modality::Hedged) z -= 0.2;
  if (arg_count < 2) z -= 0.8;
  z -= 0.03 * static_cast<double>(words);
  return std::round(1000.0 / (1.0 + std::exp(-z))) / 1000.0;
}

}  // namespace

std::vector<OpenExtraction> open_extractions(const ParsedSentence& ps, const std::vector<Clause>& clauses) {
  std::vector<OpenExtraction> out;
  for (const Clause& c : clauses) {
    if (c.subjects.empty()) continue;
    std::string rel = join_tokens(ps, c.verb_group);
    std::vector<std::string> rest;
    if (c.copular) {
      rest.push_back(predicate_text(ps, c.predicate));
      for (const auto& o : c.obliques)
        if (o.first > c.predicate && ps.is(o.head, "obl")) rest.push_back(arg_text(ps, o, true));
    } else {
      std::vector<Argument> obl = c.agents;
      obl.insert(obl.end(), c.obliques.begin(), c.obliques.end());
      std::sort(obl.begin(), obl.end(), [](const Argument& a, const Argument& b) { return a.first < b.first; });
      if (!c.objects.empty()) {
        // One argument for a coordinated object ("cars and trucks"): skip the later conjuncts.
        for (const auto& o : c.objects) {
          if (ps.rel(o.head) == "conj") continue;
          const Argument whole = ps.phrase(o.head, true);
          rest.push_back(ps.text(whole.first, whole.last));
        }
      } else if (c.has_complement) {
        const Argument& x = c.complement;
        std::uint32_t first = x.first;
        while (first < x.last && (ps.is(first, "mark") || ps.rel(first) == "punct")) {
          rel += " ";
          rel += ps.word(first);
          ++first;
        }
        if (first < x.last) rest.push_back(ps.text(first, x.last));
      } else if (!obl.empty()) {
        if (!obl.front().prep.empty()) rel += " " + obl.front().prep;
        rest.push_back(arg_text(ps, obl.front(), false));
        obl.erase(obl.begin());
      }
      for (const auto& o : obl) rest.push_back(arg_text(ps, o, true));
      // Time and measure phrases without a preposition ("Earlier this year", "last week").
      for (std::uint32_t ch : ps.children(c.predicate))
        if (ps.rel(ch) == "obl:tmod" || ps.rel(ch) == "obl:npmod" || ps.rel(ch) == "obl:unmarked") {
          const Argument a = ps.phrase(ch);
          rest.push_back(ps.text(a.first, a.last));
        }
    }
    for (const auto& s : c.subjects) {
      OpenExtraction e;
      e.relation = rel;
      e.args.push_back(ps.text(s.first, s.last));
      e.args.insert(e.args.end(), rest.begin(), rest.end());
      std::size_t words = 0;
      for (const auto& a : e.args) words += static_cast<std::size_t>(std::count(a.begin(), a.end(), ' ') + 1);
      e.confidence = score(c, e.args.size(), words);
      e.polarity = core::polarity_of(c.factuality);
      e.modality = core::modality_of(c.factuality);
      out.push_back(std::move(e));
    }
  }
  // "The problem is that Japanese businesses make decisions ..." -> (The problem; is that;
  // Japanese businesses make decisions ...): the copula with the outer subject and the clause.
  for (std::uint32_t p = ps.first(); p < ps.last(); ++p) {
    if (!outer_copular(ps, p)) continue;
    std::string rel;
    std::int64_t subject = -1;
    std::uint32_t from = ps.last();
    for (std::uint32_t c : ps.children(p)) {
      if (ps.rel(c) == "nsubj:outer") subject = c;
      if (ps.is(c, "cop") || is_negation(ps, c) || ps.is(c, "mark")) {
        rel += (rel.empty() ? "" : " ") + std::string(ps.word(c));
        from = std::min(from, c);
      }
    }
    if (subject < 0) continue;
    // The clause after the copula and its marker, to the end of the verb's subtree.
    std::uint32_t first = p, last = p + 1;
    for (std::uint32_t t = ps.first(); t < ps.last(); ++t) {
      std::int64_t a = t;
      for (int depth = 0; a >= 0 && a != static_cast<std::int64_t>(p) && depth < 64; ++depth) a = ps.head(static_cast<std::uint32_t>(a));
      if (a != static_cast<std::int64_t>(p) || t == static_cast<std::uint32_t>(subject) || t <= from) continue;
      if (ps.head(t) == static_cast<std::int64_t>(p) && (ps.is(t, "cop") || ps.is(t, "mark"))) continue;
      first = std::min(first, t);
      last = std::max(last, t + 1);
    }
    while (last > first && ps.rel(last - 1) == "punct") --last;
    const Argument s = ps.phrase(static_cast<std::uint32_t>(subject));
    OpenExtraction e;
    e.relation = rel;
    e.args = {ps.text(s.first, s.last), ps.text(first, last)};
    e.confidence = 0.6;
    out.push_back(std::move(e));
  }
  // Appositions: "Xi Jinping, China's president" -> (Xi Jinping; is; China's president).
  for (std::uint32_t t = ps.first(); t < ps.last(); ++t) {
    if (ps.rel(t) != "appos" || ps.head(t) < 0) continue;
    const auto h = static_cast<std::uint32_t>(ps.head(t));
    Argument head = ps.phrase(h, false, t);
    Argument app = ps.phrase(t);
    // "writer Benjamin Constant" / "the author, Bill Bryson": the name is the subject.
    const auto& toks = ps.doc().tokens;
    if (toks[t].upos == Upos::PROPN && toks[h].upos == Upos::NOUN) std::swap(head, app);
    OpenExtraction e;
    e.relation = "is";
    e.args = {ps.text(head.first, head.last), ps.text(app.first, app.last)};
    e.confidence = 0.6;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<std::vector<OpenExtraction>> open_extractions(const Document& doc, const ClauseWords& words,
                                                          const std::vector<std::string>* display) {
  std::vector<std::vector<OpenExtraction>> out(doc.sentences.size());
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].size() == 0) continue;
    ParsedSentence ps(doc, s, &words);
    ps.set_display(display);
    out[s] = open_extractions(ps, find_clauses(ps, words));
  }
  return out;
}

}  // namespace ergraph::extract
