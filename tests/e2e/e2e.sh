#!/usr/bin/env bash
# End-to-end tests of the ergraph CLI. Usage: ERGRAPH=path/to/ergraph e2e.sh CASE
# Each case exits 0 on success; `fail` prints why and exits 1.
set -uo pipefail
: "${ERGRAPH:?set ERGRAPH to the ergraph binary}"
SHARED="${ERGRAPH_SHARED:-../shared}"  # the corpora and schemas beside the checkout
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_in() { grep -q -- "$1" "$2" || { echo "--- $2:"; cat "$2"; fail "expected '$1' in $2"; }; }
have() { command -v "$1" >/dev/null 2>&1; }

# need GATE WHAT...: what a case needs from outside the repository, each WHAT "file:PATH",
# "prog:NAME" or "py:MODULE". If something is missing the case never passes: with CI=true it
# fails naming the gate and what is missing; elsewhere it exits 77, which ctest reports as skipped.
need() {
  local gate=$1 missing="" w
  shift
  for w in "$@"; do
    case $w in
      file:*) [ -e "${w#file:}" ] || missing="$missing file ${w#file:},";;
      prog:*) have "${w#prog:}" || missing="$missing program ${w#prog:},";;
      py:*) /usr/bin/python3 -c "import ${w#py:}" 2>/dev/null || missing="$missing Python module ${w#py:},";;
    esac
  done
  [ -z "$missing" ] && return 0
  [ "${CI:-}" = true ] && fail "$gate: missing${missing%,} (CI=true and a prerequisite is missing)"
  echo "SKIPPED $gate: missing${missing%,} (set CI=true to make this a failure)"
  exit 77
}

build_samples() {  # builds samples/ into $TMP/out once
  [ -f "$TMP/out/graph.graphml" ] && return 0
  "$ERGRAPH" build samples/ -o "$TMP/out" -j 2 2>"$TMP/build.err" || { cat "$TMP/build.err"; fail "build exited $?"; }
}

case_help() {
  "$ERGRAPH" --help >"$TMP/help" || fail "--help exited non-zero"
  expect_in "build" "$TMP/help"
  expect_in "path" "$TMP/help"
  expect_in "Exit codes" "$TMP/help"
  "$ERGRAPH" build --help >"$TMP/bhelp" || fail "build --help exited non-zero"
  expect_in "standard input" "$TMP/bhelp"
  "$ERGRAPH" path --help >"$TMP/phelp" || fail "path --help exited non-zero"
  expect_in "max-hops" "$TMP/phelp"
  "$ERGRAPH" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command must exit 2"
}

case_build_samples() {
  build_samples
  for f in graph.graphml graph.gexf graph.dot triples.jsonl entities.jsonl; do [ -s "$TMP/out/$f" ] || fail "$f missing or empty"; done
  expect_in "5 documents read, 0 skipped" "$TMP/build.err"
  expect_in "sentences" "$TMP/build.err"
  expect_in "nodes" "$TMP/build.err"
  # Entities merged across documents: one node for Vladimir Putin, one for the United States.
  [ "$(grep -c '<data key="label">Vladimir Putin</data>' "$TMP/out/graph.graphml")" = 1 ] || fail "Vladimir Putin should be exactly one node"
  [ "$(grep -c '<data key="label">United States</data>' "$TMP/out/graph.graphml")" = 1 ] || fail "United States should be exactly one node"
  grep -q '"doc_id":"wire-2025-0412"' "$TMP/out/triples.jsonl" || fail "JSONL ids must become document ids"
  ls "$TMP/out" | grep -q tmp && fail "temporary files left in the output folder"
  return 0
}

case_outputs_xsd() {
  local xsd="$SHARED/schemas/graphml/graphml.xsd"
  need "GraphML schema check" prog:xmllint "file:$xsd"
  build_samples
  xmllint --nonet --noout --schema "$xsd" "$TMP/out/graph.graphml" 2>"$TMP/xsd" || { cat "$TMP/xsd"; fail "GraphML does not validate"; }
}

case_outputs_gexf() {
  local rng="$SHARED/schemas/gexf-1.3/gexf.rng"
  need "GEXF schema check" prog:xmllint "file:$rng"
  build_samples
  xmllint --nonet --noout --relaxng "$rng" "$TMP/out/graph.gexf" 2>"$TMP/rng" || { cat "$TMP/rng"; fail "GEXF does not validate"; }
  # As many GEXF edges as GraphML edges (Gephi keeps them apart through kind), and the JSONL
  # articles' dates on the timeline.
  [ "$(grep -c '<edge ' "$TMP/out/graph.gexf")" = "$(grep -c '<edge ' "$TMP/out/graph.graphml")" ] || fail "GEXF and GraphML edge counts differ"
  grep -q 'timeformat="date"' "$TMP/out/graph.gexf" || fail "GEXF has no timeline"
  grep -q '<spell start="2025-04-12" end="2025-04-12"/>' "$TMP/out/graph.gexf" || fail "the 2025-04-12 article is not on the timeline"
  grep -q '"date":"2025-04-15","title":"EU weighs response","url":"https://example.org/wire/0415"' "$TMP/out/triples.jsonl" || fail "JSONL triples lack the article's date, title and url"
}

case_outputs_networkx() {
  need "networkx load check" prog:/usr/bin/python3 py:networkx
  build_samples
  /usr/bin/python3 - "$TMP/out/graph.graphml" <<'PY' || fail "networkx could not load the GraphML with labels"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() > 3 and g.number_of_edges() > 3, (g.number_of_nodes(), g.number_of_edges())
assert all("label" in d and d["label"] for _, d in g.nodes(data=True))
assert all("label" in d and d.get("weight", 0) >= 1 for *_, d in g.edges(data=True))
labels = {d["label"] for _, d in g.nodes(data=True)}
assert "Vladimir Putin" in labels and "United States" in labels, labels
PY
}

# GraphML that networkx writes itself for a multigraph repeats edge ids (its edge keys): path
# exits 65 with E508 and says how to write unique ids, and the file written that way is read.
case_networkx_multigraph() {
  need "networkx multigraph input" prog:/usr/bin/python3 py:networkx
  /usr/bin/python3 - "$TMP/multi.graphml" "$TMP/unique.graphml" <<'PY' || fail "networkx could not write the test graphs"
import sys, networkx as nx
g = nx.MultiDiGraph()
g.add_edge("Kenya", "Uganda", label="sign")
g.add_edge("Kenya", "Uganda", label="meet")
g.add_edge("Uganda", "Rwanda", label="trade")
nx.write_graphml(g, sys.argv[1])
for i, (u, v, k) in enumerate(g.edges(keys=True)):
    g.edges[u, v, k]["id"] = f"e{i}"
nx.write_graphml(g, sys.argv[2], edge_id_from_attribute="id")
PY
  "$ERGRAPH" path "$TMP/multi.graphml" Kenya Rwanda >/dev/null 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "repeated edge ids must exit 65, got $rc"
  expect_in "E508" "$TMP/err"
  expect_in "edge_id_from_attribute" "$TMP/err"
  "$ERGRAPH" path "$TMP/unique.graphml" Kenya Rwanda >"$TMP/p" 2>"$TMP/err2" || { cat "$TMP/err2"; fail "the file with unique ids must be read"; }
  expect_in "2 hops" "$TMP/p"
  expect_in "sign" "$TMP/p"
}

case_outputs_igraph() {
  need "igraph load check" prog:/usr/bin/python3 py:igraph
  build_samples
  /usr/bin/python3 - "$TMP/out/graph.graphml" <<'PY' || fail "python-igraph could not load the GraphML, or found no path"
import sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
assert g.vcount() > 3 and g.ecount() > 3, (g.vcount(), g.ecount())
labels = g.vs["label"]
assert all(labels), "a node without a label"
assert "Vladimir Putin" in labels and "United States" in labels, labels
path = g.get_shortest_paths(labels.index("Vladimir Putin"), to=labels.index("United States"), mode="all")[0]
assert len(path) >= 2, path
assert all(w >= 1 for w in g.es["weight"]), "an edge weight below 1"
PY
}

case_outputs_dot() {
  need "Graphviz render check" prog:dot
  build_samples
  dot -Tsvg "$TMP/out/graph.dot" -o "$TMP/graph.svg" 2>"$TMP/dot.err" || fail "dot failed"
  [ -s "$TMP/dot.err" ] && { cat "$TMP/dot.err"; fail "dot printed warnings"; }
  grep -q "<svg" "$TMP/graph.svg" || fail "no SVG written"
}

case_diagram() {
  need "Graphviz render check" prog:dot
  build_samples
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --around "Xi Jinping" -o "$TMP/xi.dot" 2>"$TMP/d.err" || fail "diagram --around failed"
  grep -q 'label="Xi Jinping"' "$TMP/xi.dot" || fail "the centre is not drawn"
  grep -q 'label="hold-phone-call-with"' "$TMP/xi.dot" || fail "edge labels must be kept in a diagram"
  grep -q 'around Xi Jinping (depth 1)' "$TMP/xi.dot" || fail "no title in the legend"
  dot -Tsvg "$TMP/xi.dot" -o "$TMP/xi.svg" 2>"$TMP/xi.err" || fail "dot failed on the diagram"
  [ -s "$TMP/xi.err" ] && { cat "$TMP/xi.err"; fail "dot printed warnings"; }
  grep -q "entity types" "$TMP/xi.svg" || fail "the legend is not drawn"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --path "Vladimir Putin" "Donald Trump" >"$TMP/p.dot" || fail "diagram --path failed"
  grep -q 'label="speak-with"' "$TMP/p.dot" || fail "the route's relation is missing"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --top 5 --since 2025-04-13 -o "$TMP/t.dot" 2>/dev/null || fail "diagram --top --since failed"
  grep -q 'North Atlantic Treaty Organization' "$TMP/t.dot" || fail "the 2025-04-15 article's entities are missing"
  grep -q 'Gazprom' "$TMP/t.dot" && fail "an entity of the 2025-04-12 article is drawn in a window after it"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --budget 0 -o "$TMP/all.dot" || fail "diagram --budget 0 failed"
  [ "$(grep -c ' -> ' "$TMP/all.dot")" = "$(grep -c '<edge ' "$TMP/out/graph.graphml")" ] || fail "--budget 0 must draw every edge"
  "$ERGRAPH" diagram "$TMP/nope.graphml" 2>/dev/null; [ $? -eq 74 ] || fail "a missing graph file must exit 74"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --around "Nobody Atall" 2>/dev/null; [ $? -eq 2 ] || fail "an unknown entity must exit 2"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --since 12/04/2025 2>/dev/null; [ $? -eq 2 ] || fail "a bad date must exit 2"
  "$ERGRAPH" diagram "$TMP/out/graph.graphml" --top 3 --around Putin 2>/dev/null; [ $? -eq 2 ] || fail "two selectors must exit 2"
  return 0
}

