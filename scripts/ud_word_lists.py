#!/usr/bin/env python3
"""Writes the word lists of the clause rules that are learned from UD English EWT and GUM train
(gold annotation; only words are written, no text of the corpora):

  models/lexicon/object_control_verbs.txt  the verbs annotated with an object (obj or iobj) and an
      open complement introduced by "to" (xcomp), i.e. whose object does the complement's action
      ("urged Washington to keep", "allowed him to stay"); lemmas.
  models/lexicon/finite_clause_marks.txt   the words that mark (deprel mark) a finite verb (VBD,
      VBZ, VBP) at least five times with no wh-word between them ("before the routes diverge",
      "after Portmann left", "because"); a preposition marking a finite verb outside this list
      ("with Norvida Pharma came from") is a parse error to the clause rules.

    scripts/ud_word_lists.py [DATA_DIR]           (default ../shared/data)
    scripts/ud_word_lists.py --check [DATA_DIR]   compare with the committed files: exit 0 if
                                                  equal, 1 if not, 77 without the data
"""
import collections
import os
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
WH_XPOS = ("WDT", "WP", "WP$", "WRB")


def sentences(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield rows


def main():
    missing = [f for f in FILES if not os.path.exists(os.path.join(DATA, "ud", f))]
    if missing:
        print(f"missing {', '.join(missing)} under {DATA}/ud", file=sys.stderr)
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    control = collections.Counter()
    marks = collections.Counter()
    for name in FILES:
        for rows in sentences(os.path.join(DATA, "ud", name)):
            kids = collections.defaultdict(list)
            for r in rows:
                kids[r[6]].append(r)
            for r in rows:
                if r[3] == "VERB":
                    ch = kids[r[0]]
                    has_object = any(c[7] in ("obj", "iobj") for c in ch)
                    to_xcomp = any(c[7] == "xcomp" and any(g[7] == "mark" and g[1].lower() == "to" for g in kids[c[0]])
                                   for c in ch)
                    if has_object and to_xcomp:
                        control[r[2].lower()] += 1
                if r[4] in ("VBD", "VBZ", "VBP"):
                    pos = int(r[0])
                    for m in kids[r[0]]:
                        between = rows[int(m[0]):pos - 1]
                        if m[7] == "mark" and int(m[0]) < pos and not any(b[4] in WH_XPOS for b in between):
                            marks[m[1].lower()] += 1
    lists = [("object_control_verbs.txt", CONTROL_HEADER, sorted(control)),
             ("finite_clause_marks.txt", MARKS_HEADER, sorted(w for w, n in marks.items() if n >= 5))]
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
