#!/bin/sh
# Retrains models/sentences.model (the learned sentence splitter, nlp/sentence_splitter.h) on UD
# English EWT train and the GUM train documents whose licence allows commercial use, then scores
# it on EWT dev and GUM dev (never trained on). Training is deterministic: same data, same bytes.
#   scripts/train_sentences.sh [BUILD_DIR]          (default: build; data ../shared/data or $DATA)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${1:-"$ROOT/build"}
DATA=${DATA:-"$ROOT/../shared/data"}
cmake --build "$BUILD_DIR" -j1 --target ergraph
E="$BUILD_DIR/cli/ergraph"
"$E" train sentences --data "$DATA" --corpus ewt-train --corpus gum-train --iterations 10 --seed 1 --prune 0.5 \
  -o "$ROOT/models/sentences.model"
"$E" eval sentences --conllu "$DATA/ud/en_ewt-ud-dev.conllu" --model "$ROOT/models/sentences.model" | tail -2
"$E" eval sentences --conllu "$DATA/ud/en_gum-ud-dev.conllu" --model "$ROOT/models/sentences.model" | tail -2