case_graph_commands() {
  build_samples
  "$ERGRAPH" stats "$TMP/out/graph.graphml" >"$TMP/stats" || fail "stats failed"
  expect_in "entities," "$TMP/stats"
  expect_in "PageRank:" "$TMP/stats"
  expect_in "connected components:" "$TMP/stats"
  "$ERGRAPH" stats "$TMP/out/graph.graphml" --format json >"$TMP/stats.json" || fail "stats --format json failed"
  /usr/bin/python3 - "$TMP/stats.json" "$TMP/out/graph.graphml" <<'PY' || fail "stats json wrong"
import json, sys
s = json.load(open(sys.argv[1]))
g = open(sys.argv[2]).read()
assert s["nodes"] == g.count("<node ") and s["edges"] == g.count("<edge "), s
assert s["top_degree"][0]["label"] in ("China", "Russia", "United States"), s["top_degree"]
assert abs(sum(r["score"] for r in s["top_pagerank"])) <= 1.0001
PY
  # Two halves of the samples built apart and merged, in both orders: the same bytes, and the
  # same graph as one build of all of them.
  (cd samples && "$ERGRAPH" build 000_1ae14861dfa7de9e.txt 01_trade_talks.txt -o "$TMP/h1" -q) || fail "build half 1"
  (cd samples && "$ERGRAPH" build 02_kremlin_call.md 03_wire.jsonl -o "$TMP/h2" -q) || fail "build half 2"
  "$ERGRAPH" merge "$TMP/h1/graph.graphml" "$TMP/h2/graph.graphml" -o "$TMP/m12.graphml" 2>/dev/null || fail "merge failed"
  "$ERGRAPH" merge "$TMP/h2/graph.graphml" "$TMP/h1/graph.graphml" -o "$TMP/m21.graphml" 2>/dev/null || fail "merge (reversed) failed"
  cmp -s "$TMP/m12.graphml" "$TMP/m21.graphml" || fail "merge depends on the order of its inputs"
  [ "$(grep -c '<edge ' "$TMP/m12.graphml")" = "$(grep -c '<edge ' "$TMP/out/graph.graphml")" ] || fail "the merged graph has another edge count than one build"
  "$ERGRAPH" merge "$TMP/h1/graph.graphml" "$TMP/h2/graph.graphml" -o "$TMP/m.gexf" 2>/dev/null || fail "merge to GEXF failed"
  grep -q '<gexf xmlns="http://gexf.net/1.3"' "$TMP/m.gexf" || fail "merge -o X.gexf must write GEXF"
  "$ERGRAPH" diff "$TMP/out/graph.graphml" "$TMP/out/graph.graphml" >"$TMP/same"; [ $? -eq 0 ] || fail "diff of a graph with itself must exit 0"
  expect_in "entities: +0 -0; edges: +0 -0 ~0" "$TMP/same"
  "$ERGRAPH" diff "$TMP/h1/graph.graphml" "$TMP/out/graph.graphml" >"$TMP/d"; [ $? -eq 1 ] || fail "diff of different graphs must exit 1"
  expect_in "+ entity Gazprom (ORG)" "$TMP/d"
  "$ERGRAPH" diff "$TMP/h1/graph.graphml" "$TMP/out/graph.graphml" --format json >"$TMP/d.json"
  /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['added_edges'] and not d['removed_entities'], d" "$TMP/d.json" || fail "diff json wrong"
  "$ERGRAPH" stats "$TMP/none.graphml" 2>/dev/null; [ $? -eq 74 ] || fail "stats of a missing file must exit 74"
  "$ERGRAPH" merge "$TMP/none.graphml" -o "$TMP/x.graphml" 2>/dev/null; [ $? -eq 74 ] || fail "merge of a missing file must exit 74"
  return 0
}

case_shards() {
  need "GNU parallel shard recipe" prog:parallel
  build_samples
  # docs/SCALE.md's recipe with two local workers: shards built apart and merged equal one build.
  (cd samples && parallel --will-cite --sshlogin 2/: --workdir . \
     "'$ERGRAPH' build . -o '$TMP/sh/s{}' --shard {}/2 -q" ::: 0 1) || fail "parallel shard builds failed"
  (cd samples && "$ERGRAPH" build . -o "$TMP/one" -q) || fail "build of all documents failed"
  "$ERGRAPH" merge "$TMP/sh/s1/graph.snapshot" "$TMP/sh/s0/graph.snapshot" -o "$TMP/merged/" 2>/dev/null || fail "merge of shard snapshots failed"
  for f in graph.graphml graph.gexf graph.dot entities.jsonl graph.snapshot graph.index; do
    cmp -s "$TMP/one/$f" "$TMP/merged/$f" || fail "$f of the merged shards differs from one build"
  done
  [ "$(cat "$TMP/sh/s0/triples.jsonl" "$TMP/sh/s1/triples.jsonl" | wc -l)" = "$(wc -l <"$TMP/one/triples.jsonl")" ] || fail "the shards' triples do not add up to one build's"
  # Three shards, merged in two steps (associative), equal too.
  for i in 0 1 2; do (cd samples && "$ERGRAPH" build . -o "$TMP/t$i" --shard $i/3 -q) || fail "shard $i/3"; done
  "$ERGRAPH" merge "$TMP/t0/graph.snapshot" "$TMP/t2/graph.snapshot" -o "$TMP/t02/" 2>/dev/null || fail "merge t0 t2"
  "$ERGRAPH" merge "$TMP/t02/graph.snapshot" "$TMP/t1/graph.snapshot" -o "$TMP/t012/" 2>/dev/null || fail "merge t02 t1"
  cmp -s "$TMP/one/graph.graphml" "$TMP/t012/graph.graphml" || fail "merging in two steps differs from one build"
  # Queries read snapshots too.
  "$ERGRAPH" stats "$TMP/one/graph.snapshot" --format json >"$TMP/s.json" || fail "stats of a snapshot failed"
  "$ERGRAPH" stats "$TMP/one/graph.graphml" --format json >"$TMP/g.json" || fail "stats of the GraphML failed"
  cmp -s "$TMP/s.json" "$TMP/g.json" || fail "stats differ between the snapshot and the GraphML"
  # path and neighbors read graph.index (only the part a query needs) and answer as from the whole
  # snapshot (the GraphML rounds confidences, so its JSON differs in the last digits).
  for args in "Putin|United States" "Xi Jinping|Ukraine|-k|3" "Putin|China|--by|confidence|--format|json" "Biden|Russia|--asserted-only|--directed"; do
    IFS='|' read -r -a a <<<"$args"
    "$ERGRAPH" path "$TMP/one/graph.snapshot" "${a[@]}" >"$TMP/pg" 2>&1; rg=$?
    "$ERGRAPH" path "$TMP/one/graph.index" "${a[@]}" >"$TMP/pi" 2>&1; ri=$?
    [ "$rg" = "$ri" ] && cmp -s "$TMP/pg" "$TMP/pi" || fail "path ${a[*]} differs between graph.index and graph.snapshot"
  done
  "$ERGRAPH" neighbors "$TMP/one/graph.snapshot" Russia --depth 2 >"$TMP/ng" || fail "neighbors of the snapshot failed"
  "$ERGRAPH" neighbors "$TMP/one/graph.index" Russia --depth 2 >"$TMP/ni" || fail "neighbors of graph.index failed"
  cmp -s "$TMP/ng" "$TMP/ni" || fail "neighbors differs between graph.index and graph.snapshot"
  "$ERGRAPH" build samples/ -o "$TMP/x" --shard 2/2 2>/dev/null; [ $? -eq 2 ] || fail "--shard 2/2 must be refused (exit 2)"
  printf 'ERGSNAP\nbroken' >"$TMP/bad.snapshot"
  "$ERGRAPH" merge "$TMP/bad.snapshot" -o "$TMP/y/" 2>/dev/null; [ $? -eq 65 ] || fail "a damaged snapshot must exit 65"
  return 0
}

case_manifest() {
  build_samples
  /usr/bin/python3 - "$TMP/out" <<'PY' || fail "MANIFEST.json does not match the files"
import json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "MANIFEST.json")))
assert m["format"] == "ergraph-manifest-1" and m["documents"] == 5, m
names = [f["name"] for f in m["files"]]
assert names == ["triples.jsonl", "graph.snapshot", "graph.index", "graph.graphml", "graph.gexf", "graph.dot", "entities.jsonl"], names
for f in m["files"]:
    data = open(os.path.join(d, f["name"]), "rb").read()
    h = 14695981039346656037
    for b in data:
        h = ((h ^ b) * 1099511628211) % (1 << 64)
    assert f["bytes"] == len(data) and f["fnv1a64"] == "%016x" % h, f
PY
  "$ERGRAPH" verify "$TMP/out" >"$TMP/verify" || { cat "$TMP/verify"; fail "verify of a fresh build must exit 0"; }
  expect_in "7 of 7 files match the manifest" "$TMP/verify"
  # A changed file is found.
  cp -r "$TMP/out" "$TMP/changed"
  printf 'x' >>"$TMP/changed/graph.dot"
  "$ERGRAPH" verify "$TMP/changed" >"$TMP/verify"; [ $? -eq 65 ] || fail "verify must exit 65 for a changed file"
  expect_in "CHANGED  graph.dot" "$TMP/verify"
  # A build that fails while it publishes (a folder sits where graph.graphml goes: the rename
  # fails) leaves no manifest, and its complete staging folder; once the obstacle is gone,
  # `verify --repair` finishes the switch and the folder is the new build, whole.
  cp -r "$TMP/out" "$TMP/half"
  rm "$TMP/half/graph.graphml" && mkdir "$TMP/half/graph.graphml"
  "$ERGRAPH" build samples/ -o "$TMP/half" -q --actors literal 2>/dev/null; [ $? -eq 74 ] || fail "the failed build must exit 74"
  [ -e "$TMP/half/MANIFEST.json" ] && fail "a build that failed while publishing left a manifest"
  "$ERGRAPH" verify "$TMP/half" >"$TMP/verify"; [ $? -eq 74 ] || fail "verify of a half-published folder must exit 74"
  expect_in "staging folder" "$TMP/verify"
  rmdir "$TMP/half/graph.graphml"
  "$ERGRAPH" verify --repair "$TMP/half" >"$TMP/verify" || { cat "$TMP/verify"; fail "verify --repair must complete the publish"; }
  expect_in "repaired: completed the interrupted publish" "$TMP/verify"
  "$ERGRAPH" build samples/ -o "$TMP/literal" -q --actors literal || fail "the literal build failed"
  for f in graph.graphml graph.gexf graph.dot triples.jsonl entities.jsonl graph.snapshot MANIFEST.json; do
    cmp -s "$TMP/half/$f" "$TMP/literal/$f" || fail "$f of the repaired folder is not the new build's"
  done
  ls -a "$TMP/half" | grep -q ergraph-new && fail "the staging folder was left after the repair"
  return 0
}

# SIGKILL at any moment of a build: after `verify --repair` (which the next build also does) the
# folder holds one whole build, the old or the new, never a mix.
case_killed_build() {
  build_samples
  mkdir -p "$TMP/many"
  for i in $(seq 1 40); do cp samples/01_trade_talks.txt "$TMP/many/a$i.txt"; done
  for delay in 0.2 0.6 1.0 1.5; do
    rm -rf "$TMP/k" && cp -r "$TMP/out" "$TMP/k"
    "$ERGRAPH" build "$TMP/many" -o "$TMP/k" -q -j 1 & pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    "$ERGRAPH" verify --repair "$TMP/k" >"$TMP/verify" || { cat "$TMP/verify"; fail "killed after ${delay}s: the folder is not one whole build"; }
  done
  # The next build clears what a killed one left, and says so.
  rm -rf "$TMP/k" && cp -r "$TMP/out" "$TMP/k" && mkdir "$TMP/k/.ergraph-new-99999999" && echo half >"$TMP/k/.ergraph-new-99999999/graph.dot"
  "$ERGRAPH" build samples/ -o "$TMP/k" 2>"$TMP/err" || fail "build after a killed run failed"
  expect_in "removed .ergraph-new-99999999" "$TMP/err"
  return 0
}

