#!/usr/bin/env bash
# Builds the browser app and the node CLI with Emscripten (drives CMakeLists.txt via emcmake).
#   ./build-wasm.sh           install what is missing, build, assemble dist/
#                             dist/index.html, dist/app.js, dist/app.wasm  (the static site)
#                             build-wasm/article-explorer.js              (the CLI for node)
#   ./build-wasm.sh --serve   the same, then serve dist/ on http://127.0.0.1:8080 (foreground)
# Environment: JOBS (default 2), PORT (default 8080); AE_WASM_BUILD_DIR (default build-wasm)
# and AE_DIST (default dist) build elsewhere (several builds side by side).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
serve=0
for arg in "$@"; do
  case $arg in
    --serve) serve=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh web
# Debian's emcc runs its optimiser passes with node and needs the system's node modules.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

bdir=${AE_WASM_BUILD_DIR:-build-wasm}
dist=${AE_DIST:-dist}
emcmake cmake -S . -B "$bdir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$bdir" -j"${JOBS:-2}" --target app article-explorer

rm -rf "$dist.tmp"
mkdir -p "$dist.tmp"
cp "$bdir/app.js" "$bdir/app.wasm" "$dist.tmp/"
cp web/*.html "$dist.tmp/"
for f in web/*.js web/*.css; do [ -e "$f" ] && cp "$f" "$dist.tmp/"; done
rm -rf "$dist"
mv "$dist.tmp" "$dist"
echo "build-wasm.sh: $dist/ ($(du -sh "$dist" | cut -f1)): $(cd "$dist" && ls | tr '\n' ' ')"
echo "build-wasm.sh: node CLI $bdir/article-explorer.js"

if [ $serve = 1 ]; then
  exec node scripts/serve.mjs "$dist" "${PORT:-8080}"
fi
