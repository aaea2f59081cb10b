#!/usr/bin/env bash
# Fuzzes the whole analysis with libFuzzer under AddressSanitizer + UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS]        (default 60) — replays tests/fuzz/corpus, then fuzzes
# New inputs go to build-fuzz/corpus (not into the repository); a crash leaves
# build-fuzz/crash-* — turn each into a regression test in tests/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
command -v clang++ >/dev/null || { apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DAE_FUZZ=ON -DAE_SANITIZE=ON -DIMGUI_DIR=/nonexistent >/dev/null
cmake --build build-fuzz -j2 --target fuzz_analyze >/dev/null
mkdir -p build-fuzz/corpus
cd build-fuzz
# Replay the kept corpus (every file must pass), then fuzz for the given time.
./fuzz_analyze -runs=0 ../tests/fuzz/corpus 2>&1 | tail -1
./fuzz_analyze -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1 corpus ../tests/fuzz/corpus 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY" || true
ls crash-* leak-* timeout-* 2>/dev/null && { echo "fuzz: failures found"; exit 1; }
echo "fuzz: no crash in ${secs}s"
