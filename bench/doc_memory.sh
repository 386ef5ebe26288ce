#!/usr/bin/env bash
# Issue 14: peak memory of `ergraph build -j 1` on one document of S megabytes of news-like text
# (the sentences of UD English EWT train, in order, as one document; the built-in sample article
# repeated without it), for each S given. Prints S, whitespace tokens, wall time and peak RSS, so
# the bound "peak = base + k x largest document" can be read off (bench/README.md).
#   bench/doc_memory.sh [BUILD_DIR] [SIZES_MB...]      (defaults: build, 1 4 16)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"; shift || true
SIZES=("${@:-1 4 16}"); SIZES=(${SIZES[*]})
SHARED="${ERGRAPH_SHARED:-../shared}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
printf '%8s %12s %10s %12s\n' MB ws_tokens wall_s peak_rss_MB
for mb in "${SIZES[@]}"; do
  /usr/bin/python3 - "$mb" "$SHARED/data/ud/en_ewt-ud-train.conllu" samples/01_trade_talks.txt >"$TMP/doc.txt" <<'PY'
import sys
mb, conllu, sample = float(sys.argv[1]), sys.argv[2], sys.argv[3]
texts = []
try:
    with open(conllu, encoding="utf-8") as f:
        texts = [l[len("# text = "):].strip() for l in f if l.startswith("# text = ")]
except OSError:
    texts = [open(sample, encoding="utf-8").read()]
want, out, i = int(mb * 1e6), [], 0
size = 0
while size < want:
    t = texts[i % len(texts)]; out.append(t); size += len(t.encode()) + 1; i += 1
sys.stdout.write(" ".join(out) + "\n")
PY
  ws=$(wc -w <"$TMP/doc.txt")
  /usr/bin/time -f '%e %M' -o "$TMP/time" "$BUILD/cli/ergraph" build "$TMP/doc.txt" -o "$TMP/out" -j 1 -q
  read -r wall rss <"$TMP/time"
  printf '%8s %12s %10s %12.0f\n' "$mb" "$ws" "$wall" "$(echo "$rss / 1024" | bc -l)"
done
