// typing_check.mjs — typed text reaches the article in headless Chromium, every character
// exactly once, and the editing shortcuts still work.
//
//   node tests/ui/typing_check.mjs            (after ./build-wasm.sh; serves dist/ itself)
//
// Emscripten's GLFW only sees characters that come with a `keypress`; accented letters,
// curly quotes, dead keys, IME input and Playwright's insertText come as `input` /
// composition events, which the page's hidden text sink (src/platform/web/web_glue.js)
// must pass on. The check clicks into the article and then:
//   1. keyboard.type(' é“x”ñ€') and keyboard.insertText('—’'): stats.bytes of
//      ArticleExplorer.current() grows by exactly their UTF-8 byte count (nothing lost,
//      nothing doubled);
//   2. a paste event while the editor is active inserts at the cursor (Backspace removes it);
//      an IME composition ("n", "n~", committed as "ñ") adds exactly the committed letter;
//      Ctrl+A, Ctrl+C: the text copied out (navigator.clipboard.writeText, spied) holds the
//      typed string intact;
//   3. Backspace removes one character (3 bytes of ’); ArrowLeft + 'y' inserts before the
//      last character; Enter adds one byte;
//   4. Shift+ArrowLeft x3, Ctrl+X cuts those three characters; Ctrl+Z brings them back;
//      Ctrl+A, Delete empties the article.
// Prints PASS/FAIL per check and "typing: N passed, M failed"; exits 1 on any failure.
// Environment: AE_DIST (default dist), AE_CHROMIUM (default /usr/bin/chromium),
// AE_DPR (default 1), AE_TYPING_SHOT (a screenshot of the editor before the last step, optional).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.AE_DIST || 'dist');
const chromiumPath = process.env.AE_CHROMIUM || '/usr/bin/chromium';
const dpr = Number(process.env.AE_DPR || 1);

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} typing: ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const utf8 = (s) => Buffer.byteLength(s, 'utf8');

