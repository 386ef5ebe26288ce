#!/usr/bin/env bash
# Thread scaling of `ergraph build`: the text of UD English EWT and GUM (train + dev) as JSONL, built
# with -j 1, -j 2 and -j <all cores>; wall time of each whole run, the speed-up over -j 1, and a
# check that the outputs are byte-identical. Run it on an idle machine.
#   bench/threads.sh [BUILD_DIR]
set -euo pipefail
BUILD="${1:-build}"
SHARED="${ERGRAPH_SHARED:-../shared}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$(dirname "$0")/conllu_to_jsonl.py" "$TMP/all.jsonl" "$SHARED"/data/ud/en_{ewt,gum}-ud-{train,dev}.conllu
echo "input: $(wc -l <"$TMP/all.jsonl") documents, $(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$TMP/all.jsonl") whitespace tokens"
ALL=$(nproc)
base=""
for j in 1 2 $ALL; do
  [ "$j" = 2 ] && [ "$ALL" -lt 2 ] && continue
  s=$(date +%s.%N)
  "$BUILD/cli/ergraph" build "$TMP/all.jsonl" -o "$TMP/out$j" -j "$j" -q
  e=$(date +%s.%N)
  t=$(python3 -c "print(f'{$e-$s:.2f}')")
  [ -z "$base" ] && base=$t
  echo "-j $j: $t s (speed-up $(python3 -c "print(f'{$base/$t:.2f}')"))"
  [ "$j" = 1 ] || for f in graph.graphml graph.snapshot triples.jsonl; do cmp -s "$TMP/out1/$f" "$TMP/out$j/$f" || echo "  $f differs from -j 1!"; done
done
