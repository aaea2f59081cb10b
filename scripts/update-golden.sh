#!/usr/bin/env bash
# update-golden.sh — regenerates tests/golden/harris-mexico.json from the current core.
# Builds the native CLI in build/ if needed, writes the golden file and shows `git diff --stat`
# of it: the change is then reviewed like code (git diff tests/golden/).
# Environment: AE_NATIVE (default build/article-explorer), AE_SHARED_DIR (default ../shared).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
native=${AE_NATIVE:-build/article-explorer}
shared=${AE_SHARED_DIR:-$root/../shared}
if [ -z "${AE_NATIVE:-}" ]; then
  [ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j2 --target article-explorer >/dev/null
fi
out=tests/golden/harris-mexico.json
tmp=$(mktemp "$out.XXXXXX.tmp")
"$native" analyze --no-elapsed --pretty "$shared/corpus/harris-mexico.txt" >"$tmp"
mv "$tmp" "$out"
echo "update-golden: wrote $out ($(wc -c <"$out") bytes)"
git diff --stat -- "$out" 2>/dev/null || true