// dist/ on 127.0.0.1, a free port.
function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
    '.css': 'text/css; charset=utf-8' };
  const server = createServer((req, res) => {
    let path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname)));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': types[extname(path)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function main() {
  if (!check('dist/index.html exists', existsSync(join(dist, 'index.html')), dist)) return;
  const server = await serve(dist);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'ae-typing-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run'],
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: dpr,
    });
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Spy on the copy path (the real clipboard is not readable headless without permissions).
    await page.addInitScript(() => {
      window.__copied = [];
      const spy = (t) => { window.__copied.push(String(t)); return Promise.resolve(); };
      try {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
      } catch { /* keep the real one */ }
    });
    await page.goto(url);
    await page.waitForFunction(() => window.ArticleExplorer && window.ArticleExplorer.ready, null, { timeout: 60000 });
    const bytes = () => page.evaluate(() => JSON.parse(window.ArticleExplorer.current()).stats.bytes);
    // Input is drawn frame by frame (slowly under software WebGL): poll until the article
    // has `want` bytes, at most 10 s; returns the last count.
    const bytesWhen = async (want) => {
      let b = await bytes();
      for (const t0 = Date.now(); b !== want && Date.now() - t0 < 10000; b = await bytes()) await sleep(100);
      return b;
    };
    const copies = () => page.evaluate(() => window.__copied.length);
    const lastCopy = async (before) => {
      for (const t0 = Date.now(); (await copies()) === before && Date.now() - t0 < 10000;) await sleep(100);
      return page.evaluate(() => window.__copied[window.__copied.length - 1] || '');
    };
    const b0 = await bytes();
    check('sample article loaded', b0 > 1000, `${b0} bytes`);

    // Into the article: a click in the reading view opens the editor with its cursor there.
    // Typing follows at once, as a person (or a test) would.
    const article = { x: 200, y: 300 };
    await page.mouse.click(article.x, article.y);
    const typed = ' é“x”ñ€', inserted = '—’';
    await page.keyboard.type(typed);
    await page.keyboard.insertText(inserted);
    const want = utf8(typed) + utf8(inserted);
    await bytesWhen(b0 + want);
    await sleep(500);  // anything arriving twice would come now
    const b1 = await bytes();
    check('typed and inserted characters arrive exactly once', b1 - b0 === want,
      `bytes ${b0} -> ${b1}: +${b1 - b0}, want +${want}`);

    // An IME composition (as a dead key or an input method makes): composing "n" then
    // committing "ñ" adds the committed text only.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'n', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'n~', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: 'ñ' });
    const b1c = await bytesWhen(b1 + utf8('ñ'));
    check('an IME composition commits its text once', b1c - b1 === utf8('ñ'), `bytes ${b1} -> ${b1c}`);
    await page.keyboard.press('Backspace');  // take the composed letter out again
    check('Backspace removes the composed letter', (await bytesWhen(b1)) === b1);

    // Ctrl+V: the browser's paste event (dispatched where the keyboard focus is, as the
    // browser does) inserts at the cursor; then Backspace takes it out again.
    const pastedText = '«Grüße»';
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      (document.activeElement || document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, pastedText);
    const b1p = await bytesWhen(b1 + utf8(pastedText));
    check('a paste event inserts at the cursor while the editor is active', b1p - b1 === utf8(pastedText),
      `bytes ${b1} -> ${b1p}, want +${utf8(pastedText)}`);
    for (let i = 0; i < [...pastedText].length; i++) await page.keyboard.press('Backspace');
    check('Backspace removes the pasted characters one by one', (await bytesWhen(b1)) === b1);

    let n = await copies();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied = await lastCopy(n);
    check('Ctrl+A, Ctrl+C copies the text with the typed characters intact', copied.includes(typed + inserted),
      copied ? `copied ${utf8(copied)} bytes` : 'nothing copied');
    check('copied text has as many bytes as the analysis', utf8(copied) === b1, `${utf8(copied)} vs ${b1}`);

    // Ctrl+A left everything selected: collapse the selection at the end (End; ImGui 1.86
    // moves to the line end, Ctrl+End to the text end), then edit there.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Backspace');
    const b2 = await bytesWhen(b1 - utf8(copied.slice(-1)));
    check('Backspace deletes one whole character', b1 - b2 === utf8(copied.slice(-1)),
      `bytes ${b1} -> ${b2} (last character ${JSON.stringify(copied.slice(-1))})`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    const b3 = await bytesWhen(b2 + 2);
    check('ArrowLeft, a letter and Enter edit at the cursor', b3 - b2 === 2, `bytes ${b2} -> ${b3}`);
    n = await copies();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied2 = await lastCopy(n);
    const tail = copied.slice(0, -1);  // the text before Backspace removed its last character
    const expect2 = tail.slice(0, -1) + 'y\n' + tail.slice(-1);
    check('the edits landed where the cursor was', copied2 === expect2,
      `ends ${JSON.stringify(copied2.slice(-8))}, want ${JSON.stringify(expect2.slice(-8))}`);

    await page.keyboard.press('Control+End');  // collapse Ctrl+A's selection, cursor at the end
    await page.keyboard.press('ArrowLeft');  // back before the last character, after "y\n"
    // Shift+ArrowLeft x3 selects the three characters before the cursor; Ctrl+X cuts them,
    // Ctrl+Z brings them back (ImGui keeps ~1000 characters of undo: a small edit).
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    n = await copies();
    await page.keyboard.press('Control+X');
    const wantCut = tail.slice(-2, -1) + 'y\n';  // the cursor sat after "y\n", before the last character
    const cut = await lastCopy(n);
    const b4 = await bytesWhen(b3 - utf8(wantCut));
    check('Shift+ArrowLeft selects, Ctrl+X cuts the selection', cut === wantCut && b3 - b4 === utf8(wantCut),
      `cut ${JSON.stringify(cut)}, want ${JSON.stringify(wantCut)}; bytes ${b3} -> ${b4}`);
    await page.keyboard.press('Control+Z');
    const b5 = await bytesWhen(b3);
    check('Ctrl+Z undoes the cut', b5 === b3, `bytes ${b4} -> ${b5}, want ${b3}`);
    if (process.env.AE_TYPING_SHOT) await page.screenshot({ path: process.env.AE_TYPING_SHOT });  // the editor
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const b6 = await bytesWhen(0);
    check('Ctrl+A, Delete empties the article', b6 === 0, `bytes ${b5} -> ${b6}`);
    check('the page threw nothing', errors.length === 0, errors.join(' | '));
  } finally {
    if (context) await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main()
  .catch((e) => check('ran to the end', false, e && e.stack ? e.stack : String(e)))
  .finally(() => {
    console.log(`typing: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
