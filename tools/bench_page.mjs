// Page load to the first analysed frame in headless Chromium, and the gzipped size of
// everything the page loads. Driven by scripts/bench.sh (issue 6); not a test.
//   node tools/bench_page.mjs DIST_DIR [LOADS=5]
// Each load: a fresh Chromium with a fresh profile (cold cache) opens the page served on
// 127.0.0.1 (tests/e2e/serve.mjs); the time is performance.now() (from navigation start)
// when window.ArticleExplorer.whenReady resolves (resolved after the first analysed frame).
// Size: every response of the first load, each body gzip -9'd (zlib level 9), summed.
// Page-thread CPU (AE_BENCH_TRACE=0 turns it off): each load is traced (Chrome tracing, few
// categories) and the CPU time of the page's main thread (CrRendererMain) is read at each
// start-up mark (console.timeStamp from the hook below), so steps get CPU ms beside wall ms:
// on a shared, busy machine the CPU figure is the stable one.
// Prints one line of JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/e2e/serve.mjs';
import { cpuAtMarks, openTracedPage, pageSummary, readTrace, traceDir } from './page_trace.mjs';

const [distArg = 'dist', loadsArg = '5'] = process.argv.slice(2);
const dist = resolve(distArg);
const loads = Math.max(1, Number(loadsArg));
const chromiumPath = process.env.AE_CHROMIUM || '/usr/bin/chromium';


const server = await serve(dist);
const cpuMarks = [];  // per load: [[step, page-thread CPU ms], ...]
const times = [];
const marks = [];  // per load
const files = new Map();  // url -> {bytes, gzip}
try {
  for (let i = 0; i < loads; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'ae-bench-profile-'));
    const { context, page, cdp } = await openTracedPage(chromiumPath, profile);
    try {
      const bodies = [];
      if (i === 0) {
        page.on('response', (r) => bodies.push(r.body().then((b) => [r.url(), b]).catch(() => [r.url(), null])));
      }
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__aeReadyAt !== undefined, null, { timeout: 120000, polling: 50 });
      times.push(await page.evaluate(() => window.__aeReadyAt));
      // The page's own start-up marks (ae_web_mark in main_web.cpp): [name, ms since navigation].
      marks.push(await page.evaluate(() => (window.ArticleExplorer.startup || []).map(([n, t]) => [n, t])));
      if (cdp) {
        const events = await readTrace(cdp);
        if (traceDir) writeFileSync(join(traceDir, `trace-${i}.json`), JSON.stringify(events));
        const c = cpuAtMarks(events);
        if (c) cpuMarks.push(c);
      }
      for (const [url, body] of await Promise.all(bodies)) {
        if (!body) continue;
        files.set(url, { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(pageSummary(loads, times, marks, cpuMarks, files)));
