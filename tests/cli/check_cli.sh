#!/usr/bin/env bash
# check_cli.sh — the CLI's error behaviour (analysis contract, "Command line"; issue 7):
#   a missing file, a directory, an unreadable file -> exit != 0 and ONE line on stderr, no stdout;
#   --jsonl with malformed lines -> {"id","error"} for each of them, the other lines analysed, exit 0;
#   empty input (file and stdin) -> exit 0 and a warning with code "empty";
#   invalid UTF-8 -> exit 0 and a warning with code "invalid-utf8";
#   usage errors -> exit 2;
#   exports (issue 5): analyze --format json|quotes.csv|entities.csv|gexf|graphml prints the
#   export (counts checked against the analysis), an unknown format -> one line, exit 2;
#   export FILE.json converts a saved analysis (same bytes as analyze --format), a malformed
#   or inconsistent one -> exit 1 and one line.
# Runs against the native CLI and, when present, the node build (the same arguments).
# Environment: AE_NATIVE (default build/article-explorer), AE_WASM_CLI (default
# build-wasm/article-explorer.js; AE_WASM_CLI=none to skip it).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
native=${AE_NATIVE:-build/article-explorer}
wasm=${AE_WASM_CLI:-build-wasm/article-explorer.js}
pass=0 fail=0
ok()  { echo "PASS cli: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL cli: $1"; fail=$((fail + 1)); }
work=$(mktemp -d "${TMPDIR:-/tmp}/ae-cli.XXXXXX")
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT

# run LABEL STDIN_FILE ARGS... -> sets rc, out, err
run() {
  local stdin=$1; shift
  "${cli[@]}" "$@" <"$stdin" >"$work/out" 2>"$work/err"; rc=$?
}
lines() { local n; n=$(wc -l <"$1"); [ -s "$1" ] && [ "$(tail -c1 "$1" | od -An -c | tr -d ' ')" != '\n' ] && n=$((n + 1)); echo "$n"; }

# expect_read_error NAME ARGS...: non-zero exit, exactly one stderr line, nothing on stdout
expect_read_error() {
  local name=$1; shift
  run /dev/null "$@"
  if [ "$rc" = 0 ]; then bad "$who $name: exit 0, want non-zero"
  elif [ "$(lines "$work/err")" != 1 ]; then bad "$who $name: stderr has $(lines "$work/err") lines, want 1: $(head -c 300 "$work/err" | tr '\n' '|')"
  elif [ -s "$work/out" ]; then bad "$who $name: wrote to stdout: $(head -c 100 "$work/out")"
  else ok "$who $name (exit $rc: $(cat "$work/err"))"; fi
}

# expect_warning NAME CODE STDIN ARGS...: exit 0, one JSON object carrying warnings[].code == CODE
expect_warning() {
  local name=$1 code=$2 stdin=$3; shift 3
  run "$stdin" "$@"
  if [ "$rc" != 0 ]; then bad "$who $name: exit $rc, want 0 ($(head -c 200 "$work/err"))"; return; fi
  if node -e '
    const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (a.schema !== "article-explorer.analysis/1") throw new Error("no schema");
    if (!(a.warnings || []).some((w) => w.code === process.argv[2])) throw new Error("no " + process.argv[2] + " warning in " + JSON.stringify(a.warnings));
    if (!Array.isArray(a.entities) || !Array.isArray(a.quotes)) throw new Error("no entities/quotes arrays");
  ' "$work/out" "$code" 2>"$work/why"; then ok "$who $name (warning $code)"
  else bad "$who $name: $(grep -m1 -E '^[A-Za-z]*Error:' "$work/why")"; fi
}

mkdir "$work/dir"
: >"$work/empty.txt"
printf ' \n\t\r\n ' >"$work/blank.txt"
printf 'Anna Berg said \xff\xfe it was \xc3( fine.\n' >"$work/bad-utf8.txt"
printf 'Anna Berg said "hello".\n' >"$work/unreadable.txt"; chmod 000 "$work/unreadable.txt"
{
  echo '{"id": "a", "text": "Mayor Anna Berg said on Monday that the council had agreed."}'
  echo '{"id": "broken", "text": "no closing brace"'
  echo 'this is not JSON at all'
  echo '{"id": 3, "body": "no text field"}'
  echo '{"id": 4, "text": ["not", "a", "string"]}'
  echo '"a JSON string, not an object"'
  echo '{"id": "b", "text": "Tom Reyes said \"we will see\"."}'
} >"$work/batch.jsonl"
article=tests/data/harbour-bridge.txt
printf '{"schema": "article-explorer.analysis/1", "entities": [' >"$work/truncated.json"
printf '{"schema":"article-explorer.analysis/1","stats":{"bytes":5,"words":1,"sentences":1,"paragraphs":1},"entities":[],"quotes":[{"id":"q1","kind":"direct","text":"hello","start":0,"end":5,"speaker":"e7","confidence":0.5}]}' >"$work/ghost-speaker.json"

