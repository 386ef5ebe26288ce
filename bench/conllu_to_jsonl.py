#!/usr/bin/env python3
"""Turns CoNLL-U files into ergraph JSONL: one article per document ("# newdoc id"), its text the
"# text" lines joined by newlines. Usage: conllu_to_jsonl.py OUT.jsonl IN.conllu [IN.conllu ...]"""
import json
import sys

with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        docs, cur, name = [], [], None
        for line in open(path, encoding="utf-8"):
            if line.startswith("# newdoc id = "):
                if cur:
                    docs.append((name, cur))
                name, cur = line[14:].strip(), []
            elif line.startswith("# text = "):
                cur.append(line[9:].rstrip("\n"))
        if cur:
            docs.append((name, cur))
        for n, sents in docs:
            out.write(json.dumps({"id": n, "text": "\n".join(sents)}) + "\n")
