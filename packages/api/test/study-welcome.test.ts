import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyWelcome } from '@parley/protocol';
import { makeTestApp } from './harness.ts';

// The widget's pre-start calls: a welcome that creates nothing, and impressions that count looks and "Not now"s.
let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace('Acme', ['https://app.acme.com']);
});
afterEach(() => t.cleanup());

const experience = { title: 'Help us improve support', welcomeMessage: 'Five minutes, promise.', researcher: { name: 'Maya' } };

describe('GET /v1/studies/:id/welcome', () => {
  it('gives the experience and language of a live study and creates no session', async () => {
    const st = await t.study(ws.secretKey, { experience });
    const res = await t.call('GET', `/v1/studies/${st.id}/welcome`, { key: ws.publishableKey, headers: { origin: 'https://app.acme.com' } });
    expect(res.status).toBe(200);
    const body = StudyWelcome.parse(res.json);
    expect(body.study).toMatchObject({ id: st.id, experience: { title: 'Help us improve support', researcher: { name: 'Maya' } }, language: 'en' });
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats.sessions).toBe(0);
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json.data).toHaveLength(0);
  });

  it('refuses drafts and archived studies to a publishable key with 409; a secret key previews them', async () => {
    const draft = await t.study(ws.secretKey, { status: 'draft' });
    const res = await t.call('GET', `/v1/studies/${draft.id}/welcome`, { key: ws.publishableKey });
    expect(res.status).toBe(409);
    expect(res.json.error.type).toBe('conflict');
    expect((await t.call('GET', `/v1/studies/${draft.id}/welcome`, { key: ws.secretKey })).status).toBe(200);
    const live = await t.call('PATCH', `/v1/studies/${draft.id}`, { key: ws.secretKey, body: { status: 'live', archived: true } });
    expect(live.json.archived).toBe(true);
    expect((await t.call('GET', `/v1/studies/${draft.id}/welcome`, { key: ws.publishableKey })).status).toBe(409);
    expect((await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: draft.id } })).status).toBe(409);
  });

  it('answers 404 for an unknown study or another workspace’s, and 403 from an origin not allowed', async () => {
    const other = await t.workspace('Other');
    const theirs = await t.study(other.secretKey);
    expect((await t.call('GET', '/v1/studies/st_nope/welcome', { key: ws.publishableKey })).status).toBe(404);
    expect((await t.call('GET', `/v1/studies/${theirs.id}/welcome`, { key: ws.publishableKey })).status).toBe(404);
    const mine = await t.study(ws.secretKey);
    const res = await t.call('GET', `/v1/studies/${mine.id}/welcome`, { key: ws.publishableKey, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.json.error.type).toBe('permission');
  });
});

describe('POST /v1/impressions', () => {
  it('counts shown and dismissed into the study stats, and nothing else', async () => {
    const st = await t.study(ws.secretKey);
    const shown = await Promise.all(
      Array.from({ length: 5 }, () => t.call('POST', '/v1/impressions', { key: ws.publishableKey, body: { studyId: st.id, kind: 'shown', participantId: 'u_1' } })),
    );
    for (const r of shown) {
      expect(r.status).toBe(202);
      expect(r.json).toEqual({ recorded: true });
    }
    expect((await t.call('POST', '/v1/impressions', { key: ws.secretKey, body: { studyId: st.id, kind: 'dismissed' } })).status).toBe(202);
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toEqual({ sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 5, dismissed: 1, test: 0 });
  });

  it('answers 404 for another workspace’s study and 400 for an unknown kind', async () => {
    const other = await t.workspace('Other');
    const theirs = await t.study(other.secretKey);
    expect((await t.call('POST', '/v1/impressions', { key: ws.publishableKey, body: { studyId: theirs.id, kind: 'shown' } })).status).toBe(404);
    const mine = await t.study(ws.secretKey);
    const bad = await t.call('POST', '/v1/impressions', { key: ws.publishableKey, body: { studyId: mine.id, kind: 'clicked' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.type).toBe('invalid_request');
  });
});
