#!/usr/bin/env bash
# How fast a query command loads a large graph: `ergraph path` on a synthetic graph (bench/
# synthetic_graphml.py) read from GraphML and from graph.snapshot, wall time and peak memory, on
# one core.   bench/reload.sh [BUILD_DIR] [NODES] [EDGES]   (default 50000 nodes, 200000 edges)
set -euo pipefail
BUILD="${1:-build}"; NODES="${2:-50000}"; EDGES="${3:-200000}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$(dirname "$0")/synthetic_graphml.py" "$TMP/g.graphml" "$NODES" "$EDGES"
"$BUILD/cli/ergraph" merge "$TMP/g.graphml" -o "$TMP/g.snapshot" 2>/dev/null
echo "graph: $NODES nodes, $EDGES edges; GraphML $(du -h "$TMP/g.graphml" | cut -f1), snapshot $(du -h "$TMP/g.snapshot" | cut -f1)"
for f in g.graphml g.snapshot; do
  /usr/bin/time -f "path from $f: %e s, peak %M KB" taskset -c 0 "$BUILD/cli/ergraph" path "$TMP/$f" "Entity 1 Name" "Entity 2 Name" >/dev/null
done
