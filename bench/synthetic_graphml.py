#!/usr/bin/env python3
"""Writes a synthetic GraphML graph with the keys `ergraph build` writes (labels, types, mentions,
documents, relations, counts, confidences, stances, one evidence sentence, dates), for reload
benchmarks. Usage: synthetic_graphml.py OUT.graphml NODES EDGES (fixed seed: same file every run)."""
import random
import sys

out_path, n_nodes, n_edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
rels = ["meet", "sue", "acquire", "sign-deal-with", "criticize", "beat", "visit", "fund", "hire", "sanction"]
types = ["PERSON", "ORG", "GPE", "LOC"]


def nid(i):
    return "n%016x" % (i * 2654435761 % (1 << 64))


with open(out_path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    keys = [("label", "node", "string"), ("type", "node", "string"), ("mentions", "node", "int"),
            ("doc_ids", "node", "string"), ("e_label", "edge", "string"), ("e_count", "edge", "int"),
            ("e_confidence", "edge", "double"), ("e_polarity", "edge", "string"), ("e_modality", "edge", "string"),
            ("e_doc_ids", "edge", "string"), ("e_evidence", "edge", "string"), ("e_evidence_doc", "edge", "string"),
            ("e_evidence_sentence", "edge", "int"), ("e_dates", "edge", "string")]
    for k, dom, t in keys:
        name = k[2:] if k.startswith("e_") else k
        out.write(f'  <key id="{k}" for="{dom}" attr.name="{name}" attr.type="{t}"/>\n')
    out.write('  <graph id="G" edgedefault="directed">\n')
    for i in range(n_nodes):
        out.write(f'    <node id="{nid(i)}"><data key="label">Entity {i} Name</data><data key="type">{types[i % 4]}</data>'
                  f'<data key="mentions">{1 + i % 17}</data><data key="doc_ids">doc-{i % 9973} | doc-{(i * 7) % 9973}</data></node>\n')
    for j in range(n_edges):
        a, b = random.randrange(n_nodes), random.randrange(n_nodes)
        if a == b:
            b = (b + 1) % n_nodes
        r = rels[j % len(rels)]
        eid = "e%016x" % (j * 11400714819323198485 % (1 << 64))
        out.write(f'    <edge id="{eid}" source="{nid(a)}" target="{nid(b)}"><data key="e_label">{r}</data>'
                  f'<data key="e_count">{1 + j % 5}</data><data key="e_confidence">0.{100 + j % 899}</data>'
                  f'<data key="e_polarity">positive</data><data key="e_modality">asserted</data>'
                  f'<data key="e_doc_ids">doc-{j % 9973}</data><data key="e_evidence">Entity {a} Name did {r} Entity {b} '
                  f'Name in a sentence of some length about the matter at hand.</data><data key="e_evidence_doc">doc-{j % 9973}</data>'
                  f'<data key="e_evidence_sentence">{j % 40}</data><data key="e_dates">2024-0{1 + j % 9}-1{j % 10}</data></edge>\n')
    out.write('  </graph>\n</graphml>\n')
