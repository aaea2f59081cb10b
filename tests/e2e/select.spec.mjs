// select.spec.mjs — end-to-end test of selection, click-through and filters (issue 5) in
// headless Chromium (playwright-core, Debian's /usr/bin/chromium), with real mouse and
// keyboard input on the canvas.
//
//   node tests/e2e/select.spec.mjs
//
// The page (dist/ served on 127.0.0.1, sample article, 1280x800 at DPR 1 so positions are
// CSS pixels) is driven by clicks at the places the panels put things at that size, and the
// outcome is read back through window.ArticleExplorer.view() (what the reader has chosen)
// and current() (the analysis):
//   - a click on an entity row selects that entity; a click on a mention in the article
//     reading view selects the mention's entity;
//   - a click on a quote row selects that quote (the article jumps to it);
//   - the network's type checkbox hides and shows a type; the search box finds a name and
//     Enter selects the best match;
//   - typing into the quotes filter and the entities filter filters them;
//   - no page error.
// Screenshots go to tests/e2e/out/select-*.png. Prints PASS/FAIL per check and
// "select: N passed, M failed"; exits 1 when any check failed.
//
// Environment: AE_DIST (default dist), AE_CHROMIUM (default /usr/bin/chromium),
// AE_E2E_OUT (default tests/e2e/out).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.AE_DIST || 'dist');
const chromiumPath = process.env.AE_CHROMIUM || '/usr/bin/chromium';
const outDir = resolve(root, process.env.AE_E2E_OUT || 'tests/e2e/out');
const kArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions'];

