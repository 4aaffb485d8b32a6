import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, manualClock } from '../harness.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { sweepDueDeliveries } from '../../src/webhooks/outbox-worker.ts';
import { receiver, until } from '../webhooks/receiver.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

// A retry a minute away: neither process's own timer fires during the test, so the sweeps decide who sends it.
const config = { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs: [60_000], webhookAllowPrivate: true };

/** An API "process": its own Redis connection and app, on the shared key prefix, with its own clock. */
async function processOn(prefix: string, start: Date) {
  const opened = await openTestRedisStore(prefix);
  const clock = manualClock(start);
  const t = await makeTestApp({ wrapStore: () => opened.store, clock, config });
  cleanups.push(opened.cleanup, t.cleanup);
  return { t, clock };
}

describe('webhook outbox on one Redis shared by two API processes', () => {
  it('sends each due retry once, whichever process sweeps first', async () => {
    const prefix = `parley-test:${randomUUID()}:`;
    const start = new Date('2026-11-23T09:00:00.000Z');
    const a = await processOn(prefix, start);
    const b = await processOn(prefix, start);
    const events = 5;
    const hook = await receiver(events);
    cleanups.push(hook.close);
    const ws = await a.t.workspace();
    const created = await a.t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['invitation.created'] } });
    const st = await a.t.study(ws.secretKey);
    for (let i = 0; i < events; i++) await a.t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } });
    const listed = async () => (await b.t.call('GET', `/v1/webhooks/${created.json.id}/deliveries`, { key: ws.secretKey })).json.data as { attempts: number }[];
    await until(async () => (await listed()).filter((d) => d.attempts === 1).length === events);
    expect(hook.requests).toHaveLength(events);

    a.clock.advance(5 * 60_000);
    b.clock.advance(5 * 60_000);
    const swept = await Promise.all([sweepDueDeliveries(a.t.deps), sweepDueDeliveries(b.t.deps), sweepDueDeliveries(a.t.deps), sweepDueDeliveries(b.t.deps)]);
    expect(swept.reduce((x, y) => x + y, 0)).toBe(events);
    const retried = hook.requests.slice(events);
    expect(retried).toHaveLength(events);
    expect(new Set(retried.map((r) => r.deliveryId)).size).toBe(events);
    expect(retried.every((r) => r.attempt === '2' && r.status === 204)).toBe(true);
    expect((await listed()).every((d) => d.attempts === 2)).toBe(true);
  });
});