# Inputs said for what they are: HTML through a parser, CSV with --text-column, other encodings
# converted or refused with a hint, the build's own output never read, an empty folder explained.
case_input_formats() {
  mkdir -p "$TMP/in"
  cat >"$TMP/in/court.html" <<'HTML'
<!DOCTYPE html><html><head><title>Cruz sues Lisbon</title><script>var s = "Apple sued Google.";</script></head>
<body><nav>Home Sports</nav><article><h1>Cruz sues the city</h1><time datetime="2025-03-04">4 March</time>
<p>Maria Cruz sued the Lisbon Council on Tuesday.</p><aside>Nestle bought a Pfizer unit.</aside></article></body></html>
HTML
  printf 'id,date,text
r1,2025-01-05,"Real Madrid signed Kylian Mbappe, the club said."
' >"$TMP/in/sport.csv"
  printf 'Caf\xe9 owner Jean Dupont sued the city of Lyon.
' >"$TMP/in/latin.txt"
  "$ERGRAPH" build "$TMP/in" -o "$TMP/in/out" 2>"$TMP/err" || { cat "$TMP/err"; fail "build of mixed formats failed"; }
  expect_in "ignored $TMP/in/sport.csv: CSV/TSV: name the column with the article text with --text-column" "$TMP/err"
  expect_in "latin.txt (byte 3): invalid-utf8" "$TMP/err"
  grep -q '"relation":"sue".*"doc_id":"court.html","date":"2025-03-04","title":"Cruz sues Lisbon"' "$TMP/in/out/triples.jsonl" || fail "the HTML article's triple, date or title is missing"
  grep -q 'Apple\|Nestle\|</p' "$TMP/in/out/triples.jsonl" && fail "script, aside or markup text became triples"
  # Again, with the CSV column and the encoding: the output folder inside the input is not read.
  "$ERGRAPH" build "$TMP/in" -o "$TMP/in/out" --text-column text --encoding windows-1252 2>"$TMP/err" || { cat "$TMP/err"; fail "second build failed"; }
  expect_in "ignored $TMP/in/out: the output folder of this build" "$TMP/err"
  expect_in "3 documents read, 0 skipped" "$TMP/err"
  grep -q '"doc_id":"r1"' "$TMP/in/out/triples.jsonl" || fail "the CSV row was not read"
  grep -q '"doc_id":"latin.txt"' "$TMP/in/out/triples.jsonl" || fail "the Windows-1252 file was not converted"
  "$ERGRAPH" build "$TMP/in" -o "$TMP/x" --encoding no-such-code 2>"$TMP/err"; [ $? -eq 2 ] || fail "an unknown encoding must exit 2"
  expect_in "unknown encoding" "$TMP/err"
  # A folder with nothing to read: the reason, and no empty output folder left behind.
  mkdir -p "$TMP/nothing" && printf 'x' >"$TMP/nothing/scan.pdf"
  "$ERGRAPH" build "$TMP/nothing" -o "$TMP/none" 2>"$TMP/err"; [ $? -eq 65 ] || fail "a folder without articles must exit 65"
  expect_in "ignored $TMP/nothing/scan.pdf" "$TMP/err"
  expect_in "found no article file to read" "$TMP/err"
  [ -e "$TMP/none" ] && fail "a failed build left an empty output folder"
  return 0
}

# A document larger than --part-bytes is analysed in parts: same triples, sentence numbers and
# byte spans as the whole document (no pronoun crosses a part here), and the summary says so.
case_document_parts() {
  /usr/bin/python3 - >"$TMP/big.txt" <<'PY'
import random
r = random.Random(5)
firsts = ["Maria", "Jonas", "Aiko", "Pedro", "Fatima", "Liam", "Chen", "Olga"]
lasts = ["Cruz", "Berg", "Tanaka", "Silva", "Haddad", "Walsh", "Wei", "Petrova"]
orgs = ["Lisbon Council", "Nordbank", "Meridian Pharma", "Leeds City Council", "Acme Corp", "Real Madrid"]
print("LISBON, April 12, 2025 - Court roundup.\n")
for i in range(300):
    print(f"{r.choice(firsts)} {r.choice(lasts)} sued {r.choice(orgs)} on Monday.\n")
PY
  "$ERGRAPH" build "$TMP/big.txt" -o "$TMP/parts" --part-bytes 4096 2>"$TMP/err" || { cat "$TMP/err"; fail "build in parts failed"; }
  expect_in "1 document over 4096 bytes analysed in 4 parts" "$TMP/err"
  "$ERGRAPH" build "$TMP/big.txt" -o "$TMP/whole" -q || fail "whole build failed"
  for f in triples.jsonl graph.graphml entities.jsonl; do cmp -s "$TMP/parts/$f" "$TMP/whole/$f" || fail "$f differs between parts and the whole document"; done
  /usr/bin/python3 - "$TMP/big.txt" "$TMP/parts/triples.jsonl" <<'PY' || fail "a part's triple points at the wrong text"
import json, sys
text = open(sys.argv[1], "rb").read()
ts = [json.loads(l) for l in open(sys.argv[2])]
assert len(ts) == 300, len(ts)
assert [t["sentence"] for t in ts] == list(range(1, 301)), "sentence numbers are not the document's"
for t in ts:
    assert t["evidence"].startswith(text[t["begin"]:t["end"]].decode()), t   # subject start .. object end
    s, e = t["spans"]["subject"]
    assert text[s:e].decode() == t["subject"]["mention"], t
    assert t["date"] == "2025-04-12", t   # the dateline of the first part, on every part
PY
}

case_huge_word() {
  # One 1 MB "word" without a space (issue 14 saw it grow a build to 24 GB): it must go through
  # under a 2 GB address-space limit, with the sentence around it still read.
  /usr/bin/python3 -c "print('Maria Cruz sued the Lisbon Council. ' + 'x' * 1000000 + ' end.')" >"$TMP/word.txt"
  if [ "${ERGRAPH_SANITIZED:-}" = 1 ]; then
    # ASan reserves terabytes of shadow address space: no ulimit -v under the sanitizer build;
    # the memory bound is checked by the normal build, the sanitizers check the code path here.
    "$ERGRAPH" build "$TMP/word.txt" -o "$TMP/w" -q -j 1 || fail "a 1 MB word broke the build"
  else
    (ulimit -v 2000000; "$ERGRAPH" build "$TMP/word.txt" -o "$TMP/w" -q -j 1) || fail "a 1 MB word broke the build under 2 GB"
  fi
  grep -q '"relation":"sue"' "$TMP/w/triples.jsonl" || fail "the sentence before the long word was lost"
}

case_stale_temporaries() {
  # What a SIGKILLed run leaves (its *.tmp-PID files) is cleared by the next build; a SIGTERM
  # leaves nothing (tests/core/atomic_file_test.cpp).
  mkdir -p "$TMP/o"
  echo "partial" >"$TMP/o/graph.graphml.tmp-99999999"
  echo "keep" >"$TMP/o/notes.txt"
  "$ERGRAPH" build samples/ -o "$TMP/o" -q || fail "build failed"
  [ -e "$TMP/o/graph.graphml.tmp-99999999" ] && fail "a dead run's temporary file was left"
  [ -e "$TMP/o/notes.txt" ] || fail "a file that is not ours was removed"
  ls "$TMP/o" | grep -q '\.tmp-' && fail "temporary files left"
  return 0
}

case_determinism() {
  "$ERGRAPH" build samples/ -o "$TMP/a" -j 1 -q || fail "build -j1"
  "$ERGRAPH" build samples/ -o "$TMP/b" -j 2 -q || fail "build -j2"
  "$ERGRAPH" build samples/ -o "$TMP/b" -j 2 -q || fail "rebuild -j2"
  for f in graph.graphml graph.gexf graph.dot triples.jsonl graph.snapshot graph.index MANIFEST.json; do cmp -s "$TMP/a/$f" "$TMP/b/$f" || fail "$f differs between -j1 and -j2"; done
  # Graph files do not depend on the order in which documents come.
  # (file arguments given from inside samples/ so that document ids are the same as above)
  (cd samples && "$ERGRAPH" build $(ls | sort -r) -o "$TMP/c" -q) || fail "build in reverse order"
  for f in graph.graphml graph.gexf graph.dot graph.snapshot graph.index triples.jsonl MANIFEST.json; do cmp -s "$TMP/a/$f" "$TMP/c/$f" || fail "$f depends on document order"; done
  # JSONL lines in another order: the same files too.
  /usr/bin/python3 -c "import sys; l=open(sys.argv[1]).read().splitlines(); open(sys.argv[2],'w').write('\\n'.join(reversed(l))+'\\n')" \
    samples/03_wire.jsonl "$TMP/rev.jsonl"
  "$ERGRAPH" build samples/03_wire.jsonl -o "$TMP/w1" -q || fail "build wire"
  "$ERGRAPH" build "$TMP/rev.jsonl" -o "$TMP/w2" -q || fail "build reversed wire"
  for f in triples.jsonl graph.graphml; do cmp -s "$TMP/w1/$f" "$TMP/w2/$f" || fail "$f depends on the order of JSONL lines"; done
}

# Issue 13: one 5,000-token line without punctuation builds; its over-long sentences are split
# (said on stderr, not an error) so that no sentence passes the cap; the summary counts the
# input's whitespace tokens beside ours; -q keeps stderr empty.
case_long_line() {
  awk 'BEGIN { n = split("talks minister said the sanctions would trade energy officials in moscow beijing met week prices war government on monday", w, " ");
               for (i = 0; i < 5000; i++) printf "%s%s", (i ? " " : ""), w[(i * 7 + int(i / n)) % n + 1]; print "" }' >"$TMP/long.txt"
  [ "$(wc -w <"$TMP/long.txt")" -eq 5000 ] || fail "the generated line does not have 5000 words"
  "$ERGRAPH" build "$TMP/long.txt" -o "$TMP/long" -j 1 2>"$TMP/err"; rc=$?
  [ $rc -eq 0 ] || { cat "$TMP/err"; fail "build of a long line exited $rc"; }
  expect_in "^ergraph: .*long.txt: [0-9]* over-long sentences\? (over 250 tokens) split" "$TMP/err"
  grep -q "skipped long.txt" "$TMP/err" && fail "a long line is no reason to skip a document"
  expect_in "1 document read, 0 skipped" "$TMP/err"
  expect_in " 5000 whitespace tokens ([0-9]* ours)" "$TMP/err"
  expect_in "whitespace tokens/s, [0-9]* ours" "$TMP/err"
  expect_in "over-long sentences\? (over 250 tokens, no sentence end) split into pieces in 1 document" "$TMP/err"
  local sentences
  sentences=$(sed -n 's/^  \([0-9]*\) sentences, .*/\1/p' "$TMP/err")
  [ -n "$sentences" ] && [ "$sentences" -ge 20 ] || { cat "$TMP/err"; fail "5000 tokens must make at least 20 sentences of at most 250 (got '$sentences')"; }
  [ -f "$TMP/long/graph.graphml" ] || fail "no graph written"
  "$ERGRAPH" build "$TMP/long.txt" -o "$TMP/long_q" -j 2 -q 2>"$TMP/err_q" || fail "build -q exited non-zero"
  [ -s "$TMP/err_q" ] && { cat "$TMP/err_q"; fail "-q must keep stderr empty"; }
  cmp -s "$TMP/long/triples.jsonl" "$TMP/long_q/triples.jsonl" || fail "triples differ between -j1 and -j2 -q"
  cmp -s "$TMP/long/graph.graphml" "$TMP/long_q/graph.graphml" || fail "graph differs between -j1 and -j2 -q"
}

