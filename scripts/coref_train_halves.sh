#!/usr/bin/env bash
# Pronoun coreference on GUM train measured on names the first-name table has not seen: train is
# split into two halves by document (alternate documents), the table is learned on one half and
# the resolver scored on the other, both ways (models/COREFERENCE.md, "it/its may take a name
# typed PERSON ..."). Prints the `eval coref` table of each half.
# Usage: scripts/coref_train_halves.sh [BUILD_DIR]   (default: build; needs ../shared/data)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
data="$root/../shared/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$data/ud/en_gum-ud-train.conllu" "$work" <<'PY'
import os, sys
src, work = sys.argv[1], sys.argv[2]
docs, cur = [], []
for line in open(src, encoding="utf-8"):
    if line.startswith("# newdoc id") and cur:
        docs.append(cur)
        cur = []
    cur.append(line)
docs.append(cur)
for k, half in ((0, "A"), (1, "B")):
    os.makedirs(f"{work}/data{half}/ud")
    os.makedirs(f"{work}/data{half}/gum")
    with open(f"{work}/data{half}/ud/en_gum-ud-train.conllu", "w", encoding="utf-8") as out:
        for i, d in enumerate(docs):
            if i % 2 == k:
                out.writelines(d)
PY
for half in A B; do
  cp "$data/gum/doc_licenses.tsv" "$work/data$half/gum/"
  cp -r "$root/models" "$work/models$half"
  "$build/cli/ergraph" train first-names --data "$work/data$half" --models "$work/models$half" \
    -o "$work/models$half/first_name_gender.tsv" >/dev/null
done
echo "== half B, first-name table learned on half A"
"$build/cli/ergraph" eval coref --models "$work/modelsA" --conllu "$work/dataB/ud/en_gum-ud-train.conllu" | sed -n '4,9p'
echo "== half A, first-name table learned on half B"
"$build/cli/ergraph" eval coref --models "$work/modelsB" --conllu "$work/dataA/ud/en_gum-ud-train.conllu" | sed -n '4,9p'
