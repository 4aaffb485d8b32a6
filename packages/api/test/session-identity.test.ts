import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

// The same participant on another device, and studies that only interview identified people.
let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

describe('starting again on another device', () => {
  it('ends the earlier active session as superseded: abandoned before any answer, stopped early after one', async () => {
    const st = await t.study(ws.secretKey);
    const phone = await t.session(ws.publishableKey, st.id, { participant: { id: 'u_7' } });
    const laptop = await t.session(ws.publishableKey, st.id, { participant: { id: 'u_7' } });
    const first = (await t.call('GET', `/v1/sessions/${phone.id}`, { key: ws.secretKey })).json;
    expect(first).toMatchObject({ status: 'abandoned', endReason: 'superseded', outcome: 'abandoned' });
    // The earlier device's token can no longer add turns.
    expect((await t.call('POST', `/v1/sessions/${phone.id}/turns`, { key: phone.token, body: { id: 'x1', text: 'Hello there' } })).status).toBe(409);

    const answered = await t.call('POST', `/v1/sessions/${laptop.id}/turns`, { key: laptop.token, body: { id: 'a1', text: 'Support took four days to reply to my ticket.' } });
    expect(answered.status).toBe(200);
    const tablet = await t.session(ws.publishableKey, st.id, { participant: { id: 'u_7' } });
    expect((await t.call('GET', `/v1/sessions/${laptop.id}`, { key: ws.secretKey })).json).toMatchObject({ status: 'abandoned', endReason: 'superseded', outcome: 'stopped_early' });
    expect((await t.call('GET', `/v1/sessions/${tablet.id}`, { key: ws.secretKey })).json.status).toBe('active');

    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toMatchObject({ sessions: 3, inProgress: 1, abandoned: 1, stoppedEarly: 1 });
  });

  it('leaves other participants and other studies alone', async () => {
    const a = await t.study(ws.secretKey);
    const b = await t.study(ws.secretKey);
    const one = await t.session(ws.publishableKey, a.id, { participant: { id: 'u_1' } });
    await t.session(ws.publishableKey, a.id, { participant: { id: 'u_2' } });
    await t.session(ws.publishableKey, b.id, { participant: { id: 'u_1' } });
    expect((await t.call('GET', `/v1/sessions/${one.id}`, { key: ws.secretKey })).json.status).toBe('active');
  });

  it('keeps only the last of several parallel starts active', async () => {
    const st = await t.study(ws.secretKey);
    await Promise.all(Array.from({ length: 6 }, () => t.session(ws.publishableKey, st.id, { participant: { id: 'u_9' } })));
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toMatchObject({ sessions: 6, inProgress: 1, abandoned: 5 });
  });
});

describe('experience.requireIdentity', () => {
  it('refuses an anonymous publishable start with 403 and takes an identified one or an invitation carrying the id', async () => {
    const st = await t.study(ws.secretKey, { experience: { title: 'Tell us more', welcomeMessage: 'Hi', requireIdentity: true } });
    const anonymous = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id } });
    expect(anonymous.status).toBe(403);
    expect(anonymous.json.error).toMatchObject({ type: 'permission', message: expect.stringContaining('participant id') });
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, participant: { id: 'u_1' } } })).status).toBe(201);
    const inv = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, participant: { id: 'u_2' } } })).json;
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: inv.id } })).status).toBe(201);
  });
});
