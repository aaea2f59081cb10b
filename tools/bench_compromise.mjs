// Throughput of compromise 14.17 (npm, pinned in package.json) on the same news texts as
// ae-bench: people, places, organisations and quotations per article, as a reader of the
// explorer would ask for. Prints one line of JSON like ae-bench.
//   node tools/bench_compromise.mjs FILE.jsonl [ROUNDS]
import fs from 'node:fs';
import nlp from 'compromise';

const [file, roundsArg] = process.argv.slice(2);
const texts = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const rounds = Math.max(1, Number(roundsArg || 1));
let best = Infinity;
let words = 0;
let found = 0;
for (let r = 0; r < rounds; r++) {
  words = 0;
  found = 0;
  const t0 = process.hrtime.bigint();
  for (const t of texts) {
    const doc = nlp(t);
    words += doc.wordCount();
    found += doc.people().json().length + doc.places().json().length +
      doc.organizations().json().length + doc.quotations().json().length;
  }
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(JSON.stringify({ platform: 'compromise-14.17', mode: 'throughput', articles: texts.length, bytes,
  words, seconds: best, words_per_second: words / best, found }));
