/**
 * What offline sentence vectors cost (packages/api/src/analysis/meaning): deriving the compact embeddings from the
 * 300 MB package JSON (what the first process on a fresh install pays), the cache file's size, loading it in a fresh
 * process (time, rss and heap before/after), and embedding throughput, as a set (SIF with its common component) and
 * one query at a time. Derives into a temporary file, so the real cache is left alone.
 * Usage: node --import tsx bench/embeddings-cost.ts [--sentences 20000] [--out /tmp/embeddings-results.md]
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCompactEmbeddings } from '../packages/api/src/analysis/meaning/embeddings-cache.ts';
import { createSentenceEmbedder } from '../packages/api/src/analysis/meaning/sentence-vectors.ts';
import { createWordVectors } from '../packages/api/src/analysis/meaning/word-vectors.ts';

const { values } = parseArgs({
  options: {
    sentences: { type: 'string', default: '20000' },
    out: { type: 'string', default: '/tmp/embeddings-results.md' },
    'load-only': { type: 'string' },
  },
});
const MiB = 2 ** 20;
const ANSWERS = [
  'The agent never understood my issue, so I had to explain it again to someone else.',
  'I was double charged for the same month and it took a week to get the money back.',
  'Honestly the price is too high for a small team like ours.',
  'I waited three days before anyone replied to my ticket.',
  'The app keeps crashing when I export a report to a spreadsheet.',
  'Onboarding was confusing and nobody explained how the dashboard works.',
  'We use it every morning to plan the week with the whole team.',
  'The new search is really useful, I find things much faster now.',
  'I could not log in after resetting my password.',
  'Fine I guess.',
];

if (values['load-only']) {
  // Child: a fresh process, so the figures are what a server pays at start-up with the cache present.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  const { embeddings, derivedMs } = await loadCompactEmbeddings({ cacheFile: values['load-only'] });
  const embedder = createSentenceEmbedder(createWordVectors(embeddings));
  const loadMs = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  const texts = Array.from({ length: Number(values.sentences) }, (_, i) => ANSWERS[i % ANSWERS.length]!);
  embedder.embedSentences(texts.slice(0, 500)); // warm-up
  let t = performance.now();
  embedder.embedSet(texts);
  const setPerSecond = texts.length / ((performance.now() - t) / 1000);
  t = performance.now();
  for (const text of texts) embedder.embedSentence(text);
  const onePerSecond = texts.length / ((performance.now() - t) / 1000);
  console.log(JSON.stringify({ derivedMs, loadMs, before, after, rows: embeddings.words.length, setPerSecond, onePerSecond }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'parley-embeddings-bench-'));
  const cacheFile = join(dir, 'compact.bin');
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const rssBefore = process.memoryUsage().rss;
  const derived = await loadCompactEmbeddings({ cacheFile });
  clearInterval(sampler);
  const fileBytes = statSync(cacheFile).size;
  const child = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load-only', cacheFile, '--sentences', values.sentences], { encoding: 'utf8' }),
  ) as { derivedMs: number | null; loadMs: number; before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage; rows: number; setPerSecond: number; onePerSecond: number };
  rmSync(dir, { recursive: true, force: true });
  if (child.derivedMs !== null) throw new Error('the child derived again instead of reading the cache');

  const rows = [
    ['derive (stream the package JSON, quantise, write cache)', `${(derived.derivedMs! / 1000).toFixed(2)} s`],
    ['rss during derive: before → peak', `${(rssBefore / MiB).toFixed(0)} → ${(peakRss / MiB).toFixed(0)} MiB`],
    ['cache file', `${(fileBytes / MiB).toFixed(2)} MiB (${fileBytes.toLocaleString('en')} bytes), ${child.rows.toLocaleString('en')} words`],
    ['load from cache (fresh process: read, decode, index, weights)', `${child.loadMs.toFixed(1)} ms`],
    ['rss before → after load', `${(child.before.rss / MiB).toFixed(1)} → ${(child.after.rss / MiB).toFixed(1)} MiB (+${((child.after.rss - child.before.rss) / MiB).toFixed(1)})`],
    ['heapUsed before → after load', `${(child.before.heapUsed / MiB).toFixed(1)} → ${(child.after.heapUsed / MiB).toFixed(1)} MiB (+${((child.after.heapUsed - child.before.heapUsed) / MiB).toFixed(1)})`],
    ['arrayBuffers after load', `${(child.after.arrayBuffers / MiB).toFixed(1)} MiB`],
    [`embedSet (${values.sentences} sentences, with common component)`, `${Math.round(child.setPerSecond).toLocaleString('en')} sentences/s`],
    ['embedSentence (one query at a time)', `${Math.round(child.onePerSecond).toLocaleString('en')} sentences/s`],
  ];
  const table = ['| what | measured |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  console.log(table);
  const section = `\n## Offline sentence vectors (\`bench/embeddings-cost.ts\`)\n\nwink-embeddings-sg-100d 1.1.0 (GloVe 6B, 100d) → compact int8 cache; Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\nReproduce: \`node --import tsx bench/embeddings-cost.ts\`.\n\n${table}\n`;
  appendFileSync(values.out!, section);
  console.log(`appended to ${values.out}`);
}
