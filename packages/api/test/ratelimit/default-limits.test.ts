import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, manualClock } from '../harness.ts';
import { memoryRateLimiter } from '../../src/ratelimit/memory-rate-limiter.ts';
import { readRateLimits } from '../../src/ratelimit/rate-limit-settings.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
afterEach(() => t?.cleanup());

describe('rate limits with nothing configured', () => {
  it('stop a flood of anonymous session starts with the printed publishable key at the 121st in a minute (an office behind one address still sees the widget)', async () => {
    const limits = readRateLimits({});
    expect(limits).not.toBeNull();
    const clock = manualClock();
    t = await makeTestApp({ clock, rateLimiter: memoryRateLimiter(limits!, () => clock.now().getTime()), clientAddress: () => '203.0.113.50' });
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const start = () => t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, trigger: { event: 'x', properties: { note: 'x'.repeat(2000) } } } });
    for (let i = 0; i < 120; i++) expect((await start()).status).toBe(201);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.json.error.type).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
