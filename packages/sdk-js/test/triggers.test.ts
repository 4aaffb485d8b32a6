import { afterEach, describe, expect, it } from 'vitest';
import { captureDeliveries, setup, until } from './helpers.ts';
import { NotFoundError, Parley } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
afterEach(() => s?.cleanup());

describe('events, eligibility and invitations', () => {
  it('an event matching a live study returns an invitation link and queues the in-app prompt', async () => {
    s = await setup();
    const study = await s.study({ triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    const { matched } = await s.client.events.create({
      participantId: 'cust_7',
      event: 'support_ticket_solved',
      properties: { channel: 'email', issueType: 'billing' },
      attributes: { plan: 'pro' },
    });
    expect(matched).toEqual([{ studyId: study.id, invitation: { id: expect.stringMatching(/^in_/), url: expect.stringContaining('/i/in_'), expiresAt: expect.any(String) } }]);
    expect(s.seen.at(-1)!.headers.get('idempotency-key')).toMatch(/^parley-sdk-/);
    const browser = s.clientWith({ apiKey: s.ws.publishableKey });
    const decision = await browser.eligibility.check({ participantId: 'cust_7' });
    expect(decision.show).toMatchObject({ studyId: study.id });
    const other = await browser.eligibility.check({ participantId: 'cust_8' });
    expect(other.show).toBeNull();
  });

  it('an event no study listens to matches nothing', async () => {
    s = await setup();
    await s.study({ triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    expect(await s.client.events.create({ participantId: 'cust_1', event: 'logged_in' })).toEqual({ matched: [] });
  });

  it('creates an invitation link for a study', async () => {
    s = await setup();
    const study = await s.study();
    const invitation = await s.client.invitations.create({ studyId: study.id, participant: { id: 'u_9', attributes: { plan: 'team' } } });
    expect(invitation).toEqual({ id: expect.stringMatching(/^in_/), url: expect.stringMatching(/\/i\/in_/), expiresAt: expect.any(String) });
    await expect(s.client.invitations.create({ studyId: 'st_nope' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('webhooks', () => {
  it('creates, lists and deletes endpoints', async () => {
    s = await setup();
    const hook = await s.client.webhooks.create({ url: 'https://hooks.example.com/parley', events: ['session.completed', 'invitation.created'] });
    expect(hook).toMatchObject({ id: expect.stringMatching(/^wh_/), url: 'https://hooks.example.com/parley', secret: expect.any(String) });
    const listed = [];
    for await (const h of s.client.webhooks.list()) listed.push(h);
    expect(listed.map((h) => h.id)).toEqual([hook.id]);
    expect(listed[0]!.secret).toBeUndefined();
    await expect(s.client.webhooks.delete(hook.id)).resolves.toBeUndefined();
    expect((await s.client.webhooks.list()).data).toEqual([]);
    await expect(s.client.webhooks.delete(hook.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("verifies the API's own signed delivery with the endpoint's secret", async () => {
    const { deliveries, outboundFetch } = captureDeliveries();
    s = await setup({ app: { outboundFetch } });
    const hook = await s.client.webhooks.create({ url: 'https://hooks.example.com/parley', events: ['invitation.created'] });
    const study = await s.study();
    const invitation = await s.client.invitations.create({ studyId: study.id });
    const delivery = await until(() => deliveries[0]);
    const now = () => s.t.clock.now().getTime();
    const event = await Parley.webhooks.verify(delivery.body, delivery.headers.get('parley-signature'), hook.secret!, { now });
    expect(event).toMatchObject({ type: 'invitation.created', data: { invitation: { id: invitation.id } } });
    await expect(Parley.webhooks.verify(delivery.body.replace(invitation.id, 'in_forged'), delivery.headers.get('parley-signature'), hook.secret!, { now })).rejects.toThrow(/does not match/);
  });
});
