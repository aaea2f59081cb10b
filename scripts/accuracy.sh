#!/usr/bin/env bash
# accuracy.sh — measures the core against the shared gold sets and writes the figures into
# README.md's accuracy table (between <!-- accuracy:begin --> and <!-- accuracy:end -->;
# nothing else in README.md is touched). Without README.md or its markers the table goes to
# README.accuracy.md instead.
#   scripts/accuracy.sh            builds build/article-explorer if needed, runs the 4 scorers
#   scripts/accuracy.sh --print    prints the table only, writes nothing
# Environment: AE_NATIVE (default build/article-explorer), AE_SHARED_DIR (default ../shared).
# Exits non-zero (and writes nothing) if a scorer fails or prints no SUMMARY line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${AE_SHARED_DIR:-../shared}
native=${AE_NATIVE:-build/article-explorer}
print_only=0; [ "${1:-}" = --print ] && print_only=1
if [ -z "${AE_NATIVE:-}" ]; then
  [ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j2 --target article-explorer >/dev/null
fi
[ -x "$native" ] || { echo "accuracy: missing $native" >&2; exit 1; }

# set label | scorer | command...
news_n=$(ls tests/data/news-gold/*.gold.json 2>/dev/null | wc -l)
runs=(
  "sample article (corpus/harris-mexico)|score.py|python3 $shared/eval/score.py --cli \"$native analyze\" $shared/corpus"
  "PolNeAR dev quotes (polnear-dev.gold.jsonl)|score.py|python3 $shared/eval/score.py --cli \"$native analyze\" $shared/data/quotes/polnear-dev.gold.jsonl"
  "invented news articles (tests/data/news-gold, $news_n)|score.py|python3 $shared/eval/score.py --cli \"$native analyze\" tests/data/news-gold"
  "UNER English EWT test (uner-ewt.test.iob2)|ner_eval.py|python3 $shared/eval/ner_eval.py --cli \"$native analyze --jsonl\" $shared/data/ner/uner-ewt.test.iob2"
  "WikiGold (wikigold.iob2)|ner_eval.py|python3 $shared/eval/ner_eval.py --cli \"$native analyze --jsonl\" $shared/data/ner/wikigold.iob2"
)
date=$(date -u +%Y-%m-%d)
table="| Set | Scorer | SUMMARY | Date |
|---|---|---|---|"
failed=0
for r in "${runs[@]}"; do
  IFS='|' read -r label scorer cmd <<<"$r"
  t0=$(date +%s)
  if out=$(eval "$cmd" 2>&1); then rc=0; else rc=$?; fi
  summary=$(printf '%s\n' "$out" | grep '^SUMMARY ' | tail -n 1 | sed 's/^SUMMARY //')
  if [ "$rc" != 0 ] || [ -z "$summary" ]; then
    echo "accuracy: FAILED ($rc): $cmd" >&2; printf '%s\n' "$out" | tail -n 5 >&2; failed=1; continue
  fi
  echo "accuracy: $label: $summary ($(( $(date +%s) - t0 )) s)" >&2
  table+="
| $label | \`$scorer\` | \`$summary\` | $date |"
done
[ "$failed" = 0 ] || exit 1
if [ "$print_only" = 1 ]; then printf '%s\n' "$table"; exit 0; fi

AE_TABLE="$table" python3 - <<'PY'
import os, re, sys
table = os.environ["AE_TABLE"]
begin, end = "<!-- accuracy:begin -->", "<!-- accuracy:end -->"
note = ("Measured by `scripts/accuracy.sh` (native CLI, ../shared/eval scorers). "
        "entity_F1/quote_F1/attributed_F1: ../shared/eval/score.py; micro_F1: ../shared/eval/ner_eval.py. "
        "The PolNeAR set has quote gold only (no entity gold), so its entity_F1 says nothing.")
block = f"{begin}\n{note}\n\n{table}\n{end}"
try:
    readme = open("README.md", encoding="utf-8").read()
except FileNotFoundError:
    readme = None
if readme is not None and readme.count(begin) == 1 and readme.count(end) == 1 and readme.index(begin) < readme.index(end):
    i, j = readme.index(begin), readme.index(end) + len(end)
    new = readme[:i] + block + readme[j:]
    if new != readme:
        open("README.md", "w", encoding="utf-8").write(new)
    print("accuracy: table written to README.md")
else:
    why = "README.md is missing" if readme is None else "README.md lacks exactly one accuracy:begin/end marker pair"
    open("README.accuracy.md", "w", encoding="utf-8").write(
        f"# Accuracy\n\n{block}\n\n(Move this block into README.md; {why}.)\n")
    print(f"accuracy: {why}: table written to README.accuracy.md instead", file=sys.stderr)
PY
