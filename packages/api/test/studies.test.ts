import { hashCredential } from '../src/auth/hash-credential.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Plan, Study } from '@parley/protocol';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

describe('POST /v1/plans', () => {
  it.each([
    ['What frustrates customers about our support after their ticket is solved?', 'support'],
    ['Which customer journey moments from purchase to renewal cause friction?', 'journey'],
    ['Who are our users: what are their goals, behaviours and frustrations?', 'persona'],
  ])('drafts a complete %s plan from the question words', async (researchQuestion, template) => {
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion } });
    expect(res.status).toBe(200);
    expect(res.json.template).toBe(template);
    const plan = Plan.parse(res.json.plan);
    expect(plan.goals.length).toBeGreaterThanOrEqual(3);
    expect(plan.mandatoryQuestions.length + plan.coreQuestions.length).toBeGreaterThan(2);
    expect(plan.flow.length).toBeGreaterThan(0);
  });

  it('honours an explicit template and language', async () => {
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'How do people use the reporting dashboard?', template: 'journey', language: 'en-GB' } });
    expect(res.json.template).toBe('journey');
    expect(res.json.plan.language).toBe('en-GB');
  });

  it('refuses a research question under 10 characters', async () => {
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'why?' } });
    expect(res.status).toBe(400);
  });
});

describe('studies', () => {
  it('creates a study with a generated plan, experience and defaults', async () => {
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Why do new teams stop using the reporting dashboard?' } });
    expect(res.status).toBe(201);
    const study = Study.parse(res.json);
    expect(study).toMatchObject({ workspaceId: ws.id, status: 'draft', triggers: [], targeting: { sampleRate: 1, recontactDays: 30 }, stats: { sessions: 0, completed: 0 } });
    expect(study.id).toMatch(/^st_/);
    expect(study.title.length).toBeGreaterThan(3);
    expect(study.experience.welcomeMessage.length).toBeGreaterThan(10);
  });

  it('keeps a plan the researcher wrote, applying its defaults', async () => {
    const plan = {
      researchType: 'evaluative', description: 'Onboarding check', goals: ['a', 'b', 'c'], targetParticipants: 'new admins',
      mandatoryQuestions: ['How did your first week with the product go?'], coreQuestions: ['What did you try first?'], flow: ['intro', 'core'],
    };
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'How does onboarding go for admins?', plan, title: 'Onboarding' } });
    expect(res.status).toBe(201);
    expect(res.json.plan).toMatchObject({ ...plan, maxTurns: 16, maxMinutes: 15, language: 'en' });
    expect(res.json.title).toBe('Onboarding');
  });

  it('refuses a plan whose maxTurns leaves no room for its mandatory questions', async () => {
    const plan = {
      researchType: 'evaluative', description: 'x', goals: ['a', 'b', 'c'], targetParticipants: 'y', flow: ['core'], coreQuestions: [], maxTurns: 4,
      mandatoryQuestions: ['Question one here?', 'Question two here?', 'Question three here?', 'Question four here?'],
    };
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'A long enough research question', plan } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: any) => i.path)).toContain('plan.maxTurns');
  });

  it('lists studies newest first, paginated by cursor without gaps or duplicates', async () => {
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await t.study(ws.secretKey, { title: `Study ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.call('GET', `/v1/studies?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { key: ws.secretKey });
      expect(res.status).toBe(200);
      expect(res.json.data.length).toBeLessThanOrEqual(3);
      seen.push(...res.json.data.map((s: { id: string }) => s.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
    const def = await t.call('GET', '/v1/studies', { key: ws.secretKey });
    expect(def.json.data).toHaveLength(7);
    expect(def.json.nextCursor).toBeNull();
  });

  it('reads and patches a study; unknown ids are 404', async () => {
    const st = await t.study(ws.secretKey, { status: 'draft' });
    t.clock.advance(1000);
    const patched = await t.call('PATCH', `/v1/studies/${st.id}`, { key: ws.secretKey, body: { status: 'live', title: 'Renamed', targeting: { sampleRate: 0.5 } } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ status: 'live', title: 'Renamed', targeting: { sampleRate: 0.5, recontactDays: 30 } });
    expect(patched.json.updatedAt > st.updatedAt).toBe(true);
    expect((await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json.title).toBe('Renamed');
    expect((await t.call('GET', '/v1/studies/st_missing', { key: ws.secretKey })).status).toBe(404);
    expect((await t.call('PATCH', '/v1/studies/st_missing', { key: ws.secretKey, body: { title: 'x' } })).status).toBe(404);
    expect((await t.call('PATCH', `/v1/studies/${st.id}`, { key: ws.secretKey, body: {} })).status).toBe(400);
  });

  it('counts sessions by how they went: ended at once as completed is stopped early, not completed', async () => {
    const st = await t.study(ws.secretKey);
    const a = await t.session(ws.publishableKey, st.id);
    await t.session(ws.publishableKey, st.id);
    await t.call('POST', `/v1/sessions/${a.id}/end`, { key: a.token, body: { reason: 'completed' } });
    const res = await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey });
    expect(res.json.stats).toEqual({ sessions: 2, completed: 0, stoppedEarly: 1, abandoned: 0, inProgress: 1, shown: 0, dismissed: 0, test: 0 });
  });
});

