#!/usr/bin/env python3
"""Writes the word lists of the clause rules that are learned from UD English EWT and GUM train
(gold annotation; only words are written, no text of the corpora):

  models/lexicon/object_control_verbs.txt  the verbs annotated with an object (obj or iobj) and an
      open complement introduced by "to" (xcomp), i.e. whose object does the complement's action
      ("urged Washington to keep", "allowed him to stay"); lemmas.
  models/lexicon/predicative_verbs.txt     the verbs annotated in the active voice (no nsubj:pass or
      aux:pass) with a nominal or adjectival open complement (xcomp headed by a NOUN, PROPN or ADJ)
      and no object, at least twice ("became chairman", "remained president", "seemed calm"); a
      name parsed as the open complement of another active verb without an object ("had
      threatened Rosa Moreno") is its object to the clause rules. Lemmas.
  models/lexicon/time_nouns.txt            the nouns annotated at least twice as a bare temporal
      oblique (obl:tmod, obl:unmarked or obl:npmod) with "last", "next", "this", "every", "past" or
      "coming" ("last year", "next week", "this morning"); a name the parser made a compound of such a
      noun after it ("fund the Harbourside Transit Authority next year") is the verb's object to the
      clause rules. Lemmas.
  models/lexicon/finite_clause_marks.txt   the words that mark (deprel mark) a finite verb (VBD,
      VBZ, VBP) at least five times with no wh-word between them ("before the routes diverge",
      "after Portmann left", "because"); a preposition marking a finite verb outside this list
      ("with Norvida Pharma came from") is a parse error to the clause rules.
  models/lexicon/destination_verbs.txt     the verbs whose "to"/"into" oblique is mostly a place:
      in GUM train (only the documents gum/doc_licenses.tsv marks non_commercial=no) an entity of
      type place against person or organization, in EWT train the UNER tags LOC against PER or
      ORG; at least 2 places and twice as many places as actors ("moved its headquarters to
      London", "flew to Madrid": the city, not its state as an actor; "sold drones to Moscow" and
      "sent a letter to Moscow" keep the actor).
  models/lexicon/place_of_nouns.txt        the nouns whose "of" phrase is mostly a place, counted
      the same way (at least 3 places, twice as many as actors): "the mayor of Lisbon", "the
      outskirts of Kyiv" name the city, not its state as an actor.
  models/lexicon/place_head_nouns.txt, organization_head_nouns.txt, thing_head_nouns.txt
      the common nouns that, as the head of a GUM train mention (gold tree; only the documents
      gum/doc_licenses.tsv marks non_commercial=no), head at least 3 mentions, never a person,
      and at least 3/4 of them of one type: place; organization; any other type (event, object,
      abstract, ...). A name ending in one ("James Webb Space Telescope", "Shah Mosque") is that
      kind of thing, not a person.

    scripts/ud_word_lists.py [DATA_DIR]           (default ../shared/data)
    scripts/ud_word_lists.py --check [DATA_DIR]   compare with the committed files: exit 0 if
                                                  equal, 1 if not, 77 without the data
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if a != "--check"]
CHECK = "--check" in sys.argv[1:]
DATA = ARGS[0] if ARGS else os.path.join(ROOT, "..", "shared", "data")
FILES = ["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"]
LEXICON = os.path.join(ROOT, "models", "lexicon")
CONTROL_HEADER = ("# Verbs whose object does the action of their \"to\" complement (\"urged Washington to keep\", "
          "\"allowed him to stay\"): the lemmas UD English EWT and GUM train annotate with an object and a "
          "\"to\" xcomp, written by scripts/ud_word_lists.py (a word added by hand is lost when the "
          "script runs again). Another verb whose \"to\" clause follows an adjunct after the object is read "
          "as acting itself (\"beat Samoa 24-17 in Suva to win the cup\"). Lower case.")
MARKS_HEADER = ("# Words that introduce a finite clause (\"before the routes diverge\", \"after Portmann left\"): "
                "the words UD English EWT and GUM train annotate at least five times as the mark of a finite verb "
                "(VBD, VBZ, VBP) with no wh-word between them, written by scripts/ud_word_lists.py (a word "
                "added by hand is lost when the script runs again). A preposition marking a finite verb that is "
                "not listed (\"shared with Norvida Pharma came from Uppsala\" read as \"with ... came\") is a parse "
                "error: that clause yields no triple. Lower case.")
PREDICATIVE_HEADER = ("# Verbs that take a nominal or adjectival complement of their own subject (\"became chairman\", "
                      "\"remained president\", \"seemed calm\"): the lemmas UD English EWT and GUM train annotate at least "
                      "twice in the active voice with an xcomp headed by a noun, proper noun or adjective and no object, "
                      "written by scripts/ud_word_lists.py (a word added by hand is lost when the script runs again). A "
                      "name parsed as the open complement of another active verb without an object (\"had threatened "
                      "Rosa Moreno\") is read as its object. Lower case.")
TIME_HEADER = ("# Nouns of time (\"last year\", \"next week\", \"this morning\"): the lemmas UD English EWT and GUM "
               "train annotate at least twice as a bare temporal oblique (obl:tmod, obl:unmarked, obl:npmod) with last, "
               "next, this, every, past or coming, written by scripts/ud_word_lists.py (a word added by hand is lost "
               "when the script runs again). A name the parser made a compound of one, after it (\"fund the "
               "Harbourside Transit Authority next year\"), is read as the verb's object. Lower case.")
DEICTIC = ("last", "next", "this", "every", "past", "coming")
WH_XPOS = ("WDT", "WP", "WP$", "WRB")
HEAD_NOUNS_HEADER = ("# Common nouns that head {what} in GUM train: a name whose last word is one of them "
                     "(\"{example}\") names {kind}, not a person, unless it opens with a known given name. "
                     "Counted by scripts/ud_word_lists.py from the gold heads of GUM train mentions (only documents whose "
                     "licence allows commercial use): at least 3 mentions, none a person, at least 3/4 {what} (a word "
                     "added by hand is lost when the script runs again). Lower case.")
HEAD_NOUN_LISTS = [("place_head_nouns.txt", "place", "places", "Shah Mosque", "a place (LOC)"),
                   ("organization_head_nouns.txt", "organization", "organizations", "Alameda County Council",
                    "an organisation (ORG)"),
                   ("thing_head_nouns.txt", "thing", "events, objects, works and other non-person things",
                    "James Webb Space Telescope", "a thing (MISC)")]


def gum_mentions(rows):
    """(first, last, type) of the Entity= mentions of a sentence, token indices 0-based, half-open."""
    stack, out = {}, []
    for i, r in enumerate(rows):
        m = re.search(r"Entity=([^|]*)", r[9])
        if not m:
            continue
        for tok in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\)?)(?=\(|\d*\)|$)|(\d+)\)", m.group(1)):
            if tok.group(1):
                if tok.group(3):
                    out.append((i, i + 1, tok.group(2)))
                else:
                    stack.setdefault(tok.group(1), []).append((i, tok.group(2)))
            elif stack.get(tok.group(4)):
                first, kind = stack[tok.group(4)].pop()
                out.append((first, i + 1, kind))
    return out


def head_noun_kinds(rows, counts):
    """Counts, for each mention of `rows` with one head (the token whose head lies outside it) that
    is a common noun, the mention's type under the noun's lower-cased lemma."""
    for first, last, kind in gum_mentions(rows):
        ids = {str(k + 1) for k in range(first, last)}
        heads = [rows[k] for k in range(first, last) if rows[k][6] not in ids]
        if len(heads) == 1 and heads[0][3] == "NOUN":
            counts[heads[0][2].lower()][kind] += 1
PLACE_OF_HEADER = ("# Nouns whose \"of\" phrase is a place (\"the mayor of Lisbon\", \"the outskirts of Kyiv\"): a capital "
                   "in that phrase is the city, not its state as an actor. Counted by scripts/ud_word_lists.py from GUM "
                   "train (entity types; only documents whose licence allows commercial use) and EWT train (UNER tags): "
                   "at least 3 places and twice as many places as people and organisations (a word added by hand is "
                   "lost when the script runs again). Lower case.")
DEST_HEADER = ("# Verbs whose \"to\"/\"into\" phrase is a place, not a recipient (\"moved its headquarters to London\", "
               "\"flew to Madrid\"): a capital after \"to\" under one of them is the city, not its state as an actor. "
               "Counted by scripts/ud_word_lists.py from GUM train (entity types; only documents whose licence allows "
               "commercial use) and EWT train (UNER tags): at least 2 places and twice as many places as people and "
               "organisations (a word added by hand is lost when the script runs again). Lower case.")


def annotated_sentences(path):
    """(document id, sentence id, token rows) of each sentence of a CoNLL-U file."""
    rows, doc, sent = [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc = line[14:].strip()
            elif line.startswith("# sent_id = "):
                sent = line[12:].strip()
            elif not line:
                if rows:
                    yield doc, sent, rows
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield doc, sent, rows


def sentences(path):
    for _, _, rows in annotated_sentences(path):
        yield rows


def uner_tags(path):
    """sentence id -> the UNER tag of each token."""
    out, sent, tags = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent, tags = line[12:].strip(), []
            elif not line:
                if sent is not None:
                    out[sent] = tags
                sent = None
            elif not line.startswith("#"):
                tags.append(line.split("\t")[2])
    if sent is not None:
        out[sent] = tags
    return out


def commercial_gum_docs():
    docs = set()
    with open(os.path.join(DATA, "gum", "doc_licenses.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 5 and cols[1] == "train" and cols[5] == "no":
                docs.add(cols[0])
    return docs


def destination_counts(rows, kind_at, deprel="obl", head_upos="VERB", preps=("to", "into")):
    """(head lemma, "place" | "actor") for each `deprel` dependent (obl: of a verb; nmod: of a
    noun) introduced by one of `preps` in `rows`, the kind read by kind_at(token number of the
    phrase's first word after the preposition)."""
    kids = collections.defaultdict(list)
    for r in rows:
        kids[r[6]].append(r)
    by_id = {r[0]: r for r in rows}
    for r in rows:
        head = by_id.get(r[6])
        if not r[7].startswith(deprel) or r[7] == "nmod:poss" or head is None or head[3] != head_upos:
            continue
        case = [c for c in kids[r[0]] if c[7] == "case"]
        if not case or case[0][1].lower() not in preps:
            continue
        first = int(case[0][0]) + 1
        kind = kind_at(first) or kind_at(first + 1)
        if kind:
            yield head[2].lower(), kind


def main():
    missing = [f for f in FILES if not os.path.exists(os.path.join(DATA, "ud", f))]
    missing += [p for p in ("uner/en_ewt-ud-train.iob2", "gum/doc_licenses.tsv") if not os.path.exists(os.path.join(DATA, p))]
    if missing:
        print(f"missing {', '.join(missing)} under {DATA}", file=sys.stderr)
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    control = collections.Counter()
    predicative = collections.Counter()
    time_nouns = collections.Counter()
    marks = collections.Counter()
    for name in FILES:
        for rows in sentences(os.path.join(DATA, "ud", name)):
            kids = collections.defaultdict(list)
            for r in rows:
                kids[r[6]].append(r)
            for r in rows:
                if r[3] == "NOUN" and r[7] in ("obl:tmod", "obl:unmarked", "obl:npmod") and any(
                        c[7] in ("amod", "det") and c[2].lower() in DEICTIC for c in kids[r[0]]):
                    time_nouns[r[2].lower()] += 1
                if r[3] == "VERB":
                    ch = kids[r[0]]
                    has_object = any(c[7] in ("obj", "iobj") for c in ch)
                    to_xcomp = any(c[7] == "xcomp" and any(g[7] == "mark" and g[1].lower() == "to" for g in kids[c[0]])
                                   for c in ch)
                    if has_object and to_xcomp:
                        control[r[2].lower()] += 1
                    passive = any(c[7] in ("nsubj:pass", "aux:pass") for c in ch)
                    if not has_object and not passive and any(c[7] == "xcomp" and c[3] in ("NOUN", "PROPN", "ADJ")
                                                              for c in ch):
                        predicative[r[2].lower()] += 1
                if r[4] in ("VBD", "VBZ", "VBP"):
                    pos = int(r[0])
                    for m in kids[r[0]]:
                        between = rows[int(m[0]):pos - 1]
                        if m[7] == "mark" and int(m[0]) < pos and not any(b[4] in WH_XPOS for b in between):
                            marks[m[1].lower()] += 1
    # (head lemma -> place / actor counts) for "to"/"into" obliques of verbs and "of" phrases of nouns
    dest = collections.defaultdict(collections.Counter)
    place_of = collections.defaultdict(collections.Counter)
    gum_kinds = {"place": "place", "person": "actor", "organization": "actor"}
    licensed = commercial_gum_docs()
    head_kinds = collections.defaultdict(collections.Counter)
    for doc, _, rows in annotated_sentences(os.path.join(DATA, "ud", "en_gum-ud-train.conllu")):
        if doc not in licensed:
            continue
        head_noun_kinds(rows, head_kinds)
        opened = {}
        for r in rows:
            m = re.search(r"Entity=([^|]*)", r[9])
            if m:
                opened[int(r[0])] = [o.group(1) for o in re.finditer(r"\(\d+-([a-z]+)", m.group(1))]
        kind_at = lambda t: gum_kinds.get((opened.get(t) or [""])[0])
        for verb, kind in destination_counts(rows, kind_at):
            dest[verb][kind] += 1
        for noun, kind in destination_counts(rows, kind_at, "nmod", "NOUN", ("of",)):
            place_of[noun][kind] += 1
    uner = uner_tags(os.path.join(DATA, "uner", "en_ewt-ud-train.iob2"))
    uner_kinds = {"B-LOC": "place", "B-PER": "actor", "B-ORG": "actor"}
    for _, sent, rows in annotated_sentences(os.path.join(DATA, "ud", "en_ewt-ud-train.conllu")):
        tags = uner.get(sent)
        if tags is None or len(tags) != len(rows):
            continue
        kind_at = lambda t: uner_kinds.get(tags[t - 1]) if t <= len(tags) else None
        for verb, kind in destination_counts(rows, kind_at):
            dest[verb][kind] += 1
        for noun, kind in destination_counts(rows, kind_at, "nmod", "NOUN", ("of",)):
            place_of[noun][kind] += 1
    destinations = sorted(v for v, c in dest.items() if c["place"] >= 2 and c["place"] >= 2 * c["actor"])
    place_of_nouns = sorted(v for v, c in place_of.items() if c["place"] >= 3 and c["place"] >= 2 * c["actor"])
    lists = [("object_control_verbs.txt", CONTROL_HEADER, sorted(control)),
             ("predicative_verbs.txt", PREDICATIVE_HEADER, sorted(w for w, n in predicative.items() if n >= 2)),
             ("time_nouns.txt", TIME_HEADER, sorted(w for w, n in time_nouns.items() if n >= 2)),
             ("finite_clause_marks.txt", MARKS_HEADER, sorted(w for w, n in marks.items() if n >= 5)),
             ("destination_verbs.txt", DEST_HEADER, destinations),
             ("place_of_nouns.txt", PLACE_OF_HEADER, place_of_nouns)]
    head_lists = collections.defaultdict(list)
    for noun, c in head_kinds.items():
        n = sum(c.values())
        kind, k = sorted(c.items(), key=lambda x: (-x[1], x[0]))[0]
        if n >= 3 and c["person"] == 0 and 4 * k >= 3 * n:
            head_lists[kind if kind in ("place", "organization") else "thing"].append(noun)
    for file, key, what, example, kind in HEAD_NOUN_LISTS:
        lists.append((file, HEAD_NOUNS_HEADER.format(what=what, example=example, kind=kind), sorted(head_lists[key])))
    status = 0
    for file, header, words in lists:
        out = os.path.join(LEXICON, file)
        text = header + "\n" + "".join(w + "\n" for w in words)
        if CHECK:
            same = os.path.exists(out) and open(out, encoding="utf-8").read() == text
            print(f"{out}: {'regenerates byte for byte' if same else 'differs from what the corpora give'}")
            status = status or (0 if same else 1)
            continue
        tmp = out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, out)
        print(f"{len(words)} words -> {out}")
    sys.exit(status)

if __name__ == "__main__":
    main()
