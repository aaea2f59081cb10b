// explorer.spec.mjs — end-to-end test of what the reader keeps and takes away (issues 5 and 7):
// persistence, Clear with confirmation, exports and downloads, import, files, the single-file
// build from file://, long-analysis feedback and privacy. Headless Chromium through
// playwright-core (Debian's /usr/bin/chromium), like app.spec.mjs.
//
//   node tests/e2e/explorer.spec.mjs
//
// Served part (dist/ on 127.0.0.1, a fresh persistent profile, DPR 1 so menu positions are
// CSS pixels):
//   - a pasted article survives a reload, and so does an edit typed just before the reload;
//   - Article > Clear… asks first (Escape keeps the article), then empties the page and the
//     storage; the empty state says what to do; a reload then brings the sample back;
//   - every export string is parsed and checked against current(): JSON entity and quote
//     counts; quotes and entities CSV (RFC 4180) columns, one row per quote / entity, no
//     formula-like cell; GEXF and GraphML well-formed (DOMParser in the page) with one node
//     per entity and one edge per edge;
//   - downloads really happen (playwright download events): the Export menu, Ctrl+E, the PNG
//     of the network (a real PNG, not blank);
//   - a saved .json opened through the file input restores its article and its corrections
//     (then stored, surviving a reload); a malformed .json is refused with a notice; two .txt
//     files through the file input become two articles (one merged analysis with an
//     "articles" field, both stored); dropping two files makes a corpus that survives a
//     reload (both articles, their names, the same merged analysis); removeArticle() takes
//     one away; a single dropped file replaces the articles; a file that is neither is
//     refused with the article kept;
//   - Ctrl+O and Article > Open… open the file chooser;
//   - storage full (setItem throws QuotaExceededError): a notice, the article still shown;
//   - loading 1.5 MB draws a frame while the analysis is pending ("Analysing 1.5 MB…"),
//     before the analysis blocks the page;
//   - no request leaves 127.0.0.1, nothing is sent, no error is thrown or logged.
// file:// part: dist/article-explorer.html opened from disk with every request recorded:
// ready, the sample analysed, zero requests besides the file itself, no CSP violation.
// Screenshots go to tests/e2e/out/explorer-*.png. Prints PASS/FAIL per check and
// "explorer: N passed, M failed"; exits 1 when any check failed.
//
// Environment: AE_DIST (default dist), AE_CHROMIUM (default /usr/bin/chromium),
// AE_E2E_OUT (default tests/e2e/out), AE_E2E_HEADED=1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ColourStats, DecodePng } from './png.mjs';
import { serve } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.AE_DIST || 'dist');
const chromiumPath = process.env.AE_CHROMIUM || '/usr/bin/chromium';
const outDir = resolve(root, process.env.AE_E2E_OUT || 'tests/e2e/out');
const kReadyMs = 60000, kChangeMs = 20000;
const kStateKey = 'article-explorer.state';
const kArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions'];

let passed = 0, failed = 0;
const results = [];
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  const line = `${ok ? 'PASS' : 'FAIL'} explorer: ${name}${detail ? ` — ${detail}` : ''}`;
  results.push(line);
  console.log(line);
  return ok;
}
function note(text) { results.push(`note explorer: ${text}`); console.log(`note explorer: ${text}`); }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const parse = (s) => { try { return JSON.parse(s); } catch { return undefined; } };
const bytes = (s) => Buffer.byteLength(s);
// Mean brightness (0..255) of a decoded PNG.
function MeanLuma({ width, height, channels, px }) {
  let sum = 0;
  for (let i = 0; i < width * height; i++) {
    const o = i * channels;
    sum += 0.299 * px[o] + 0.587 * px[o + 1] + 0.114 * px[o + 2];
  }
  return sum / (width * height);
}

// Invented articles (tests/data/, not PolNeAR text).
const harbour = readFileSync(join(root, 'tests/data/harbour-bridge.txt'), 'utf8');
const merger = readFileSync(join(root, 'tests/data/tech-merger.txt'), 'utf8');
const clinic = readFileSync(join(root, 'tests/data/clinic-strike.txt'), 'utf8');

// RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" inside.
// Returns rows of cells, or a string describing the first violation.
function ParseCsv(text) {
  const rows = [];
  let row = [], cell = '', i = 0, quoted = false, started = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      cell += c; i++; continue;
    }
    if (c === '"') {
      if (started) return `a quote inside an unquoted cell at ${i}`;
      quoted = true; started = true; i++; continue;
    }
    if (c === ',') { row.push(cell); cell = ''; started = false; i++; continue; }
    if (c === '\r') {
      if (text[i + 1] !== '\n') return `a bare CR at ${i}`;
      row.push(cell); rows.push(row); row = []; cell = ''; started = false; i += 2; continue;
    }
    if (c === '\n') return `a bare LF at ${i} (records end with CRLF)`;
    cell += c; started = true; i++;
  }
  if (quoted) return 'an unterminated quoted cell';
  if (started || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function waitReady(page) {
  return page.evaluate(async (ms) => {
    const t = performance.now();
    while (!window.ArticleExplorer || !window.ArticleExplorer.whenReady) {
      if (performance.now() - t > ms) return 'no window.ArticleExplorer';
      await new Promise((r) => setTimeout(r, 50));
    }
    const r = await Promise.race([window.ArticleExplorer.whenReady.then(() => 'ok'),
      new Promise((res) => setTimeout(() => res('timeout'), ms))]);
    return r;
  }, kReadyMs).catch((e) => `evaluate failed: ${e.message}`);
}
const current = async (page) => parse(await page.evaluate(() => window.ArticleExplorer.current()));
// The article text shown: export("json") is the contract plus "text" (what an import reads).
const textOf = async (page) => parse(await page.evaluate(() => window.ArticleExplorer.export('json')))?.text;
const stored = (page) => page.evaluate((k) => { try { return localStorage.getItem(k); } catch (e) { return `threw ${e.message}`; } }, kStateKey);
// Waits until current() is the analysis of a text of `n` bytes.
async function waitBytes(page, n, ms = kChangeMs) {
  let a;
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    a = await current(page);
    if (a?.stats?.bytes === n) return a;
  }
  return a;
}
// Waits for the stored state to hold a text satisfying `pred`.
async function waitStored(page, pred, ms = 5000) {
  let s;
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    s = parse(await stored(page));
    if (s && pred(s)) return s;
  }
  return s;
}
async function paste(page, text) {
  await page.evaluate((t) => {
    const el = document.activeElement;
    if (el && el !== document.body && typeof el.blur === 'function') el.blur();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

// Positions in the menus (CSS pixels at 1280x800; ImGui's default font metrics at 15 px).
const kMenu = { article: [30, 10], export: [90, 10] };
const kItemH = 21, kFirstItemY = 38;  // menu item rows under the menu bar
const articleItem = (row) => [50, kFirstItemY + row * kItemH];  // 0 Open… 1 Load sample 2 Clear…
// Export: JSON, quotes, entities, a separator, GEXF, GraphML, PNG.
const kExportY = { json: 38, 'quotes.csv': 59, 'entities.csv': 80, gexf: 107, graphml: 128, png: 149 };
const exportItem = (format) => [120, kExportY[format]];

async function servedPart(browserPath) {
  const server = await serve(dist);
  const origin = new URL(server.url).origin;
  const profile = mkdtempSync(join(tmpdir(), 'ae-explorer-profile-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'ae-explorer-downloads-'));
  const offsite = [], sent = [], errors = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath, headless: process.env.AE_E2E_HEADED !== '1', args: kArgs,
      viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block',
      acceptDownloads: true, downloadsPath: downloadsDir,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (req) => {
      const url = req.url();
      if (!(url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:'))) offsite.push(url);
      if (req.method() !== 'GET' && req.method() !== 'HEAD') sent.push(`${req.method()} ${url}`);
      if (req.postData()) sent.push(`body to ${url}`);
    });
    // Frames drawn while an analysis is pending: counted, and the first one kept as a picture.
    await context.addInitScript(() => {
      window.__aeBusyFrames = 0;
      window.__aeBusyPicture = null;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((t) => {
        cb(t);
        const ae = window.ArticleExplorer;
        if (ae && typeof ae.busy === 'function' && ae.busy() && window.__aeWatchBusy) {
          window.__aeBusyFrames++;
          if (!window.__aeBusyPicture) {
            const src = document.getElementById('canvas');
            const c = document.createElement('canvas');
            c.width = src.width; c.height = src.height;
            c.getContext('2d').drawImage(src, 0, 0);  // same task as the WebGL frame: still there
            window.__aeBusyPicture = c.toDataURL('image/png');
          }
        }
      });
    });
    const page = context.pages()[0] || await context.newPage();
    page.on('websocket', (ws) => sent.push(`websocket ${ws.url()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('crash', () => errors.push('page crashed'));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });

    await page.goto(server.url, { waitUntil: 'load', timeout: kReadyMs });
    const r0 = await waitReady(page);
    if (!check('page ready', r0 === 'ok', r0)) return;
    const sample = await current(page);
    check('first start shows the sample, nothing stored yet', sample?.entities?.length > 0 && (await stored(page)) === null,
      `${sample?.entities?.length} entities, stored ${String(await stored(page)).slice(0, 40)}`);

    // ---- persistence: a pasted article survives a reload
    await paste(page, harbour);
    const pastedA = await waitBytes(page, bytes(harbour));
    check('paste loads the article', pastedA?.stats?.bytes === bytes(harbour));
    const st = await waitStored(page, (s) => s.articles?.[0]?.text === harbour);
    check('the pasted article is stored (version 1, articles[0].text, corrections array)',
      st?.version === 1 && st?.articles?.[0]?.text === harbour && Array.isArray(st?.corrections),
      JSON.stringify(st)?.slice(0, 120));
    await page.reload({ waitUntil: 'load' });
    check('page ready after reload', (await waitReady(page)) === 'ok');
    const reloaded = await current(page);
    const reloadedText = await textOf(page);
    check('reload keeps the pasted article (text and analysis)', reloadedText === harbour &&
      reloaded?.entities?.length === pastedA?.entities?.length && reloaded?.quotes?.length === pastedA?.quotes?.length,
      `bytes ${reloaded?.stats?.bytes} (pasted ${bytes(harbour)}), text ${reloadedText === harbour ? 'same' : 'differs'}, ` +
      `${reloaded?.entities?.length}/${pastedA?.entities?.length} entities, ${reloaded?.quotes?.length}/${pastedA?.quotes?.length} quotes`);

    // ---- an edit typed just before a reload is not lost (saved on pagehide, not yet analysed)
    await page.mouse.click(150, 140);  // the article panel: opens the editor at the click
    await sleep(400);
    await page.keyboard.press('Control+End');
    await sleep(150);
    const typed = ' Zebulon Quist said nothing.';
    await page.keyboard.type(typed, { delay: 15 });
    await sleep(150);
    await page.reload({ waitUntil: 'load' });
    await waitReady(page);
    const afterEdit = await textOf(page);
    check('an edit typed just before the reload survives it', afterEdit?.includes('Zebulon Quist') === true,
      `text ends …${JSON.stringify(afterEdit?.slice(-50))}`);
    await page.screenshot({ path: join(outDir, 'explorer-reloaded.png') });

    // ---- exports: each string parsed and checked against the analysis shown
    const formats = await page.evaluate(() => window.ArticleExplorer.exportFormats || []);
    const shown = await current(page);
    const shownText = afterEdit;
    const exp = async (f) => page.evaluate((ff) => { try { return window.ArticleExplorer.export(ff); } catch (e) { return { threw: e.message }; } }, f);
    const json = await exp('json');
    const ja = parse(json);
    check('export("json") is the contract JSON of the analysis shown',
      ja?.schema === 'article-explorer.analysis/1' && ja?.entities?.length === shown?.entities?.length &&
      ja?.quotes?.length === shown?.quotes?.length && typeof ja?.text === 'string' && bytes(ja.text) === shown.stats.bytes,
      `${ja?.entities?.length} entities, ${ja?.quotes?.length} quotes`);
    check('export(unknown) throws', typeof (await exp('docx'))?.threw === 'string');
    const full = ['quotes.csv', 'entities.csv', 'gexf', 'graphml'].every((f) => formats.includes(f));
    if (!full) note(`this build exports only ${formats.join(', ')} (src/core/export.cpp not compiled in): CSV/GEXF/GraphML checks skipped`);
    const formulaStart = /^[=+\-@\t\r]/;
    for (const [fmt, list, what] of [['quotes.csv', shown.quotes, 'quote'], ['entities.csv', shown.entities, 'entity']]) {
      if (!full) break;
      const text = await exp(fmt);
      const rows = typeof text === 'string' ? ParseCsv(text) : `threw ${text?.threw}`;
      if (!check(`export("${fmt}") is RFC 4180 CSV`, Array.isArray(rows), Array.isArray(rows) ? `${rows.length} rows` : rows)) continue;
      const header = rows[0] || [];
      const width = header.length;
      check(`${fmt}: a header and one row per ${what}`, rows.length - 1 === list.length && width >= 3,
        `${rows.length - 1} rows for ${list.length}; columns ${header.join('|')}`);
      check(`${fmt}: every row has the header's ${width} columns`, rows.every((r) => r.length === width));
      const needCols = fmt === 'quotes.csv' ? [/speaker/i, /quote|text/i, /cue/i] : [/name/i, /type/i, /mention/i];
      check(`${fmt}: columns name what they hold`, needCols.every((re) => header.some((h) => re.test(h))), header.join('|'));
      check(`${fmt}: no cell starts a spreadsheet formula`, rows.every((r) => r.every((c) => !formulaStart.test(c))));
      if (fmt === 'entities.csv') {
        const nameCol = header.findIndex((h) => /name/i.test(h));
        const csvNames = new Set(rows.slice(1).map((r) => r[nameCol]));
        check('entities.csv names the analysis\' entities', shown.entities.every((e) => csvNames.has(e.name) || csvNames.has(`'${e.name}`)),
          shown.entities.filter((e) => !csvNames.has(e.name)).map((e) => e.name).slice(0, 5).join(', '));
      }
    }
    for (const fmt of full ? ['gexf', 'graphml'] : []) {
      const xml = await exp(fmt);
      const info = await page.evaluate((x) => {
        if (typeof x !== 'string') return { error: 'not a string' };
        const doc = new DOMParser().parseFromString(x, 'application/xml');
        const err = doc.getElementsByTagName('parsererror')[0];
        if (err) return { error: err.textContent.slice(0, 200) };
        return { root: doc.documentElement.localName, nodes: doc.getElementsByTagNameNS('*', 'node').length,
          edges: doc.getElementsByTagNameNS('*', 'edge').length };
      }, xml);
      check(`export("${fmt}") is well-formed XML (DOMParser)`, !info.error && info.root === fmt, info.error || `root <${info.root}>`);
      check(`${fmt}: one node per entity, one edge per edge`, info.nodes === shown.entities.length && info.edges === shown.edges.length,
        `${info.nodes} nodes / ${shown.entities.length} entities, ${info.edges} edges / ${shown.edges.length}`);
    }

    // ---- downloads: the Export menu, Ctrl+E, the PNG
    const download = async (action, ms = 10000) => {
      const [d] = await Promise.all([page.waitForEvent('download', { timeout: ms }).catch(() => null), action()]);
      if (!d) return null;
      const path = await d.path().catch(() => null);
      return { name: d.suggestedFilename(), body: path ? readFileSync(path) : null };
    };
    await page.mouse.click(...kMenu.export);
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-menu-export.png') });
    const viaMenu = await download(async () => { await page.mouse.click(...exportItem(full ? 'entities.csv' : 'json')); });
    const menuName = full ? 'article-explorer-entities.csv' : 'article-explorer-analysis.json';
    check(`Export menu downloads ${menuName}`, viaMenu?.name === menuName &&
      viaMenu.body?.toString('utf8') === (full ? await exp('entities.csv') : json), viaMenu ? `${viaMenu.name}, ${viaMenu.body?.length} bytes` : 'no download');
    await sleep(300);
    const viaKey = await download(async () => { await page.keyboard.press('Control+E'); });
    check('Ctrl+E downloads article-explorer-analysis.json, the analysis shown', viaKey?.name === 'article-explorer-analysis.json' &&
      parse(viaKey.body?.toString('utf8'))?.text === shownText, viaKey ? `${viaKey.name}, ${viaKey.body?.length} bytes` : 'no download');
    await page.mouse.click(...kMenu.export);
    await sleep(300);
    const png = await download(async () => { await page.mouse.click(...exportItem('png')); });
    let pngInfo = 'no download';
    let pngOk = false;
    if (png?.body) {
      try {
        const img = DecodePng(png.body);
        const cs = ColourStats(img);
        pngInfo = `${png.name} ${img.width}x${img.height}, ${cs.distinct} colours`;
        pngOk = png.name === 'article-explorer-network.png' && img.width >= 200 && img.height >= 100 && cs.distinct >= 8;
        writeFileSync(join(outDir, 'explorer-network-export.png'), png.body);
      } catch (e) { pngInfo = `not a PNG: ${e.message}`; }
    }
    check('Export > Network picture downloads a PNG of the network', pngOk, pngInfo);

    // ---- import: a saved analysis restores its article
    const savedJson = json;
    const savedPath = join(downloadsDir, 'saved-analysis.json');
    writeFileSync(savedPath, savedJson);
    await page.evaluate((t) => window.ArticleExplorer.load(t), merger);
    await waitBytes(page, bytes(merger));
    await page.setInputFiles('#ae-file-picker', savedPath);
    const imported = await waitBytes(page, bytes(shownText));
    check('opening a saved .json restores its article and analysis', (await textOf(page)) === shownText &&
      imported?.entities?.length === shown.entities.length && imported?.quotes?.length === shown.quotes.length,
      `bytes ${imported?.stats?.bytes}, ${imported?.entities?.length} entities`);
    // A saved analysis with a correction: the correction comes back with the article.
    const person = shown.entities.find((e) => e.type === 'PERSON');
    const withCorrection = JSON.stringify({ ...parse(savedJson),
      corrections: [{ kind: 'rename', entity: `PERSON:${person.name}`, value: 'Renamed Reader-Choice' }] });
    const correctedPath = join(downloadsDir, 'corrected.json');
    writeFileSync(correctedPath, withCorrection);
    await page.setInputFiles('#ae-file-picker', correctedPath);
    let corrected;
    for (const end = Date.now() + 5000; Date.now() < end; await sleep(100)) {
      corrected = await current(page);
      if (corrected?.entities?.some((e) => e.name === 'Renamed Reader-Choice')) break;
    }
    check('opening a saved .json restores its corrections', corrected?.entities?.some((e) => e.name === 'Renamed Reader-Choice') &&
      !corrected.entities.some((e) => e.name === person.name), `renamed ${person.name}: ${corrected?.entities?.map((e) => e.name).slice(0, 4).join(', ')}`);
    const stc = await waitStored(page, (s) => (s.corrections || []).length === 1);
    check('… and the corrections are stored for a reload', stc?.corrections?.[0]?.value === 'Renamed Reader-Choice', JSON.stringify(stc?.corrections));
    await page.reload({ waitUntil: 'load' });
    await waitReady(page);
    check('… and survive it', (await current(page))?.entities?.some((e) => e.name === 'Renamed Reader-Choice'));
    await page.setInputFiles('#ae-file-picker', savedPath);  // the plain one again: no corrections
    await sleep(500);
    check('opening a saved .json without corrections clears them', !(await current(page))?.entities?.some((e) => e.name === 'Renamed Reader-Choice'));
    const noTextPath = join(downloadsDir, 'cli-output.json');
    const noText = parse(savedJson);
    delete noText.text;
    writeFileSync(noTextPath, JSON.stringify(noText));
    await page.setInputFiles('#ae-file-picker', noTextPath);
    await sleep(600);
    check('a contract JSON without its text is refused with a notice', (await textOf(page)) === shownText &&
      /no article text/.test(await page.evaluate(() => window.ArticleExplorer.notice())));
    const badPath = join(downloadsDir, 'not-an-analysis.json');
    writeFileSync(badPath, '{"hello": 1');
    await page.setInputFiles('#ae-file-picker', badPath);
    await sleep(600);
    check('a malformed .json is refused and the article kept', (await textOf(page)) === shownText);
    const badNotice = await page.evaluate(() => window.ArticleExplorer.notice());
    check('… with a notice naming the file', /not-an-analysis\.json/.test(badNotice), badNotice.slice(0, 100));
    await page.screenshot({ path: join(outDir, 'explorer-bad-json-notice.png') });

    // ---- .txt files: the file input with two files, then a drop
    const p1 = join(downloadsDir, 'clinic.txt'), p2 = join(downloadsDir, 'merger.txt');
    writeFileSync(p1, clinic);
    writeFileSync(p2, merger);
    await page.setInputFiles('#ae-file-picker', [p1, p2]);
    const corpusText = clinic + '\n\n' + merger;
    const fromFile = await waitBytes(page, bytes(corpusText));
    check('opening two .txt files makes two articles, analysed as one text', (await textOf(page)) === corpusText,
      `bytes ${fromFile?.stats?.bytes}`);
    const listed = await page.evaluate(() => window.ArticleExplorer.articles());
    check('… articles() lists both, by file name, the last one current',
      listed?.length === 2 && listed[0].name === 'clinic.txt' && listed[1].name === 'merger.txt' && listed[1].current === true,
      JSON.stringify(listed));
    const ranges = fromFile?.articles;
    check('… the JSON names each article and its range',
      ranges?.length === 2 && ranges[0].id === 'a1' && ranges[1].name === 'merger.txt' &&
      Buffer.from(corpusText).subarray(ranges[0].start, ranges[0].end).toString() === clinic &&
      Buffer.from(corpusText).subarray(ranges[1].start, ranges[1].end).toString() === merger,
      JSON.stringify(ranges));
    // Every mention and quote lies inside one article.
    const inOne = (s, e) => ranges?.some((r) => r.start <= s && e <= r.end);
    check('… every mention and quote lies inside one article',
      (fromFile?.entities || []).every((e) => e.mentions.every((m) => inOne(m.start, m.end))) &&
      (fromFile?.quotes || []).every((q) => inOne(q.start, q.end)));
    const st2 = await waitStored(page, (s) => s.articles?.length === 2);
    check('both opened files are stored under their names', st2?.articles?.[0]?.name === 'clinic.txt' &&
      st2?.articles?.[0]?.text === clinic && st2?.articles?.[1]?.name === 'merger.txt' && st2?.articles?.[1]?.text === merger,
      JSON.stringify(st2?.articles?.map((a) => a.name)));
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-two-articles.png') });

    // Dropping two files: a corpus that survives a reload.
    await page.evaluate(([a, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([a], 'harbour.txt', { type: 'text/plain' }));
      dt.items.add(new File([b], 'clinic.txt', { type: 'text/plain' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [harbour, clinic]);
    const dropText = harbour + '\n\n' + clinic;
    const dropped = await waitBytes(page, bytes(dropText));
    check('dropping two .txt files makes two articles', (await textOf(page)) === dropText && dropped?.articles?.length === 2);
    await waitStored(page, (s) => s.articles?.length === 2 && s.articles[0].text === harbour);
    await page.reload({ waitUntil: 'load' });
    check('page ready after reload (two articles)', (await waitReady(page)) === 'ok');
    const afterReload = await current(page);
    const names = (await page.evaluate(() => window.ArticleExplorer.articles())).map((a) => a.name);
    check('reload keeps both dropped articles, their names and the merged analysis',
      (await textOf(page)) === dropText && names.join('|') === 'harbour.txt|clinic.txt' &&
      afterReload?.entities?.length === dropped?.entities?.length && afterReload?.quotes?.length === dropped?.quotes?.length,
      names.join('|'));
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-two-articles-reloaded.png') });
    // A saved corpus (export json) opened again comes back as its articles.
    const corpusPath = join(downloadsDir, 'corpus.json');
    writeFileSync(corpusPath, await page.evaluate(() => window.ArticleExplorer.export('json')));
    await page.evaluate(([n, t]) => window.ArticleExplorer.load(t), ['x', merger]);
    await waitBytes(page, bytes(merger));
    await page.setInputFiles('#ae-file-picker', corpusPath);
    const reopened = await waitBytes(page, bytes(dropText));
    const reopenedNames = (await page.evaluate(() => window.ArticleExplorer.articles())).map((a) => a.name);
    check('a saved corpus (.json) opens as its articles', reopenedNames.join('|') === 'harbour.txt|clinic.txt' &&
      reopened?.entities?.length === dropped?.entities?.length && (await textOf(page)) === dropText, reopenedNames.join('|'));
    await page.evaluate(() => window.ArticleExplorer.removeArticle(1));
    const removed = await waitBytes(page, bytes(harbour));
    check('removeArticle(1) leaves the first article alone, without an "articles" field',
      (await textOf(page)) === harbour && removed?.articles === undefined &&
      (await page.evaluate(() => window.ArticleExplorer.articles())).length === 1);
    const st3 = await waitStored(page, (s) => s.articles?.length === 1 && s.articles[0].text === harbour);
    check('… and the storage holds one article', st3?.articles?.length === 1 && st3.articles[0].text === harbour,
      JSON.stringify(st3?.articles?.map((x) => [x.name, bytes(x.text)])) + ` harbour ${bytes(harbour)}`);
    await page.evaluate(([n, t]) => window.ArticleExplorer.addArticle(n, t), ['clinic.txt', clinic]);
    const added = await waitBytes(page, bytes(dropText));
    check('addArticle() adds beside the others', added?.articles?.length === 2 && (await textOf(page)) === dropText);
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.txt', { type: 'text/plain' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, merger);
    await waitBytes(page, bytes(merger));
    check('dropping a .txt file loads it', (await textOf(page)) === merger);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'picture.png', { type: 'image/png' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await sleep(500);
    check('dropping a picture is refused, the article kept', (await textOf(page)) === merger &&
      /picture\.png/.test(await page.evaluate(() => window.ArticleExplorer.notice())));

    // ---- Ctrl+O and Article > Open… open the file chooser
    const chooser = async (action) => {
      const [fc] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null), action()]);
      return fc;
    };
    const byKey = await chooser(() => page.keyboard.press('Control+O'));
    check('Ctrl+O opens the file chooser (several files, .txt and .json)', byKey?.isMultiple() === true);
    const byMenu = await chooser(async () => { await page.mouse.click(...kMenu.article); await sleep(300); await page.mouse.click(...articleItem(0)); });
    check('Article > Open… opens the file chooser', !!byMenu);
    await page.keyboard.press('Escape');

    // ---- storage full: a notice, no exception, the article still there
    await page.evaluate(() => {
      window.__aeSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await paste(page, clinic);
    await waitBytes(page, bytes(clinic));
    let fullNotice = '';
    for (const end = Date.now() + 5000; Date.now() < end && !fullNotice; await sleep(100)) {
      fullNotice = await page.evaluate(() => window.ArticleExplorer.notice());
    }
    check('storage full: a notice says the article will not survive a reload', /does not fit|storage/i.test(fullNotice), fullNotice);
    await page.screenshot({ path: join(outDir, 'explorer-storage-full.png') });
    await page.evaluate(() => { Storage.prototype.setItem = window.__aeSetItem; });
    check('storage full: the article is still shown', (await textOf(page)) === clinic);

    // ---- a large text: a frame says so before the analysis blocks the page
    const para = `${harbour.trim()}\n\n`;
    const big = para.repeat(Math.ceil(1.5e6 / bytes(para)));
    await page.evaluate(() => { window.__aeWatchBusy = true; window.__aeBusyFrames = 0; window.__aeBusyPicture = null; });
    const busyAfterLoad = await page.evaluate((t) => { window.ArticleExplorer.load(t); return window.ArticleExplorer.busy(); }, big);
    let bigA;
    for (const end = Date.now() + 60000; Date.now() < end; await sleep(200)) {
      if (!(await page.evaluate(() => window.ArticleExplorer.busy()))) { bigA = await current(page); break; }
    }
    const busy = await page.evaluate(() => ({ frames: window.__aeBusyFrames, picture: window.__aeBusyPicture }));
    await page.evaluate(() => { window.__aeWatchBusy = false; });
    check('a 1.5 MB load does not analyse inside load() (the page draws first)', busyAfterLoad === true);
    check('a frame is drawn while the large analysis is pending', busy.frames >= 1, `${busy.frames} frames`);
    check('the large text is then analysed', bigA?.stats?.bytes === bytes(big), `bytes ${bigA?.stats?.bytes}`);
    if (check('the pending frame was captured', !!busy.picture)) {
      const pic = Buffer.from(busy.picture.split(',')[1], 'base64');
      writeFileSync(join(outDir, 'explorer-analysing.png'), pic);
      // The overlay dims the whole window: that frame is much darker than the analysed one.
      await sleep(500);
      const dim = MeanLuma(DecodePng(pic));
      const lit = MeanLuma(DecodePng(await page.locator('canvas').first().screenshot({ path: join(outDir, 'explorer-analysed-large.png') })));
      check('that frame shows the analysing overlay (window dimmed)', dim < lit * 0.75, `mean brightness ${dim.toFixed(1)} while pending, ${lit.toFixed(1)} after`);
    }
    await page.evaluate((t) => window.ArticleExplorer.load(t), harbour);
    await waitBytes(page, bytes(harbour));

    // ---- Clear asks first
    await waitStored(page, (s) => s.articles?.[0]?.text === harbour);
    await page.mouse.click(...kMenu.article);
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-menu-article.png') });
    await page.mouse.click(...articleItem(2));
    await sleep(400);
    await page.screenshot({ path: join(outDir, 'explorer-clear-confirm.png') });
    check('Clear… does not clear before the confirmation', (await textOf(page)) === harbour);
    await page.keyboard.press('Escape');
    await sleep(400);
    check('Escape in the confirmation keeps the article and the storage', (await textOf(page)) === harbour &&
      parse(await stored(page))?.articles?.[0]?.text === harbour);
    await page.mouse.click(...kMenu.article);
    await sleep(300);
    await page.mouse.click(...articleItem(2));
    await sleep(400);
    await page.screenshot({ path: join(outDir, 'explorer-clear-confirm-2.png') });
    await page.keyboard.press('Enter');  // the dialog's default: Clear
    await sleep(500);
    const cleared = await current(page);
    check('confirming Clear empties the article', cleared?.stats?.bytes === 0 && (await textOf(page)) === '', `bytes ${cleared?.stats?.bytes}`);
    check('confirming Clear empties the storage', (await stored(page)) === null, String(await stored(page)).slice(0, 60));
    await page.mouse.move(1200, 700);
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-empty-state.png') });
    await page.reload({ waitUntil: 'load' });
    await waitReady(page);
    const again = await current(page);
    check('after Clear a reload starts with the sample again', again?.stats?.bytes === sample.stats.bytes &&
      again?.entities?.length === sample.entities.length, `bytes ${again?.stats?.bytes}`);
  } finally {
    check('no request leaves 127.0.0.1 (load, paste, edit, analysis, export, import)', offsite.length === 0, [...new Set(offsite)].slice(0, 5).join(' '));
    check('nothing is sent (no POST, no request body, no WebSocket)', sent.length === 0, sent.slice(0, 5).join(' '));
    check('the page throws nothing and logs no console error', errors.length === 0, errors.slice(0, 5).join(' | '));
    await context?.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloadsDir, { recursive: true, force: true });
  }
}

async function singleFilePart(browserPath) {
  const file = join(dist, 'article-explorer.html');
  if (!check('dist/article-explorer.html exists', existsSync(file), file)) return;
  const html = readFileSync(file, 'utf8');
  const csp = (html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/) || [])[1] || '';
  check('its CSP allows nothing remote (default-src \'none\', scripts by hash)',
    /default-src 'none'/.test(csp) && /script-src 'sha256-/.test(csp) && !/https?:|'self'|'unsafe-inline'|\*/.test(csp), csp.slice(0, 120));
  check('it refers to no other file', !/<(script|link)[^>]+(src|href)="(?!data:)/.test(html));
  const url = pathToFileURL(file).href;
  const browser = await chromium.launch({ executablePath: browserPath, headless: process.env.AE_E2E_HEADED !== '1', args: kArgs });
  const requests = [], errors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
    context.on('request', (req) => { if (req.url() !== url) requests.push(req.url().slice(0, 80)); });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy|Refused/i.test(m.text())) errors.push(`console: ${m.text().slice(0, 200)}`); });
    await page.goto(url, { waitUntil: 'load', timeout: kReadyMs });
    const r = await waitReady(page);
    check('file:// single file becomes ready', r === 'ok', r);
    const a = await current(page);
    check('file:// single file analyses the sample', a?.entities?.some((e) => e.type === 'PERSON') && a?.quotes?.length > 0,
      `${a?.entities?.length} entities, ${a?.quotes?.length} quotes`);
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }).catch(() => null),
      page.evaluate(() => window.ArticleExplorer.download('json'))]);
    check('file:// single file downloads an export', d?.suggestedFilename() === 'article-explorer-analysis.json');
    await sleep(300);
    await page.screenshot({ path: join(outDir, 'explorer-single-file.png') });
    const cs = ColourStats(DecodePng(await page.screenshot()));
    check('file:// single file draws (not blank)', cs.distinct >= 16 && cs.dominant_share < 0.97, `${cs.distinct} colours`);
  } finally {
    check('file:// single file makes zero requests (no network at all)', requests.length === 0, requests.slice(0, 5).join(' '));
    check('file:// single file throws nothing, no CSP refusal', errors.length === 0, errors.slice(0, 3).join(' | '));
    await browser.close().catch(() => {});
  }
}

async function main() {
  if (!check('dist/index.html exists', existsSync(join(dist, 'index.html')), dist)) return;
  if (!check('chromium exists', existsSync(chromiumPath), chromiumPath)) return;
  mkdirSync(outDir, { recursive: true });
  await servedPart(chromiumPath);
  await singleFilePart(chromiumPath);
}

const hard = setTimeout(() => { check('finished within 300 s', false); finish(); }, 300000);
function finish() {
  clearTimeout(hard);
  console.log(`screenshots: ${outDir}`);
  try { writeFileSync(join(outDir, 'explorer-result.txt'), results.join('\n') + '\n'); } catch { /* out dir missing */ }
  console.log(`explorer: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
main().catch((e) => check('test ran', false, e.stack || String(e))).finally(finish);
