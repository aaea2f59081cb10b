// Why the page's start-up wall time exceeds its CPU time (issue 6): bench_page.mjs plus a
// poller of /proc/PID/task/TID/schedstat (Linux) for every Chromium process of the load, every
// 2 ms, from navigation to whenReady. Diagnostic only, not a test; Linux, python3.
//   node tools/diag_page.mjs DIST_DIR [LOADS=5]
// Prints bench_page.mjs's JSON line; AE_DIAG_OUT=FILE writes, per load and start-up step, the
// page thread's run time, its run-queue wait (runnable, no CPU free) and the main-thread run
// time of the other processes, and per process and thread the CPU used between navigation and
// ready (renderer ThreadPool threads: V8's background wasm TurboFan tier-up). Stderr gets the
// page's Resource Timing (start, responseEnd) per file. AE_CHROMIUM_ARGS adds Chromium flags
// (e.g. --js-flags=--liftoff-only); AE_BENCH_SETTLE_MS waits that long after the browser starts
// before navigating (Chrome warms its own UI, the omnibox WebUI renderer, at start).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serve } from '../tests/e2e/serve.mjs';
import { cpuAtMarks, openTracedPage, pageSummary, readTrace, traceDir } from './page_trace.mjs';

const kPoller = String.raw`# Polls schedstat of chromium processes (main threads) whose cmdline contains PROFILE.
# stdout lines: mono_ns pid run_ns wait_ns  ; on SIGTERM prints per-thread totals.
import os, sys, time, signal
prof = sys.argv[1]; period = float(sys.argv[2]) if len(sys.argv) > 2 else 0.002
pids = {}; last_scan = 0
out = open(sys.argv[3], 'w')
stop = False
def term(*a):
    global stop; stop = True
signal.signal(signal.SIGTERM, term)
dump_req = [0]
def usr(*a): dump_req[0] = 1
signal.signal(signal.SIGUSR1, usr)
def dump(tag):
    for p, t in pids.items():
        try:
            for tid in os.listdir(f'/proc/{p}/task'):
                try:
                    comm = open(f'/proc/{p}/task/{tid}/comm').read().strip().replace(' ', '_')
                    r, w, n = open(f'/proc/{p}/task/{tid}/schedstat').read().split()
                    out.write(f'{tag} {p} {t} {tid} {comm} {r} {w}\n')
                except Exception: pass
        except Exception: pass
def scan():
    for p in os.listdir('/proc'):
        if not p.isdigit() or int(p) in pids: continue
        try:
            cl = open(f'/proc/{p}/cmdline','rb').read().replace(b' ', b'\0').split(b'\0')
        except Exception: continue
        s = b' '.join(cl)
        if prof.encode() in s and int(p) != os.getpid():
            t = 'browser'
            for a in cl:
                if a.startswith(b'--type='): t = a[7:].decode()
            for a in cl:
                if a.startswith(b'--utility-sub-type='): t += ':' + a.split(b'=')[1].decode().split('.')[-1]
            pids[int(p)] = t
            out.write(f'P {p} {t}\n')
sys.stdout.write('ready\n'); sys.stdout.flush()
while not stop:
    now = time.monotonic_ns()
    if now - last_scan > 20e6: scan(); last_scan = now
    for p in list(pids):
        try:
            r, w, n = open(f'/proc/{p}/task/{p}/schedstat').read().split()
            out.write(f'S {now} {p} {r} {w}\n')
        except Exception: pass
    if dump_req[0]: scan(); dump('A'); dump_req[0] = 0
    time.sleep(period)
dump('T')
out.close()
`;

const [distArg = 'dist', loadsArg = '5'] = process.argv.slice(2);
const dist = resolve(distArg);
const loads = Math.max(1, Number(loadsArg));
const chromiumPath = process.env.AE_CHROMIUM || '/usr/bin/chromium';


