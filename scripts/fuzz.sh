#!/usr/bin/env bash
# make fuzz: builds the fuzz targets (fuzz/fuzz_*.cpp) with clang's libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer in build-fuzz/, then runs each target for a fixed time on a copy
# of its seed corpus. Prints executions, corpus growth and findings per target; exits 1 if any
# target found a crash, a leak, a sanitizer report, a timeout or an out-of-memory input (the
# reproducer is in build-fuzz/findings/TARGET/; copy it to fuzz/regressions/TARGET/ once fixed,
# so every build replays it).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 90 (7 targets: about 11 minutes)
#   FUZZ_TARGETS="fuzz_graphml fuzz_models" scripts/fuzz.sh 30
set -euo pipefail
cd "$(dirname "$0")/.."
per_target=${1:-${FUZZ_SECONDS:-90}}
build=${FUZZ_BUILD_DIR:-build-fuzz}
targets=${FUZZ_TARGETS:-$(cd fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//' | tr '\n' ' ')}
command -v clang++ >/dev/null || { echo "make fuzz needs clang (apt-get install clang libclang-rt-14-dev)"; exit 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERGRAPH_FUZZ=ON \
    -DERGRAPH_BUILD_TESTS=OFF -DERGRAPH_BUILD_BENCH=OFF >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" -j "$(nproc)" --target $targets

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$PWD/fuzz/ubsan.supp}
export ERGRAPH_MODELS=${ERGRAPH_MODELS:-$PWD/models}
mkdir -p "$build/logs"
status=0
printf '%-20s %8s %12s %10s %10s %9s\n' target seconds executions exec/s corpus findings
for t in $targets; do
  work="$build/corpus/$t" findings="$build/findings/$t"
  mkdir -p "$work" "$findings"
  inputs=("$work")
  [ -d "fuzz/corpus/$t" ] && inputs+=("fuzz/corpus/$t")
  if [ "$t" = fuzz_conllu ]; then
    # Seeds from the UD dev files beside the checkout (not committed): their first 200 lines.
    seeds="$build/seeds/$t"; mkdir -p "$seeds"
    for f in "${ERGRAPH_SHARED:-../shared}"/data/ud/en_{ewt,gum}-ud-dev.conllu; do
      if [ -f "$f" ]; then head -n 200 "$f" >"$seeds/$(basename "$f")"; else echo "  note: no $f, fuzz_conllu starts without seeds" >&2; fi
    done
    inputs+=("$seeds")
  fi
  [ -d "fuzz/regressions/$t" ] && inputs+=("fuzz/regressions/$t")
  max_len=8192
  [ "$t" = fuzz_pipeline ] && max_len=2048   # the whole analysis: shorter inputs, more of them
  rc=0
  "$build/fuzz/$t" -max_total_time="$per_target" -timeout=20 -rss_limit_mb=2560 -malloc_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$findings/" "${inputs[@]}" \
    >"$build/logs/$t.log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$build/logs/$t.log" | tail -1)
  corpus=$(find "$work" -type f | wc -l)
  found=$(find "$findings" -type f | wc -l)
  printf '%-20s %8s %12s %10s %10s %9s\n' "$t" "$per_target" "${execs:-?}" "${rate:-?}" "$corpus" "$found"
  if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
    status=1
    echo "  FINDING in $t (exit $rc): see $build/logs/$t.log and $findings/" >&2
    grep -m3 -E "ERROR|SUMMARY|runtime error" "$build/logs/$t.log" >&2 || true
  fi
done
exit $status
