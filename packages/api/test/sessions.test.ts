import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreatedSession, Session } from '@parley/protocol';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

describe('POST /v1/sessions', () => {
  it('starts an interview of a live study with a greeting and the first question', async () => {
    const st = await t.study(ws.secretKey, { experience: { title: 'Help us improve support', welcomeMessage: 'Five minutes, promise.', researcher: { name: 'Maya' }, endCta: { text: 'Back to the app', url: 'https://app.acme.com' } } });
    const res = await t.call('POST', '/v1/sessions', {
      key: ws.publishableKey,
      body: { studyId: st.id, participant: { id: 'u_42', attributes: { plan: 'pro', seats: 12, trial: false } }, trigger: { event: 'ticket_solved', properties: { ticketId: 'T-9' } }, locale: 'en-GB' },
    });
    expect(res.status).toBe(201);
    const created = CreatedSession.parse(res.json);
    expect(created.id).toMatch(/^se_/);
    expect(created.token.length).toBeGreaterThan(30);
    expect(created.study.experience.title).toBe('Help us improve support');
    expect(created.turns).toHaveLength(1);
    expect(created.turns[0]!.role).toBe('interviewer');
    expect(created.turns[0]!.text).toMatch(/\?/);
    expect(created.progress.total).toBeGreaterThan(0);
    const read = Session.parse((await t.call('GET', `/v1/sessions/${created.id}`, { key: created.token })).json);
    expect(read).toMatchObject({ status: 'active', participant: { id: 'u_42', attributes: { plan: 'pro', seats: 12, trial: false } }, trigger: { event: 'ticket_solved' }, interviewer: 'offline', fallbacks: 0 });
  });

  it('refuses draft and closed studies to publishable keys with 409; a secret key may preview a draft', async () => {
    const draft = await t.study(ws.secretKey, { status: 'draft' });
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: draft.id } });
    expect(res.status).toBe(409);
    expect(res.json.error.type).toBe('conflict');
    expect((await t.call('POST', '/v1/sessions', { key: ws.secretKey, body: { studyId: draft.id } })).status).toBe(201);
    await t.call('PATCH', `/v1/studies/${draft.id}`, { key: ws.secretKey, body: { status: 'closed' } });
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: draft.id } })).status).toBe(409);
  });

  it('answers 404 for an unknown study', async () => {
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: 'st_unknown' } });
    expect(res.status).toBe(404);
  });

  it('replays a session creation with the same Idempotency-Key instead of starting a second interview', async () => {
    const st = await t.study(ws.secretKey);
    const headers = { 'idempotency-key': 'widget-open-1' };
    const a = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id }, headers });
    const b = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id }, headers });
    expect(b.json.id).toBe(a.json.id);
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json.data).toHaveLength(1);
  });
});

describe('reading, listing and ending sessions', () => {
  it('lists sessions by study and status, newest first', async () => {
    const s1 = await t.study(ws.secretKey);
    const s2 = await t.study(ws.secretKey);
    const a = await t.session(ws.publishableKey, s1.id);
    const b = await t.session(ws.publishableKey, s1.id);
    await t.session(ws.publishableKey, s2.id);
    await t.call('POST', `/v1/sessions/${a.id}/end`, { key: a.token, body: { reason: 'dismissed' } });
    const all = await t.call('GET', `/v1/sessions?studyId=${s1.id}`, { key: ws.secretKey });
    expect(all.json.data.map((s: { id: string }) => s.id)).toEqual([b.id, a.id]);
    const abandoned = await t.call('GET', `/v1/sessions?studyId=${s1.id}&status=abandoned`, { key: ws.secretKey });
    expect(abandoned.json.data.map((s: { id: string }) => s.id)).toEqual([a.id]);
    const everything = await t.call('GET', '/v1/sessions?limit=2', { key: ws.secretKey });
    expect(everything.json.data).toHaveLength(2);
    expect(everything.json.nextCursor).toEqual(expect.any(String));
  });

  it('ends a session as dismissed (abandoned) or completed; further turns get 409', async () => {
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    t.clock.advance(60_000);
    const ended = await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token, body: { reason: 'dismissed' } });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ status: 'abandoned', endReason: 'dismissed', endedAt: '2026-11-23T09:01:00.000Z' });
    const again = await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token });
    expect(again.json.status).toBe('abandoned');
    const turn = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'late', text: 'one more thing' } });
    expect(turn.status).toBe(409);
    expect(turn.json.error.type).toBe('conflict');
  });

  it('ends with no body as completed', async () => {
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const ended = await t.call('POST', `/v1/sessions/${se.id}/end`, { key: ws.secretKey });
    expect(ended.json).toMatchObject({ status: 'completed', endReason: 'completed' });
  });

  it('answers 404 for an unknown session and 400 for an unknown end reason', async () => {
    expect((await t.call('GET', '/v1/sessions/se_nope', { key: ws.secretKey })).status).toBe(404);
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    expect((await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token, body: { reason: 'bored' } })).status).toBe(400);
  });
});
