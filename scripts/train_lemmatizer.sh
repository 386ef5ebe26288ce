#!/bin/sh
# Rebuilds models/lemmas.tsv (the lemmatizer's exception table) and scores it on UD EWT dev.
#   scripts/train_lemmatizer.sh                 # build dir "build", data ../shared/data
#   BUILD_DIR=build-x DATA=/path/to/data WORDNET=/usr/share/wordnet scripts/train_lemmatizer.sh
# Inputs (read-only, nothing is downloaded): $DATA/ud/en_ewt-ud-train.conllu,
# $DATA/ud/en_gum-ud-train.conllu + $DATA/gum/doc_licenses.tsv, and WordNet 3.0's .exc files
# from Debian's wordnet-base package. Training is deterministic: same inputs, same bytes.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build"}
DATA=${DATA:-"$ROOT/../shared/data"}
WORDNET=${WORDNET:-/usr/share/wordnet}

cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target ergraph -j2
ERGRAPH="$BUILD_DIR/cli/ergraph"

"$ERGRAPH" train lemmatizer --data "$DATA" --wordnet "$WORDNET" --output "$ROOT/models/lemmas.tsv"
"$ERGRAPH" eval lemmatizer --conllu "$DATA/ud/en_ewt-ud-dev.conllu" --lemmas "$ROOT/models/lemmas.tsv"
