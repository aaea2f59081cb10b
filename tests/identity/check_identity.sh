#!/usr/bin/env bash
# check_identity.sh — native and WebAssembly builds must print byte-identical JSON.
#
# Runs `analyze --no-elapsed FILE` with the native CLI and with the node build of the same
# CLI on: the sample article (../shared/corpus), every article in tests/data/, and hostile
# inputs generated at test time (tests/identity/make_hostile.mjs); the same for stdin ('-')
# and for `--jsonl` (a batch with malformed lines). Compares stdout bytes and exit status,
# and checks that every output is well-formed JSON of the contract (so two broken builds
# printing nothing cannot "agree").
#
# Environment: AE_NATIVE (default build/article-explorer), AE_WASM_CLI (default
# build-wasm/article-explorer.js), AE_SHARED_DIR (default ../shared from the repo root).
# Prints one PASS/FAIL line per case and ends with "identity: N passed, M failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
native=${AE_NATIVE:-build/article-explorer}
wasm=${AE_WASM_CLI:-build-wasm/article-explorer.js}
shared=${AE_SHARED_DIR:-$root/../shared}
pass=0 fail=0
ok()  { echo "PASS identity: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL identity: $1"; fail=$((fail + 1)); }
finish() { echo "identity: $pass passed, $fail failed"; [ "$fail" = 0 ]; exit $?; }

for f in "$native" "$wasm"; do
  [ -f "$f" ] || { bad "missing $f (build native with cmake, web with ./build-wasm.sh)"; finish; }
done
[ -f "$shared/corpus/harris-mexico.txt" ] || { bad "missing $shared/corpus/harris-mexico.txt"; finish; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ae-identity.XXXXXX")
trap 'rm -rf "$work"' EXIT
node tests/identity/make_hostile.mjs "$work/in" tests/data || { bad "make_hostile.mjs failed"; finish; }
mkdir -p "$work/out"

# Shows where two outputs first differ (byte offset and some context from each side).
show_diff() {
  local off
  off=$(cmp "$1" "$2" 2>/dev/null | awk '{print $5+0}' | tr -d ,)
  if [ -z "$off" ]; then echo "    (one output is a prefix of the other: sizes $(stat -c %s "$1") vs $(stat -c %s "$2"))"; return; fi
  local from=$(( off > 80 ? off - 80 : 0 ))
  echo "    first difference at byte $off"
  echo "    native: $(tail -c +$((from + 1)) "$1" | head -c 200 | tr '\n' ' ' | cat -v)"
  echo "    wasm:   $(tail -c +$((from + 1)) "$2" | head -c 200 | tr '\n' ' ' | cat -v)"
}

# compare NAME MODE INPUT : MODE is file|stdin|jsonl
compare() {
  local name=$1 mode=$2 input=$3 o="$work/out/$1"
  local args=(analyze --no-elapsed "$input") rn rw
  case $mode in
    file)  "$native" "${args[@]}" >"$o.native" 2>"$o.native.err"; rn=$?
           node "$wasm" "${args[@]}" >"$o.wasm" 2>"$o.wasm.err"; rw=$? ;;
    stdin) "$native" analyze --no-elapsed - <"$input" >"$o.native" 2>"$o.native.err"; rn=$?
           node "$wasm" analyze --no-elapsed - <"$input" >"$o.wasm" 2>"$o.wasm.err"; rw=$? ;;
    jsonl) "$native" analyze --no-elapsed --jsonl <"$input" >"$o.native" 2>"$o.native.err"; rn=$?
           node "$wasm" analyze --no-elapsed --jsonl <"$input" >"$o.wasm" 2>"$o.wasm.err"; rw=$? ;;
  esac
  if [ "$rn" != 0 ] || [ "$rw" != 0 ]; then
    bad "$name: exit status native=$rn wasm=$rw (want 0 0)"
    head -c 400 "$o.native.err" "$o.wasm.err" | sed 's/^/    /'
  elif ! cmp -s "$o.native" "$o.wasm"; then
    bad "$name: outputs differ ($(stat -c %s "$o.native") vs $(stat -c %s "$o.wasm") bytes)"
    show_diff "$o.native" "$o.wasm"
  elif ! node tests/identity/check_output.mjs "$mode" "$o.native" "$input"; then
    bad "$name: identical but not a valid analysis"
  else
    ok "$name ($(stat -c %s "$o.native") bytes)"
  fi
}

compare sample:harris-mexico file "$shared/corpus/harris-mexico.txt"
compare sample:harris-mexico:stdin stdin "$shared/corpus/harris-mexico.txt"
for f in tests/data/*.txt; do compare "data:$(basename "$f")" file "$f"; done
for f in "$work"/in/*; do
  case $f in *.jsonl) continue ;; esac
  compare "hostile:$(basename "$f")" file "$f"
done
compare hostile:random-binary.bin:stdin stdin "$work/in/random-binary.bin"
compare jsonl:batch jsonl "$work/in/batch.jsonl"
finish
