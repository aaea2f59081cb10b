#!/usr/bin/env bash
# Fuzzes the whole analysis with libFuzzer under AddressSanitizer + UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS]        (default 60) — replays tests/fuzz/corpus, then fuzzes
# The target (tests/fuzz/fuzz_analyze.cpp) checks the contract's invariants on every input.
# New inputs go to build-fuzz/corpus (not into the repository); a crash leaves
# build-fuzz/crash-* (or leak-*, timeout-*, oom-*) — turn each into a regression test: the
# file into tests/fuzz/corpus/ and a case in tests/unit/test_hostile.cpp.
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh all installs them).
# Prints the executions run and ends with "fuzz: no crash in N s" or "fuzz: failures found".
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
command -v clang++ >/dev/null || { apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }
mkdir -p build-fuzz
log=build-fuzz/fuzz-build.log
if ! { cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
         -DAE_FUZZ=ON -DAE_SANITIZE=ON -DIMGUI_DIR=/nonexistent &&
       cmake --build build-fuzz -j"${AE_JOBS:-2}" --target fuzz_analyze; } >"$log" 2>&1; then
  echo "fuzz: build failed; last lines of $log:"; tail -n 25 "$log" | sed 's/^/    /'; exit 1
fi
mkdir -p build-fuzz/corpus build-fuzz/old-artifacts
cd build-fuzz
# Artefacts of an earlier run would make this one fail: keep them aside, not in the way.
for f in crash-* leak-* timeout-* oom-* slow-unit-*; do [ -e "$f" ] && mv "$f" old-artifacts/; done
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# 1. Replay the kept corpus: every file must pass.
if ! ./fuzz_analyze -runs=0 -timeout=10 ../tests/fuzz/corpus >replay.log 2>&1; then
  echo "fuzz: replaying tests/fuzz/corpus failed:"; grep -E -A 30 "ERROR|contract broken|runtime error" replay.log | head -40 | sed 's/^/    /'
  exit 1
fi
echo "fuzz: replayed $(ls ../tests/fuzz/corpus | wc -l) corpus files: ok"

# 2. Fuzz for the given time, from the kept corpus and what earlier runs found.
rc=0
./fuzz_analyze -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1 corpus ../tests/fuzz/corpus >fuzz.log 2>&1 || rc=$?
grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|#[0-9]+ +DONE)" fuzz.log || true
found=$(ls crash-* leak-* timeout-* oom-* 2>/dev/null || true)
if [ -n "$found" ] || [ "$rc" != 0 ]; then
  echo "fuzz: failures found (exit $rc): ${found:-no artefact}"
  grep -E -A 30 "ERROR|contract broken|runtime error" fuzz.log | head -60 | sed 's/^/    /'
  exit 1
fi
echo "fuzz: no crash in ${secs} s"
