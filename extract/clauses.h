#pragma once
/// @file clauses.h
/// Clauses read off a dependency parse (Universal Dependencies relations, see tagset.h): for
/// every predicate, who does what to whom, with polarity, modality and attribution. This is the
/// syntactic layer shared by the clause extractor (entity triples for the graph, see
/// clause_extractor.h) and the Open IE output (`ergraph extract --format carb`, see
/// open_extraction.h). Requires tokens, tags, lemmas and a parse.
///
/// Predicates: verbs (root, conj, ccomp, xcomp, advcl, acl, acl:relcl, parataxis, csubj) and
/// words with a copula child ("Xi is the president of China": predicate "president", copula "is").
/// Subjects, in order of preference:
///  - the predicate's own nsubj / nsubj:pass / csubj (plus its conjuncts: "Russia and China");
///  - a conjunct predicate without a subject shares its first conjunct's subjects
///    ("maintained neutrality and does not take sides");
///  - an open complement (xcomp) takes its controller: the governor's object if it has one
///    ("allowing Chinese firms to secure stakes"), else the governor's subjects;
///  - a relative clause (acl:relcl) takes the noun it modifies as subject, or as object when the
///    relative pronoun is the object ("goods that China sells"); a participle (acl) takes it as
///    subject (VBG: "companies selling goods") or as passive subject (VBN: "entities accused of");
///  - an adverbial participle (advcl, VBG, no subject) shares its governor's subjects ("Xi
///    praised ..., stating that").
/// Passive: nsubj:pass or aux:pass; the agent is obl:agent or an obl with "by".
/// Factuality and source (extract/factuality.h, words in models/lexicon/factuality.tsv): the
/// value on FactBank's scale from the clause's own words and its embedding, and the chain of
/// sources (report, belief, denial, accusation and request verbs; "according to X"; "..., X said").
/// A triple's polarity, modality, hedge (the cue) and attribution (the innermost source) are
/// derived from them.
/// Thread safety: pure functions.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/triple.h"
#include "nlp/document.h"
#include "nlp/lexicon.h"

namespace ergraph::extract {

using nlp::Document;
using nlp::Token;
using nlp::Upos;

/// An argument: the head token and the token range of its phrase (document-level indices).
struct Argument {
  std::uint32_t head = 0;
  std::uint32_t first = 0, last = 0;  ///< the head's subtree, without relative clauses, appositions and edge punctuation
  std::string prep;                   ///< lower-case case marker(s) of an oblique ("to", "according to"); else empty
};

struct Clause {
  std::uint32_t sentence = 0;
  std::uint32_t predicate = 0;               ///< the content word: verb, or the nominal/adjectival predicate
  bool copular = false;                      ///< predicate has a copula ("is the president")
  std::vector<std::uint32_t> verb_group;     ///< aux, negation, copula, verb, particle tokens, in text order
  std::vector<Argument> subjects;            ///< syntactic subjects (conjuncts expanded)
  std::vector<Argument> objects;             ///< obj and iobj (conjuncts expanded), in text order
  std::vector<Argument> obliques;            ///< obl (not temporal, not "according to"), nmod of a copular predicate; in text order
  bool passive = false;
  std::vector<Argument> agents;              ///< passive agents ("by the US"), conjuncts expanded
  bool has_complement = false;               ///< a clausal complement (ccomp, or xcomp clause)
  Argument complement;                       ///< its phrase (with its mark: "that ...")
  std::uint32_t complement_predicate = 0;    ///< its predicate token
  core::Factuality factuality = core::Factuality::CertainPos;  ///< polarity and modality: core::polarity_of / modality_of
  std::vector<Argument> sources;             ///< who holds the stance, outermost first; empty: the author
  std::string hedge;                         ///< the cue as written when not certain ("may", "urged", "if")
  bool inherited_subject = false;            ///< subjects came from another predicate
};

/// The per-sentence view the clause rules work on: children lists and relation names.
struct ClauseWords;

class ParsedSentence {
 public:
  /// With `repair`, relations the parser often gets wrong in a way the words show are read as
  /// what they are (repair_relations in clauses.cpp: "urged Beijing on Monday to stop", a "to"
  /// clause of a request verb parsed as a purpose clause, is its open complement; "given by
  /// Banco Austral to Minera Cerro Blanco", a "to" phrase hung on a passive agent's name, is the
  /// verb's; "had threatened Rosa Moreno", a name read as the open complement of an active verb
  /// that takes none such, is its object; "was halted on 2 May", a "particle" with a noun after
  /// it, is that noun's preposition; "Hartmann Trading quit buying", a finite verb read as the
  /// name's last word, is the clause's verb; "fund the Harbourside Transit Authority next year", a
  /// name the parser made a compound of the time noun after it, is the verb's object; "Provided
  /// that S1, S2" read with "Provided" as the root: S2 is, with S1 its condition; "Whether S
  /// remains unclear" read with S as the root: the outer predicate is, with S its subject).
  ParsedSentence(const Document& doc, std::uint32_t sentence, const ClauseWords* repair = nullptr);
  const Document& doc() const { return doc_; }
  std::uint32_t sentence() const { return s_; }
  std::uint32_t first() const { return first_; }
  std::uint32_t last() const { return last_; }
  /// Document-level index of the head, or -1 for the root.
  std::int64_t head(std::uint32_t t) const;
  /// The relation name ("nsubj:pass").
  std::string_view rel(std::uint32_t t) const;
  /// Whether the relation is `r` or a subtype of it ("obl" matches "obl:agent").
  bool is(std::uint32_t t, std::string_view r) const;
  /// Whether `t` is a noun or part of a name: NOUN, PROPN, or a proper-noun tag under another
  /// part of speech (UD tags "United" of "United States" VERB/NNP).
  bool nominal(std::uint32_t t) const;
  /// A gerund (VBG), also a perfect one ("of having paid": VBN with "having").
  bool gerund(std::uint32_t t) const;
  const std::vector<std::uint32_t>& children(std::uint32_t t) const { return children_[t - first_]; }
  /// Children with relation `r` (or its subtypes), in text order.
  std::vector<std::uint32_t> children(std::uint32_t t, std::string_view r) const;
  /// Lower-cased lemma (form if no lemma; "n't" -> "not").
  const std::string& lemma(std::uint32_t t) const { return lemmas_[t - first_]; }
  std::string_view form(std::uint32_t t) const { return doc_.form(t); }
  /// The word to print for `t`: its display word if set_display() gave one, else its form.
  std::string_view word(std::uint32_t t) const { return display_ ? std::string_view((*display_)[t]) : doc_.form(t); }
  /// Words to print instead of the forms, indexed by document token (e.g. Penn Treebank
  /// "-LRB-" for a token normalized to "(" before tagging); must outlive this object.
  void set_display(const std::vector<std::string>* words) { display_ = words; }
  /// The phrase of `t`: its subtree minus relative clauses, appositions, parataxis, conjuncts
  /// (unless `keep_conj`) and punctuation at the edges.
  /// `skip`: a child whose subtree is left out too (the clause a modified noun is taken from).
  Argument phrase(std::uint32_t t, bool keep_conj = false, std::int64_t skip = -1) const;
  /// The words of [first, last) (display words if set), joined by single spaces.
  std::string text(std::uint32_t first, std::uint32_t last) const;
  /// `t` and its conjuncts (conj children, recursively), in text order.
  std::vector<std::uint32_t> with_conjuncts(std::uint32_t t) const;
  /// Case markers of `t` (case children and their fixed words), lower-cased ("according to").
  std::string prep(std::uint32_t t) const;

