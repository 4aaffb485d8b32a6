/**
 * Turns/s and time to first `delta` of one Node API process on the Redis store (local Redis, TCP path through
 * @upstash/redis + node-redis) beside the same process on the embedded store, in one run and under the same load; then
 * Redis round trips per turn, counted at the requester (one call = one network round trip).
 * Same approach as bench/turn-latency.ts: the real server is a child process, N concurrent sessions post SSE turns
 * over HTTP for a fixed time after a warm-up.
 * Usage: node --import tsx bench/redis-turns.ts [--sessions 50 --seconds 15 --warmup 3 --think 0 --redis redis://127.0.0.1:6379]
 * Results: bench/RESULTS.md, "Redis store".
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { timedTurn } from './timed-turn.ts';
import { startApi } from './start-api.ts';
import { makeTestApp } from '../packages/api/test/harness.ts';
import { deleteKeysWithPrefix, openTestRedisStore } from '../packages/api/src/store/redis/redis-test-support.ts';
import { redisRateLimiter } from '../packages/api/src/ratelimit/redis-rate-limiter.ts';
import { defaultRateLimits } from '../packages/api/src/ratelimit/rate-limiter.ts';
import { redisKeys } from '../packages/api/src/store/redis/keys.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    think: { type: 'string', default: '0' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
});
const SESSIONS = Number(values.sessions);
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const THINK_MS = Number(values.think);
const REDIS_URL = values.redis!;
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

interface Row {
  store: string;
  turns: number;
  firstDelta: number[];
  fullTurn: number[];
  errors: number;
}

/** The API on this run's keys, with `env` on top. */
const startServer = (env: Record<string, string>) => startApi({ PARLEY_SECRET_KEY: SK, PARLEY_PUBLISHABLE_KEY: PK, ...env });

/** Drives SESSIONS concurrent interviews against `base` for WARMUP + SECONDS seconds, measuring after the warm-up. */
async function load(store: string, base: string): Promise<Row> {
  const post = async (path: string, key: string, body: unknown) => {
    const res = await fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} ${res.status} ${await res.text()}`);
    return (await res.json()) as any;
  };
  const study = await post('/v1/studies', SK, { researchQuestion: 'What frustrates customers after their support ticket is solved?', status: 'live' });
  const row: Row = { store, turns: 0, firstDelta: [], fullTurn: [], errors: 0 };
  let measuring = false;
  const stopAt = Date.now() + (WARMUP + SECONDS) * 1000;
  const warm = setTimeout(() => (measuring = true), WARMUP * 1000);
  async function worker(n: number) {
    let session = await post('/v1/sessions', PK, { studyId: study.id, participant: { id: `bench_${n}` } });
    for (let i = 0; Date.now() < stopAt; i++) {
      const { firstDeltaMs: tFirst, totalMs: tDone, text } = await timedTurn(base, session, { id: `w${n}_${i}`, text: answers[(n + i) % answers.length] });
      if (!text.includes('event: done')) {
        row.errors++;
        continue;
      }
      if (measuring) {
        row.firstDelta.push(tFirst);
        row.fullTurn.push(tDone);
        row.turns++;
      }
      if (THINK_MS) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
      if (text.includes('"status":"completed"')) session = await post('/v1/sessions', PK, { studyId: study.id, participant: { id: `bench_${n}_${i}` } });
    }
  }
  await Promise.all(Array.from({ length: SESSIONS }, (_, n) => worker(n)));
  clearTimeout(warm);
  return row;
}

/** Round trips per turn, counted at the TCP requester, over whole interviews in-process; optionally with rate limits. */
async function roundTripsPerTurn(withRateLimits: boolean): Promise<{ perTurn: number; byCommand: Record<string, number>; turns: number }> {
  const prefix = `parley-bench:${randomUUID()}:`;
  let counting = false;
  let calls = 0;
  const byCommand: Record<string, number> = {};
  const conn = await openTestRedisStore(prefix, {
    url: REDIS_URL,
    onRequest: (req) => {
      if (!counting) return;
      calls++;
      const name = req.path?.[0] ?? String((req.body as unknown[])[0]).toUpperCase();
      byCommand[name] = (byCommand[name] ?? 0) + 1;
    },
  });
  const t = await makeTestApp({
    wrapStore: () => conn.store,
    ...(withRateLimits ? { rateLimiter: redisRateLimiter(conn.redis, defaultRateLimits(), { keyOf: (b) => redisKeys(prefix).rateLimit(b) }) } : {}),
  });
  let turns = 0;
  try {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    for (let s = 0; s < 10; s++) {
      const se = await t.session(ws.publishableKey, st.id);
      for (let i = 0; i < 40; i++) {
        // The first turn of the run loads the scripts into Redis (NOSCRIPT, then EVAL); count steady state only.
        counting = s > 0 || i > 0;
        const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
          method: 'POST',
          headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
          body: JSON.stringify({ id: `t${i}`, text: answers[(s + i) % answers.length] }),
        });
        const text = await res.text();
        if (counting) turns++;
        counting = false;
        if (text.includes('"status":"completed"')) break;
      }
    }
  } finally {
    await t.cleanup();
    await conn.cleanup();
  }
  return { perTurn: calls / turns, byCommand, turns };
}

const rows: Row[] = [];
for (const store of ['embedded', 'redis'] as const) {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  const prefix = `parley-bench:${randomUUID()}:`;
  const server = await startServer({ PARLEY_DATA_DIR: dir, ...(store === 'redis' ? { REDIS_URL, PARLEY_REDIS_PREFIX: prefix } : {}) });
  try {
    rows.push(await load(store, server.base));
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    if (store === 'redis') {
      const { redis, cleanup } = await openTestRedisStore(`${prefix}sweep:`, { url: REDIS_URL });
      await deleteKeysWithPrefix(redis, prefix);
      await cleanup();
    }
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1) : 'n/a';
};
console.log(`| store | sessions | think | seconds | turns | turns/s | first delta p50 | p99 | full turn p50 | p99 | errors |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
for (const r of rows) {
  const cells = [r.store, SESSIONS, `${THINK_MS} ms`, SECONDS, r.turns, (r.turns / SECONDS).toFixed(0)];
  const times = [pct(r.firstDelta, 50), pct(r.firstDelta, 99), pct(r.fullTurn, 50), pct(r.fullTurn, 99)].map((t) => `${t} ms`);
  console.log(`| ${[...cells, ...times, r.errors].join(' | ')} |`);
}
for (const limits of [false, true]) {
  const rt = await roundTripsPerTurn(limits);
  console.log(`Redis round trips per turn${limits ? ' (rate limits on)' : ''}: ${rt.perTurn.toFixed(2)} over ${rt.turns} turns; by command: ${JSON.stringify(rt.byCommand)}`);
}
