#!/usr/bin/env bash
# Builds the browser app and the node CLI with Emscripten (drives CMakeLists.txt via emcmake).
#   ./build-wasm.sh           install what is missing, build, assemble dist/
#                             dist/index.html, dist/app.js, dist/app.wasm  (the static site;
#                             index.html has app.css and boot.js inlined)
#                             dist/article-explorer.html  (one self-contained file: works
#                             from file:// with no network; WebAssembly and font inside,
#                             JS and CSS inlined, a CSP that allows nothing remote)
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
cmake --build "$bdir" -j"${JOBS:-2}" --target app app_single article-explorer

rm -rf "$dist.tmp"
mkdir -p "$dist.tmp"
cp "$bdir/app.js" "$bdir/app.wasm" "$dist.tmp/"
cp web/*.html "$dist.tmp/"
for f in web/*.js web/*.css; do [ -e "$f" ] && cp "$f" "$dist.tmp/"; done

# The single file: web/index.html with app.css, boot.js and app_single.js (the WebAssembly
# and the font inside it, -sSINGLE_FILE) inlined. Its CSP allows only those inline contents
# (by SHA-256), compiling WebAssembly, and data:/blob: images: nothing remote, nothing else.
node --input-type=module - "$bdir/app_single.js" "$dist.tmp/article-explorer.html" <<'EOF_NODE'
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
const [appJsPath, outPath] = process.argv.slice(2);
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
// An inline script ends at the first "</script": none may appear inside (JS strings and
// regular expressions read "<\/" as "</").
const inlineJs = (s) => s.replace(/<\/(script)/gi, '<\\/$1');
const css = readFileSync('web/app.css', 'utf8');
const boot = inlineJs(readFileSync('web/boot.js', 'utf8'));
const app = inlineJs(readFileSync(appJsPath, 'utf8'));
// connect-src data:: Emscripten first fetch()es its own inline data: URL of the WebAssembly
// (falling back to decoding it when refused, with a CSP error in the console); data: is
// inside the file, nothing leaves the machine.
const csp = `default-src 'none'; script-src ${hash(boot)} ${hash(app)} 'wasm-unsafe-eval'; ` +
  `style-src ${hash(css)}; connect-src data:; img-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'`;
let html = readFileSync('web/index.html', 'utf8');
const swap = (from, to) => {
  if (!html.includes(from)) throw new Error(`web/index.html lacks ${from}`);
  html = html.split(from).join(to);
};
swap(html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)[0],
     `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
html = html.replace(/<!-- Privacy by construction:[\s\S]*?-->/, () =>
  '<!-- One self-contained file: it loads nothing and connects nowhere. The CSP allows only the\n' +
  '     inline style and scripts below (by SHA-256) and compiling WebAssembly. -->');
// Functions, not strings: a replacement string would expand "$&" and the like.
html = html.replace('<link rel="stylesheet" href="app.css">', () => `<style>${css}</style>`);
html = html.replace('<script src="boot.js" data-wasm="app.wasm"></script>', () => `<script>${boot}</script>`);
html = html.replace('<script src="app.js"></script>', () => `<script>${app}</script>`);
if (/(src|href)="(?!data:)[^"]*"/.test(html.replace(/<script>[\s\S]*?<\/script>/g, ''))) {
  throw new Error('article-explorer.html still refers to another file');
}
writeFileSync(outPath, html);
EOF_NODE
# dist/index.html: web/index.html with app.css and boot.js inlined (allowed by their SHA-256 in
# its CSP, beside 'self'), so boot.js starts fetching and compiling app.wasm as soon as the
# HTML is parsed instead of after two more requests (the stylesheet blocks a script after it):
# the wasm fetch began ~300 ms earlier in headless Chromium on a busy 2-core machine.
node --input-type=module - "$dist.tmp/index.html" <<'EOF_NODE'
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
const [outPath] = process.argv.slice(2);
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const css = readFileSync('web/app.css', 'utf8');
const boot = readFileSync('web/boot.js', 'utf8').replace(/<\/(script)/gi, '<\\/$1');
let html = readFileSync('web/index.html', 'utf8');
const swap = (from, to) => {
  if (!html.includes(from)) throw new Error(`web/index.html lacks ${from}`);
  html = html.split(from).join(to);
};
swap("script-src 'self'", `script-src 'self' ${hash(boot)}`);
swap("style-src 'self'", `style-src 'self' ${hash(css)}`);
// Functions, not strings: a replacement string would expand "$&" and the like.
html = html.replace('<link rel="stylesheet" href="app.css">', () => `<style>${css}</style>`);
html = html.replace('<script src="boot.js" data-wasm="app.wasm"></script>', () => `<script data-wasm="app.wasm">${boot}</script>`);
if (!html.includes('<script data-wasm="app.wasm">') || html.includes('href="app.css"')) {
  throw new Error('dist/index.html: boot.js or app.css not inlined');
}
writeFileSync(outPath, html);
EOF_NODE
rm -rf "$dist"
mv "$dist.tmp" "$dist"
echo "build-wasm.sh: $dist/ ($(du -sh "$dist" | cut -f1)): $(cd "$dist" && ls | tr '\n' ' ')"
echo "build-wasm.sh: node CLI $bdir/article-explorer.js"

if [ $serve = 1 ]; then
  exec node scripts/serve.mjs "$dist" "${PORT:-8080}"
fi