const diagOut = [];
function diag(events, poll, i) {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message || '').startsWith('ae:'));
  if (!stamps.length) return;
  const { pid, tid } = stamps[0];
  const navs = events.filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts <= stamps[0].ts && e.args?.data?.documentLoaderURL);
  const nav = navs.sort((a, b) => a.ts - b.ts).pop();
  const lines = poll.split('\n');
  const types = {};
  const series = [];
  const allSeries = {};
  const A = {}, T = {};
  for (const l of lines) {
    const f = l.split(' ');
    if (f[0] === 'P') types[f[1]] = f[2];
    if (f[0] === 'S') (allSeries[f[2]] = allSeries[f[2]] || []).push([Number(f[1]) / 1000, Number(f[3]) / 1e6, Number(f[4]) / 1e6]);
    if (f[0] === 'S' && Number(f[2]) === pid) series.push([Number(f[1]) / 1000, Number(f[3]) / 1e6, Number(f[4]) / 1e6]);
    if (f[0] === 'A' || f[0] === 'T') (f[0] === 'A' ? A : T)[f[1] + '/' + f[3]] = { type: f[2], comm: f[4], run: Number(f[5]) / 1e6, wait: Number(f[6]) / 1e6 };
  }
  const at = (ts) => { let b = null; for (const s of series) { if (s[0] <= ts) b = s; else break; } return b; };
  const pts = [['nav', nav ? nav.ts : series[0][0]], ...stamps.filter((e) => e.pid === pid).map((e) => [e.args.data.message.slice(3), e.ts])];
  const rows = [];
  for (let k = 1; k < pts.length; k++) {
    const a = at(pts[k - 1][1]), b = at(pts[k][1]);
    if (!a || !b) continue;
    const other = {};
    for (const [p, ser] of Object.entries(allSeries)) {
      if (Number(p) === pid) continue;
      const f = (ts) => { let q = null; for (const x of ser) { if (x[0] <= ts) q = x; else break; } return q; };
      const qa = f(pts[k - 1][1]), qb = f(pts[k][1]);
      if (qa && qb) { const t = types[p]; other[t] = (other[t] || 0) + Math.round(qb[1] - qa[1]); }
    }
    rows.push({ other, step: pts[k][0], wall: Math.round((pts[k][1] - pts[k - 1][1]) / 1000), sWall: Math.round((b[0] - a[0]) / 1000), run: Math.round(b[1] - a[1]), runq: Math.round(b[2] - a[2]) });
  }
  // per-process and per-thread CPU from goto (A) to ready (T)
  const procs = {}, threads = {};
  for (const [k, v] of Object.entries(T)) {
    const a = A[k] || { run: 0, wait: 0 };
    const p = k.split('/')[0];
    const key = `${v.type}`;
    procs[key] = procs[key] || { run: 0, wait: 0 };
    procs[key].run += v.run - a.run; procs[key].wait += v.wait - a.wait;
    if (Number(p) === pid || v.run - a.run > 5) {
      const tk = `${v.type}${Number(p) === pid ? '*' : ''}:${v.comm}`;
      threads[tk] = threads[tk] || { run: 0, wait: 0 };
      threads[tk].run += v.run - a.run; threads[tk].wait += v.wait - a.wait;
    }
  }
  for (const o of [procs, threads]) for (const v of Object.values(o)) { v.run = Math.round(v.run); v.wait = Math.round(v.wait); }
  diagOut.push({ load: i, tsFirst: series.length ? series[0][0] : 0, navTs: nav?.ts, rows, procs, threads });
}
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
      if (process.env.AE_BENCH_SETTLE_MS) await new Promise((r) => setTimeout(r, Number(process.env.AE_BENCH_SETTLE_MS)));
      const pollOut = join(profile, 'poll.txt');
      writeFileSync(join(profile, 'poll.py'), kPoller);
      const poller = spawn('python3', [join(profile, 'poll.py'), profile, '0.002', pollOut], { stdio: ['ignore', 'pipe', 'inherit'] });
      const pollDone = new Promise((r) => poller.on('exit', r));
      await new Promise((r) => poller.stdout.once('data', r));
      poller.kill('SIGUSR1');
      await new Promise((r) => setTimeout(r, 30));
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__aeReadyAt !== undefined, null, { timeout: 120000, polling: 50 });
      times.push(await page.evaluate(() => window.__aeReadyAt));
      globalThis.__res = globalThis.__res || [];
      globalThis.__res.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), [Math.round(e.startTime), Math.round(e.responseEnd)]]))));
      poller.kill('SIGTERM');
      await pollDone;
      globalThis.__poll = readFileSync(pollOut, 'utf8');
      // The page's own start-up marks (ae_web_mark in main_web.cpp): [name, ms since navigation].
      marks.push(await page.evaluate(() => (window.ArticleExplorer.startup || []).map(([n, t]) => [n, t])));
      if (cdp) {
        const events = await readTrace(cdp);
        if (traceDir) writeFileSync(join(traceDir, `trace-${i}.json`), JSON.stringify(events));
        const c = cpuAtMarks(events);
        diag(events, globalThis.__poll, i);
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
for (const r of globalThis.__res || []) console.error(JSON.stringify(r));
if (process.env.AE_DIAG_OUT) writeFileSync(process.env.AE_DIAG_OUT, JSON.stringify(diagOut, null, 1));
console.log(JSON.stringify(pageSummary(loads, times, marks, cpuMarks, files)));
