import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, readSse } from '../harness.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { redisRateLimiter } from '../../src/ratelimit/redis-rate-limiter.ts';
import { defaultRateLimits } from '../../src/ratelimit/rate-limiter.ts';
import { redisKeys } from '../../src/store/redis/keys.ts';
import { createAnalysis } from '../../src/analysis/analysis.ts';

// Counts requester calls (one network round trip each) per API turn on the real Redis: the target is at most 3
// (credential lookup, session + transcript + study read, commit). A count, not a timing: safe to assert in a test.
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function interviewCountingRoundTrips(withRateLimits: boolean) {
  const prefix = `parley-test:${randomUUID()}:`;
  let calls = 0;
  const conn = await openTestRedisStore(prefix, { onRequest: () => void calls++ });
  // Analysis runs in the background, off the turn's response path; its own Redis work is not what this counts.
  const analysis = createAnalysis();
  analysis.turnCommitted = () => {};
  const t = await makeTestApp({
    wrapStore: () => conn.store,
    analysis,
    ...(withRateLimits ? { rateLimiter: redisRateLimiter(conn.redis, defaultRateLimits(), { keyOf: (b) => redisKeys(prefix).rateLimit(b) }) } : {}),
  });
  cleanups.push(conn.cleanup, t.cleanup);
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  const se = await t.session(ws.publishableKey, st.id);
  const perTurn: number[] = [];
  for (let i = 0; i < 8; i++) {
    const before = calls;
    const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: `t${i}`, text: 'We export the numbers to a spreadsheet every Monday and it takes an hour.' }),
    });
    const events = await readSse(res);
    expect(events.at(-1)!.event).toBe('done');
    perTurn.push(calls - before);
    if (events.at(-1)!.data.status === 'completed') break;
  }
  return perTurn;
}

describe('Redis round trips per API turn', () => {
  it('are 3: credential, session with its study, commit', async () => {
    const perTurn = await interviewCountingRoundTrips(false);
    // The very first turn of a process may add one EVAL per script Redis has not cached yet (NOSCRIPT, then EVAL).
    expect(perTurn.slice(1).every((n) => n === 3)).toBe(true);
  });

  it('are 4 with rate limits on (one fixed-window counter)', async () => {
    const perTurn = await interviewCountingRoundTrips(true);
    expect(perTurn.slice(1).every((n) => n === 4)).toBe(true);
  });
});