# csv_check FILE N: RFC 4180 with CRLF, N data rows after the header, no cell starting a formula
csv_check() {
  node -e '
    const s = require("fs").readFileSync(process.argv[1], "utf8");
    const rows = []; let row = [], cell = "", i = 0;
    while (i < s.length) {
      if (s[i] === "\"") {
        i++;
        for (;;) {
          if (i >= s.length) throw new Error("unterminated quoted field");
          if (s[i] === "\"") { if (s[i + 1] === "\"") { cell += "\""; i += 2; continue; } i++; break; }
          cell += s[i++];
        }
      } else {
        while (i < s.length && !",\r\n".includes(s[i])) { if (s[i] === "\"") throw new Error("stray quote"); cell += s[i++]; }
      }
      if (s[i] === ",") { row.push(cell); cell = ""; i++; continue; }
      if (s[i] !== "\r" || s[i + 1] !== "\n") throw new Error("row not ended by CRLF at " + i);
      row.push(cell); cell = ""; rows.push(row); row = []; i += 2;
    }
    const want = Number(process.argv[2]);
    if (rows.length !== want + 1) throw new Error(`${rows.length - 1} data rows, want ${want}`);
    for (const r of rows) {
      if (r.length !== rows[0].length) throw new Error("ragged row");
      for (const c of r) if (/^[=+\-@\t\r]/.test(c)) throw new Error("formula cell " + JSON.stringify(c));
    }
  ' "$1" "$2"
}

clis=("native")
if [ "$wasm" != none ]; then
  if [ -f "$wasm" ]; then clis+=("wasm"); else bad "missing $wasm (set AE_WASM_CLI=none to test the native CLI only)"; fi
