#!/usr/bin/env bash
# Render times of Graphviz drawings on the largest graph we build from the shared corpora:
# the text of UD English EWT and GUM (train + dev), one JSONL article per document.
#   bench/diagram.sh [BUILD_DIR]
# Prints the graph's size, then the wall time of `sfdp -Tsvg graph.dot` (the whole graph as
# `build` writes it), `dot -Tsvg graph.dot` (the file names its engine, so plain dot renders it
# the same way) and of two `ergraph diagram` drawings, each on one core.
set -euo pipefail
BUILD="${1:-build}"
SHARED="${ERGRAPH_SHARED:-../shared}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$(dirname "$0")/conllu_to_jsonl.py" "$TMP/all.jsonl" "$SHARED"/data/ud/en_{ewt,gum}-ud-{train,dev}.conllu
"$BUILD/cli/ergraph" build "$TMP/all.jsonl" -o "$TMP/out" -q
echo "graph: $(grep -c '<node ' "$TMP/out/graph.graphml") nodes, $(grep -c '<edge ' "$TMP/out/graph.graphml") edges"
echo "graph.dot header: $(sed -n 1p "$TMP/out/graph.dot" | cut -c1-100)"
t() { local s e; s=$(date +%s.%N); taskset -c 0 "$@" >/dev/null 2>"$TMP/err"; e=$(date +%s.%N); python3 -c "print(f'{$e-$s:.2f} s')"; }
echo "sfdp -Tsvg graph.dot: $(t sfdp -Tsvg "$TMP/out/graph.dot" -o "$TMP/g1.svg")"
echo "dot -Tsvg graph.dot:  $(t dot -Tsvg "$TMP/out/graph.dot" -o "$TMP/g2.svg")"
"$BUILD/cli/ergraph" diagram "$TMP/out/graph.graphml" -o "$TMP/top.dot" 2>/dev/null
echo "diagram (default: 60 busiest entities), dot -Tsvg: $(t dot -Tsvg "$TMP/top.dot" -o "$TMP/top.svg")"
"$BUILD/cli/ergraph" diagram "$TMP/out/graph.graphml" --top 300 --budget 300 -o "$TMP/top300.dot" 2>/dev/null
echo "diagram --top 300, dot -Tsvg: $(t dot -Tsvg "$TMP/top300.dot" -o "$TMP/top300.svg")"
