// make_hostile.mjs OUTDIR [DATADIR] — writes the hostile inputs used by the identity test
// (and reused by the CLI tests) into OUTDIR, deterministically (seeded generator, no clock).
// Also writes OUTDIR/batch.jsonl: every article of DATADIR and a few hostile texts as
// {"id","text"} lines, plus malformed lines that must each give {"id":..., "error":...}.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, dataDir] = process.argv.slice(2);
if (!out) { console.error('usage: make_hostile.mjs OUTDIR [DATADIR]'); process.exit(2); }
mkdirSync(out, { recursive: true });

let seed = 0x2545f491;  // xorshift32: the same bytes on every machine
const rand = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed; };

const article = [
  'Mayor Anna Berg said on Monday that the city would spend $3 million on new buses.',
  '',
  '"We cannot wait any longer," Ms Berg told reporters. “The old fleet is falling apart.”',
  '',
  'Her rival, Councillor Tom Reyes, said the plan was rushed.',
].join('\n');

const files = {
  'empty.txt': Buffer.alloc(0),
  'whitespace-only.txt': Buffer.from(' \t\n\r\n   \u00a0\u2003\n\n\t ', 'utf8'),
  'invalid-utf8.txt': Buffer.concat([
    Buffer.from('Ms Anna Berg said \u201cfine\u201d '), Buffer.from([0xff, 0xfe, 0x20, 0xc3, 0x28, 0x20]),
    Buffer.from('lone surrogate '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' too big '),
    Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from(' overlong '), Buffer.from([0xc0, 0xaf]),
    Buffer.from(' cut at the end '), Buffer.from([0xe2, 0x80])]),
  'nul-bytes.txt': Buffer.from('John Smith\0 said \0\0 "hello\0 world" to Mary\0Jones.\n\0', 'latin1'),
  'crlf.txt': Buffer.from(article.replace(/\n/g, '\r\n') + '\r\n', 'utf8'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article, 'utf8')]),
  'long-line-no-spaces.txt': Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => 'abcdefghijKLMNOP.,"\'’'[rand() % 21]).join(''), 'utf8'),
  'unbalanced-quotes.txt': Buffer.from(
    'Anna Berg said “this never ends. And "neither does this.\n\nTom Reyes replied: ‘single\' “nested "inner” mixed\' quotes ” »French« «open\n' +
    '"'.repeat(5000) + ' “'.repeat(3000) + '\nThe end said Berg."', 'utf8'),
  'scripts-emoji-cjk-rtl.txt': Buffer.from(
    'Prime Minister 山田太郎 said “我们会赢” 🎉🇯🇵 on Tuesday.\n\n' +
    'قال محمد علي "سنفوز" في القاهرة. אמר דוד כהן ״שלום״ בירושלים.\n\n' +
    'José Martínez (e\u0301 combining) said "naïve café" 👩‍👩‍👧 cost €5 and ₹10.\n', 'utf8'),
  'random-binary.bin': Buffer.from(Array.from({ length: 65536 }, () => rand() & 0xff)),
  'html-source.txt': Buffer.from('<!DOCTYPE html><html><head><title>News</title><script>var a="x<y";</script></head>' +
    '<body><p>Mayor <b>Anna Berg</b> said &ldquo;yes&rdquo; &amp; left.</p><div class="q">"Quote"</div></body></html>\n', 'utf8'),
  'all-caps.txt': Buffer.from(article.toUpperCase(), 'utf8'),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, name), bytes);

// --jsonl batch: good lines, hostile texts, malformed lines (each must yield an error object).
const lines = [];
if (dataDir) {
  for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.txt')).sort())
    lines.push(JSON.stringify({ id: f, text: readFileSync(join(dataDir, f), 'utf8') }));
}
lines.push(JSON.stringify({ id: 7, text: article }));
lines.push('{"id": "malformed-1", "text": "unterminated');           // not valid JSON
lines.push(JSON.stringify({ id: 'no-text', body: article }));         // no "text"
lines.push(JSON.stringify({ id: 'number-text', text: 42 }));          // "text" not a string
lines.push('[1, 2, 3]');                                              // not an object
lines.push(JSON.stringify({ id: null, text: '' }));                   // empty text: analysed, warns
lines.push(JSON.stringify({ id: 'crlf', text: article.replace(/\n/g, '\r\n') }) + '\r');
lines.push(JSON.stringify({ id: 'scripts', text: files['scripts-emoji-cjk-rtl.txt'].toString('utf8') }));
lines.push(JSON.stringify({ id: { nested: [1, 2] }, text: 'Anna Berg said "hello".' }));
lines.push('');                                                       // blank line: skipped
lines.push(JSON.stringify({ id: 'last', text: 'Tom Reyes said the vote was close.' }));
writeFileSync(join(out, 'batch.jsonl'), lines.join('\n') + '\n');