 private:
  const Document& doc_;
  std::uint32_t s_, first_, last_;
  void repair_relations(const ClauseWords& words);
  // Repairs: `rel` must have static storage (a literal, or what rel() returned).
  void relabel(std::uint32_t t, std::string_view rel);
  void set_head(std::uint32_t t, std::int64_t new_head, std::string_view rel);  // -1: the root
  void reattach(std::uint32_t t, std::uint32_t new_head, std::string_view rel);  // set_head under a token
  void unroot(std::uint32_t t);  // set_head(t, -1, "root")
  // t takes n's place (n's head and relation, or the root) and n hangs on t as `n_rel`.
  void take_place(std::uint32_t t, std::uint32_t n, std::string_view n_rel);

  std::vector<std::vector<std::uint32_t>> children_;
  std::vector<std::string> lemmas_;
  std::vector<std::string_view> relabel_;  // per token: a repaired relation (a literal), or empty
  std::vector<std::int64_t> rehead_;        // per token: a repaired head (document index), -2 if none
  const std::vector<std::string>* display_ = nullptr;
};

/// Whether verb `p` heads the clause of an outer copular sentence, "The problem is that Japanese
/// businesses make decisions" (UD: the copula and the outer subject, nsubj:outer, hang from the
/// clause's verb): that clause is read as verbal, and the copula as a predication of its own.
bool outer_copular(const ParsedSentence& ps, std::uint32_t p);

/// "not", "n't", "never" modifying a predicate (advmod).
bool is_negation(const ParsedSentence& ps, std::uint32_t t);

/// A relative pronoun: WDT or WP, or "that", "which", "who" not read as a determiner.
bool relative_pronoun(const ParsedSentence& ps, std::uint32_t t);

class FactualityLexicon;

/// The words the clause rules read (models/lexicon/, see nlp/lexicon.h), all lemmas in lower
/// case: belief_verbs and report_verbs (whose complement's subject may be parsed as their object),
/// adjectival_participles (participles that stand before a noun as adjectives), and the
/// factuality lexicon models/lexicon/factuality.tsv (factuality.h).
struct ClauseWords {
  nlp::WordList belief_verbs, report_verbs, adjectival_participles;
  /// Verbs whose object does their "to" complement's action, the words that introduce a finite
  /// clause, and the verbs with a nominal or adjectival complement of their subject ("became
  /// chairman"; all learned from UD train by scripts/ud_word_lists.py).
  nlp::WordList object_control_verbs, finite_clause_marks, predicative_verbs;
  /// Nouns of time ("next year"; learned from UD train, scripts/ud_word_lists.py), and day and
  /// month names ("on Monday": no one who acts).
  nlp::WordList time_nouns, time_words;
  std::shared_ptr<const FactualityLexicon> factuality;
  /// The lexicon lists, in the order of the members.
  static constexpr std::array<std::string_view, 8> kLists = {
      "belief_verbs",        "report_verbs",      "adjectival_participles", "object_control_verbs",
      "finite_clause_marks", "predicative_verbs", "time_nouns",             "time_words"};
  /// Throws ModelError (E444) naming the list file if one is missing, and the factuality lexicon's
  /// errors (read from the lexicon's folder).
  static ClauseWords from(const nlp::Lexicon& lexicon);
};

/// All clauses of a sentence, ordered by predicate position.
std::vector<Clause> find_clauses(const ParsedSentence& ps, const ClauseWords& words);

}  // namespace ergraph::extract
