#!/usr/bin/env bash
# check_golden.sh — the analysis of the sample article must equal tests/golden/harris-mexico.json.
#
# The golden file is `article-explorer analyze --no-elapsed --pretty` of
# ../shared/corpus/harris-mexico.txt. When the core changes on purpose, regenerate it with
# scripts/update-golden.sh and review the diff like code.
# Environment: AE_NATIVE (default build/article-explorer), AE_SHARED_DIR (default ../shared).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
native=${AE_NATIVE:-build/article-explorer}
shared=${AE_SHARED_DIR:-$root/../shared}
golden=tests/golden/harris-mexico.json
sample=$shared/corpus/harris-mexico.txt
fail() { echo "FAIL golden: $*"; echo "golden: 0 passed, 1 failed"; exit 1; }
[ -x "$native" ] || fail "missing $native"
[ -f "$sample" ] || fail "missing $sample"
[ -f "$golden" ] || fail "missing $golden (run scripts/update-golden.sh)"
actual=$(mktemp "${TMPDIR:-/tmp}/ae-golden.XXXXXX")
trap 'rm -f "$actual"' EXIT
"$native" analyze --no-elapsed --pretty "$sample" >"$actual" || fail "$native exited with $?"
if ! diff -q "$golden" "$actual" >/dev/null; then
  echo "FAIL golden: analysis of $(basename "$sample") differs from $golden (- golden, + now):"
  diff -u --label "$golden" --label "now" "$golden" "$actual" | head -n 120 | sed 's/^/    /'
  n=$(diff -u "$golden" "$actual" | wc -l)
  [ "$n" -gt 120 ] && echo "    ... ($n diff lines in all)"
  echo "    if the change is intended: scripts/update-golden.sh, then review 'git diff $golden'"
  echo "golden: 0 passed, 1 failed"
  exit 1
fi
echo "PASS golden: $(basename "$sample") matches $golden"
echo "golden: 1 passed, 0 failed"
