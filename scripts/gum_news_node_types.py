#!/usr/bin/env python3
"""How many PERSON nodes of a graph of GUM's news articles are people (issue 10's check).

    scripts/gum_news_node_types.py ERGRAPH [SHARED_DATA_DIR]

Builds a graph of the GUM news documents of ud/en_gum-ud-{train,dev}.conllu (text from the
"# text" lines, one JSONL article per document) with ERGRAPH, then looks every node's label up
among GUM's gold mentions (the words of each Entity= bracket): a node is checked when its label is
the text of a gold mention (a leading "the" aside); its gold type is that mention's type
(person, organization, place, ...). Prints, per node type, how many nodes were checked and how
many have another gold type, with examples.
"""
import collections, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ergraph = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
docs, gold = collections.OrderedDict(), collections.defaultdict(collections.Counter)
for split in ("train", "dev"):
    doc, words, opened = None, [], []
    for line in open(os.path.join(data, "ud", f"en_gum-ud-{split}.conllu"), encoding="utf-8"):
        if line.startswith("# newdoc id = "):
            doc = line[14:].strip()
        elif line.startswith("# text = ") and doc and doc.startswith("GUM_news_"):
            docs.setdefault(doc, []).append(line[9:].rstrip("\n"))
        elif doc and doc.startswith("GUM_news_") and line and line[0].isdigit():
            cols = line.rstrip("\n").split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
            misc = cols[9]
            m = re.search(r"Entity=([^|]*)", misc)
            if m:
                v = m.group(1)
                for op in re.finditer(r"\((\d+)-([a-z]+)", v):
                    opened.append((op.group(1), op.group(2), len(words) - 1))
                # single-token mentions close on the same token: "(3-place-...)"
                for cl in re.finditer(r"(?:^|[^-\w])(\d+)\)", v):
                    eid = cl.group(1)
                    for k in range(len(opened) - 1, -1, -1):
                        if opened[k][0] == eid:
                            _, typ, start = opened.pop(k)
                            text = " ".join(words[start:])
                            if text.lower().startswith("the "):
                                text = text[4:]
                            gold[text][typ] += 1
                            break
                # "(id-...)" opening and closing on this token
                for op in re.finditer(r"\((\d+)-([a-z]+)[^()]*\)", v):
                    for k in range(len(opened) - 1, -1, -1):
                        if opened[k][0] == op.group(1) and opened[k][2] == len(words) - 1:
                            opened.pop(k)
                            gold[words[-1]][op.group(2)] += 1
                            break
        elif not line.strip():
            words, opened = [], []

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "gum_news.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for d, sents in docs.items():
            f.write(json.dumps({"id": d, "text": "\n".join(sents)}) + "\n")
    subprocess.run([ergraph, "build", src, "-o", os.path.join(tmp, "out"), "-q"], check=True)
    root = ET.parse(os.path.join(tmp, "out", "graph.graphml")).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key") if k.get("for") == "node"}
    by_type = collections.defaultdict(lambda: [0, 0, 0, []])  # nodes, checked, other type, examples
    for n in root.iter(ns + "node"):
        d = {keys.get(x.get("key")): (x.text or "") for x in n.findall(ns + "data")}
        t, label = d.get("type"), d.get("label", "")
        if t == "CONCEPT":
            continue
        row = by_type[t]
        row[0] += 1
        g = gold.get(label)
        if not g:
            continue
        row[1] += 1
        want = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}.get(t)
        top = g.most_common(1)[0][0]
        if want and top != want:
            row[2] += 1
            row[3].append(f"{label} ({top})")
print(f"{len(docs)} GUM news documents")
for t, (nodes, checked, other, ex) in sorted(by_type.items()):
    print(f"{t:<7} {nodes:>4} nodes, {checked:>4} found among gold mentions, {other:>3} of another gold type"
          + (": " + ", ".join(ex[:12]) if ex else ""))
