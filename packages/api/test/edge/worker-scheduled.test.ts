import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, manualClock } from '../harness.ts';
import { TEST_REDIS_URL, openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { parleyWorker } from '../../src/runtime/worker.ts';
import { receiver, until } from '../webhooks/receiver.ts';
import { startUpstashRestBridge } from './upstash-rest-bridge.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const TOKEN = 'scheduled-test-token';
const config = { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookAllowPrivate: true };

describe("the worker's cron trigger", () => {
  it('sends a webhook retry that no request is left to wait for', async () => {
    const prefix = `parley-test:${randomUUID()}:`;
    // A Node process queued the delivery an hour ago; its first attempt failed and its retry fell due long since.
    const opened = await openTestRedisStore(prefix);
    const t = await makeTestApp({ wrapStore: () => opened.store, clock: manualClock(new Date(Date.now() - 3600_000)), config });
    cleanups.push(opened.cleanup, t.cleanup);
    const hook = await receiver(1);
    cleanups.push(hook.close);
    const ws = await t.workspace();
    const created = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['invitation.created'] } });
    const st = await t.study(ws.secretKey);
    await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } });
    await until(async () => hook.requests.length === 1);

    const bridge = await startUpstashRestBridge({ redisUrl: TEST_REDIS_URL, token: TOKEN });
    cleanups.push(() => bridge.close());
    const env = { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: TOKEN, PARLEY_REDIS_PREFIX: prefix, PARLEY_WEBHOOK_ALLOW_PRIVATE: '1', PARLEY_INTERVIEWER: 'offline', PARLEY_LOG_REQUESTS: '0' };
    const waits: Promise<unknown>[] = [];
    parleyWorker().scheduled({}, env, { waitUntil: (p: Promise<unknown>) => void waits.push(p), passThroughOnException: () => {} } as unknown as Parameters<ReturnType<typeof parleyWorker>['scheduled']>[2]);
    while (waits.length) await Promise.all(waits.splice(0));

    expect(hook.requests.map((r) => [r.attempt, r.status])).toEqual([
      ['1', 500],
      ['2', 204],
    ]);
    const log = await t.call('GET', `/v1/webhooks/${created.json.id}/deliveries`, { key: ws.secretKey });
    expect(log.json.data[0]).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 204 });
  });
});
