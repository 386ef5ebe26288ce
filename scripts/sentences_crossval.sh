#!/bin/sh
# Out-of-fold sentence splitting on UD English EWT train (the text issue 11 compares splitters on):
# EWT train is cut into 5 folds by document (document ordinal mod 5); each fold is split by a model
# trained on GUM train (commercially usable documents) + EWT dev + the other four folds, so no
# sentence is scored by a model that saw it. Prints the summed counts; "predicted" is the number of
# sentences the splitter makes, "found" the ones equal to a gold sentence.
#   scripts/sentences_crossval.sh [BUILD_DIR]       (default: build; data ../shared/data or $DATA)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${1:-"$ROOT/build"}
DATA=${DATA:-"$ROOT/../shared/data"}
E="$BUILD_DIR/cli/ergraph"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
awk -v dir="$TMP" '
  /^# newdoc/ { doc++ }
  { k = (doc > 0 ? doc - 1 : 0) % 5
    for (f = 0; f < 5; f++) print > (dir "/" (f == k ? "fold" : "rest") f ".conllu") }
' "$DATA/ud/en_ewt-ud-train.conllu"
F=0; G=0; P=0
for k in 0 1 2 3 4; do
  "$E" train sentences --data "$DATA" --corpus gum-train --corpus ewt-dev --conllu "$TMP/rest$k.conllu" \
    -o "$TMP/m$k.model" >/dev/null
  line=$("$E" eval sentences --conllu "$TMP/fold$k.conllu" --model "$TMP/m$k.model" | grep 'found exactly')
  g=$(echo "$line" | sed 's/.*: \([0-9]*\) gold.*/\1/')
  p=$(echo "$line" | sed 's/.*, \([0-9]*\) predicted.*/\1/')
  f=$(echo "$line" | sed 's/.*, \([0-9]*\) found.*/\1/')
  echo "fold $k: gold $g, predicted $p, found $f"
  F=$((F + f)); G=$((G + g)); P=$((P + p))
done
echo "EWT train out of fold: gold $G, predicted $P, found exactly $F"
