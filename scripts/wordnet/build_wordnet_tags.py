#!/usr/bin/env python3
"""Writes the tagger's open-class lexicon: every single-word lemma of WordNet 3.0 with its
inflected forms, each with the Penn Treebank tags it can carry, from Debian's wordnet-base package
(/usr/share/wordnet: index.*, data.noun, *.exc).

    apt-get install wordnet-base
    python3 scripts/wordnet/build_wordnet_tags.py -o build/wordnet_tags.tsv
    # scripts/train_tagger.sh runs this, then `ergraph train tagger --lexicon build/wordnet_tags.tsv`

The tagger uses a word's lexicon tags only where its training data does not give the word an
ambiguity class (a word seen fewer than twice), so what it learns is how far to trust WordNet on
rare and unseen words (models/TAGGER.md).

Forms, lower case, letters with inner hyphens, apostrophes or dots:
  noun   NN; plural NNS (noun.exc, else the regular -s/-es/-ies). A noun whose every entry in
         data.noun is capitalized ("paris") is NNP only and gets no plural.
  verb   VB VBP; VBZ (-s/-es/-ies); VBD VBN (verb.exc past forms, else -d/-ed/-ied and, for a
         short consonant-vowel-consonant ending, the doubled consonant as well); VBG (verb.exc,
         else -ing, -ying for -ie, the final e dropped).
  adj    JJ; JJR/JJS only as adj.exc lists them (comparatives are not generated).
  adv    RB.
Generated forms that are not English words do no harm: the tagger meets only the words it is given.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licensed under the
WordNet 3.0 licence (/usr/share/doc/wordnet-base/copyright), which permits use, copying,
modification and distribution with this notice; see models/TAGGER.md.
"""
import argparse
import hashlib
import pathlib
import re
import sys

WORD = re.compile(r"^[a-z](?:[a-z'.-]*[a-z])?$")
VOWELS = set("aeiou")


def read_index(path: pathlib.Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        lemma = line.split(" ", 1)[0]
        if "_" in lemma or not WORD.match(lemma) or len(lemma) < 2:
            continue
        out.append(lemma)
    return out


def read_exc(path: pathlib.Path) -> dict[str, list[str]]:
    """base -> inflected forms (single words only)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) < 2 or not WORD.match(parts[0]):
            continue
        for base in parts[1:]:
            if "_" not in base:
                out.setdefault(base, []).append(parts[0])
    return out


def capitalized_only_nouns(data_noun: pathlib.Path) -> set[str]:
    """Lemmas whose every occurrence in data.noun starts with a capital letter."""
    upper, lower = set(), set()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split(" ")
        count = int(f[3], 16)
        for i in range(count):
            w = f[4 + 2 * i]
            w = re.sub(r"\([a-z]+\)$", "", w)  # adjective markers such as (a), (p)
            (upper if w[:1].isupper() else lower).add(w.lower())
    return upper - lower


def plural(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def cvc(w: str) -> bool:
    return (len(w) >= 3 and w[-1] not in VOWELS and w[-1] not in "wxy" and w[-2] in VOWELS
            and w[-3] not in VOWELS)


def past(w: str) -> list[str]:
    if w.endswith("e"):
        return [w + "d"]
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return [w[:-1] + "ied"]
    out = [w + "ed"]
    if cvc(w):
        out.append(w + w[-1] + "ed")
    return out


def gerund(w: str) -> list[str]:
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        return [w[:-1] + "ing"]
    out = [w + "ing"]
    if cvc(w):
        out.append(w + w[-1] + "ing")
    return out


def build(wn: pathlib.Path) -> str:
    tags: dict[str, set[str]] = {}

    def add(form: str, *ts: str) -> None:
        if WORD.match(form):
            tags.setdefault(form, set()).update(ts)

    proper = capitalized_only_nouns(wn / "data.noun")
    noun_exc = read_exc(wn / "noun.exc")
    for n in read_index(wn / "index.noun"):
        if n in proper:
            add(n, "NNP")
            continue
        add(n, "NN")
        for p in noun_exc.get(n, [plural(n)]):
            add(p, "NNS")
    verb_exc = read_exc(wn / "verb.exc")
    for v in read_index(wn / "index.verb"):
        add(v, "VB", "VBP")
        add(plural(v), "VBZ")
        exc = verb_exc.get(v, [])
        ings = [f for f in exc if f.endswith("ing")]
        zs = [f for f in exc if f.endswith("s") and f not in ings and f.startswith(v[:2])]
        pasts = [f for f in exc if f not in ings and f not in zs]
        for f in zs:
            add(f, "VBZ")
        for f in pasts or past(v):
            add(f, "VBD", "VBN")
        for f in ings or gerund(v):
            add(f, "VBG")
    adj_exc = read_exc(wn / "adj.exc")
    for a in read_index(wn / "index.adj"):
        add(a, "JJ")
        for f in adj_exc.get(a, []):
            add(f, "JJS" if f.endswith("est") else "JJR" if f.endswith("er") else "JJ")
    for r in read_index(wn / "index.adv"):
        add(r, "RB")
    order = ["NN", "NNS", "NNP", "VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "JJ", "JJR", "JJS", "RB"]
    lines = [f"{w}\t{' '.join(t for t in order if t in tags[w])}\n" for w in sorted(tags)]
    return "".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", default="/usr/share/wordnet", type=pathlib.Path,
                    help="WordNet dict folder (Debian: wordnet-base)")
    ap.add_argument("-o", "--output", type=pathlib.Path, required=True)
    args = ap.parse_args()
    if not (args.wordnet / "index.noun").exists():
        sys.exit(f"{args.wordnet}/index.noun not found: install Debian's wordnet-base (apt-get install wordnet-base)")
    text = build(args.wordnet)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(args.output.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.output)
    print(f"{args.output}: {text.count(chr(10))} forms, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
