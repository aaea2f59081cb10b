#!/bin/sh
# Trains the name tagger (src/core/tagger.h) and writes assets/model/ner.bin.
#   scripts/train-ner.sh [BUILD_DIR]      (default: build; needs the native target train-tagger)
# Deterministic: the same corpora, lexicons and seed give the same bytes. Corpora and their
# licences: assets/model/README.md. Never add uner-ewt.test or wikigold here: they are the
# reported test sets (measure them with --eval, as the last lines do).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
data=${AE_NER_DATA:-$root/../shared/data/ner}
cmake --build "$build" --target train-tagger -j2
"$build/train-tagger" --lexicons "$root/assets/lexicon" \
  --train "$data/uner-ewt.train.iob2" --train "$data/gum-open.iob2" \
  --train "$data/crossner-politics.train.iob2" --train "$data/crossner-politics.dev.iob2" \
  --train "$data/btc-news.iob2" \
  --dev "$data/uner-ewt.dev.iob2" --dev "$data/crossner-politics.test.iob2" \
  --epochs "${AE_NER_EPOCHS:-9}" --bits "${AE_NER_BITS:-19}" --seed 1 \
  --out "$root/assets/model/ner.bin"
# The reported figures (test sets: measured, never trained on).
"$build/train-tagger" --lexicons "$root/assets/lexicon" --model "$root/assets/model/ner.bin" \
  --eval "$data/uner-ewt.test.iob2" --eval "$data/wikigold.iob2"
