/**
 * Turn latency and throughput of one Node API process on the embedded store with the offline interviewer.
 * Starts the real server as a child process (so client and server do not share an event loop), drives N concurrent
 * sessions over HTTP with SSE turns for a fixed time, and prints time to first `delta` and turns per second.
 * `--think` is each session's pause between its turns (a participant reads and types; 0 = saturate the server).
 * Usage: npm run bench [-- --sessions 50 --seconds 15 --think 0]   Results: append the printed row to bench/RESULTS.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { timedTurn } from './timed-turn.ts';
import { startApi } from './start-api.ts';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '50' }, seconds: { type: 'string', default: '15' }, warmup: { type: 'string', default: '3' }, think: { type: 'string', default: '0' } } });
const SESSIONS = Number(values.sessions);
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const THINK_MS = Number(values.think);
const SK = 'sk_bench_secret_key_000000000001';
const PK = 'pk_bench_publishable_key_0000001';
const answers = [
  'I run a small agency and we use the product every morning to plan client work.',
  'It was fine I guess.',
  'The billing page was really confusing and I was charged twice last month.',
  'not sure',
  'We export reports to spreadsheets at the end of every month, it takes hours.',
  'Support answered quickly by chat but the fix took a week.',
];

const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
// BENCH_SERVER_NODE_ARGS passes extra flags to the server process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
const extraArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const { base, stop } = await startApi({ PARLEY_DATA_DIR: dir, PARLEY_SECRET_KEY: SK, PARLEY_PUBLISHABLE_KEY: PK }, extraArgs);

async function json(path: string, key: string, body: unknown) {
  const res = await fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

const study = await json('/v1/studies', SK, {
  researchQuestion: 'What frustrates customers after their support ticket is solved?',
  status: 'live',
});

const firstDelta: number[] = [];
const fullTurn: number[] = [];
let turns = 0;
let errors = 0;
let measuring = false;
const stopAt = Date.now() + (WARMUP + SECONDS) * 1000;
setTimeout(() => (measuring = true), WARMUP * 1000);

async function worker(n: number) {
  let session = await json('/v1/sessions', PK, { studyId: study.id, participant: { id: `bench_${n}` } });
  let i = 0;
  while (Date.now() < stopAt) {
    const { firstDeltaMs: tFirst, totalMs: tDone, text } = await timedTurn(base, session, { id: `w${n}_${i}`, text: answers[(n + i) % answers.length] });
    i++;
    if (!text.includes('event: done')) {
      errors++;
      continue;
    }
    if (measuring) {
      firstDelta.push(tFirst);
      fullTurn.push(tDone);
      turns++;
    }
    if (THINK_MS) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
    if (text.includes('"status":"completed"')) {
      session = await json('/v1/sessions', PK, { studyId: study.id, participant: { id: `bench_${n}_${i}` } });
    }
  }
}

await Promise.all(Array.from({ length: SESSIONS }, (_, n) => worker(n)));
await stop();
await rm(dir, { recursive: true, force: true });

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
};
console.log(`| sessions | think | seconds | turns | turns/s | first delta p50 | p99 | full turn p50 | p99 | errors |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${SESSIONS} | ${THINK_MS} ms | ${SECONDS} | ${turns} | ${(turns / SECONDS).toFixed(0)} | ${pct(firstDelta, 50)} ms | ${pct(firstDelta, 99)} ms | ${pct(fullTurn, 50)} ms | ${pct(fullTurn, 99)} ms | ${errors} |`,
);
