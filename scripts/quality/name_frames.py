#!/usr/bin/env python3
"""Puts every name of the dev split of tests/quality/factuality.jsonl into new sentence frames and
counts how often ergraph finds a triple between the two names a frame joins: 17 frames (plain,
report, denial, accusation, request, condition), each name once in the first slot of each frame,
the other slots filled by other dev names drawn with a fixed seed. Where the factuality sets ask
whether a triple has the right value, this asks only whether the names and their link are found,
in constructions the dev sentences do not have. Development material: looked at and tuned on.

    python3 scripts/quality/name_frames.py --ergraph build/cli/ergraph -o build/name_frames

Prints "found N of M" and the sentences without the pair. A pair counts as found when a triple
joins the two names in either direction, by canonical name or by the text it was read from.
Capitals are read as their country ("Port Vila" -> Vanuatu) and "NATO" is given its full name, so
those two names are left out; so are craft names ("Helio-4"), which do not act. Only the dev split
is read: the test split stays held out.
"""
import argparse
import collections
import json
import os
import random
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRAMES = [
    "{A} signed a supply deal with {B} on Monday.",
    "Officials said {A} had paid {B} in March.",
    "{C} denied that {A} had paid {B}.",
    "If {A} buys {B}, regulators will object.",
    "According to analysts, {A} will sue {B}.",
    "{A} was accused of bribing {B}.",
    "{A} urged {B} to cut prices.",
    "{C} denied that {A} had lent money to {B}.",
    "{A} denies supplying equipment to {B}.",
    "{C} rejected claims that {A} had hired {B}.",
    "{C} accused {A} of defrauding {B}.",
    "{A} allegedly threatened {B} last year.",
    "{B} was paid by {A}, {C} said.",
    "If {A} signs with {B}, {C} will appeal.",
    "{A} will sue {B} unless {C} pays the debt.",
    "{C} told reporters that {A} had met {B}.",
    "{C} dismissed reports that {A} had visited {B}.",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ergraph", default=os.path.join(ROOT, "build", "cli", "ergraph"))
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "build", "name_frames"))
    args = ap.parse_args()
    names = set()
    with open(os.path.join(ROOT, "tests", "quality", "factuality.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["split"] != "dev":
                continue
            for t in d["triples"]:
                names.update((t["subject"], t["object"]))
    names = sorted(n for n in names if n not in ("Port Vila", "NATO") and not n.startswith("Helio"))
    rnd = random.Random(7)
    rows = []
    for a in names:
        for frame in FRAMES:
            b = rnd.choice([n for n in names if n != a])
            c = rnd.choice([n for n in names if n not in (a, b)])
            rows.append((frame.format(A=a, B=b, C=c), a, b))
    texts = os.path.join(args.output, "texts")
    shutil.rmtree(args.output, ignore_errors=True)
    os.makedirs(texts)
    for i, (text, _, _) in enumerate(rows):
        with open(os.path.join(texts, f"s{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    out = os.path.join(args.output, "out")
    subprocess.run([args.ergraph, "build", texts, "-o", out],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = collections.defaultdict(set)
    with open(os.path.join(out, "triples.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            doc = os.path.basename(d["doc_id"])
            s = {d["subject"]["name"], d["subject"].get("mention", "")}
            o = {d["object"]["name"], d["object"].get("mention", "")}
            for x in s:
                for y in o:
                    found[doc].update({(norm(x), norm(y)), (norm(y), norm(x))})
    missed = [text for i, (text, a, b) in enumerate(rows) if (norm(a), norm(b)) not in found[f"s{i:04d}.txt"]]
    print(f"found {len(rows) - len(missed)} of {len(rows)}")
    for text in missed:
        print("  missed:", text)


def norm(name):
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


if __name__ == "__main__":
    main()