case_bad_inputs() {
  mkdir -p "$TMP/in/sub"
  cp samples/01_trade_talks.txt "$TMP/in/good.txt"
  printf 'Caf\xe9 in Moscow.' >"$TMP/in/latin1.txt"
  printf 'PK\x03\x04\x00\x00binary' >"$TMP/in/archive.txt"
  : >"$TMP/in/empty.txt"
  printf '{"id":"ok","text":"Vladimir Putin met Xi Jinping in Moscow."}\n{"id": "broken", "text": \n' >"$TMP/in/sub/feed.jsonl"
  printf 'ignored' >"$TMP/in/photo.jpg"
  "$ERGRAPH" build "$TMP/in" -o "$TMP/out2" 2>"$TMP/err"; rc=$?
  [ $rc -eq 0 ] || { cat "$TMP/err"; fail "a folder with some bad files must still succeed (exit $rc)"; }
  expect_in "latin1.txt (byte 3): invalid-utf8" "$TMP/err"
  expect_in "archive.txt (byte 4): binary" "$TMP/err"
  expect_in "empty.txt (byte 0): empty" "$TMP/err"
  expect_in "feed.jsonl:2: malformed-json" "$TMP/err"
  expect_in "2 documents read, 4 skipped (1 binary, 1 empty, 1 invalid-utf8, 1 malformed-json); 1 file or folder ignored" "$TMP/err"
  expect_in "ignored $TMP/in/photo.jpg: extension .jpg is not an article format" "$TMP/err"
  expect_in "name it with --encoding" "$TMP/err"
  grep -q '"doc_id":"ok"' "$TMP/out2/triples.jsonl" || fail "the good JSONL line was lost"
  grep -q '"doc_id":"good.txt"' "$TMP/out2/triples.jsonl" || fail "the good text file was lost"
}

case_strict_mode() {
  mkdir -p "$TMP/in"
  printf 'Caf\xe9' >"$TMP/in/bad.txt"
  cp samples/01_trade_talks.txt "$TMP/in/good.txt"
  "$ERGRAPH" build "$TMP/in" -o "$TMP/out3" --strict 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "--strict with a bad file must exit 65, got $rc"
  expect_in "bad.txt" "$TMP/err"
  [ -e "$TMP/out3/graph.graphml" ] && fail "no graph may be written after a strict failure"
  # All inputs bad: an error, not an empty graph.
  "$ERGRAPH" build "$TMP/in/bad.txt" -o "$TMP/out4" 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "no readable document must exit 65, got $rc"
  expect_in "no document could be read" "$TMP/err"
}