describe('Idempotency-Key', () => {
  it('returns the first response for the same key and body, without creating a second study', async () => {
    const body = { researchQuestion: 'Why do people cancel their subscription?' };
    const first = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'create-1' } });
    const again = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'create-1' } });
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey })).json.data).toHaveLength(1);
  });

  it('answers 409 for the same key with a different body', async () => {
    await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Why do people cancel their plan?' }, headers: { 'idempotency-key': 'k2' } });
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Something else entirely here' }, headers: { 'idempotency-key': 'k2' } });
    expect(res.status).toBe(409);
    expect(res.json.error.type).toBe('conflict');
  });

  it('scopes keys per credential and expires them after 24 hours', async () => {
    const other = await t.workspace('Other');
    const body = { researchQuestion: 'Why do people cancel their subscription?' };
    const a = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'shared' } });
    const b = await t.call('POST', '/v1/studies', { key: other.secretKey, body, headers: { 'idempotency-key': 'shared' } });
    expect(b.json.id).not.toBe(a.json.id);
    t.clock.advance(24 * 3600 * 1000 + 1);
    const c = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'shared' } });
    expect(c.json.id).not.toBe(a.json.id);
  });

  it('does not remember failed requests, so a corrected retry with the same key works', async () => {
    const bad = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'short' }, headers: { 'idempotency-key': 'k3' } });
    expect(bad.status).toBe(400);
    const fixed = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'A corrected, long enough question' }, headers: { 'idempotency-key': 'k3' } });
    expect(fixed.status).toBe(201);
  });

  it('lets a retry through once a claim is left pending by a request that died with its process', async () => {
    const body = { researchQuestion: 'Why do people cancel their subscription?' };
    // What a process that crashed mid-request leaves behind: the key claimed, never completed nor released.
    const fingerprint = await hashCredential(`POST /v1/studies\n${JSON.stringify(body)}`);
    await t.store.claimIdempotencyKey(await hashCredential(ws.secretKey), 'crashed', fingerprint, t.clock.now().getTime(), 24 * 3600 * 1000, 30_000);
    const meanwhile = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'crashed' } });
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.headers.get('retry-after')).toBe('1');
    // Its lease (30 s, never renewed: nobody runs that request) lapses.
    t.clock.advance(30_000 + 1);
    const retried = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'crashed' } });
    expect(retried.status).toBe(201);
    const replay = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'idempotency-key': 'crashed' } });
    expect(replay.json.id).toBe(retried.json.id);
  });

  it('refuses an over-long key', async () => {
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Why do people cancel their plan?' }, headers: { 'idempotency-key': 'k'.repeat(256) } });
    expect(res.status).toBe(400);
  });
});
