import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';
import { openTestRedisStore } from '../src/store/redis/redis-test-support.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

describe('an invitation opens one interview', () => {
  it('refuses a second start from a used invitation with 409 and a plain sentence, while the first session resumes', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const inv = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, participant: { id: 'u_once' } } })).json;
    const first = await t.session(ws.publishableKey, st.id, { invitationId: inv.id });
    const again = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: inv.id } });
    expect(again.status).toBe(409);
    expect(again.json.error.type).toBe('conflict');
    expect(again.json.error.message).toMatch(/already been used to start an interview/);
    // Picking the interview up again (the widget after a reload) reads and answers the same session: no new start.
    const resumed = await t.call('GET', `/v1/sessions/${first.id}`, { key: first.token });
    expect(resumed.status).toBe(200);
    expect(resumed.json.status).toBe('active');
    const turn = await t.call('POST', `/v1/sessions/${first.id}/turns`, { key: first.token, body: { id: 't1', text: 'The export keeps timing out.' } });
    expect(turn.status).toBe(200);
    const list = await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey });
    expect(list.json.data).toHaveLength(1);
  });

  it('replays a retried start (same Idempotency-Key) instead of refusing it', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const inv = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } })).json;
    const start = () => t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: inv.id }, headers: { 'idempotency-key': 'start-1' } });
    const a = await start();
    const b = await start();
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.json.id).toBe(a.json.id);
  });

  it('lets one of 20 simultaneous starts through the same invitation, on both stores', async () => {
    const redis = await openTestRedisStore(`parley-test:${randomUUID()}:`);
    const onRedis = await makeTestApp({ wrapStore: () => redis.store });
    try {
      for (const app of [t, onRedis]) {
        const ws = await app.workspace();
        const st = await app.study(ws.secretKey);
        const inv = (await app.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id } })).json;
        const starts = await Promise.all(Array.from({ length: 20 }, () => app.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: inv.id } })));
        expect(starts.filter((r) => r.status === 201)).toHaveLength(1);
        expect(starts.filter((r) => r.status === 409).every((r) => /already been used/.test(r.json.error.message))).toBe(true);
        expect((await app.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json.data).toHaveLength(1);
      }
    } finally {
      await onRedis.cleanup();
      await redis.cleanup();
    }
  });
});
