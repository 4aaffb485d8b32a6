// Widget costs a customer's page pays: gzipped bundle sizes, and the main-thread time of the loader on a page that
// ends up showing nothing. Usage: npm run build -w @parley/widget && node bench/widget-cost.mjs
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const dist = new URL('../packages/widget/dist/', import.meta.url);
const RUNS = 25;

for (const file of ['parley.js', 'parley-interview.js', 'parley-locale-fr.js', 'parley-locale-ar.js']) {
  const body = readFileSync(new URL(file, dist));
  console.log(`${file}: ${body.length} B, ${gzipSync(body, { level: 9 }).length} B gzip -9`);
}

// A host page, with or without the loader; /v1/eligibility answers "show nothing", as for most visitors.
const page = (withLoader) => `<!doctype html><html><head><title>host</title>${withLoader ? '<script src="/parley.js" data-api="ORIGIN" data-publishable-key="pk_bench" data-participant-id="u_1" defer></script>' : ''}</head><body><h1>Host app</h1>${'<p>content</p>'.repeat(200)}</body></html>`;
const server = createServer((req, res) => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  if (req.url === '/parley.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL('parley.js', dist)));
  if (req.url === '/v1/eligibility') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"show":null}');
  res.writeHead(200, { 'content-type': 'text/html' }).end(page(req.url === '/with').replace('ORIGIN', origin));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function scriptMs(path) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await tab.goto(base + path, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 300)); // the loader defers its work past `load`
  const { metrics } = await cdp.send('Performance.getMetrics');
  const requests = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.replace(location.origin, '')));
  await tab.close();
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000, requests };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const without = [];
const withLoader = [];
let requests = [];
for (let i = 0; i < RUNS; i++) {
  without.push(await scriptMs('/without'));
  const w = await scriptMs('/with');
  withLoader.push(w);
  requests = w.requests;
}
await browser.close();
server.close();
const d = (k) => median(withLoader.map((x) => x[k])) - median(without.map((x) => x[k]));
console.log(`loader main-thread cost, median of ${RUNS}: script +${d('script').toFixed(2)} ms, all tasks +${d('task').toFixed(2)} ms`);
console.log(`requests made by a page that shows nothing: ${requests.join(', ')}`);
