import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, manualClock } from '../harness.ts';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { startWebhookOutbox, sweepDueDeliveries } from '../../src/webhooks/outbox-worker.ts';
import { receiver, settle, until, validSignature } from './receiver.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

// Delivering to the loopback receiver needs the self-hoster's explicit setting (off by default: no SSRF).
const config = (webhookRetryDelaysMs: number[]) => ({ adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs, webhookAllowPrivate: true });

async function setup(failures: number, delays: number[]) {
  const t = await makeTestApp({ config: config(delays) });
  const hook = await receiver(failures);
  cleanups.push(t.cleanup, hook.close);
  const ws = await t.workspace();
  const created = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: hook.url, events: ['invitation.created'] } });
  const st = await t.study(ws.secretKey);
  const invite = () => t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } });
  const deliveries = async () => (await t.call('GET', `/v1/webhooks/${created.json.id}/deliveries`, { key: ws.secretKey })).json.data;
  return { t, hook, ws, webhook: created.json as { id: string; secret: string }, invite, deliveries };
}

describe('the webhook outbox', () => {
  it('retries a failed delivery after a restart: a new app over the same data picks up what is due', async () => {
    // The first process would retry in a minute, but stops before that.
    const { t, hook, webhook, invite, deliveries } = await setup(1, [60_000]);
    await invite();
    await until(async () => (await deliveries())[0]?.attempts === 1);
    expect(hook.requests).toHaveLength(1);
    await t.store.close();

    const clock = manualClock(new Date(t.clock.now().getTime() + 5 * 60_000));
    const store = await openEmbeddedStore(t.dir);
    cleanups.push(() => store.close());
    const restarted = await makeTestApp({ wrapStore: () => store, clock, config: config([60_000]) });
    cleanups.push(restarted.cleanup);
    // What runtime/node.ts starts: it looks for due deliveries at once, then every few seconds.
    const outbox = startWebhookOutbox(restarted.deps);
    await until(() => hook.delivered().length === 1);
    await outbox.stop();
    expect(hook.requests[1]).toMatchObject({ attempt: '2', deliveryId: hook.requests[0]!.deliveryId });
    expect(validSignature(hook.requests[1]!.body, hook.requests[1]!.signature, webhook.secret)).toBe(true);
    const ws = await restarted.store.listWorkspaceIds();
    const [listed] = (await restarted.store.listWebhookDeliveries(ws[0]!, webhook.id, { limit: 5 })).data;
    expect(listed).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 204 });
  });

  it('never retries for a webhook that was deleted', async () => {
    const { t, hook, ws, webhook, invite, deliveries } = await setup(Infinity, [100, 100, 100]);
    await invite();
    await until(async () => (await deliveries())[0]?.attempts === 1);
    expect((await t.call('DELETE', `/v1/webhooks/${webhook.id}`, { key: ws.secretKey })).status).toBe(204);
    await settle(400);
    t.clock.advance(3600_000);
    expect(await sweepDueDeliveries(t.deps)).toBe(0);
    expect(hook.requests).toHaveLength(1);
  });

  it('lists deliveries newest first with their attempts, last status and error', async () => {
    const { t, hook, ws, webhook, invite, deliveries } = await setup(2, [20, 40]);
    await invite();
    await until(() => hook.delivered().length === 1);
    await until(async () => (await deliveries())[0]?.status === 'delivered');
    // A second event to a receiver that is now down for good: one retry, then given up.
    const down = await receiver(Infinity);
    cleanups.push(down.close);
    const other = await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: down.url, events: ['invitation.created'] } });
    await invite();
    const otherDeliveries = async () => (await t.call('GET', `/v1/webhooks/${other.json.id}/deliveries`, { key: ws.secretKey })).json.data;
    await until(async () => (await otherDeliveries())[0]?.status === 'failed');

    const list = await t.call('GET', `/v1/webhooks/${webhook.id}/deliveries?limit=1`, { key: ws.secretKey });
    expect(list.status).toBe(200);
    expect(list.json.data).toHaveLength(1);
    expect(list.json.nextCursor).toEqual(expect.any(String));
    const [newest] = list.json.data;
    expect(newest).toMatchObject({ event: 'invitation.created', status: 'delivered', attempts: 1, responseStatus: 204 });
    const next = await t.call('GET', `/v1/webhooks/${webhook.id}/deliveries?limit=1&cursor=${list.json.nextCursor}`, { key: ws.secretKey });
    expect(next.json).toMatchObject({ data: [{ status: 'delivered', attempts: 3, responseStatus: 204, lastAttemptAt: expect.any(String) }], nextCursor: null });
    expect(next.json.data[0].nextAttemptAt).toBeUndefined();
    expect(await otherDeliveries()).toEqual([
      { id: expect.stringMatching(/^whd_/), eventId: newest.eventId, event: 'invitation.created', status: 'failed', attempts: 3, lastAttemptAt: expect.any(String), responseStatus: 500, error: 'HTTP 500', createdAt: expect.any(String) },
    ]);
    expect(down.requests).toHaveLength(3);
  });

  it('redelivers the same payload with a fresh valid signature, and answers 404 for another workspace', async () => {
    const { t, hook, ws, webhook, invite, deliveries } = await setup(0, []);
    await invite();
    await until(async () => (await deliveries())[0]?.status === 'delivered');
    const [first] = await deliveries();
    const again = await t.call('POST', `/v1/webhooks/${webhook.id}/deliveries/${first.id}/redeliver`, { key: ws.secretKey });
    expect(again.status).toBe(202);
    expect(again.json).toMatchObject({ eventId: first.eventId, event: 'invitation.created', status: 'pending', attempts: 0 });
    expect(again.json.id).not.toBe(first.id);
    await until(() => hook.delivered().length === 2);
    const [a, b] = hook.requests;
    expect(b!.body).toBe(a!.body);
    expect(JSON.parse(b!.body).id).toBe(first.eventId);
    expect(b!.deliveryId).toBe(first.eventId);
    expect(validSignature(b!.body, b!.signature, webhook.secret)).toBe(true);
    expect(validSignature(b!.body, b!.signature, 'whsec_wrong')).toBe(false);
    await until(async () => (await deliveries()).every((d: { status: string }) => d.status === 'delivered'));
    expect((await deliveries()).map((d: { id: string }) => d.id)).toEqual([again.json.id, first.id]);

    const stranger = await t.workspace('Other');
    expect((await t.call('GET', `/v1/webhooks/${webhook.id}/deliveries`, { key: stranger.secretKey })).status).toBe(404);
    expect((await t.call('POST', `/v1/webhooks/${webhook.id}/deliveries/${first.id}/redeliver`, { key: stranger.secretKey })).status).toBe(404);
    const own = await t.call('POST', '/v1/webhooks', { key: stranger.secretKey, body: { url: hook.url, events: ['invitation.created'] } });
    expect((await t.call('POST', `/v1/webhooks/${own.json.id}/deliveries/${first.id}/redeliver`, { key: stranger.secretKey })).status).toBe(404);
    expect((await t.call('GET', `/v1/webhooks/${webhook.id}/deliveries`, { key: ws.publishableKey })).status).toBe(403);
  });

  it('refuses to redeliver a delivery still being retried', async () => {
    const { t, ws, webhook, invite, deliveries } = await setup(Infinity, [60_000]);
    await invite();
    await until(async () => (await deliveries())[0]?.attempts === 1);
    const [pending] = await deliveries();
    expect(pending).toMatchObject({ status: 'pending', nextAttemptAt: expect.any(String), responseStatus: 500 });
    const res = await t.call('POST', `/v1/webhooks/${webhook.id}/deliveries/${pending.id}/redeliver`, { key: ws.secretKey });
    expect(res.status).toBe(409);
    expect(res.json.error.type).toBe('conflict');
  });
});
