import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, manualClock } from '../harness.ts';
import { memoryRateLimiter } from '../../src/ratelimit/memory-rate-limiter.ts';
import type { RateLimiter, RateLimits } from '../../src/ratelimit/rate-limiter.ts';
import type { Logger } from '../../src/deps.ts';

// The harness clock starts at 09:00:00.000, the first instant of a 60-second window.
let t: Awaited<ReturnType<typeof makeTestApp>>;
afterEach(() => t?.cleanup());

const limits = (over: Partial<RateLimits> = {}): RateLimits => ({
  turns: { limit: 100, windowSeconds: 60 },
  sessions: { limit: 100, windowSeconds: 60 },
  secret: { limit: 100, windowSeconds: 60 },
  workspaceSessions: { limit: 100, windowSeconds: 3600 },
  ...over,
});

async function appWith(over: Partial<RateLimits>, extra: { rateLimiter?: RateLimiter; logger?: Logger } = {}) {
  const clock = manualClock();
  t = await makeTestApp({
    clock,
    rateLimiter: extra.rateLimiter ?? memoryRateLimiter(limits(over), () => clock.now().getTime()),
    clientAddress: (c) => c.req.header('x-test-address'),
    ...(extra.logger ? { logger: extra.logger } : {}),
  });
  return { clock };
}

function expectRateLimited(res: { status: number; headers: Headers; json: any }, retryAfter: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe(String(retryAfter));
  expect(res.json).toEqual({ error: { type: 'rate_limited', message: expect.stringContaining(`${retryAfter} s`), requestId: expect.any(String) } });
}

describe('rate limits, in-process (embedded store)', () => {
  it('answers the 4th turn of a session token in a window with 429 and the seconds until the next window', async () => {
    const { clock } = await appWith({ turns: { limit: 3, windowSeconds: 60 } });
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const a = await t.session(ws.publishableKey, st.id);
    const b = await t.session(ws.publishableKey, st.id);
    const turn = (se: { id: string; token: string }, id: string) =>
      t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id, text: 'We export reports every month and it takes hours.' } });
    for (const id of ['t1', 't2', 't3']) expect((await turn(a, id)).status).toBe(200);
    expectRateLimited(await turn(a, 't4'), 60);
    // Another session's token has its own counter.
    expect((await turn(b, 't1')).status).toBe(200);
    clock.advance(45_500);
    expectRateLimited(await turn(a, 't4'), 15);
    clock.advance(14_500);
    expect((await turn(a, 't4')).status).toBe(200);
  });

  it('limits session starts per publishable key and client address', async () => {
    const { clock } = await appWith({ sessions: { limit: 2, windowSeconds: 60 } });
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const start = (address: string, key = ws.publishableKey) =>
      t.call('POST', '/v1/sessions', { key, body: { studyId: st.id }, headers: { 'x-test-address': address } });
    expect((await start('203.0.113.7')).status).toBe(201);
    expect((await start('203.0.113.7')).status).toBe(201);
    clock.advance(30_000);
    expectRateLimited(await start('203.0.113.7'), 30);
    expect((await start('203.0.113.8')).status).toBe(201);
    // A secret key starting sessions counts against the secret key's limit instead.
    expect((await start('203.0.113.7', ws.secretKey)).status).toBe(201);
  });

  it('caps publishable session starts per workspace across addresses, with retry-after, and leaves other workspaces alone', async () => {
    const { clock } = await appWith({ workspaceSessions: { limit: 3, windowSeconds: 3600 } });
    const ws = await t.workspace();
    const other = await t.workspace('Other');
    const st = await t.study(ws.secretKey);
    const otherSt = await t.study(other.secretKey);
    const start = (address: string, key = ws.publishableKey, studyId = st.id) =>
      t.call('POST', '/v1/sessions', { key, body: { studyId, trigger: { event: 'x', properties: { note: 'x'.repeat(500) } } }, headers: { 'x-test-address': address } });
    // Every start from a fresh address, as an attack spread over many addresses would be.
    for (const n of [1, 2, 3]) expect((await start(`198.51.100.${n}`)).status).toBe(201);
    clock.advance(600_000);
    expectRateLimited(await start('198.51.100.4'), 3000);
    // Eligibility checks are not starts: they store nothing and are not counted.
    expect((await t.call('POST', '/v1/eligibility', { key: ws.publishableKey, body: { participantId: 'u1' }, headers: { 'x-test-address': '198.51.100.5' } })).status).toBe(200);
    expect((await start('198.51.100.6', other.publishableKey, otherSt.id)).status).toBe(201);
    // The workspace's own servers (secret key) are not held back by it.
    expect((await start('198.51.100.7', ws.secretKey)).status).toBe(201);
    const list = await t.call('GET', `/v1/sessions?studyId=${st.id}&limit=100`, { key: ws.secretKey });
    expect(list.json.data).toHaveLength(4);
  });

  it('limits every route a secret key calls, per secret key', async () => {
    await appWith({ secret: { limit: 4, windowSeconds: 60 } });
    const ws = await t.workspace();
    const other = await t.workspace('Other');
    await t.study(ws.secretKey); // 1
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey })).status).toBe(200); // 2
    expect((await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'Why do teams stop using saved reports?' } })).status).toBe(200); // 3
    expect((await t.call('GET', '/v1/sessions', { key: ws.secretKey })).status).toBe(200); // 4
    expectRateLimited(await t.call('GET', '/v1/studies', { key: ws.secretKey }), 60);
    expect((await t.call('GET', '/v1/studies', { key: other.secretKey })).status).toBe(200);
  });

  it('lets requests through, and logs, when the limiter itself fails', async () => {
    const errors: string[] = [];
    const logger: Logger = { info: () => {}, error: (event) => void errors.push(event) };
    await appWith({}, { logger, rateLimiter: { consume: () => Promise.reject(new Error('limiter down')) } });
    const ws = await t.workspace();
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey })).status).toBe(200);
    expect(errors).toContain('rate_limiter_failed');
  });
});
