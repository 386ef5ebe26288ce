#!/usr/bin/env python3
"""Golden check of `ergraph build samples/`, with the known errors kept apart.

    check_samples.py ERGRAPH OUTDIR [--approve]

OUTDIR holds the output of `ergraph build samples/ -o OUTDIR`. Three files under tests/golden/:

  known_errors.jsonl   outputs we know are wrong, one per line: the input, the wrong output
                       ("wrong": a triple that is produced; "missing": a triple that is not; or a
                       wrong node alias) and what it should be. Never part of a golden file.
  samples/triples.jsonl  every other triple of OUTDIR/triples.jsonl, as written: reviewed as right.
  samples/nodes.tsv      every entity node of OUTDIR/graph.graphml (label, type, mentions,
                         documents, aliases) without the known-wrong aliases. CONCEPT nodes are
                         left out: they exist only as triple objects, checked with the triples.

The check fails when the output differs from a golden file (the diff is printed), and when a
known error no longer occurs: then it was fixed (or changed) and its entry must be removed or
updated, so a fix is visible. Known errors whose input is a single sentence ("source":
"sentence") are run through ERGRAPH on their own.

--approve (ERGRAPH_APPROVE=1 in e2e.sh) prints the diff and rewrites the two golden files; the
known errors are still checked and never approved.
"""
import difflib
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_TRIPLES = os.path.join(HERE, "samples", "triples.jsonl")
GOLDEN_NODES = os.path.join(HERE, "samples", "nodes.tsv")
KNOWN = os.path.join(HERE, "known_errors.jsonl")
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def read_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def matches(spec, t):
    """Whether triple record `t` (a triples.jsonl object) is the triple `spec` describes."""
    if (t["subject"]["name"], t["relation"], t["object"]["name"]) != (spec["subject"], spec["relation"], spec["object"]):
        return False
    for field in ("polarity", "modality", "attribution"):
        if field in spec and t.get(field, "") != spec[field]:
            return False
    return True


def in_scope(e, t):
    """Whether triple record `t` comes from the input of known error `e`."""
    if e["source"] == "sentence":
        return t["doc_id"] == e["id"] + ".txt"
    return t["doc_id"] == e["doc_id"] and t["sentence"] == e["sentence"]


def nodes_of(graphml_path):
    root = ET.parse(graphml_path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(GRAPHML + "key") if k.get("for") == "node"}
    rows = []
    for n in root.iter(GRAPHML + "node"):
        d = {keys.get(x.get("key"), x.get("key")): (x.text or "") for x in n.findall(GRAPHML + "data")}
        aliases = [a for a in d.get("aliases", "").split(" | ") if a]
        if d.get("type") == "CONCEPT":
            continue
        rows.append([d.get("label", ""), d.get("type", ""), d.get("mentions", ""), d.get("documents", ""), aliases])
    return rows


def node_lines(rows, wrong_aliases):
    lines = []
    for label, typ, mentions, documents, aliases in sorted(rows, key=lambda r: (r[0], r[1])):
        kept = [a for a in aliases if (label, a) not in wrong_aliases]
        lines.append("\t".join([label, typ, mentions, documents, " | ".join(kept)]))
    return lines


def diff(golden, actual, name):
    return list(difflib.unified_diff(golden, actual, f"tests/golden/samples/{name} (approved)", f"{name} (this build)",
                                     lineterm="", n=1))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    ergraph, outdir, approve = argv[1], argv[2], "--approve" in argv[3:]
    known = [json.loads(line) for line in read_lines(KNOWN) if line.strip()]
    out_lines = read_lines(os.path.join(outdir, "triples.jsonl"))
    triples = [json.loads(line) for line in out_lines]

    # Single sentences of known errors, each in a file of its own.
    sentence_triples = []
    sentence_errors = [e for e in known if e["source"] == "sentence"]
    if sentence_errors:
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "in"))
            for e in sentence_errors:
                with open(os.path.join(tmp, "in", e["id"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write(e["text"] + "\n")
            subprocess.run([ergraph, "build", os.path.join(tmp, "in"), "-o", os.path.join(tmp, "out"), "-q"], check=True)
            sentence_triples = [json.loads(line) for line in read_lines(os.path.join(tmp, "out", "triples.jsonl"))]

    failures = []
    known_lines = set()
    for e in known:
        if e["kind"] == "alias":
            continue
        pool = sentence_triples if e["source"] == "sentence" else triples
        hits = [i for i, t in enumerate(pool) if in_scope(e, t) and matches(e.get("wrong") or e["missing"], t)]
        if "wrong" in e:
            if not hits:
                failures.append(f"{e['id']} no longer occurs: {json.dumps(e['wrong'])} is not produced from "
                                f"\"{e['text']}\" (fixed? check the output and remove or update the entry in "
                                f"tests/golden/known_errors.jsonl)")
            if e["source"] != "sentence":
                known_lines.update(hits)
        elif hits:
            failures.append(f"{e['id']} no longer occurs: {json.dumps(e['missing'])} is now produced from "
                            f"\"{e['text']}\" (fixed? remove the entry from tests/golden/known_errors.jsonl)")

    rows = nodes_of(os.path.join(outdir, "graph.graphml"))
    aliases = {(r[0], a) for r in rows for a in r[4]}
    wrong_aliases = set()
    for e in known:
        if e["kind"] != "alias":
            continue
        if (e["node"], e["alias"]) in aliases:
            wrong_aliases.add((e["node"], e["alias"]))
        else:
            failures.append(f"{e['id']} no longer occurs: node \"{e['node']}\" has no alias \"{e['alias']}\" "
                            f"(fixed? remove the entry from tests/golden/known_errors.jsonl)")

    actual_triples = [line for i, line in enumerate(out_lines) if i not in known_lines]
    actual_nodes = node_lines(rows, wrong_aliases)
    changes = diff(read_lines(GOLDEN_TRIPLES), actual_triples, "triples.jsonl") + \
        diff(read_lines(GOLDEN_NODES), actual_nodes, "nodes.tsv")
    for line in changes:
        print(line)
    if changes and approve:
        for path, lines in ((GOLDEN_TRIPLES, actual_triples), (GOLDEN_NODES, actual_nodes)):
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines))
        print("approved: the diff above is now in tests/golden/samples/ (review it before committing)")
    elif changes:
        failures.append("the output differs from tests/golden/samples/ (diff above). If the change is right, approve "
                        "it with ERGRAPH_APPROVE=1; if a new output is wrong, add it to tests/golden/known_errors.jsonl")
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print(f"samples golden: {len(actual_triples)} triples and {len(actual_nodes)} nodes as approved; "
              f"{len(known)} known errors still occur")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
