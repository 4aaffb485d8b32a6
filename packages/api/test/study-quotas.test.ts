import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';
import { parallelStarts } from './quota-support.ts';

// `targeting.maxSessions` is enforced by the store in the same atomic step as the write: parallel starts never overshoot.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('study quotas on the embedded store', () => {
  it('lets exactly maxSessions of 50 parallel starts through; the rest get 409 with the limit in words', async () => {
    const t = await makeTestApp();
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey, { targeting: { maxSessions: 7 } });
    const statuses = await parallelStarts(t, ws.publishableKey, st.id, 50);
    expect(statuses.filter((s) => s === 201)).toHaveLength(7);
    expect(statuses.filter((s) => s === 409)).toHaveLength(43);
    const refused = await t.call('POST', '/v1/sessions', { key: ws.secretKey, body: { studyId: st.id } });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ type: 'conflict', message: 'This study has reached its limit of 7 interviews.' });
    // A researcher can still try it: test sessions are not interviews.
    expect((await t.call('POST', '/v1/sessions', { key: ws.secretKey, body: { studyId: st.id, test: true } })).status).toBe(201);
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toMatchObject({ sessions: 7, inProgress: 7, test: 1 });
  });

  it('counts invitation starts against the same quota', async () => {
    const t = await makeTestApp();
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey, { targeting: { maxSessions: 1 } });
    const a = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, participant: { id: 'u_a' } } })).json;
    const b = (await t.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id, participant: { id: 'u_b' } } })).json;
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: a.id } })).status).toBe(201);
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, invitationId: b.id } })).status).toBe(409);
  });
});
