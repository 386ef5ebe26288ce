#!/bin/sh
# Retrains models/parser.model (the arc-hybrid averaged-perceptron dependency parser) and scores
# it on the EWT and GUM dev sets, with predicted tags (models/tagger.model) and with gold tags.
#   scripts/train_parser.sh                      # build dir "build", data ../shared/data
#   BUILD_DIR=build-x DATA=/path/to/data scripts/train_parser.sh
# Inputs (read-only, nothing is downloaded): $DATA/ud/en_ewt-ud-train.conllu,
# $DATA/ud/en_gum-ud-train.conllu + $DATA/gum/doc_licenses.tsv (only non_commercial=no documents).
# Training tags are jackknifed (5 taggers, each trained on 4/5 of the data, tag the held-out fifth).
# Three models (seeds 1-3, two at a time) are trained and their weights averaged into one model.
# Dev files are only scored, never trained on. Training is deterministic: same inputs, same bytes.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build"}
DATA=${DATA:-"$ROOT/../shared/data"}

cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target ergraph -j2
ERGRAPH="$BUILD_DIR/cli/ergraph"

"$ERGRAPH" train parser --data "$DATA" --output "$ROOT/models/parser.model" --iterations 10 --seed 1 \
  --jackknife 5 --prune 1.3 --average 3 --threads 2 --dev "$DATA/ud/en_ewt-ud-dev.conllu" \
  --tagger "$ROOT/models/tagger.model"
"$ERGRAPH" eval parser --conllu "$DATA/ud/en_ewt-ud-dev.conllu" --model "$ROOT/models/parser.model" \
  --tagger "$ROOT/models/tagger.model"
"$ERGRAPH" eval parser --conllu "$DATA/ud/en_gum-ud-dev.conllu" --model "$ROOT/models/parser.model" \
  --tagger "$ROOT/models/tagger.model"
