#!/usr/bin/env bash
# A corpus of SIZE_MB megabytes (default 1024: 1 GB) built by one worker and by two shard workers
# (docs/SCALE.md's GNU parallel recipe with `--sshlogin 2/:`, i.e. two local workers, then
# `ergraph merge`): wall time and peak memory of each step, and a check that the merged shards
# equal the one build byte for byte. Run it on an idle machine with at least two cores.
#   bench/scale.sh [BUILD_DIR] [SIZE_MB] [WORK_DIR]
# The corpus is the text of UD English EWT and GUM (train + dev), one article per document,
# repeated under new document ids ("copy17/...") until SIZE_MB is reached: the throughput is that
# of real text, but the graph does not grow as it would with new articles (only the document
# lists of its nodes and edges do), so the memory figures are those of the pipeline and of a
# graph of one copy's entities. Needs GNU parallel (Debian package `parallel`).
set -euo pipefail
BUILD="$(cd "${1:-build}" && pwd)"
SIZE_MB="${2:-1024}"
WORK="${3:-$(mktemp -d)}"
SHARED="${ERGRAPH_SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}"
ERGRAPH="$BUILD/cli/ergraph"
command -v parallel >/dev/null || { echo "bench/scale.sh needs GNU parallel (apt install parallel)" >&2; exit 1; }
mkdir -p "$WORK"
CORPUS="$WORK/corpus.jsonl"
if [ ! -s "$CORPUS" ]; then
  /usr/bin/python3 "$(dirname "$0")/conllu_to_jsonl.py" "$WORK/one.jsonl" "$SHARED"/data/ud/en_{ewt,gum}-ud-{train,dev}.conllu
  /usr/bin/python3 - "$WORK/one.jsonl" "$CORPUS" "$SIZE_MB" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
limit = int(sys.argv[3]) * 1024 * 1024
size, copy = 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while size < limit:
        for d in docs:
            line = json.dumps({"id": f"copy{copy}/{d['id']}", "text": d["text"]}) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            if size >= limit:
                break
        copy += 1
PY
fi
echo "corpus: $(du -h "$CORPUS" | cut -f1), $(wc -l <"$CORPUS") documents, $(wc -w <"$CORPUS") whitespace-separated words (JSON included)"
timed() {  # label command...: wall time and peak memory of one step
  local label="$1"; shift
  /usr/bin/time -f "$label: %e s wall, peak %M KB" "$@"
}
rm -rf "$WORK/two" "$WORK/one" "$WORK/merged"
# Two workers: one shard each, in parallel, then the merge.
s=$(date +%s.%N)
(cd "$WORK" && timed "  shards (both workers)" parallel --will-cite --sshlogin 2/: --workdir . \
   "/usr/bin/time -f '  worker {}: %e s wall, peak %M KB' '$ERGRAPH' build corpus.jsonl -o two/s{} --shard {}/2 -q -j 1" ::: 0 1)
/usr/bin/time -o "$WORK/merge.time" -f "  merge: %e s wall, peak %M KB" \
  "$ERGRAPH" merge "$WORK/two/s0/graph.snapshot" "$WORK/two/s1/graph.snapshot" -o "$WORK/merged/" 2>/dev/null
cat "$WORK/merge.time"
e=$(date +%s.%N)
echo "2 workers: $(python3 -c "print(f'{$e-$s:.1f}')") s in all"
# One worker.
s=$(date +%s.%N)
timed "  build" "$ERGRAPH" build "$CORPUS" -o "$WORK/one" -q -j 1
e=$(date +%s.%N)
echo "1 worker: $(python3 -c "print(f'{$e-$s:.1f}')") s in all"
for f in graph.graphml graph.gexf graph.dot entities.jsonl graph.snapshot graph.index; do
  cmp -s "$WORK/one/$f" "$WORK/merged/$f" || echo "  $f of the merged shards DIFFERS from the one build"
done
echo "merged shards vs one build: compared graph.graphml graph.gexf graph.dot entities.jsonl graph.snapshot graph.index"
