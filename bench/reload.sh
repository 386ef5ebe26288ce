#!/usr/bin/env bash
# How fast a query command loads a large graph: `ergraph path` on a synthetic graph (bench/
# synthetic_graphml.py) read from GraphML, from graph.snapshot (read whole, then resolved) and
# from graph.index (resolved; only the part the query needs is read), wall time and peak memory,
# on one core; the three answers are compared. With Debian's python3-igraph installed, python-igraph
# reading the same GraphML and answering the same question is timed too (bench/igraph_path.py).
#   bench/reload.sh [BUILD_DIR] [NODES] [EDGES]   (default 50000 nodes, 200000 edges)
set -euo pipefail
BUILD="${1:-build}"; NODES="${2:-50000}"; EDGES="${3:-200000}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$(dirname "$0")/synthetic_graphml.py" "$TMP/g.graphml" "$NODES" "$EDGES"
"$BUILD/cli/ergraph" merge "$TMP/g.graphml" -o "$TMP/g.snapshot" 2>/dev/null
"$BUILD/cli/ergraph" merge "$TMP/g.graphml" -o "$TMP/g.index" 2>/dev/null
echo "graph: $NODES nodes, $EDGES edges; GraphML $(du -h "$TMP/g.graphml" | cut -f1), snapshot $(du -h "$TMP/g.snapshot" | cut -f1), index $(du -h "$TMP/g.index" | cut -f1)"
for f in g.graphml g.snapshot g.index; do
  /usr/bin/time -f "path from $f: %e s, peak %M KB" taskset -c 0 "$BUILD/cli/ergraph" path "$TMP/$f" "Entity 1 Name" "Entity 2 Name" >"$TMP/$f.path"
done
# The reference reader, when Debian's python3-igraph is installed (apt-get install python3-igraph).
if /usr/bin/python3 -c "import igraph" 2>/dev/null; then
  /usr/bin/time -f "python-igraph reading g.graphml and answering: %e s, peak %M KB" taskset -c 0 \
    /usr/bin/python3 "$(dirname "$0")/igraph_path.py" "$TMP/g.graphml" "Entity 1 Name" "Entity 2 Name" >"$TMP/igraph.path"
  echo "igraph: $(cat "$TMP/igraph.path" | cut -c1-60)"
else
  echo "(python3-igraph not installed: no igraph reference time)"
fi
cmp -s "$TMP/g.snapshot.path" "$TMP/g.index.path" && echo "snapshot and index answers: identical" || echo "snapshot and index answers DIFFER"
cmp -s "$TMP/g.graphml.path" "$TMP/g.index.path" && echo "GraphML and index answers: identical" || echo "GraphML and index answers differ (GraphML rounds confidences)"