// Where the panels put things at 1280x800 (CSS pixels, the UI font at 15 px).
const kPos = {
  firstEntityRow: [930, 571],    // entities table, sorted by mentions: the most mentioned entity
  secondEntityRow: [930, 592],   // ... and the next one
  firstMention: [60, 73],        // article reading view: the first word of the headline
  firstQuoteRow: [620, 535],     // quotes table, article order: the first quote
  personCheckbox: [462, 74],     // network toolbar
  searchBox: [980, 74],          // network toolbar
  quoteFilter: [790, 478],       // quotes panel
  entityFilter: [1070, 480],     // entities panel
  empty: [1200, 790],            // the window's bottom edge: nothing there
};

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} select: ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A click as a reader makes it: the pointer arrives, rests, presses, releases (ImGui sees the
// hover in one frame and the press in a later one).
async function clickAt(page, [x, y]) {
  await page.mouse.move(x, y, { steps: 3 });
  await sleep(150);
  await page.mouse.down();
  await sleep(80);
  await page.mouse.up();
}

// Polls view() until pred holds (frames are drawn after input, a few ms each).
async function waitView(page, pred, ms = 5000) {
  const t0 = Date.now();
  let v = null;
  while (Date.now() - t0 < ms) {
    v = await page.evaluate(() => window.ArticleExplorer.view());
    if (pred(v)) return v;
    await sleep(100);
  }
  return v;
}

async function main() {
  if (!check('dist/index.html exists', existsSync(join(dist, 'index.html')), dist)) return;
  if (!check('chromium exists', existsSync(chromiumPath), chromiumPath)) return;
  mkdirSync(outDir, { recursive: true });
  const server = await serve(dist);
  const profile = mkdtempSync(join(tmpdir(), 'ae-select-profile-'));
  const errors = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, args: kArgs,
      viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block',
    });
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + 'index.html');
    await page.waitForFunction(() => window.ArticleExplorer && window.ArticleExplorer.ready, null, { timeout: 60000 });
    await sleep(1500);  // the layout settles; hover states clear
    const a = await page.evaluate(() => JSON.parse(window.ArticleExplorer.current()));
    check('the sample is analysed', a.entities.length > 3 && a.quotes.length > 3, `${a.entities.length} entities`);
    const v0 = await page.evaluate(() => window.ArticleExplorer.view());
    check('nothing is selected at first', v0.selected === null && v0.selected_quote === null);
    const byMentions = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length ||
      a.entities.indexOf(x) - a.entities.indexOf(y));
    const top = byMentions[0];

    // Entities table: a click on the first row selects the most mentioned entity.
    await clickAt(page, kPos.firstEntityRow);
    let v = await waitView(page, (x) => x.selected !== null);
    check('a click on an entity row selects it', v.selected?.name === top.name, `${v.selected?.name} vs ${top.name}`);
    await page.screenshot({ path: join(outDir, 'select-entity-row.png') });

    // Article: a click on the headline's first mention selects its entity.
    const first = a.entities.flatMap((e) => e.mentions.map((m) => ({ e, m }))).sort((x, y) => x.m.start - y.m.start)[0];
    // First another entity (the second row), so the click on the mention has to change it.
    await clickAt(page, kPos.secondEntityRow);
    v = await waitView(page, (x) => x.selected?.id === byMentions[1].id);
    check('a click on the second row selects the next entity', v.selected?.id === byMentions[1].id && byMentions[1].id !== first.e.id,
      `${v.selected?.name} vs ${byMentions[1].name}`);
    await clickAt(page, kPos.firstMention);
    v = await waitView(page, (x) => x.selected?.id === first.e.id);
    check('a click on a mention in the article selects its entity', v.selected?.id === first.e.id,
      `${v.selected?.name} vs ${first.e.name} ("${first.m.text}")`);
    await page.keyboard.press('Escape');
    await sleep(200);

    // Quotes table: a click on the first row selects the first quote.
    await clickAt(page, kPos.firstQuoteRow);
    v = await waitView(page, (x) => x.selected_quote !== null);
    check('a click on a quote row selects that quote', v.selected_quote === a.quotes[0].id, `${v.selected_quote} vs ${a.quotes[0].id}`);
    await page.screenshot({ path: join(outDir, 'select-quote-row.png') });

    // Network filters: the PERSON checkbox hides people, a second click shows them again.
    await clickAt(page, kPos.personCheckbox);
    v = await waitView(page, (x) => x.hidden_types.length > 0);
    check('the PERSON checkbox hides people in the network', JSON.stringify(v.hidden_types) === '["PERSON"]', JSON.stringify(v.hidden_types));
    await page.screenshot({ path: join(outDir, 'select-people-hidden.png') });
    await clickAt(page, kPos.personCheckbox);
    v = await waitView(page, (x) => x.hidden_types.length === 0);
    check('a second click shows them again', v.hidden_types.length === 0, JSON.stringify(v.hidden_types));

    // Network search: type a surname, Enter selects the best match.
    const person = a.entities.find((e) => e.type === 'PERSON' && e.id !== top.id && e.name.includes(' '));
    const surname = person.name.split(' ').pop();
    await clickAt(page, kPos.searchBox);
    await sleep(200);
    await page.keyboard.type(surname, { delay: 30 });
    v = await waitView(page, (x) => x.search === surname && x.search_matches > 0);
    check('the network search box takes typed text and finds matches', v.search === surname && v.search_matches > 0,
      `search "${v.search}", ${v.search_matches} matches`);
    await page.keyboard.press('Enter');
    v = await waitView(page, (x) => x.selected?.name?.includes(surname));
    check('Enter in the search selects the match', v.selected?.name?.includes(surname), `${v.selected?.name} for "${surname}"`);
    await page.screenshot({ path: join(outDir, 'select-search.png') });
    await page.keyboard.press('Escape');

    // Quotes and entities filters take typed text.
    await clickAt(page, kPos.quoteFilter);
    await sleep(200);
    await page.keyboard.type('migra', { delay: 30 });
    v = await waitView(page, (x) => x.quote_filter === 'migra');
    check('the quotes filter takes typed text', v.quote_filter === 'migra', `"${v.quote_filter}"`);
    await clickAt(page, kPos.entityFilter);
    await sleep(200);
    await page.keyboard.type('mex', { delay: 30 });
    v = await waitView(page, (x) => x.entity_filter === 'mex');
    check('the entities filter takes typed text', v.entity_filter === 'mex', `"${v.entity_filter}"`);
    await page.screenshot({ path: join(outDir, 'select-filters.png') });

    check('the page threw nothing', errors.length === 0, errors.slice(0, 3).join(' | '));
  } catch (e) {
    check('the run finished', false, String(e).slice(0, 300));
  } finally {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
console.log(`select: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
