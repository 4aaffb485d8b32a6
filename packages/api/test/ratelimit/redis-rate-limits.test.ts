import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/index.ts';
import { makeTestApp } from '../harness.ts';
import { redisRateLimiter } from '../../src/ratelimit/redis-rate-limiter.ts';
import type { RateLimits } from '../../src/ratelimit/rate-limiter.ts';
import { redisKeys } from '../../src/store/redis/keys.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';

// @upstash/ratelimit on the real Redis (127.0.0.1:6379, TCP requester), with real time: windows of an hour, so a
// test never straddles a window boundary (it waits if it starts within 10 s of one).
const WINDOW = 3600;
const prefix = `parley-test:${randomUUID()}:`;
let redisConn: Awaited<ReturnType<typeof openTestRedisStore>>;
let t: Awaited<ReturnType<typeof makeTestApp>>;

beforeAll(async () => {
  const untilBoundary = WINDOW * 1000 - (Date.now() % (WINDOW * 1000));
  if (untilBoundary < 10_000) await new Promise((r) => setTimeout(r, untilBoundary + 50));
  redisConn = await openTestRedisStore(prefix);
});
afterAll(async () => {
  await t?.cleanup();
  await redisConn?.cleanup();
});

const limits: RateLimits = {
  turns: { limit: 2, windowSeconds: WINDOW },
  sessions: { limit: 100, windowSeconds: WINDOW },
  secret: { limit: 3, windowSeconds: WINDOW },
  workspaceSessions: { limit: 100, windowSeconds: WINDOW },
};
const limiter = () => redisRateLimiter(redisConn.redis, limits, { keyOf: (b) => redisKeys(prefix).rateLimit(b) });

/** The retry-after a fixed window of WINDOW seconds gives at time `ms`. */
const retryAfterAt = (ms: number) => Math.ceil(((Math.floor(ms / (WINDOW * 1000)) + 1) * WINDOW * 1000 - ms) / 1000);

describe('rate limits on Redis (@upstash/ratelimit)', () => {
  it('answers the (N+1)th request in the window with 429 and the seconds until the window ends, across API instances', async () => {
    t = await makeTestApp({ rateLimiter: limiter() });
    // A second API instance on the same Redis (another process, in production) shares the counters.
    const second = createApp({ ...t.deps, rateLimiter: limiter() });
    const ws = await t.workspace();
    const key = { authorization: `Bearer ${ws.secretKey}` };
    expect((await t.app.request('/v1/studies', { headers: key })).status).toBe(200);
    expect((await second.request('/v1/studies', { headers: key })).status).toBe(200);
    expect((await t.app.request('/v1/studies', { headers: key })).status).toBe(200);
    const before = Date.now();
    const res = await second.request('/v1/studies', { headers: key });
    const after = Date.now();
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(retryAfterAt(after));
    expect(retryAfter).toBeLessThanOrEqual(retryAfterAt(before));
    expect((await res.json()).error).toMatchObject({ type: 'rate_limited' });
  });

  it('limits the turns of each session token on its own', async () => {
    const ws = await t.workspace('Turns');
    const st = await t.study(ws.secretKey);
    const a = await t.session(ws.publishableKey, st.id);
    const b = await t.session(ws.publishableKey, st.id);
    const turn = (se: { id: string; token: string }, id: string) =>
      t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id, text: 'Support answered quickly but the fix took a week.' } });
    expect((await turn(a, 'a1')).status).toBe(200);
    expect((await turn(a, 'a2')).status).toBe(200);
    const limited = await turn(a, 'a3');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await turn(b, 'b1')).status).toBe(200);
  });
});