fi
[ -x "$native" ] || { bad "missing $native"; echo "cli: $pass passed, $fail failed"; exit 1; }
for who in "${clis[@]}"; do
  if [ "$who" = native ]; then cli=("$native"); else cli=(node "$wasm"); fi
  expect_read_error "missing file" analyze "$work/no-such-file.txt"
  expect_read_error "directory" analyze "$work/dir"
  if [ "$(id -u)" != 0 ]; then expect_read_error "unreadable file" analyze "$work/unreadable.txt"; fi  # root reads anything
  run /dev/null analyze; [ "$rc" = 2 ] && ok "$who no FILE -> usage, exit 2" || bad "$who no FILE: exit $rc, want 2"
  run /dev/null analyze --bogus x; [ "$rc" = 2 ] && ok "$who unknown option -> exit 2" || bad "$who unknown option: exit $rc, want 2"
  run /dev/null frobnicate; [ "$rc" = 2 ] && ok "$who unknown command -> exit 2" || bad "$who unknown command: exit $rc, want 2"
  expect_warning "empty file" empty /dev/null analyze "$work/empty.txt"
  expect_warning "empty stdin" empty "$work/empty.txt" analyze -
  expect_warning "whitespace-only file" empty /dev/null analyze "$work/blank.txt"
  expect_warning "invalid UTF-8" invalid-utf8 /dev/null analyze "$work/bad-utf8.txt"

  run "$work/batch.jsonl" analyze --jsonl
  if [ "$rc" != 0 ]; then bad "$who --jsonl with malformed lines: exit $rc, want 0"
  elif node -e '
    const out = require("fs").readFileSync(process.argv[1], "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    const want = [["a", "ok"], ["broken", "error", null], [null, "error"], [3, "error"], [4, "error"], [null, "error"], ["b", "ok"]];
    if (out.length !== want.length) throw new Error(`${out.length} output lines, want ${want.length}`);
    want.forEach(([id, what, alt], i) => {
      const o = out[i];
      if (what === "ok") {
        if (o.schema !== "article-explorer.analysis/1" || o.id !== id || "error" in o) throw new Error(`line ${i + 1}: want an analysis with id ${id}, got ${JSON.stringify(o).slice(0, 120)}`);
      } else {
        if (Object.keys(o).sort().join() !== "error,id" || typeof o.error !== "string" || !o.error) throw new Error(`line ${i + 1}: want {"id","error"}, got ${JSON.stringify(o).slice(0, 120)}`);
        if (o.id !== id && o.id !== alt) throw new Error(`line ${i + 1}: id ${JSON.stringify(o.id)}, want ${JSON.stringify(id)}`);
      }
    });
  ' "$work/out" 2>"$work/why"; then ok "$who --jsonl: 5 malformed lines -> error objects, 2 analysed"
  else bad "$who --jsonl: $(grep -m1 -E '^[A-Za-z]*Error:' "$work/why")"; fi

  # ---- exports
  run /dev/null analyze "$article" --no-elapsed; cp "$work/out" "$work/plain.json"
  counts=$(node -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(a.quotes.length, a.entities.length, a.edges.length)' "$work/plain.json")
  read -r n_quotes n_entities n_edges <<<"$counts"
  if [ -z "$n_quotes" ] || [ "$n_entities" = 0 ]; then bad "$who exports: no analysis of $article"; fi
  run /dev/null analyze "$article" --format quotes.csv
  if [ "$rc" = 0 ] && csv_check "$work/out" "$n_quotes" 2>"$work/why"; then ok "$who --format quotes.csv ($n_quotes rows, RFC 4180)"
  else bad "$who --format quotes.csv: exit $rc $(grep -m1 -E '^[A-Za-z]*Error:' "$work/why")"; fi
  cp "$work/out" "$work/quotes.csv"
  run /dev/null analyze "$article" --format entities.csv
  if [ "$rc" = 0 ] && csv_check "$work/out" "$n_entities" 2>"$work/why"; then ok "$who --format entities.csv ($n_entities rows, RFC 4180)"
  else bad "$who --format entities.csv: exit $rc $(grep -m1 -E '^[A-Za-z]*Error:' "$work/why")"; fi
  for fmt in gexf graphml; do
    run /dev/null analyze "$article" --format "$fmt"
    nodes=$(grep -c '<node ' "$work/out"); edges=$(grep -c '<edge ' "$work/out")
    if [ "$rc" = 0 ] && [ "$nodes" = "$n_entities" ] && [ "$edges" = "$n_edges" ] && head -c 5 "$work/out" | grep -q '<?xml'; then
      ok "$who --format $fmt ($nodes nodes, $edges edges)"
    else bad "$who --format $fmt: exit $rc, $nodes nodes (want $n_entities), $edges edges (want $n_edges)"; fi
  done
  run /dev/null analyze "$article" --format json --no-elapsed; cp "$work/out" "$work/saved.json"
  if [ "$rc" = 0 ] && node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
    if (a.text !== fs.readFileSync(process.argv[3], "utf8")) throw new Error("text is not the article");
    delete a.text;
    if (JSON.stringify(a) !== JSON.stringify(p)) throw new Error("differs from the plain analysis");
  ' "$work/saved.json" "$work/plain.json" "$article" 2>"$work/why"; then ok "$who --format json = contract + text"
  else bad "$who --format json: exit $rc $(grep -m1 -E '^[A-Za-z]*Error:' "$work/why")"; fi
  run /dev/null analyze "$article" --format xlsx
  if [ "$rc" = 2 ] && [ "$(lines "$work/err")" = 1 ] && [ ! -s "$work/out" ]; then ok "$who unknown format -> one line, exit 2"
  else bad "$who unknown format: exit $rc, $(lines "$work/err") stderr lines"; fi
  run /dev/null export "$work/saved.json" --format quotes.csv
  if [ "$rc" = 0 ] && cmp -s "$work/out" "$work/quotes.csv"; then ok "$who export saved.json --format quotes.csv = analyze --format quotes.csv"
  else bad "$who export saved.json --format quotes.csv: exit $rc, differs from analyze"; fi
  run /dev/null export "$work/saved.json" --no-elapsed
  if [ "$rc" = 0 ] && cmp -s "$work/out" "$work/saved.json"; then ok "$who export saved.json -> the same JSON"
  else bad "$who export saved.json: exit $rc, not the same JSON"; fi
  run "$work/plain.json" export - --format gexf
  if [ "$rc" = 0 ] && [ "$(grep -c '<node ' "$work/out")" = "$n_entities" ]; then ok "$who export - (plain contract on stdin) --format gexf"
  else bad "$who export - --format gexf: exit $rc ($(head -c 200 "$work/err"))"; fi
  expect_read_error "export truncated JSON" export "$work/truncated.json"
  expect_read_error "export unknown speaker id" export "$work/ghost-speaker.json" --format quotes.csv
  expect_read_error "export missing file" export "$work/no-such.json"
  run /dev/null export; [ "$rc" = 2 ] && ok "$who export without FILE -> exit 2" || bad "$who export without FILE: exit $rc, want 2"
done
echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
