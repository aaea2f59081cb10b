// check_output.mjs MODE OUTPUT INPUT — is OUTPUT a well-formed analysis of INPUT?
// MODE file|stdin: one analysis object whose spans lie in the (repaired) text and whose
// mention/quote texts equal their spans. MODE jsonl: one line per non-blank input line, in
// order, each an analysis with the line's id echoed or an {"id", "error"} object for a
// malformed line. Exit 0 when all holds; else prints what is wrong and exits 1.
import { readFileSync } from 'node:fs';

const [mode, outFile, inFile] = process.argv.slice(2);
const problems = [];
const out = readFileSync(outFile, 'utf8');

function checkAnalysis(a, text, where) {
  if (a === null || typeof a !== 'object') return problems.push(`${where}: not an object`);
  if (a.schema !== 'article-explorer.analysis/1') problems.push(`${where}: schema is ${JSON.stringify(a.schema)}`);
  for (const k of ['entities', 'quotes']) if (!Array.isArray(a[k])) problems.push(`${where}: no array "${k}"`);
  if (!Array.isArray(a.entities) || !Array.isArray(a.quotes)) return;
  if ('elapsed_ms' in (a.stats || {})) problems.push(`${where}: elapsed_ms present despite --no-elapsed`);
  if (text === null) return;
  // Offsets refer to the repaired text (WHATWG decoding, as TextDecoder does).
  const bytes = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(text), 'utf8');
  const span = (s, e, t, what) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= bytes.length))
      return problems.push(`${where}: ${what} span [${s},${e}) out of range (${bytes.length} bytes)`);
    if (t !== undefined && bytes.subarray(s, e).toString('utf8') !== t)
      problems.push(`${where}: ${what} text ${JSON.stringify(t)} != span ${JSON.stringify(bytes.subarray(s, e).toString('utf8'))}`);
  };
  const ids = new Set();
  for (const e of a.entities) {
    if (ids.has(e.id)) problems.push(`${where}: duplicate entity id ${e.id}`);
    ids.add(e.id);
    for (const m of e.mentions || []) span(m.start, m.end, m.text, `mention of ${e.id}`);
  }
  for (const q of a.quotes) {
    span(q.start, q.end, q.text, `quote ${q.id}`);
    if (q.speaker !== null && q.speaker !== undefined && !ids.has(q.speaker)) problems.push(`${where}: quote ${q.id} speaker ${q.speaker} is no entity`);
  }
}

if (mode === 'jsonl') {
  const inLines = readFileSync(inFile, 'latin1').split('\n').map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.replace(/[ \t]/g, '') !== '');
  const outLines = out.split('\n');
  if (outLines.pop() !== '') problems.push('output does not end with a newline');
  if (outLines.length !== inLines.length) problems.push(`${outLines.length} output lines for ${inLines.length} input lines`);
  let errors = 0;
  for (let i = 0; i < Math.min(inLines.length, outLines.length); i++) {
    let o, doc = undefined;
    try { o = JSON.parse(outLines[i]); } catch { problems.push(`line ${i + 1}: output is not JSON`); continue; }
    try { doc = JSON.parse(Buffer.from(inLines[i], 'latin1').toString('utf8')); } catch { /* malformed */ }
    const good = doc !== null && typeof doc === 'object' && !Array.isArray(doc) && typeof doc.text === 'string';
    if (good) {
      checkAnalysis(o, Buffer.from(doc.text, 'utf8'), `line ${i + 1}`);
      if (JSON.stringify(o.id) !== JSON.stringify(doc.id === undefined ? null : doc.id) && !(doc.id === undefined && !('id' in o)))
        problems.push(`line ${i + 1}: id ${JSON.stringify(o.id)} not echoed (want ${JSON.stringify(doc.id)})`);
    } else {
      errors++;
      const keys = Object.keys(o || {}).sort().join(',');
      if (keys !== 'error,id' || typeof o.error !== 'string' || o.error === '')
        problems.push(`line ${i + 1}: malformed input should give {"id","error"}, got ${outLines[i].slice(0, 120)}`);
      const want = doc && typeof doc === 'object' && !Array.isArray(doc) && 'id' in doc ? doc.id : null;
      if (JSON.stringify(o.id) !== JSON.stringify(want)) problems.push(`line ${i + 1}: error id ${JSON.stringify(o.id)} != ${JSON.stringify(want)}`);
    }
  }
  if (errors === 0) problems.push('the batch has no malformed line (test input broken)');
} else {
  let a;
  if (!out.endsWith('\n') || out.slice(0, -1).includes('\n')) problems.push('output is not exactly one line');
  try { a = JSON.parse(out); } catch (e) { problems.push(`output is not JSON: ${e.message}`); }
  if (a !== undefined) checkAnalysis(a, readFileSync(inFile), 'analysis');
}
if (problems.length) {
  for (const p of problems.slice(0, 10)) console.log(`    ${p}`);
  if (problems.length > 10) console.log(`    ... and ${problems.length - 10} more`);
  process.exit(1);
}
