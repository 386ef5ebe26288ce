#!/usr/bin/env python3
"""Writes a name-robustness variant of the dev split of tests/quality/factuality.jsonl: each dev
sentence whose gold names all appear verbatim in its text, twice, with every name swapped for one
of the same rough kind (place, person, organisation) drawn from pools of names of many shapes:
company suffixes (AS, Ltd, Inc., S.A., Corp.), "of" and particles inside names ("Bank of Kigali",
"Banco do Sertão"), hyphens ("Jean-Luc Moreau", "Guinea-Bissau"), diacritics, three-word
personal names. The structure of each sentence is the dev split's; only the names change, so the
score shows how much of the extraction depends on the names it meets.

    python3 scripts/quality/name_variants.py -o build/factuality_name_variants.jsonl
    build/cli/ergraph eval triples --gold build/factuality_name_variants.jsonl

A place is a name the gazetteer (models/gazetteer.tsv) lists as GPE or LOC, a person one whose first
word is a given name (models/given_name_gender.tsv); anything else is an organisation. The swap is
deterministic (fixed seed), so the file is the same on every run. Some variants read oddly (an
organisation doing what a country did); the extraction is still expected to find the triple.
Only the dev split is read: the test split stays held out.
"""
import argparse
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PERSONS = ["Jean-Luc Moreau", "Aisha bin Saleh", "Pieter van der Berg", "María José Gómez", "Sean O'Brien", "Li Wei",
           "Nguyen Van An", "Amara Okafor", "Kwame Mensah", "Ingrid Solberg", "Rajesh Iyer", "Fatima Zahra Benali",
           "Olusegun Adeyemi", "Ana Lúcia Costa", "Mikko Virtanen", "Hamid Karimi"]
ORGS = ["Bank of Kigali", "Groupe Lumière", "Tata Steel", "Al-Noor Holdings", "Banco do Sertão", "Kivu Copper Corp.",
        "Nordlys Energi AS", "Sahel Logistics Ltd", "Pacific Tuna Cooperative", "Andes Mining S.A.",
        "Red Crescent Hospital", "Baltic Data Systems", "Makerere University", "Bergen Athletic",
        "Port of Mombasa Authority", "Sunrise Textiles Inc."]
PLACES = ["Côte d'Ivoire", "Papua New Guinea", "Bosnia and Herzegovina", "Timor-Leste", "Sri Lanka", "Burkina Faso",
          "New Zealand", "Costa Rica", "Cape Verde", "Guinea-Bissau", "Saudi Arabia", "South Korea"]


def read_names(path, keep):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if keep(cols):
                out.add(cols[0])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "quality", "factuality.jsonl"))
    args = ap.parse_args()
    random.seed(7)
    places = read_names(os.path.join(ROOT, "models", "gazetteer.tsv"), lambda c: len(c) >= 3 and c[2] in ("GPE", "LOC"))
    given = read_names(os.path.join(ROOT, "models", "given_name_gender.tsv"), lambda c: True)
    out = []
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["split"] != "dev":
                continue
            names = []
            for t in d["triples"]:
                for k in ("subject", "object", "source"):
                    n = t.get(k)
                    if n and n != "author" and n not in names:
                        names.append(n)
            if not all(n in d["text"] for n in names):
                continue
            for variant in range(2):
                swap, used = {}, set()
                for n in names:
                    pool = PLACES if n in places else PERSONS if n.split()[0] in given and len(n.split()) <= 3 else ORGS
                    pick = random.choice([x for x in pool if x not in used])
                    used.add(pick)
                    swap[n] = pick
                text = d["text"]
                for n in sorted(swap, key=len, reverse=True):
                    text = text.replace(n, "\x00%d\x00" % names.index(n))
                for i, n in enumerate(names):
                    text = text.replace("\x00%d\x00" % i, swap[n])
                e = dict(d, id="%s-v%d" % (d["id"], variant), text=text, triples=[])
                for t in d["triples"]:
                    e["triples"].append({k: swap.get(v, v) if k in ("subject", "object", "source") else v for k, v in t.items()})
                out.append(e)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for e in out:
            f.write(json.dumps(e) + "\n")
    os.replace(tmp, args.output)
    print(f"{len(out)} sentences, {sum(len(e['triples']) for e in out)} gold triples -> {args.output}")


if __name__ == "__main__":
    main()
