import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '@parley/protocol';
import { makeTestApp } from './harness.ts';
import { createAnalysis } from '../src/analysis/analysis.ts';

// Test mode: a researcher tries the interview (secret key, drafts too); nothing a user reads counts it as an interview.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const ANSWERS = ['The billing page charged me twice and support took four days to reply.', 'I had to repeat myself to three agents.', 'A refund and a faster reply would have fixed it.'];

async function setup() {
  const analysis = createAnalysis({ webhookDebounceMs: 20 });
  const delivered: string[] = [];
  const t = await makeTestApp({
    analysis,
    resolveHost: async () => ['93.184.216.34'],
    config: { adminKey: 'ak_test_admin_key_0123456789', version: 't', maxBodyBytes: 65536, webhookRetryDelaysMs: [] },
    outboundFetch: async (_input, init) => {
      delivered.push(String(init?.body));
      return new Response(null, { status: 204 });
    },
  });
  cleanups.push(async () => {
    await analysis.idle();
    analysis.close();
    await t.cleanup();
  });
  const ws = await t.workspace();
  return { t, ws, analysis, delivered };
}

/** Starts a session and answers every answer, then ends it as completed. */
async function interview(t: Awaited<ReturnType<typeof makeTestApp>>, key: string, studyId: string, extra: Record<string, unknown> = {}) {
  const se = await t.session(key, studyId, extra);
  for (const [i, text] of ANSWERS.entries()) {
    const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `a${i}`, text } });
    expect(res.status).toBe(200);
  }
  await t.call('POST', `/v1/sessions/${se.id}/end`, { key: se.token, body: { reason: 'completed' } });
  return se.id as string;
}

describe('test sessions', () => {
  it('need the secret key (403 for a publishable key) and work on a draft', async () => {
    const { t, ws } = await setup();
    const draft = await t.study(ws.secretKey, { status: 'draft' });
    const refused = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: draft.id, test: true } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.type).toBe('permission');
    const created = await t.call('POST', '/v1/sessions', { key: ws.secretKey, body: { studyId: draft.id, test: true } });
    expect(created.status).toBe(201);
    const read = Session.parse((await t.call('GET', `/v1/sessions/${created.json.id}`, { key: created.json.token })).json);
    expect(read.test).toBe(true);
  });

  it('are left out of stats, insights, exports, webhooks and the default list', async () => {
    const { t, ws, analysis, delivered } = await setup();
    await t.call('POST', '/v1/webhooks', { key: ws.secretKey, body: { url: 'https://hooks.example.com/x', events: ['session.completed'] } });
    const st = await t.study(ws.secretKey);
    const real = await interview(t, ws.publishableKey, st.id, { participant: { id: 'u_real' } });
    const test = await interview(t, ws.secretKey, st.id, { test: true, participant: { id: 'u_researcher' } });
    await analysis.idle();
    await new Promise((r) => setTimeout(r, 100));

    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toMatchObject({ sessions: 1, test: 1, inProgress: 0 });
    expect(study.stats.completed + study.stats.stoppedEarly).toBe(1);

    const insights = (await t.call('GET', `/v1/studies/${st.id}/insights`, { key: ws.secretKey })).json;
    expect(insights.sessionsAnalyzed).toBe(1);

    const exported = (await t.call('GET', `/v1/studies/${st.id}/export?format=json`, { key: ws.secretKey })).json;
    expect(exported.sessions.map((s: { id: string }) => s.id)).toEqual([real]);
    const csv = (await t.call('GET', `/v1/studies/${st.id}/export?format=csv`, { key: ws.secretKey })).text;
    expect(csv).not.toContain(test);

    expect(delivered.some((b) => b.includes(real))).toBe(true);
    expect(delivered.some((b) => b.includes(test))).toBe(false);

    const listed = (await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json.data;
    expect(listed.map((s: { id: string }) => s.id)).toEqual([real]);
    const tests = (await t.call('GET', `/v1/sessions?studyId=${st.id}&test=true`, { key: ws.secretKey })).json.data;
    expect(tests.map((s: { id: string; test: boolean }) => [s.id, s.test])).toEqual([[test, true]]);

    // No participant record: recontact windows and "another device" logic never see a researcher's try.
    expect(await t.store.getParticipant(ws.id, 'u_researcher')).toBeNull();
    expect(await t.store.getParticipant(ws.id, 'u_real')).not.toBeNull();
  });
});
