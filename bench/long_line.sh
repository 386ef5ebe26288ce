#!/usr/bin/env bash
# Issue 13: one line of N whitespace tokens of varied words and no punctuation (a paste without
# sentence ends), through `ergraph build -j 1` under /usr/bin/time -v. Prints the wall time, the
# peak memory and the build's own summary.
#   bench/long_line.sh [BUILD_DIR] [TOKENS]      (defaults: build, 80000)
# The words are drawn (seeded, so every run reads the same line) from the lower-case word forms
# of UD English EWT train ($ERGRAPH_SHARED or ../shared; capitalised words would let the learned
# splitter find sentence starts), or from a short built-in list without it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
N="${2:-80000}"
SHARED="${ERGRAPH_SHARED:-../shared}"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 - "$N" "$SHARED/data/ud/en_ewt-ud-train.conllu" >"$TMP/long_line.txt" <<'PY'
import random, re, sys
n, conllu = int(sys.argv[1]), sys.argv[2]
words = []
try:
    with open(conllu, encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            if len(c) > 3 and c[0].isdigit() and re.fullmatch(r"[a-z]+", c[1]):
                words.append(c[1])
except OSError:
    words = ("the government said on Monday that talks with officials in Moscow and Beijing would "
             "continue next week after ministers met in Brussels to discuss trade sanctions energy "
             "prices and the war").split()
rng = random.Random(13)
print(" ".join(rng.choice(words) for _ in range(n)))
PY
echo "input: $(wc -c <"$TMP/long_line.txt") bytes, $(wc -l <"$TMP/long_line.txt") line, $(wc -w <"$TMP/long_line.txt") whitespace tokens (wc -w)"
/usr/bin/time -v "$BUILD/cli/ergraph" build "$TMP/long_line.txt" -o "$TMP/out" -j 1 2>"$TMP/err" || { cat "$TMP/err"; exit 1; }
grep -v $'^\t' "$TMP/err" || true   # ergraph's own lines (time -v indents its lines with a tab)
grep -e 'Elapsed (wall clock)' -e 'Maximum resident set size' "$TMP/err"
