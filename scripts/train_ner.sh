#!/bin/sh
# Retrains models/ner.model (the named-entity recognizer: structured averaged perceptron over BILOU
# labels, Viterbi decoding) and scores it once on the UNER EWT and GUM dev sets.
#   scripts/train_ner.sh                          # build dir "build", data ../shared/data
#   BUILD_DIR=build-x DATA=/path/to/data JOBS=1 scripts/train_ner.sh
# Inputs (read-only, nothing is downloaded): $DATA/uner/en_ewt-ud-train.iob2,
# $DATA/ud/en_gum-ud-train.conllu + $DATA/gum/doc_licenses.tsv (only non_commercial=no documents),
# and models/tagger.model, models/gazetteer.tsv, models/lexicon/. Dev files are only scored, never
# trained on or tuned on: the settings were chosen on `--tune-fold K` (held-out training documents),
# see models/NER.md. Training is deterministic: same inputs, same bytes.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build"}
DATA=${DATA:-"$ROOT/../shared/data"}
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target ergraph -j"$JOBS"
ERGRAPH="$BUILD_DIR/cli/ergraph"

# The settings are the defaults of `ergraph train ner`, spelled out.
"$ERGRAPH" train ner --data "$DATA" --output "$ROOT/models/ner.model" --decoder 1 --features 2940 --iterations 10 \
  --seed 1 --prune 0.5 --ensemble 1 --jackknife-tags 5 --gum
"$ERGRAPH" eval ner --model "$ROOT/models/ner.model" --iob2 "$DATA/uner/en_ewt-ud-dev.iob2"
"$ERGRAPH" eval ner --model "$ROOT/models/ner.model" --gum-conllu "$DATA/ud/en_gum-ud-dev.conllu"
