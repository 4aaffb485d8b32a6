import { afterEach, describe, expect, it } from 'vitest';
import { captureDeliveries, setup, until } from './helpers.ts';
import { ConflictError, NotFoundError, Parley, type WebhookDelivery, type WebhookDeliveryLog, type WebhookEventPayload } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
afterEach(() => s?.cleanup());

describe('webhook deliveries', () => {
  it('lists an endpoint’s deliveries and queues a finished one again, once per idempotency key', async () => {
    const { deliveries, outboundFetch } = captureDeliveries();
    s = await setup({ app: { outboundFetch } });
    const hook = await s.client.webhooks.create({ url: 'https://hooks.example.com/parley', events: ['invitation.created'] });
    await s.client.invitations.create({ studyId: (await s.study()).id });
    await until(() => deliveries[0]);
    // The first attempt runs in the background: wait until its 204 is recorded.
    let log: WebhookDeliveryLog | undefined;
    for (let i = 0; i < 200 && log?.status !== 'delivered'; i++) {
      log = (await s.client.webhooks.deliveries(hook.id)).data[0];
      if (log?.status !== 'delivered') await new Promise((r) => setTimeout(r, 10));
    }
    if (!log) throw new Error('no delivery logged');
    expect(log).toMatchObject({ id: expect.any(String), event: 'invitation.created', status: 'delivered', attempts: 1, responseStatus: 204 });

    const again = await s.client.webhooks.redeliver(hook.id, log.id, { idempotencyKey: 'redeliver-1' });
    expect(again).toMatchObject({ eventId: log.eventId, event: 'invitation.created' });
    expect(again.id).not.toBe(log.id);
    expect(s.seen.at(-1)!.headers.get('idempotency-key')).toBe('redeliver-1');
    await until(() => deliveries[1]);
    expect(JSON.parse(deliveries[1]!.body).id).toBe(JSON.parse(deliveries[0]!.body).id);

    await expect(s.client.webhooks.redeliver(hook.id, 'whd_nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.client.webhooks.deliveries('wh_nope').page()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses to redeliver a delivery that is still pending', async () => {
    // The receiver never answers: the delivery stays pending.
    const stalled = (() => new Promise<Response>(() => {})) as typeof fetch;
    s = await setup({ app: { outboundFetch: stalled } });
    const hook = await s.client.webhooks.create({ url: 'https://hooks.example.com/parley', events: ['invitation.created'] });
    await s.client.invitations.create({ studyId: (await s.study()).id });
    const pending = (await s.client.webhooks.deliveries(hook.id)).data[0]!;
    expect(pending.status).toBe('pending');
    await expect(s.client.webhooks.redeliver(hook.id, pending.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('unwraps the API’s own delivery from its request headers into a typed event', async () => {
    const { deliveries, outboundFetch } = captureDeliveries();
    s = await setup({ app: { outboundFetch } });
    const hook = await s.client.webhooks.create({ url: 'https://hooks.example.com/parley', events: ['invitation.created', 'session.completed'] });
    const study = await s.study();
    const invitation = await s.client.invitations.create({ studyId: study.id, participant: { id: 'u_9' } });
    const session = await s.client.sessions.create({ studyId: study.id, participant: { id: 'u_9' } });
    await s.client.sessions.end(session.id);
    await until(() => deliveries[1]);
    const now = () => s.t.clock.now().getTime();
    const events: WebhookEventPayload[] = [];
    for (const d of deliveries) {
      // As a fetch handler gets them (Headers) and as Node's req.headers gives them (a plain object).
      events.push(await s.client.webhooks.unwrap(d.body, d.headers, hook.secret!, { now }));
      expect(await Parley.webhooks.unwrap(d.body, Object.fromEntries(d.headers), hook.secret!, { now })).toEqual(events.at(-1));
    }
    // Still a WebhookDelivery, for code written before the union.
    const untyped: WebhookDelivery[] = events;
    expect(untyped).toHaveLength(2);
    const seen: string[] = [];
    for (const event of events) {
      // The union narrows `data` by `type`: each branch reads fields only that event has.
      switch (event.type) {
        case 'invitation.created':
          seen.push(`${event.type} ${event.data.invitation.id} ${event.data.participantId}`);
          break;
        case 'session.completed':
          seen.push(`${event.type} ${event.data.sessionId} ${event.data.outcome} ${event.data.endReason}`);
          break;
        case 'insights.updated':
          seen.push(`${event.type} ${event.data.sessionsAnalyzed}`);
          break;
      }
    }
    expect(seen.sort()).toEqual([`invitation.created ${invitation.id} u_9`, `session.completed ${session.id} stopped_early completed`]);
    await expect(Parley.webhooks.unwrap(deliveries[0]!.body, {}, hook.secret!, { now })).rejects.toThrow(/missing/);
  });
});
