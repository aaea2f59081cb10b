// page_trace.mjs — what tools/bench_page.mjs and tools/diag_page.mjs share: the hook that stamps
// the page's start-up marks into a Chrome trace, the trace's categories, and the page thread's
// CPU time at each mark read back from the trace. Not a test.

import { chromium } from 'playwright-core';

// Runs before any page script: hooks whenReady as soon as index.html creates it, and gives
// ArticleExplorer a start-up list whose push (ae_web_mark) also stamps the trace.
export const kHook = `(() => {
  let api;
  Object.defineProperty(window, 'ArticleExplorer', { configurable: true, enumerable: true,
    get() { return api; },
    set(v) {
      api = v;
      if (v && !v.startup) {
        const list = [];
        list.push = function (...items) {
          for (const it of items) console.timeStamp('ae:' + it[0]);
          return Array.prototype.push.apply(this, items);
        };
        v.startup = list;
      }
    } });
  const poll = () => {
    const api = window.ArticleExplorer;
    if (api && api.whenReady) { api.whenReady.then(() => { window.__aeReadyAt = performance.now(); }); return; }
    setTimeout(poll, 0);
  };
  poll();
})();`;

export const traced = process.env.AE_BENCH_TRACE !== '0';
// AE_BENCH_TRACE_CATEGORIES adds categories (comma-separated); AE_BENCH_TRACE_DIR keeps each
// load's trace there (trace-N.json, for chrome://tracing or Perfetto).
export const kCategories = ['toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata',
  ...(process.env.AE_BENCH_TRACE_CATEGORIES ? process.env.AE_BENCH_TRACE_CATEGORIES.split(',') : [])];
export const traceDir = process.env.AE_BENCH_TRACE_DIR || '';

// Page-thread CPU ms at each 'ae:' stamp (and navigation start -> first stamp) from a trace.
// The thread's CPU clock is known at the start and end of every complete event on it (tts,
// tts + tdur); between two such points it is interpolated linearly.
export function cpuAtMarks(events) {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message || '').startsWith('ae:'));
  if (!stamps.length) return null;
  const { pid, tid } = stamps[0];
  const points = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.tts === undefined) continue;
    points.push([e.ts, e.tts]);
    if (e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined) points.push([e.ts + e.dur, e.tts + e.tdur]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const at = (ts) => {
    let lo = 0, hi = points.length - 1;
    if (ts <= points[0][0]) return points[0][1];
    if (ts >= points[hi][0]) return points[hi][1];
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (points[mid][0] <= ts) lo = mid; else hi = mid; }
    const [t0, c0] = points[lo], [t1, c1] = points[hi];
    return t1 === t0 ? c0 : c0 + ((c1 - c0) * (ts - t0)) / (t1 - t0);
  };
  // 'main' is measured from the page's navigation start (the last one with a URL before the
  // first stamp: about:blank has none), else from the thread's first event.
  const navs = events.filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts <= stamps[0].ts &&
    e.args?.data?.documentLoaderURL);
  const nav = navs.sort((a, b) => a.ts - b.ts).pop();
  const out = [];
  let prev = nav ? at(nav.ts) : points[0][1];
  for (const s of stamps.filter((e) => e.pid === pid && e.tid === tid)) {
    const c = at(s.ts);
    out.push([s.args.data.message.slice(3), (c - prev) / 1000]);
    prev = c;
  }
  return out;
}

export async function readTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data;
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

// A fresh headless Chromium on `profile` (a new, empty folder: a cold cache), its page with the
// start-up hook installed and, unless AE_BENCH_TRACE=0, a trace running (cdp: the session to
// readTrace() from; null without a trace). AE_CHROMIUM_ARGS adds Chromium flags.
export async function openTracedPage(chromiumPath, profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions',
      ...(process.env.AE_CHROMIUM_ARGS ? process.env.AE_CHROMIUM_ARGS.split(' ') : [])],
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.addInitScript(kHook);
    let cdp = null;
    if (traced) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream',
        traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: kCategories } });
    }
    return { context, page, cdp };
  } catch (e) {
    await context.close();
    throw e;
  }
}

// The JSON line both tools print: ready times and their median, the median wall (and page-thread
// CPU) ms of each start-up step ("main" from navigation start, every later mark from the mark
// before it), and the files loaded with their raw and gzip -9 sizes.
export function pageSummary(loads, times, marks, cpuMarks, files) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = (v) => { const w = [...v].sort((a, b) => a - b); return w[Math.floor(w.length / 2)]; };
  const steps = [];
  for (const [k, [name]] of (marks[0] || []).entries()) {
    const v = marks.filter((m) => m[k] && m[k][0] === name).map((m) => (k === 0 ? m[k][1] : m[k][1] - m[k - 1][1]));
    if (v.length !== marks.length) continue;
    const step = { step: name, ms: Math.round(median(v)) };
    const c = cpuMarks.map((m) => m[k] && m[k][0] === name ? m[k][1] : undefined).filter((x) => x !== undefined);
    if (c.length) step.cpu_ms = Math.round(median(c));
    steps.push(step);
  }
  const cpuTotals = cpuMarks.map((m) => Math.round(m.reduce((n, [, ms]) => n + ms, 0)));
  const list = [...files].map(([url, f]) => ({ file: new URL(url).pathname, ...f }));
  return {
    platform: 'chromium', mode: 'page', loads, ready_ms: times, ready_ms_median: sorted[Math.floor(sorted.length / 2)], steps,
    ...(cpuTotals.length ? { page_cpu_ms: cpuTotals, page_cpu_ms_median: median(cpuTotals) } : {}),
    files: list, bytes: list.reduce((n, f) => n + f.bytes, 0), gzip_bytes: list.reduce((n, f) => n + f.gzip, 0),
  };
}
