#!/usr/bin/env python3
"""Writes models/lexicon/object_control_verbs.txt: the verbs that UD English EWT and GUM train
annotate with an object (obj or iobj) and an open complement introduced by "to" (xcomp), i.e.
whose object does the complement's action ("urged Washington to keep", "allowed him to stay").
Only lemmas are written, no text of the corpora.

    scripts/object_control_verbs.py [DATA_DIR]           (default ../shared/data)
    scripts/object_control_verbs.py --check [DATA_DIR]   compare with the committed file: exit 0 if
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
OUT = os.path.join(ROOT, "models", "lexicon", "object_control_verbs.txt")
HEADER = ("# Verbs whose object does the action of their \"to\" complement (\"urged Washington to keep\", "
          "\"allowed him to stay\"): the lemmas UD English EWT and GUM train annotate with an object and a "
          "\"to\" xcomp, written by scripts/object_control_verbs.py (a word added by hand is lost when the "
          "script runs again). Another verb whose \"to\" clause follows an adjunct after the object is read "
          "as acting itself (\"beat Samoa 24-17 in Suva to win the cup\"). Lower case.")


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
    counts = collections.Counter()
    for name in FILES:
        for rows in sentences(os.path.join(DATA, "ud", name)):
            kids = collections.defaultdict(list)
            for r in rows:
                kids[r[6]].append(r)
            for r in rows:
                if r[3] != "VERB":
                    continue
                ch = kids[r[0]]
                has_object = any(c[7] in ("obj", "iobj") for c in ch)
                to_xcomp = any(c[7] == "xcomp" and any(g[7] == "mark" and g[1].lower() == "to" for g in kids[c[0]])
                               for c in ch)
                if has_object and to_xcomp:
                    counts[r[2].lower()] += 1
    text = HEADER + "\n" + "".join(w + "\n" for w in sorted(counts))
    if CHECK:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print(f"{OUT}: {'regenerates byte for byte' if same else 'differs from what the corpora give'}")
        sys.exit(0 if same else 1)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, OUT)
    print(f"{len(counts)} verbs ({sum(counts.values())} occurrences) -> {OUT}")


if __name__ == "__main__":
    main()
