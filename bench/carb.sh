#!/usr/bin/env bash
# Open IE accuracy on the CaRB development set (641 sentences, PTB-tokenized) with the shared
# scorer. Usage: bench/carb.sh [BUILD_DIR]     (or: make carb)
# Prints P, R, F1 and AUC for: all of dev; its newswire subset; and the two halves used while
# developing the clause rules: even lines ("tune", looked at) and odd lines ("held out", never
# looked at). Writes the extractions to $BUILD_DIR/carb_dev.pred.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
SHARED="${ERGRAPH_SHARED:-../shared}"
CARB="$SHARED/data/carb"
SCORE="$SHARED/tools/carb_score.py"
PRED="$BUILD/carb_dev.pred.tsv"
[ -f "$CARB/dev.txt" ] && [ -f "$SCORE" ] || { echo "carb.sh: needs $CARB/dev.txt and $SCORE" >&2; exit 1; }
"$BUILD/cli/ergraph" extract "$CARB/dev.txt" >"$PRED"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
awk 'NR % 2 == 0' "$CARB/dev.txt" >"$TMP/tune.txt"
awk 'NR % 2 == 1' "$CARB/dev.txt" >"$TMP/heldout.txt"
score() { python3 "$SCORE" --gold "$CARB/dev_gold.tsv" --pred "$PRED" "$@" | tail -1; }
echo "extractions: $(wc -l <"$PRED") on $(wc -l <"$CARB/dev.txt") sentences"
echo "all dev (641):          $(score)"
echo "newswire (249):         $(score --sentences "$CARB/dev_newswire.txt")"
echo "even lines, tune (320): $(score --sentences "$TMP/tune.txt")"
echo "odd lines, held out:    $(score --sentences "$TMP/heldout.txt")"
