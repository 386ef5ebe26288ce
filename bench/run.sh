#!/usr/bin/env bash
# Throughput benchmarks on one core. Usage: bench/run.sh [BUILD_DIR]   (or: make bench)
#  1. per-stage tokens/s (ours and whitespace tokens) on samples/ and on the UD English EWT dev text (bench/bench_pipeline.cpp)
#  2. the CLI end to end (read, tokenize, tag, lemmatize, extract, merge, write files) with -j 1
#     on the EWT dev text as JSONL, as the `ergraph build` summary line reports it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
SHARED="${ERGRAPH_SHARED:-../shared}"
DEV="$SHARED/data/ud/en_ewt-ud-dev.conllu"
echo "== samples/ (per stage)"
"$BUILD/bench/ergraph_bench" samples/000_1ae14861dfa7de9e.txt samples/01_trade_talks.txt samples/02_kremlin_call.md
if [ -f "$DEV" ]; then
  echo "== UD English EWT dev text (per stage)"
  "$BUILD/bench/ergraph_bench" "$DEV"
  echo "== ergraph build -j 1 on EWT dev text as JSONL (whole CLI run)"
  TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
  /usr/bin/python3 "$(dirname "$0")/conllu_to_jsonl.py" "$TMP/dev.jsonl" "$DEV"
  "$BUILD/cli/ergraph" build "$TMP/dev.jsonl" -o "$TMP/out" -j 1
else
  echo "(skipped EWT dev: $DEV not found)"
fi
