#!/usr/bin/env python3
"""Writes 400 conditional sentences from 13 frames (if, unless, provided (that), only if, as long
as, would ... if, whether to), 30 verbs and 30 names of many shapes, drawn with a fixed seed, and
checks what ergraph makes of them: no triple between two names may be certain (CT+), since every
event in them is a condition, a consequence or an open question; and the main clause's triple
(the subject and object of the consequence) should be found. Development material: looked at and
tuned on (the fifth session of 2026-12-07), not held out.

    python3 scripts/quality/condition_frames.py --ergraph build/cli/ergraph -o build/condition_frames

Prints "sentences with a CT+ triple: N of 400", "main triple missing: M of 400" and the sentences
behind each count. The frames and names are invented here (no sentence of the factuality sets).
"""
import argparse
import collections
import json
import os
import random
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# (third person, base, past, preposition of the object)
VERBS = [("buys", "buy", "bought", ""), ("sells", "sell", "sold", "to"), ("pays", "pay", "paid", ""),
         ("signs", "sign", "signed", "with"), ("funds", "fund", "funded", ""), ("backs", "back", "backed", ""),
         ("hires", "hire", "hired", ""), ("sues", "sue", "sued", ""), ("beats", "beat", "beat", ""),
         ("joins", "join", "joined", ""), ("supplies", "supply", "supplied", ""), ("blocks", "block", "blocked", ""),
         ("acquires", "acquire", "acquired", ""), ("merges", "merge", "merged", "with"),
         ("lends", "lend", "lent", "to"), ("invests", "invest", "invested", "in"), ("fines", "fine", "fined", ""),
         ("hosts", "host", "hosted", ""), ("sponsors", "sponsor", "sponsored", ""),
         ("releases", "release", "released", ""), ("loans", "loan", "loaned", ""), ("ships", "ship", "shipped", "to"),
         ("exports", "export", "exported", "to"), ("imports", "import", "imported", "from"),
         ("bans", "ban", "banned", ""), ("approves", "approve", "approved", ""), ("signs", "sign", "signed", ""),
         ("leaves", "leave", "left", ""), ("visits", "visit", "visited", ""), ("attacks", "attack", "attacked", "")]
NAMES = ["Kestrel Bank", "Nordbank", "Tarn Genomics", "Kenya", "Uganda", "Harvest Foods", "Granite Capital",
         "Oakhurst Rangers", "Dalby Town", "Ama Owusu", "Jonas Berg", "Lumen Diagnostics", "Peru", "Chile",
         "Summit Mining", "Beacon Media", "Kivu Metals", "Zambia", "Westmarch County Council", "Felix Gantt",
         "Norvida Pharma", "Colombo Kings", "Sparks United", "Plains Energy", "Saints FC", "Lima Gas", "Nairobi Water",
         "Ingrid Salo", "Rosa Moreno", "Tavita Leota"]
FRAMES = [
    "If {A} {v3} {B}, {C} will {v2} {D}.",
    "{C} will {v2} {D} if {A} {v3} {B}.",
    "Unless {A} {v3} {B}, {C} will {v2} {D}.",
    "{C} will {v2} {D} unless {A} {v3} {B}.",
    "{C} will {v2} {D} provided that {A} {v3} {B}.",
    "Provided that {A} {v3} {B}, {C} will {v2} {D}.",
    "{C} will {v2} {D} provided {A} {v3} {B}.",
    "{C} would {v2} {D} if {A} {vd} {B}.",
    "If {A} {vd} {B}, {C} would {v2} {D}.",
    "{C} could {v2} {D} only if {A} {v3} {B}.",
    "{C} will decide next week whether to {v2} {D}.",
    "{C} has not decided whether to {v2} {D}.",
    "{C} will {v2} {D} as long as {A} {v3} {B}.",
]


def sentences(n=400, seed=7):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        frame = rnd.choice(FRAMES)
        a, b, c, d = rnd.sample(NAMES, 4)
        v, w = rnd.choice(VERBS), rnd.choice(VERBS)
        obj = (v[3] + " " if v[3] else "") + b
        main_obj = (w[3] + " " if w[3] else "") + d
        out.append((frame.format(A=a, B=obj, C=c, D=main_obj, v3=v[0], v2=w[1], vd=v[2]), c, d))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ergraph", default=os.path.join(ROOT, "build", "cli", "ergraph"))
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "build", "condition_frames"))
    args = ap.parse_args()
    rows = sentences()
    shutil.rmtree(args.output, ignore_errors=True)
    os.makedirs(args.output)
    docs = os.path.join(args.output, "sentences.jsonl")
    with open(docs, "w", encoding="utf-8") as f:
        for i, (text, _, _) in enumerate(rows):
            f.write(json.dumps({"id": f"s{i:03d}", "text": text}) + "\n")
    out = os.path.join(args.output, "out")
    subprocess.run([args.ergraph, "build", docs, "-o", out], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    triples = collections.defaultdict(list)
    with open(os.path.join(out, "triples.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            triples[t["doc_id"]].append(t)
    certain, missing = [], []
    for i, (text, c, d) in enumerate(rows):
        ts = triples.get(f"s{i:03d}", [])
        if any(t.get("factuality") == "CT+" and t["object"]["type"] != "CONCEPT" for t in ts):
            certain.append(text)
        if (c, d) not in {(t["subject"]["name"], t["object"]["name"]) for t in ts}:
            missing.append(text)
    print(f"sentences with a CT+ triple: {len(certain)} of {len(rows)}")
    for text in certain:
        print("  CT+:", text)
    print(f"main triple missing: {len(missing)} of {len(rows)}")
    for text in missing:
        print("  missing:", text)


if __name__ == "__main__":
    main()