# A models folder without one of its word lists: exit 78, naming the file it expected.
case_lexicon_errors() {
  mkdir -p "$TMP/models/lexicon"
  for f in "$ERGRAPH_MODELS"/*; do [ -f "$f" ] && ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$TMP/models/"; done
  cp "$ERGRAPH_MODELS"/lexicon/*.txt "$ERGRAPH_MODELS"/lexicon/*.tsv "$TMP/models/lexicon/"
  "$ERGRAPH" build samples/01_trade_talks.txt -o "$TMP/ok" --models "$TMP/models" -q || fail "a full copy of the models must work"
  rm "$TMP/models/lexicon/titles.txt"
  "$ERGRAPH" build samples/01_trade_talks.txt -o "$TMP/x" --models "$TMP/models" 2>"$TMP/err"; rc=$?
  [ $rc -eq 78 ] || fail "a missing word list must exit 78, got $rc"
  expect_in "lexicon/titles.txt" "$TMP/err"
  printf 'say\n' >"$TMP/models/lexicon/titles.txt"
  "$ERGRAPH" build samples/01_trade_talks.txt -o "$TMP/x" --models "$TMP/models" 2>"$TMP/err"; rc=$?
  [ $rc -eq 78 ] || fail "a word list without its header line must exit 78, got $rc"
  expect_in "titles.txt:1" "$TMP/err"
  printf '# titles\nmr\n' >"$TMP/models/lexicon/titles.txt"
  printf 'say\tverb\tsometimes\n' >"$TMP/models/lexicon/factuality.tsv"
  "$ERGRAPH" build samples/01_trade_talks.txt -o "$TMP/x" --models "$TMP/models" 2>"$TMP/err"; rc=$?
  [ $rc -eq 78 ] || fail "a bad factuality row must exit 78, got $rc"
  expect_in "factuality.tsv:1" "$TMP/err"
  rm "$TMP/models/lexicon/factuality.tsv"
  "$ERGRAPH" build samples/01_trade_talks.txt -o "$TMP/x" --models "$TMP/models" 2>"$TMP/err"; rc=$?
  [ $rc -eq 78 ] || fail "a missing factuality lexicon must exit 78, got $rc"
  expect_in "factuality.tsv" "$TMP/err"
}

case_missing_path() {
  "$ERGRAPH" build samples/ /no/such/folder -o "$TMP/o" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing input must exit 74, got $rc"
  expect_in "/no/such/folder: no such file or folder" "$TMP/err"
  [ -e "$TMP/o/graph.graphml" ] && fail "nothing may be written when an input is missing"
  return 0
}

case_stdin_input() {
  printf 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.\n' |
    "$ERGRAPH" build - -o "$TMP/s" -q || fail "stdin text"
  grep -q '"doc_id":"stdin"' "$TMP/s/triples.jsonl" || fail "stdin document id"
  printf '{"id":"x1","text":"Vladimir Putin met Xi Jinping in Beijing."}\n' |
    "$ERGRAPH" build - --stdin-format jsonl -o "$TMP/s2" -q || fail "stdin jsonl"
  grep -q '"doc_id":"x1"' "$TMP/s2/triples.jsonl" || fail "stdin JSONL id"
}

case_path_query() {
  build_samples
  "$ERGRAPH" path "$TMP/out/graph.graphml" Putin "United States" >"$TMP/p" 2>"$TMP/perr" || { cat "$TMP/perr"; fail "no path from Putin to United States"; }
  expect_in "Vladimir Putin (PERSON)" "$TMP/p"
  expect_in "United States (GPE)" "$TMP/p"
  expect_in "sentence" "$TMP/p"
  "$ERGRAPH" path "$TMP/out/graph.graphml" "vladimir putin" "united states" --format json >"$TMP/pj" || fail "json format"
  /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['paths'] and d['paths'][0]['hops'][0]['relation']" "$TMP/pj" || fail "json output not valid"
  "$ERGRAPH" path "$TMP/out/graph.graphml" Putin "United States" -k 2 >"$TMP/pk" || fail "-k 2"
  expect_in "Path 1 of" "$TMP/pk"
  "$ERGRAPH" path "$TMP/out/graph.graphml" Putin "United States" --format dot >"$TMP/pd" || fail "dot format"
  if have dot; then dot -Tsvg "$TMP/pd" -o /dev/null || fail "path DOT does not render"; fi
}

case_path_errors() {
  build_samples
  "$ERGRAPH" path "$TMP/out/graph.graphml" Puttin "United States" >/dev/null 2>"$TMP/err"; rc=$?
  [ $rc -eq 2 ] || fail "an unknown name must exit 2, got $rc"
  expect_in "did you mean" "$TMP/err"
  expect_in "Putin" "$TMP/err"
  cat >"$TMP/small.graphml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="d0">Alpha</data></node>
    <node id="b"><data key="d0">Beta</data></node>
    <node id="c"><data key="d0">Gamma</data></node>
    <edge id="e1" source="a" target="b"><data key="d1">meet</data></edge>
  </graph>
</graphml>
XML
  "$ERGRAPH" path "$TMP/small.graphml" Alpha Gamma >/dev/null 2>"$TMP/err2"; rc=$?
  [ $rc -eq 1 ] || fail "no path must exit 1, got $rc"
  expect_in "no path" "$TMP/err2"
  "$ERGRAPH" path "$TMP/small.graphml" beta alpha --directed >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "--directed must not walk an edge backwards, got $rc"
  "$ERGRAPH" path "$TMP/small.graphml" beta alpha >"$TMP/p2"; rc=$?
  [ $rc -eq 0 ] || fail "undirected path must be found, got $rc"
  expect_in "<--\[meet\]--" "$TMP/p2"
  printf '<graphml><graph' >"$TMP/broken.graphml"
  "$ERGRAPH" path "$TMP/broken.graphml" a b 2>"$TMP/err3"; rc=$?
  [ $rc -eq 65 ] || fail "a broken GraphML must exit 65, got $rc"
  expect_in "broken.graphml" "$TMP/err3"
}

# Path and neighbourhood queries on a small dated corpus of several domains: name matching
# (titles, "the", surnames, ambiguity), parallel relations in one hop, filters, --by confidence,
# --explain, 0-based sentence numbers, JSON that python reads, and the exit codes.
case_path_queries() {
  cat >"$TMP/news.jsonl" <<'JSONL'
{"id":"biz-1","date":"2025-02-03","title":"Acme buys Globex","text":"Acme Corporation acquired Globex in a $2 billion deal. Chief Executive Sarah Lin praised Globex."}
{"id":"biz-2","date":"2025-03-10","title":"Globex sues supplier","text":"Globex sued Initech over late deliveries. Initech denied the claims."}
{"id":"sport-1","date":"2025-05-01","title":"Transfer news","text":"Real Madrid signed Kylian Mbappe from Paris Saint-Germain. Mbappe thanked Paris Saint-Germain. Real Madrid praised Kylian Mbappe."}
{"id":"court-1","date":"2024-08-05","title":"Ruling","text":"Judge Amit Mehta ruled against Google. Google will appeal the decision."}
{"id":"local-1","title":"Council vote","text":"Mayor Karen Bass criticized the Los Angeles City Council. The council approved the Harbor Tower project."}
{"id":"pol-1","date":"2025-04-12","title":"Call","text":"President Joe Biden called President Vladimir Putin. The Kremlin criticized the White House. George Bush met Laura Bush in Texas."}
JSONL
  "$ERGRAPH" build "$TMP/news.jsonl" -o "$TMP/q" -q 2>"$TMP/berr" || { cat "$TMP/berr"; fail "build of the query corpus"; }
  local G="$TMP/q/graph.graphml" rc
  # Names: a title, a surname, "the" left out, an ambiguous surname.
  "$ERGRAPH" path "$G" "President Putin" Biden >"$TMP/p1" 2>"$TMP/e1" || { cat "$TMP/e1"; fail "President Putin to Biden"; }
  expect_in "Vladimir Putin (PERSON)" "$TMP/p1"
  expect_in "Joe Biden (PERSON)" "$TMP/p1"
  "$ERGRAPH" path "$G" "Mayor Karen Bass" "Los Angeles City Council" >"$TMP/p2" || fail "Mayor Karen Bass"
  "$ERGRAPH" path "$G" Kremlin "White House" >"$TMP/p3" 2>"$TMP/e3" || { cat "$TMP/e3"; fail "Kremlin to White House"; }
  "$ERGRAPH" path "$G" "the Kremlin" "The White House" >/dev/null || fail "the Kremlin to The White House"
  "$ERGRAPH" path "$G" Bush Texas >/dev/null 2>"$TMP/e4"; rc=$?
  [ $rc -eq 2 ] || fail "an ambiguous surname must exit 2 (as an unknown name), got $rc"
  expect_in "ambiguous" "$TMP/e4"
  expect_in "George Bush (PERSON" "$TMP/e4"
  expect_in "Laura Bush (PERSON" "$TMP/e4"
  "$ERGRAPH" path "$G" "George Bush" Texas >/dev/null || fail "a full name resolves the ambiguity"
  # Parallel relations are one path whose hop lists both; sentence numbers count from 0.
  "$ERGRAPH" path "$G" "Real Madrid" Mbappe -k 3 >"$TMP/p5" || fail "Real Madrid to Mbappe"
  grep -q "Path 1 of" "$TMP/p5" && { cat "$TMP/p5"; fail "two relations between the same entities must not be two paths"; }
  expect_in "also --\[" "$TMP/p5"
  expect_in "(sport-1, sentence 0)" "$TMP/p5"
  expect_in "(sport-1, sentence 2)" "$TMP/p5"
  "$ERGRAPH" path "$G" "Real Madrid" Mbappe --format json >"$TMP/p5.json" || fail "json"
  /usr/bin/python3 - "$TMP/p5.json" <<'PY' || fail "path JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["paths"]) == 1, d
hop = d["paths"][0]["hops"][0]
rels = {r["relation"] for r in hop["relations"]}
assert {"sign", "praise"} <= rels, rels
assert hop["evidence"]["sentence"] == 0, hop["evidence"]
items = [i for r in hop["relations"] for i in r["evidence_items"]]
assert all(i["date"] == "2025-05-01" and i["title"] == "Transfer news" for i in items), items
assert sorted(i["sentence"] for i in items) == [0, 2], items
PY
  # Filters.
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --relation acquire --relation '^sue$' >/dev/null || fail "--relation twice"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --exclude-relation sue >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "--exclude-relation sue must leave no path, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --min-confidence 0.99 >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "--min-confidence 0.99 must leave no path, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --min-support 2 >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "--min-support 2 must leave no path, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --since 2025-02-01 --until 2025-03-31 >/dev/null || fail "both days inside the window"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --since 2025-03-01 >/dev/null 2>"$TMP/e6"; rc=$?
  [ $rc -eq 1 ] || fail "--since after the acquisition must leave no path, got $rc"
  expect_in "under the given filters" "$TMP/e6"
  "$ERGRAPH" path "$G" Bass "Los Angeles City Council" --until 2030-01-01 >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "an undated relation must be left out when a window is given, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --type concept >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "--type CONCEPT must block the company in between, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --by confidence -k 2 --explain >"$TMP/p7" || fail "--by confidence --explain"
  expect_in 'biz-1, 2025-02-03, "Acme buys Globex", sentence 0, CT+' "$TMP/p7"
  expect_in "confidence 0\." "$TMP/p7"
  # Errors: usage (exit 2) and a missing graph file (exit 74).
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --relation '(' >/dev/null 2>&1; rc=$?
  [ $rc -eq 2 ] || fail "a bad regular expression must exit 2, got $rc"
  "$ERGRAPH" path "$G" "Acme Corporation" Initech --since 2025-13-01 >/dev/null 2>&1; rc=$?
  [ $rc -eq 2 ] || fail "a bad day must exit 2, got $rc"
  "$ERGRAPH" path "$TMP/none.graphml" "Acme Corporation" Initech 2>"$TMP/e8"; rc=$?
  [ $rc -eq 74 ] || fail "a missing graph file must exit 74, got $rc"
  expect_in "none.graphml: cannot open GraphML file: no such file" "$TMP/e8"
  # neighbors
  "$ERGRAPH" neighbors "$G" Globex >"$TMP/n1" || fail "neighbors Globex"
  expect_in "Acme Corporation (ORG)" "$TMP/n1"
  expect_in "Initech" "$TMP/n1"
  "$ERGRAPH" neighbors "$G" Globex --depth 2 --format json >"$TMP/n2.json" || fail "neighbors json"
  /usr/bin/python3 - "$TMP/n2.json" <<'PY' || fail "neighbors JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["entity"]["label"] == "Globex" and d["depth"] == 2, d
by = {n["node"]["label"]: n for n in d["neighbors"]}
assert by["Acme Corporation"]["depth"] == 1 and by["Initech"]["depth"] == 1, by
assert by["claims"]["depth"] == 2 and by["claims"]["via"]["label"] == "Initech", by
assert by["Acme Corporation"]["relations"][0]["relation"] == "acquire"
PY
  "$ERGRAPH" neighbors "$G" Globex --exclude-relation '.' >/dev/null 2>&1; rc=$?
  [ $rc -eq 1 ] || fail "neighbors with every relation excluded must exit 1, got $rc"
  "$ERGRAPH" neighbors "$G" Nobody >/dev/null 2>&1; rc=$?
  [ $rc -eq 2 ] || fail "neighbors of an unknown name must exit 2, got $rc"
  "$ERGRAPH" neighbors "$TMP/none.graphml" Globex >/dev/null 2>&1; rc=$?
  [ $rc -eq 74 ] || fail "neighbors: a missing graph file must exit 74, got $rc"
  "$ERGRAPH" neighbors --help >"$TMP/nh" || fail "neighbors --help"
  expect_in "Examples" "$TMP/nh"
  "$ERGRAPH" path --help >"$TMP/ph" || fail "path --help"
  expect_in "President Putin" "$TMP/ph"
  expect_in "--by" "$TMP/ph"
  expect_in "ambiguous" "$TMP/ph"
}

case_output_not_writable() {
  : >"$TMP/file"
  "$ERGRAPH" build samples/ -o "$TMP/file" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "an output path that is a file must exit 74, got $rc"
  expect_in "output folder" "$TMP/err"
}

case_eval_commands() {
  local dev="$SHARED/data/ud/en_ewt-ud-dev.conllu"
  need "eval commands on EWT dev" "file:$dev"
  "$ERGRAPH" eval tagger --conllu "$dev" >"$TMP/tag" || fail "eval tagger exited non-zero"
  awk '/^UPOS/ { gsub("%", "", $2); exit !($2 >= 95.0) }' "$TMP/tag" || { cat "$TMP/tag"; fail "UPOS on EWT dev below 95%"; }
  # Speed in whitespace tokens beside gold tokens: EWT dev has 21,616 whitespace tokens and
  # 25,147 gold tokens, so the whitespace rate is the lower one.
  awk '/^tagging time/ { for (i = 1; i <= NF; ++i) { if ($i == "whitespace") w = $(i - 1) + 0; if ($i == "gold") g = substr($(i - 1), 2) + 0 }
       found = 1 } END { exit !(found && w > 0 && g > 0 && w < g) }' "$TMP/tag" ||
    { cat "$TMP/tag"; fail "eval tagger does not give whitespace tokens/s below gold tokens/s"; }
  "$ERGRAPH" eval lemmatizer --conllu "$dev" >"$TMP/lem" || fail "eval lemmatizer exited non-zero"
  expect_in "lemma accuracy (gold tags)" "$TMP/lem"
}

case_eval_triples() {
  "$ERGRAPH" eval triples --gold tests/quality/ood_extraction.jsonl --errors dev >"$TMP/q" || fail "eval triples exited non-zero"
  expect_in "118 sentences, 153 gold triples" "$TMP/q"
  grep -q "^all  *153 " "$TMP/q" || { cat "$TMP/q"; fail "no 'all' row"; }
  expect_in "Strict-level errors (dev split)" "$TMP/q"
  grep -q "^sport-02 " "$TMP/q" && fail "--errors dev listed a test sentence"
  "$ERGRAPH" eval triples --gold "$TMP/none.jsonl" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing gold file must exit 74, got $rc"
  printf '{"id":"a"}\n' >"$TMP/bad.jsonl"
  "$ERGRAPH" eval triples --gold "$TMP/bad.jsonl" 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "a malformed gold file must exit 65, got $rc"
  expect_in "bad.jsonl:1" "$TMP/err"
}

case_eval_errors() {
  printf '1\tx\t_\tX\tXX\t_\t0\troot\t_\t_\n\n' >"$TMP/one.conllu"
  "$ERGRAPH" eval tagger --conllu "$TMP/none.conllu" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing CoNLL-U file must exit 74, got $rc"
  "$ERGRAPH" eval tagger --conllu "$TMP/one.conllu" --model "$TMP/none.model" 2>"$TMP/err"; rc=$?
  [ $rc -eq 78 ] || fail "a missing model must exit 78, got $rc"
}

# The seed article's graph holds the triples issue 3 asks for, negation marked, not dropped.
case_seed_triples() {
  "$ERGRAPH" build samples/000_1ae14861dfa7de9e.txt -o "$TMP/seed" -q || fail "build of the seed exited $?"
  /usr/bin/python3 - "$TMP/seed/triples.jsonl" "$TMP/seed/graph.graphml" <<'PY' || fail "seed triples missing"
import json, sys
ts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
have = {(t["subject"]["name"], t["relation"], t["object"]["name"], t["polarity"]) for t in ts}
want = [("Vladimir Putin", "president-of", "Russia", "positive"),
        ("Xi Jinping", "president-of", "China", "positive"),
        ("Chinese companies", "sell-dual-use-goods-to", "Russia", "positive"),
        ("Chinese companies", "from", "China", "positive"),
        ("United States", "sanctions-against", "Chinese entities", "positive"),
        ("Chinese entities", "from", "China", "positive"),
        ("China", "take-sides-in", "war", "negative")]
missing = [w for w in want if w not in have]
assert not missing, ("missing", missing, sorted(have))
# The negated triple is not also asserted.
assert ("China", "take-sides-in", "war", "positive") not in have
# Every triple points at its evidence: the spans slice the mention texts out of the article.
text = open("samples/000_1ae14861dfa7de9e.txt", encoding="utf-8").read().encode()
for t in ts:
    sp = t.get("spans")
    if sp and sp["subject"]:
        b, e = sp["subject"]
        assert text[b:e].decode() == t["subject"]["mention"], (t, text[b:e])
g = open(sys.argv[2], encoding="utf-8").read()
assert '<data key="e_polarity">negative</data>' in g
PY
}

# ergraph extract: CaRB format, PTB tokens kept as written, every line scorable.
case_extract_carb() {
  printf '%s\n' "Mr. Baker found an opening under the house that led to a fume - filled coal mine ." \
    "The company said it does n't expect -LRB- any -RRB- `` big '' changes ." >"$TMP/s.txt"
  "$ERGRAPH" extract "$TMP/s.txt" >"$TMP/p.tsv" 2>"$TMP/err" || { cat "$TMP/err"; fail "extract exited non-zero"; }
  /usr/bin/python3 - "$TMP/s.txt" "$TMP/p.tsv" <<'PY' || fail "CaRB output malformed"
import sys
sents = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert rows, "no extraction"
for r in rows:
    assert len(r) >= 4, r
    assert r[0] in sents, r[0]
    c = float(r[1]); assert 0 < c <= 1, r
    assert r[2] and r[3], r
rels = {(r[2], r[3]) for r in rows}
assert ("found", "Mr. Baker") in rels, rels
assert any(r[2].startswith("led") for r in rows), rels  # the relative clause is a clause too
# PTB tokens are printed as written, never as the UD spelling used inside.
assert not any('"' in f or "(" in f for r in rows for f in r[2:]), rows
PY
  # A broken line is reported with its line number and skipped; the others go through.
  { printf 'Russia sold oil .\n'; printf 'bad \xff byte .\n'; printf 'China bought gas .\n'; } >"$TMP/bad.txt"
  "$ERGRAPH" extract "$TMP/bad.txt" >"$TMP/bad.tsv" 2>"$TMP/bad.err" || fail "a broken line must not stop extract"
  expect_in "bad.txt:2: invalid-utf8" "$TMP/bad.err"
  expect_in "China bought gas" "$TMP/bad.tsv"
  "$ERGRAPH" extract "$TMP/missing.txt" 2>"$TMP/err2"; rc=$?
  [ $rc -eq 74 ] || fail "a missing input must exit 74, got $rc"
}

# CaRB dev F1 of `ergraph extract`, scored by the shared scorer.
case_carb_score() {
  need "CaRB dev score" "file:$SHARED/data/carb/dev.txt" "file:$SHARED/data/carb/dev_gold.tsv" "file:$SHARED/tools/carb_score.py"
  "$ERGRAPH" extract "$SHARED/data/carb/dev.txt" >"$TMP/dev.tsv" || fail "extract on CaRB dev"
  /usr/bin/python3 "$SHARED/tools/carb_score.py" --gold "$SHARED/data/carb/dev_gold.tsv" --pred "$TMP/dev.tsv" >"$TMP/score" || fail "scorer failed"
  tail -1 "$TMP/score"
  awk '/^carb F1=/ { split($2, a, "="); exit !(a[2] >= 0.45) }' "$TMP/score" || fail "CaRB dev F1 below 0.45"
}

# ergraph annotate: CoNLL-U with 10 columns and one root per sentence.
case_annotate_conllu() {
  "$ERGRAPH" annotate samples/01_trade_talks.txt --format conllu -o "$TMP/a.conllu" || fail "annotate exited non-zero"
  /usr/bin/python3 - "$TMP/a.conllu" <<'PY' || fail "CoNLL-U malformed"
import sys
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    if line.startswith("#"): continue
    cols = line.split("\t")
    assert len(cols) == 10, cols
    cur.append(cols)
assert len(sents) >= 3, len(sents)
for s in sents:
    assert [int(c[0]) for c in s] == list(range(1, len(s) + 1))
    heads = [int(c[6]) for c in s]
    assert heads.count(0) == 1, s
    assert all(0 <= h <= len(s) for h in heads)
    assert all(c[7] != "_" and c[3] != "_" and c[2] != "_" for c in s), s
    assert sum(1 for c in s if c[7] == "root") == 1
PY
  if [ -x "$(command -v udapy || true)" ]; then udapy read.Conllu files="$TMP/a.conllu" util.Eval >/dev/null || fail "udapy rejects the CoNLL-U"; fi
}

# --asserted-only leaves the negated edge out of path searches.
case_asserted_only() {
  "$ERGRAPH" build samples/000_1ae14861dfa7de9e.txt -o "$TMP/seed" -q || fail "build exited $?"
  "$ERGRAPH" path "$TMP/seed/graph.graphml" China war >"$TMP/p" || fail "China to war must be connected"
  expect_in "not take-sides-in" "$TMP/p"
  "$ERGRAPH" path "$TMP/seed/graph.graphml" China war --asserted-only --max-hops 1 >"$TMP/p2" 2>"$TMP/e2"; rc=$?
  [ $rc -eq 1 ] || { cat "$TMP/p2"; fail "--asserted-only must drop the negated edge, got exit $rc"; }
  # An urged, an alleged and a denied relation are in the graph with their factuality, and no
  # --asserted-only path goes over them.
  printf 'Volodymyr Zelensky urged Washington to keep sanctions on Russia.\nNATO accused Russia of threatening Poland.\nTom Hale denied that Meridian Pharma paid Lumen Diagnostics.\n' >"$TMP/fact.txt"
  "$ERGRAPH" build "$TMP/fact.txt" -o "$TMP/fact" -q || fail "build exited $?"
  grep -q '"factuality":"Uu","source":\["Volodymyr Zelensky"\]' "$TMP/fact/triples.jsonl" || fail "urged relation must be Uu, sourced"
  grep -q '"factuality":"PS+","source":\["North Atlantic Treaty Organization"\]' "$TMP/fact/triples.jsonl" || fail "alleged relation must be PS+"
  grep -q '"factuality":"CT-","source":\["Tom Hale"\]' "$TMP/fact/triples.jsonl" || fail "denied relation must be CT-"
  grep -q '<data key="e_factuality">Uu</data>' "$TMP/fact/graph.graphml" || fail "GraphML must carry the edge factuality"
  "$ERGRAPH" path "$TMP/fact/graph.graphml" "United States" Russia >"$TMP/p3" || fail "the urged edge is a path"
  expect_in "(hedged, Uu)" "$TMP/p3"
  for pair in "United States|Russia" "Russia|Poland" "Meridian Pharma|Lumen Diagnostics"; do
    "$ERGRAPH" path "$TMP/fact/graph.graphml" "${pair%%|*}" "${pair##*|}" --asserted-only >"$TMP/p4" 2>&1; rc=$?
    [ $rc -eq 1 ] || { cat "$TMP/p4"; fail "--asserted-only must not connect $pair, got exit $rc"; }
  done
  "$ERGRAPH" path "$TMP/fact/graph.graphml" "North Atlantic Treaty Organization" Russia --asserted-only >/dev/null ||
    fail "the accusing itself is a fact"
}

# The pattern extractor stays available and fast.
case_pattern_extractor() {
  "$ERGRAPH" build samples/ -o "$TMP/pat" --extractor pattern -q || fail "--extractor pattern exited $?"
  grep -q '"relation":"sell-dual-use-goods-to"' "$TMP/pat/triples.jsonl" || fail "pattern extractor lost the seed triple"
  "$ERGRAPH" build samples/ -o "$TMP/x" --extractor bogus 2>/dev/null; rc=$?
  [ $rc -eq 2 ] || fail "an unknown extractor must exit 2, got $rc"
}

# --aliases FILE: the user's names applied on every build, with the rule "alias-file" in
# entities.jsonl; bad lines stop the run with file:line (65), a missing file exits 74.
case_build_aliases() {
  printf '{"id":"a","text":"Vladimir Putin met Xi Jinping in Moscow."}\n{"id":"b","text":"Volodya praised Xi Jinping."}\n' >"$TMP/in.jsonl"
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/plain" -q || fail "build without aliases exited $?"
  grep -q '"name":"Volodya"' "$TMP/plain/entities.jsonl" || { cat "$TMP/plain/entities.jsonl"; fail "expected a separate Volodya node without aliases"; }
  printf '# my names\nVolodya\tVladimir Putin\tPERSON\n' >"$TMP/aliases.tsv"
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/al" --aliases "$TMP/aliases.tsv" 2>"$TMP/err" || { cat "$TMP/err"; fail "build --aliases exited $?"; }
  expect_in "1 alias from" "$TMP/err"
  expect_in "entities.jsonl" "$TMP/err"
  ls "$TMP/al" | grep -q tmp && fail "temporary files left in the output folder"
  /usr/bin/python3 - "$TMP/al/entities.jsonl" "$TMP/al/triples.jsonl" <<'PY' || fail "entities.jsonl does not show the alias"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
names = [r["name"] for r in rows]
assert "Volodya" not in names, names
putin = [r for r in rows if r["name"] == "Vladimir Putin"]
assert len(putin) == 1, names
p = putin[0]
assert p["type"] == "PERSON" and p["documents"] == ["a", "b"], p
forms = {(f["text"], f["rule"]): f["count"] for f in p["surface_forms"]}
assert forms.get(("Volodya", "alias-file")) == 1, forms
assert forms.get(("Vladimir Putin", "exact")) == 1, forms
assert sum(forms.values()) == p["mentions"], (forms, p["mentions"])
for r in rows:
    assert list(r)[:3] == ["id", "name", "type"], r
    assert all(f["rule"] for f in r["surface_forms"]), r
# The rewrite is in triples.jsonl as well.
ts = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert any(t["subject"]["name"] == "Vladimir Putin" and t["subject"]["mention"] == "Volodya" for t in ts), ts
PY
  # The same input and aliases give the same bytes.
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/al2" --aliases "$TMP/aliases.tsv" -q -j 2 || fail "rebuild"
  cmp -s "$TMP/al/entities.jsonl" "$TMP/al2/entities.jsonl" || fail "entities.jsonl is not deterministic"
  printf 'Volodya\tVladimir Putin\nPutin only one field\n' >"$TMP/bad.tsv"
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/x" --aliases "$TMP/bad.tsv" 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "a bad alias line must exit 65, got $rc"
  expect_in "bad.tsv:2" "$TMP/err"
  expect_in "E710" "$TMP/err"
  [ -e "$TMP/x/graph.graphml" ] && fail "nothing may be written after a bad alias file"
  printf 'Volodya\tVladimir Putin\tPRESIDENT\n' >"$TMP/bad2.tsv"
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/x" --aliases "$TMP/bad2.tsv" 2>"$TMP/err"; rc=$?
  [ $rc -eq 65 ] || fail "an unknown type must exit 65, got $rc"
  expect_in "bad2.tsv:1: unknown type 'PRESIDENT'" "$TMP/err"
  "$ERGRAPH" build "$TMP/in.jsonl" -o "$TMP/x" --aliases "$TMP/none.tsv" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing alias file must exit 74, got $rc"
  expect_in "none.tsv" "$TMP/err"
  "$ERGRAPH" build --help >"$TMP/h" || fail "build --help"
  expect_in "--aliases" "$TMP/h"
  expect_in "entities.jsonl" "$TMP/h"
}

# ergraph entities: the nodes of a built graph, their surface forms and rules; concept nodes
# stay in their article.
case_entities_command() {
  printf '{"id":"a","text":"Mark Rathbun made a statement."}\n{"id":"b","text":"The Church of Scientology issued a statement."}\n' >"$TMP/two.jsonl"
  "$ERGRAPH" build "$TMP/two.jsonl" -o "$TMP/two" -q || fail "build exited $?"
  "$ERGRAPH" entities "$TMP/two/graph.graphml" >"$TMP/list" || fail "entities exited $?"
  expect_in "^name	type	mentions	documents" "$TMP/list"
  [ "$(grep -c '^statement	CONCEPT	' "$TMP/list")" = 2 ] || { cat "$TMP/list"; fail "expected two statement nodes, one per article"; }
  grep -q '^statement	CONCEPT	1	a	' "$TMP/list" || { cat "$TMP/list"; fail "the concept row names its article"; }
  "$ERGRAPH" entities "$TMP/two/graph.graphml" statement >"$TMP/detail" || fail "entities NAME exited $?"
  expect_in "concept of one article: a" "$TMP/detail"
  expect_in "concept of one article: b" "$TMP/detail"
  expect_in "surface forms (count, rule)" "$TMP/detail"
  "$ERGRAPH" path "$TMP/two/graph.graphml" "Mark Rathbun" "Church of Scientology" >"$TMP/p" 2>"$TMP/perr"; rc=$?
  [ $rc -eq 1 ] || { cat "$TMP/p"; fail "a path through two different statements must not exist (exit $rc)"; }
  # JSON: the same objects as entities.jsonl.
  "$ERGRAPH" entities "$TMP/two/graph.graphml" --format json >"$TMP/j" || fail "--format json exited $?"
  /usr/bin/python3 - "$TMP/j" "$TMP/two/entities.jsonl" <<'PY' || fail "entities --format json differs from entities.jsonl"
import json, sys
listed = json.load(open(sys.argv[1], encoding="utf-8"))
written = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert listed == written, (listed, written)
assert [r for r in written if r["type"] == "CONCEPT" and r.get("document") == "b"], written
PY
  "$ERGRAPH" entities "$TMP/two/graph.graphml" --type concept --format json >"$TMP/jc" || fail "--type"
  /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d and all(r['type']=='CONCEPT' for r in d), d" "$TMP/jc" || fail "--type CONCEPT"
  # On the samples: Putin in detail, with the rules of his surface forms.
  build_samples
  [ -s "$TMP/out/entities.jsonl" ] || fail "build did not write entities.jsonl"
  "$ERGRAPH" entities "$TMP/out/graph.graphml" putin >"$TMP/putin" || fail "entities putin exited $?"
  expect_in "^Vladimir Putin (PERSON)" "$TMP/putin"
  expect_in "\[exact\]" "$TMP/putin"
  "$ERGRAPH" entities "$TMP/out/graph.graphml" Puttin >/dev/null 2>"$TMP/err"; rc=$?
  [ $rc -eq 2 ] || fail "an unknown name must exit 2, got $rc"
  expect_in "did you mean" "$TMP/err"
  "$ERGRAPH" entities "$TMP/nothere.graphml" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing graph file must exit 74, got $rc"
  expect_in "nothere.graphml" "$TMP/err"
  "$ERGRAPH" path "$TMP/nothere.graphml" a b 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "path: a missing graph file must exit 74, got $rc"
  "$ERGRAPH" entities --help >"$TMP/h" || fail "entities --help"
  expect_in "alias-file" "$TMP/h"
  expect_in "surname" "$TMP/h"
  "$ERGRAPH" --help >"$TMP/h2" || fail "--help"
  expect_in "ergraph entities" "$TMP/h2"
}

# --actors country|literal: an acting capital or seat of government stands for its state, or
# keeps its own name. The same sentences, built both ways. ("Moscow said the talks failed." gives
# no triple, so no node: its mention is checked in tests/extract/pipeline_actors_test.cpp; here
# the seat is the attribution of a reported triple, or an argument.)
case_actors() {
  {
    printf '%s\n' '{"id":"moscow","text":"Moscow said Ukraine rejected the offer."}'
    printf '%s\n' '{"id":"kremlin","text":"The Kremlin said Ukraine rejected the offer."}'
    printf '%s\n' '{"id":"trade","text":"Beijing fined Alibaba over its merger with Ant Group."}'
    printf '%s\n' '{"id":"court","text":"Washington fined Meridian Pharma for misleading doctors."}'
    printf '%s\n' '{"id":"visit","text":"Angela Merkel visited Moscow last week."}'
  } >"$TMP/actors.jsonl"
  "$ERGRAPH" build "$TMP/actors.jsonl" -o "$TMP/country" -q || fail "build (default actors) exited $?"
  "$ERGRAPH" build "$TMP/actors.jsonl" -o "$TMP/country2" --actors country -q || fail "build --actors country exited $?"
  cmp -s "$TMP/country/triples.jsonl" "$TMP/country2/triples.jsonl" || fail "--actors country must be the default"
  "$ERGRAPH" build "$TMP/actors.jsonl" -o "$TMP/literal" --actors literal -q || fail "build --actors literal exited $?"
  /usr/bin/python3 - "$TMP/country/triples.jsonl" "$TMP/literal/triples.jsonl" <<'PY' || fail "--actors did not name the seats as expected"
import json, sys
def names(path):
    """doc id -> every entity name and attribution of its triples"""
    out = {}
    for line in open(path, encoding="utf-8"):
        t = json.loads(line)
        s = out.setdefault(t["doc_id"], set())
        s.update([t["subject"]["name"], t["object"]["name"]])
        if t.get("attribution"):
            s.add(t["attribution"])
    return out
country, literal = names(sys.argv[1]), names(sys.argv[2])
print("country:", country, "\nliteral:", literal)
for doc, seat in (("moscow", "Moscow"), ("kremlin", "Kremlin")):
    assert "Russia" in country.get(doc, ()), (doc, country.get(doc))
    assert seat not in country.get(doc, ()), (doc, country.get(doc))
    assert seat in literal.get(doc, ()), (doc, literal.get(doc))
    assert "Russia" not in literal.get(doc, ()), (doc, literal.get(doc))
assert "China" in country["trade"] and "Beijing" not in country["trade"], country["trade"]
assert "Beijing" in literal["trade"] and "China" not in literal["trade"], literal["trade"]
assert "United States" in country["court"] and "Washington" not in country["court"], country["court"]
assert "Washington" in literal["court"] and "United States" not in literal["court"], literal["court"]
# A place that does not act is the place with either choice.
for g in (country, literal):
    assert "Moscow" in g["visit"] and "Russia" not in g["visit"], g["visit"]
PY
  "$ERGRAPH" build "$TMP/actors.jsonl" -o "$TMP/x" --actors state 2>/dev/null; rc=$?
  [ $rc -eq 2 ] || fail "an unknown --actors value must exit 2, got $rc"
  "$ERGRAPH" build --help >"$TMP/h" || fail "build --help"
  expect_in "--actors" "$TMP/h"
  expect_in "literal" "$TMP/h"
  expect_in "Moscow said" "$TMP/h"
}

# --ner-domain web|gum|none: the recognizer's annotation conventions (models/NER.md). web is the
# default; the choice reaches the recognizer (GUM's conventions leave "Real Madrid" out, so no
# role triple); an unknown value exits 2.
case_ner_domain() {
  printf '%s\n' '{"id":"sport","text":"Real Madrid coach Carlo Ancelotti praised Erling Haaland."}' >"$TMP/nd.jsonl"
  "$ERGRAPH" build "$TMP/nd.jsonl" -o "$TMP/nd_default" -q || fail "build exited $?"
  "$ERGRAPH" build "$TMP/nd.jsonl" -o "$TMP/nd_web" --ner-domain web -q || fail "build --ner-domain web exited $?"
  cmp -s "$TMP/nd_default/triples.jsonl" "$TMP/nd_web/triples.jsonl" || fail "--ner-domain web must be the default"
  expect_in '"coach-of"' "$TMP/nd_web/triples.jsonl"
  "$ERGRAPH" build "$TMP/nd.jsonl" -o "$TMP/nd_gum" --ner-domain gum -q || fail "build --ner-domain gum exited $?"
  cmp -s "$TMP/nd_web/entities.jsonl" "$TMP/nd_gum/entities.jsonl" && fail "--ner-domain gum changed nothing"
  "$ERGRAPH" build "$TMP/nd.jsonl" -o "$TMP/x" --ner-domain news 2>/dev/null; rc=$?
  [ $rc -eq 2 ] || fail "an unknown --ner-domain value must exit 2, got $rc"
  "$ERGRAPH" build --help >"$TMP/h" || fail "build --help"
  expect_in "--ner-domain" "$TMP/h"
}

# Names across articles: a surname alone in one article is the full name of another when only
# one full name ends with it; "Korea Republic" is South Korea.
case_names_across_documents() {
  {
    printf '%s\n' '{"id":"a","text":"Andy Warhol painted Marilyn Monroe in 1962."}'
    printf '%s\n' '{"id":"b","text":"Warhol founded the Factory in New York."}'
    printf '%s\n' '{"id":"c","text":"Ahmed Mohamed sued the Irving Independent School District."}'
    printf '%s\n' '{"id":"d","text":"Mohamed met Barack Obama at the White House."}'
    printf '%s\n' '{"id":"e","text":"George Bush vetoed the bill."}'
    printf '%s\n' '{"id":"f","text":"Laura Bush visited Afghanistan."}'
    printf '%s\n' '{"id":"g","text":"Bush signed the Patriot Act."}'
    printf '%s\n' '{"id":"h","text":"Korea Republic beat Germany in Kazan."}'
    printf '%s\n' '{"id":"i","text":"South Korea signed a trade deal with Vietnam."}'
  } >"$TMP/names.jsonl"
  "$ERGRAPH" build "$TMP/names.jsonl" -o "$TMP/names" -q || fail "build exited $?"
  /usr/bin/python3 - "$TMP/names/entities.jsonl" <<'PY' || fail "names across documents are not resolved as expected"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
by = {}
for r in rows:
    by.setdefault(r["name"], []).append(r)
print(sorted((r["name"], r["type"], r["documents"]) for r in rows))
def one(name, docs):
    got = by.get(name, [])
    assert len(got) == 1, (name, got)
    assert set(docs) <= set(got[0]["documents"]), (name, docs, got[0]["documents"])
    return got[0]
w = one("Andy Warhol", ["a", "b"])
assert ("Warhol", "surname") in {(f["text"], f["rule"]) for f in w["surface_forms"]}, w
assert "Warhol" not in by, by.get("Warhol")
one("Ahmed Mohamed", ["c", "d"])
assert "Mohamed" not in by, by.get("Mohamed")
# Two full names end with "Bush": the short name stays apart from both.
for full, doc in (("George Bush", "e"), ("Laura Bush", "f")):
    r = one(full, [doc])
    assert r["documents"] == [doc], r
    assert "Bush" not in {f["text"] for f in r["surface_forms"]}, r
one("South Korea", ["h", "i"])
assert "Korea Republic" not in by, by.get("Korea Republic")
PY
}

# The seed article's named actors, in the graph of samples/: each exactly one node, and no other
# node that is the same actor under another name (label or alias).
case_seed_actors() {
  build_samples
  /usr/bin/python3 - "$TMP/out/graph.graphml" <<'PY' || fail "a named actor of the seed article is missing or split"
import sys
import xml.etree.ElementTree as ET
NS = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key") if k.get("for") == "node"}
nodes = []
for n in root.iter(NS + "node"):
    d = {keys.get(x.get("key")): (x.text or "") for x in n.findall(NS + "data")}
    if d.get("type") == "CONCEPT":
        continue
    nodes.append((d["label"], d["type"], [a for a in d.get("aliases", "").split(" | ") if a]))
# Each actor: its canonical name and type, and the other names it goes by in the seed and samples.
actors = {
    "Vladimir Putin": ("PERSON", {"Putin", "President Putin", "Vladimir Putin"}),
    "Xi Jinping": ("PERSON", {"Xi", "President Xi", "Xi Jinping", "Jinping"}),
    "Russia": ("GPE", {"Russia", "Russian Federation", "the Kremlin", "Kremlin"}),
    "China": ("GPE", {"China", "PRC", "People's Republic of China", "Zhongnanhai"}),
    "United States": ("GPE", {"United States", "US", "U.S.", "USA", "the US", "America", "White House"}),
    "Ukraine": ("GPE", {"Ukraine"}),
    "Richard Nixon": ("PERSON", {"Richard Nixon", "Nixon"}),
    "Soviet Union": ("GPE", {"Soviet Union", "USSR", "the Soviet Union"}),
    "Joe Biden": ("PERSON", {"Joe Biden", "Biden"}),
}
# Known gaps: an actor with no node. Like tests/golden/known_errors.jsonl, each must keep
# failing until fixed; then this fails and the entry must go. (None today: a named actor that no
# triple links is still a node, e.g. the Soviet Union of "... to separate China from the Soviet Union".)
missing_known = set()
problems = []
for name, (typ, names) in actors.items():
    own = [n for n in nodes if n[0] == name]
    if name in missing_known:
        if own:
            problems.append(f"{name}: now a node: remove it from missing_known in e2e.sh case_seed_actors")
    elif len(own) != 1:
        problems.append(f"{name}: {len(own)} nodes labelled so")
    elif own[0][1] != typ:
        problems.append(f"{name}: type {own[0][1]}, expected {typ}")
    # Another node that is the same actor: labelled with one of its names, or carrying one as alias.
    for label, t, aliases in nodes:
        if label == name:
            continue
        if label in names or names & set(aliases):
            problems.append(f"{name}: also node {label!r} ({t}) with aliases {aliases}")
# No alias of any node is a hyphenated pair of two actors ("China-Russia").
for label, t, aliases in nodes:
    for a in aliases:
        parts = a.split("-")
        if len(parts) == 2 and all(p in {n for _, (_, ns) in actors.items() for n in ns} for p in parts):
            problems.append(f"{label}: hyphenated pair {a!r} as an alias")
assert not problems, "\n".join(problems)
PY
}

# Golden outputs of the whole run on samples/: the reviewed triples and nodes, with the known
# errors listed apart (tests/golden/check_samples.py). ERGRAPH_APPROVE=1 prints the diff and
# approves it.
case_samples_golden() {
  build_samples
  local approve=""
  [ "${ERGRAPH_APPROVE:-}" = 1 ] && approve=--approve
  /usr/bin/python3 tests/golden/check_samples.py "$ERGRAPH" "$TMP/out" $approve || fail "samples differ from the golden files or a known error changed"
}


# `ergraph view`: one self-contained page holding every node and edge, the same bytes twice,
# exit 74 for a graph that cannot be read or a page that cannot be written.
case_view_command() {
  build_samples
  "$ERGRAPH" view --help >"$TMP/vhelp" || fail "view --help exited non-zero"
  expect_in "ergraph view out/graph.graphml -o out/graph.html" "$TMP/vhelp"
  "$ERGRAPH" view "$TMP/out/graph.graphml" -o "$TMP/out/graph.html" 2>"$TMP/verr" || { cat "$TMP/verr"; fail "view exited non-zero"; }
  expect_in "open it in a browser" "$TMP/verr"
  ls "$TMP/out" | grep -q tmp && fail "temporary files left in the output folder"
  /usr/bin/python3 - "$TMP/out/graph.graphml" "$TMP/out/graph.html" <<'PY' || fail "the page's data does not match the GraphML"
import json, re, sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
edges = {e.get("id") for e in root.iterfind(".//g:edge", ns)}
page = open(sys.argv[2], encoding="utf-8").read()
assert not re.search(r"<script[^>]+src=|<link\b", page), "the page must not load anything"
blob = re.search(r'<script type="application/json" id="ergraph-data">(.*?)</script>', page, re.S).group(1)
data = json.loads(blob)
assert {n["id"] for n in data["nodes"]} == nodes, "node ids differ"
assert {e["id"] for e in data["edges"]} == edges, "edge ids differ"
assert any(n["label"] == "Vladimir Putin" for n in data["nodes"])
assert any(ev["text"] for e in data["edges"] for ev in e["evidence"]), "no evidence sentence in the page"
PY
  "$ERGRAPH" view "$TMP/out/graph.graphml" -o "$TMP/again.html" 2>/dev/null || fail "second view exited non-zero"
  cmp -s "$TMP/out/graph.html" "$TMP/again.html" || fail "view must write the same bytes for the same graph"
  "$ERGRAPH" view "$TMP/nope.graphml" -o "$TMP/x.html" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a missing graph file must exit 74, got $rc"
  expect_in "no such graph file" "$TMP/err"
  "$ERGRAPH" view "$TMP" -o "$TMP/x.html" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "a folder as the graph must exit 74, got $rc"
  "$ERGRAPH" view "$TMP/out/graph.graphml" -o "$TMP/no/such/dir/x.html" 2>"$TMP/err"; rc=$?
  [ $rc -eq 74 ] || fail "an unwritable output must exit 74, got $rc"
  [ -e "$TMP/x.html" ] && fail "no page may be written after an error"
  return 0
}

# The page in a real browser (tests/e2e/viewer_test.mjs): headless Chromium through
# playwright-core (tests/e2e/package.json; `make test` runs npm ci). Search, evidence panel,
# filters, no console errors, a screenshot that is not blank ($ERGRAPH_VIEWER_SCREENSHOT).
case_viewer_browser() {
  local chromium="${CHROMIUM:-/usr/bin/chromium}"
  need "browser test of the viewer" prog:node "file:$chromium" file:tests/e2e/node_modules/playwright-core/package.json
  build_samples
  "$ERGRAPH" view "$TMP/out/graph.graphml" -o "$TMP/out/graph.html" 2>/dev/null || fail "view exited non-zero"
  CHROMIUM="$chromium" node tests/e2e/viewer_test.mjs "$TMP/out/graph.graphml" "$TMP/out/graph.html" \
    "${ERGRAPH_VIEWER_SCREENSHOT:-$TMP/viewer-screenshot.png}" || fail "the viewer failed in the browser"
}

# `cmake --install` (make install) into a prefix, then a copy of that tree elsewhere: the copy finds
# its models beside its bin/ (share/ergraph/models), not through $ERGRAPH_MODELS or the source
# tree, and builds samples/ from a folder where no models/ is reachable. `ergraph --version` names
# the models folder it chose, so the case cannot pass through the compile-time source-tree path.
# $ERGRAPH_BUILD_DIR is the build tree (set by tests/e2e/CMakeLists.txt; else beside $ERGRAPH);
# $ERGRAPH_MAN_PAGE=ON when help2man was found at configure time and the man page must be there.
case_install() {
  need "install tree" prog:cmake
  local build_dir="${ERGRAPH_BUILD_DIR:-$(dirname "$ERGRAPH")/..}" src models_src f
  src=$(pwd)
  models_src="$src/models"
  cmake --install "$build_dir" --prefix "$TMP/inst" >"$TMP/install.log" 2>&1 || { cat "$TMP/install.log"; fail "cmake --install exited non-zero"; }
  [ -x "$TMP/inst/bin/ergraph" ] || fail "bin/ergraph not installed"
  # Every file of models/ is installed, byte for byte, and nothing else.
  diff <(cd "$models_src" && find . -type f | sort) <(cd "$TMP/inst/share/ergraph/models" && find . -type f | sort) \
    || fail "share/ergraph/models does not hold the files of models/"
  for f in $(cd "$models_src" && find . -type f); do
    cmp -s "$models_src/$f" "$TMP/inst/share/ergraph/models/$f" || fail "share/ergraph/models/$f differs from models/$f"
  done
  if [ "${ERGRAPH_MAN_PAGE:-}" = ON ]; then
    local man="$TMP/inst/share/man/man1/ergraph.1"
    [ -s "$man" ] || fail "share/man/man1/ergraph.1 not installed (help2man was found at configure time)"
    if have man; then MANWIDTH=200 man -l "$man" >"$TMP/man.txt" 2>/dev/null || fail "man -l cannot read ergraph.1"; else cp "$man" "$TMP/man.txt"; fi
    expect_in "ergraph build" "$TMP/man.txt"
    expect_in "Exit codes" "$TMP/man.txt"
  else
    echo "note: no man page checked (help2man was not found when the build was configured)"
  fi
  # The copy: nothing may point back at the first prefix, the source tree or $ERGRAPH_MODELS.
  cp -r "$TMP/inst" "$TMP/moved" && rm -rf "$TMP/inst" || fail "cannot copy the installed tree"
  mkdir -p "$TMP/elsewhere" && cp -r samples "$TMP/elsewhere/samples" || fail "cannot copy samples/"
  cd "$TMP/elsewhere" || fail "cannot enter $TMP/elsewhere"
  [ -e models ] && fail "a models/ folder is reachable from the working directory"
  env -u ERGRAPH_MODELS "$TMP/moved/bin/ergraph" --version >"$TMP/version" || fail "--version exited non-zero"
  expect_in "models: $(cd "$TMP/moved" && pwd -P)/share/ergraph/models (installed, beside the executable)" "$TMP/version"
  env -u ERGRAPH_MODELS "$TMP/moved/bin/ergraph" build samples/ -o "$TMP/o" -j 2 2>"$TMP/build.err" \
    || { cat "$TMP/build.err"; fail "the copied install's build exited non-zero"; }
  for f in graph.graphml graph.gexf graph.dot triples.jsonl entities.jsonl; do [ -s "$TMP/o/$f" ] || fail "$f missing or empty"; done
  expect_in "5 documents read, 0 skipped" "$TMP/build.err"
  [ "$(grep -c '<data key="label">Vladimir Putin</data>' "$TMP/o/graph.graphml")" = 1 ] || fail "Vladimir Putin should be exactly one node"
  [ "$(grep -c '<data key="label">United States</data>' "$TMP/o/graph.graphml")" = 1 ] || fail "United States should be exactly one node"
  # The same graph as the build tree's ergraph with the source tree's models.
  (cd "$src" && "$ERGRAPH" build samples/ -o "$TMP/ref" -j 2 2>/dev/null) || fail "the build tree's ergraph exited non-zero"
  cmp -s "$TMP/o/graph.graphml" "$TMP/ref/graph.graphml" || fail "the copied install builds another graph than the build tree"
  # $ERGRAPH_MODELS still wins over the installed folder, and without share/ergraph/models the
  # lookup falls back to the source tree (what the build tree's ergraph uses).
  ERGRAPH_MODELS="$models_src" "$TMP/moved/bin/ergraph" --version >"$TMP/version" || fail "--version exited non-zero"
  expect_in "models: $models_src (\$ERGRAPH_MODELS)" "$TMP/version"
  rm -rf "$TMP/moved/share/ergraph"
  env -u ERGRAPH_MODELS "$TMP/moved/bin/ergraph" --version >"$TMP/version" || fail "--version exited non-zero"
  expect_in "(source tree)" "$TMP/version"
  cd "$src"
}

"case_$1"
