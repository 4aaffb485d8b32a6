/**
 * The researchers' console at study scale: what its first screen weighs, and how fast a study of 1,000 interviews
 * becomes usable in headless Chromium.
 *  1. Size: `packages/console/dist/console.js` + `console.css`, raw and gzip -9, against the 60 KB first-screen budget
 *     (the bundles are rebuilt first, so the figures are of the current source).
 *  2. Seeds a live study over HTTP on the real Node API (a child process on the embedded store, offline interviewer):
 *     1,000 sessions with plan/channel attributes and two answers each, then waits until analysis has caught up.
 *  3. Time to interactive, each run in a fresh incognito browser context (cold cache):
 *     - study page (`#/studies/<id>`, the Insights tab): the `parley:study-ready` performance mark, which the app sets
 *       when the page first shows the study and its insights (ms from navigation start);
 *     - Interviews tab opened directly (`#/studies/<id>/sessions`): until the first table row is in the DOM;
 *     - main-thread long tasks (> 50 ms) up to the study page's mark, and when each request of that load finished.
 * Usage: node --import tsx bench/console-tti.ts [--sessions 1000] [--runs 7]   (CHROME_PATH overrides /usr/bin/chromium)
 * Results: bench/RESULTS.md, section "Console".
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startApi } from './start-api.ts';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '1000' }, runs: { type: 'string', default: '7' } } });
const SESSIONS = Number(values.sessions);
const RUNS = Number(values.runs);
const WORKERS = 16;
const BUDGET = 60 * 1024;
const TTI_TARGET_MS = 1000;
const SK = 'sk_bench_console_secret_00000001';
const PK = 'pk_bench_console_publishable_001';
const root = fileURLToPath(new URL('..', import.meta.url));
const answers = [
  'I was charged twice for the same month and it took three emails to get a refund.',
  'Support replied within minutes on chat, which was great, but nobody could explain the invoice.',
  'The billing page is confusing: I could not find where to change the card on file.',
  'Onboarding was smooth, the checklist walked me through setting up my first project.',
  'I asked for a refund after cancelling and waited two weeks with no answer at all.',
  'The price went up at renewal and nobody told us beforehand, that felt sneaky.',
  'Honestly support was slow, I waited four days for a reply to a simple billing question.',
  'Setting up the team took longer than expected because the onboarding emails stopped halfway.',
  'The agent was friendly and fixed the double charge on the spot, I was happy with that.',
  'We moved from the free plan to pro and the prorated charge made no sense to our finance team.',
  'I got passed between three different people before someone could look at my invoice.',
  'Getting started was easy, but the first bill was higher than the pricing page suggested.',
];

const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const worst = (xs: number[]) => Math.max(...xs);

// Fresh bundles: the size figures and the served console must be of the current source.
let t0 = performance.now();
try {
  execSync('npm run build --workspace @parley/widget --workspace @parley/console', { cwd: root, stdio: 'pipe' });
} catch (err) {
  const e = err as { stdout?: Buffer; stderr?: Buffer };
  console.error(`${e.stdout ?? ''}${e.stderr ?? ''}`);
  throw err;
}
console.log(`built widget and console in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 1. Size of the first screen: the console is one script and one stylesheet (the HTML shell is ~0.5 KB more).
const sizes = ['console.js', 'console.css'].map((name) => {
  const body = readFileSync(join(root, 'packages/console/dist', name));
  return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
const sizeTotal = { raw: sizes.reduce((s, f) => s + f.raw, 0), gzip: sizes.reduce((s, f) => s + f.gzip, 0) };

const dir = await mkdtemp(join(tmpdir(), 'parley-console-bench-'));
let browser: Browser | null = null;
let base = '';
let stopApi = async () => {};
try {
  ({ base, stop: stopApi } = await startApi({ PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: SK, PARLEY_PUBLISHABLE_KEY: PK, PARLEY_INTERVIEWER: 'offline' }));

  async function call(method: 'GET' | 'POST', path: string, body?: unknown) {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${SK}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path} ${res.status} ${await res.text()}`);
    return (await res.json()) as any;
  }

  // 2. Seed: one live study, SESSIONS sessions with two answers each, WORKERS requests in flight.
  const study = await call('POST', '/v1/studies', { researchQuestion: 'Why do customers who contact support about billing leave unhappy?', title: 'Billing support', status: 'live' });
  t0 = performance.now();
  let next = 0;
  async function seeder() {
    for (let i = next++; i < SESSIONS; i = next++) {
      const attributes = { plan: ['free', 'pro', 'team'][i % 3], channel: ['email', 'chat'][i % 2] };
      const session = await call('POST', '/v1/sessions', { studyId: study.id, participant: { id: `u_${i}`, attributes } });
      for (const [n, text] of [answers[i % answers.length]!, answers[(i * 7 + 5) % answers.length]!].entries()) {
        await call('POST', `/v1/sessions/${session.id}/turns`, { id: `a${n}`, text });
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, seeder));
  const seedSeconds = (performance.now() - t0) / 1000;
  console.log(`seeded ${SESSIONS} sessions (${SESSIONS * 3} requests, ${WORKERS} in flight) in ${seedSeconds.toFixed(1)} s`);

  // Analysis runs in the background after each commit: wait until every session is in the insights.
  t0 = performance.now();
  let insights = await call('GET', `/v1/studies/${study.id}/insights`);
  while (insights.sessionsAnalyzed < SESSIONS) {
    if (performance.now() - t0 > 120_000) throw new Error(`analysis stuck at ${insights.sessionsAnalyzed}/${SESSIONS} sessions`);
    await new Promise((r) => setTimeout(r, 250));
    insights = await call('GET', `/v1/studies/${study.id}/insights`);
  }
  const insightsBytes = JSON.stringify(insights).length;
  console.log(`insights caught up ${((performance.now() - t0) / 1000).toFixed(1)} s after seeding (${insights.sessionsAnalyzed} sessions, ${insights.turnsAnalyzed} answers, ${kb(insightsBytes)} JSON)`);

  // 3. Time to interactive in headless Chromium, every run in its own incognito context so nothing is cached.
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

  /** A fresh cold tab, signed in (the console keeps the key in sessionStorage), counting long tasks from the start. */
  async function coldPage() {
    const context = await browser!.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument((key: string) => {
      sessionStorage.setItem('parley.console.secretKey', key);
      const w = window as unknown as { longTaskMs: number; longTasks: number };
      w.longTaskMs = 0;
      w.longTasks = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (w.longTaskMs += e.duration), w.longTasks++;
      }).observe({ type: 'longtask', buffered: true });
    }, SK);
    return { page, close: () => context.close() };
  }

  type Run = { tti: number; longTaskMs: number; longTasks: number; timeline: { name: string; start: number; end: number; bytes: number }[] };
  const studyRuns: Run[] = [];
  const sessionsRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    {
      const { page, close } = await coldPage();
      await page.goto(`${base}/console/#/studies/${study.id}`);
      await page.waitForFunction(() => performance.getEntriesByName('parley:study-ready').length > 0, { timeout: 30_000 });
      studyRuns.push(
        await page.evaluate(() => {
          const w = window as unknown as { longTaskMs: number; longTasks: number };
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
            name: e.name.replace(location.origin, ''),
            start: e.startTime,
            end: e.responseEnd,
            bytes: e.encodedBodySize,
          }));
          return {
            tti: performance.getEntriesByName('parley:study-ready')[0]!.startTime,
            longTaskMs: w.longTaskMs,
            longTasks: w.longTasks,
            timeline: [{ name: '/console/ (HTML)', start: nav.startTime, end: nav.responseEnd, bytes: nav.encodedBodySize }, ...requests, { name: 'DOMContentLoaded', start: nav.domContentLoadedEventStart, end: nav.domContentLoadedEventEnd, bytes: 0 }],
          };
        }),
      );
      await close();
    }
    {
      const { page, close } = await coldPage();
      await page.goto(`${base}/console/#/studies/${study.id}/sessions`);
      // The predicate returns the page's clock when the first row is there (ms from navigation start), checked on
      // every DOM mutation, so no round trip to the page is counted.
      const shown = await page.waitForFunction(() => document.querySelectorAll('tbody tr').length > 0 && performance.now(), { polling: 'mutation', timeout: 30_000 });
      sessionsRuns.push((await shown.jsonValue()) as number);
      await close();
    }
    console.log(`run ${run + 1}/${RUNS}: study page ready ${ms(studyRuns.at(-1)!.tti)}, interviews tab rows ${ms(sessionsRuns.at(-1)!)}`);
  }

  // 4. Figures.
  const tti = studyRuns.map((r) => r.tti);
  // Where the time goes: when each request of the median and of the worst study-page load started and finished.
  for (const [label, value] of [['median', median(tti)], ['worst', worst(tti)]] as const) {
    const r = studyRuns.find((x) => x.tti === value)!;
    console.log(`\n${label} study-page load (run ${studyRuns.indexOf(r) + 1}), ms from navigation start:`);
    for (const e of r.timeline) console.log(`  ${e.name.replace(study.id, '<id>').padEnd(52)} ${ms(e.start).padStart(7)} → ${ms(e.end).padStart(7)}${e.bytes ? `  ${kb(e.bytes)}` : ''}`);
    console.log(`  ${'parley:study-ready mark'.padEnd(52)} ${ms(r.tti).padStart(7)}`);
  }

  console.log(`\n| measure | result | target |`);
  console.log(`|---|---|---|`);
  for (const f of sizes) console.log(`| \`${f.name}\` | ${f.raw.toLocaleString('en-US')} B raw, ${f.gzip.toLocaleString('en-US')} B gzip -9 | |`);
  console.log(`| first screen (script + stylesheet), gzip -9 | **${sizeTotal.gzip.toLocaleString('en-US')} B** (${kb(sizeTotal.gzip)}) | ≤ ${BUDGET.toLocaleString('en-US')} B (60 KB) ${sizeTotal.gzip <= BUDGET ? 'met' : 'MISSED'} |`);
  console.log(`| seeding ${SESSIONS} sessions × 2 answers over HTTP (${WORKERS} in flight) | ${seedSeconds.toFixed(1)} s | |`);
  console.log(`| study page TTI (\`parley:study-ready\`), median / worst of ${RUNS} cold loads | **${ms(median(tti))}** / ${ms(worst(tti))} | ≤ ${TTI_TARGET_MS} ms ${worst(tti) <= TTI_TARGET_MS ? 'met' : median(tti) <= TTI_TARGET_MS ? 'met at median' : 'MISSED'} |`);
  console.log(`| Interviews tab opened directly, first row shown, median / worst | ${ms(median(sessionsRuns))} / ${ms(worst(sessionsRuns))} | |`);
  const lt = studyRuns.map((r) => r.longTaskMs);
  const withLong = studyRuns.filter((r) => r.longTasks > 0).length;
  console.log(`| long tasks (> 50 ms) before study-ready, total per load, median / worst | ${ms(median(lt))} / ${ms(worst(lt))} (${withLong} of ${RUNS} loads had any) | |`);
} finally {
  await browser?.close();
  await stopApi();
  await rm(dir, { recursive: true, force: true });
}
