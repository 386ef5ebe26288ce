#!/bin/sh
# Rebuilds models/first_name_gender.tsv (the coreference resolver's first-name gender table) from
# the coreference chains of GUM train (../shared/data/ud/en_gum-ud-train.conllu), using only the
# documents whose licence allows commercial use (../shared/data/gum/doc_licenses.tsv).
# Usage: scripts/train_first_name_gender.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
cmake --build "$build" -j1 --target ergraph
"$build/cli/ergraph" train first-names --models "$root/models" -o "$root/models/first_name_gender.tsv"
