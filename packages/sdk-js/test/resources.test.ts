import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_KEY, setup } from './helpers.ts';
import { NotFoundError, Page, type QuestionCoverage, type Session, type SessionOutcome } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.cleanup());

describe('workspaces and plans', () => {
  it('creates a workspace with the admin key; its keys work at once', async () => {
    const admin = s.clientWith({ apiKey: ADMIN_KEY });
    const ws = await admin.workspaces.create({ name: 'Globex', allowedOrigins: ['https://app.globex.com'] });
    expect(ws).toMatchObject({ id: expect.stringMatching(/^ws_/), name: 'Globex', allowedOrigins: ['https://app.globex.com'] });
    expect(ws.secretKey).toMatch(/^sk_/);
    expect(ws.publishableKey).toMatch(/^pk_/);
    const globex = s.clientWith({ apiKey: ws.secretKey });
    expect((await globex.studies.list()).data).toEqual([]);
    const current = await globex.workspaces.current();
    expect(current).toEqual({ id: ws.id, name: 'Globex', allowedOrigins: ['https://app.globex.com'], publishableKey: ws.publishableKey, createdAt: ws.createdAt, embed: expect.any(Object) });
    // Where embed snippets point: this API's public address and its widget bundles.
    expect(current.embed).toEqual({ apiUrl: expect.stringMatching(/^https?:\/\//), widgetUrl: `${current.embed!.apiUrl}/widget` });
  });

  it('drafts a plan that is not stored', async () => {
    const { plan, template } = await s.client.plans.create({ researchQuestion: 'Why do trial users leave before day 14?', template: 'persona' });
    expect(template).toBe('persona');
    expect(plan.goals.length).toBeGreaterThanOrEqual(3);
    expect(plan.maxTurns).toBeGreaterThanOrEqual(4);
    expect((await s.client.studies.list()).data).toEqual([]);
  });
});

describe('studies', () => {
  it('creates, retrieves, updates and lists', async () => {
    const study = await s.client.studies.create({
      researchQuestion: 'What frustrates customers after their support ticket is closed?',
      title: 'Post-support',
      triggers: [{ on: 'event', event: 'support_ticket_solved', where: { channel: 'email' } }],
      targeting: { sampleRate: 0.5 },
    });
    expect(study).toMatchObject({ id: expect.stringMatching(/^st_/), title: 'Post-support', status: 'draft' });
    expect(study.targeting).toMatchObject({ sampleRate: 0.5, recontactDays: 30 });
    expect(await s.client.studies.retrieve(study.id)).toEqual(study);
    const live = await s.client.studies.update(study.id, { status: 'live', title: 'Post-support (live)' });
    expect(live).toMatchObject({ id: study.id, status: 'live', title: 'Post-support (live)' });
    const page = await s.client.studies.list();
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((x) => x.id)).toEqual([study.id]);
    expect(page.nextCursor).toBeNull();
  });

  it('encodes ids into the path', async () => {
    await expect(s.client.studies.retrieve('../workspaces')).rejects.toBeInstanceOf(NotFoundError);
    expect(s.seen.at(-1)!.url.pathname).toBe('/v1/studies/..%2Fworkspaces');
  });

  it('calls the analysis endpoints as API.md writes them; a study with no interviews still answers', async () => {
    const study = await s.study();
    const outcomes = await Promise.allSettled([
      s.client.studies.insights(study.id, { segmentBy: 'plan' }),
      s.client.studies.ask(study.id, { question: 'What do people say about billing?' }),
      s.client.studies.personas(study.id, { count: 3 }),
      s.client.studies.export(study.id),
      s.client.studies.export(study.id, { format: 'csv' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const sent = s.seen.slice(-5).map((r) => `${r.method} ${r.url.pathname}${r.url.search} ${r.body}`);
    expect(sent).toEqual([
      `GET /v1/studies/${study.id}/insights?segmentBy=plan `,
      `POST /v1/studies/${study.id}/ask {"question":"What do people say about billing?"}`,
      `POST /v1/studies/${study.id}/personas {"count":3}`,
      `GET /v1/studies/${study.id}/export?format=json `,
      `GET /v1/studies/${study.id}/export?format=csv `,
    ]);
  });
});

describe('sessions and turns', () => {
  it('starts a session, answers (JSON), reads, lists and ends it', async () => {
    const study = await s.study();
    const session = await s.client.sessions.create({ studyId: study.id, participant: { id: 'u_42', attributes: { plan: 'pro' } } });
    expect(session).toMatchObject({ id: expect.stringMatching(/^se_/), status: 'active', study: { id: study.id } });
    expect(session.turns[0]!.role).toBe('interviewer');
    const result = await s.client.sessions.turns.create(session.id, { text: 'The billing page charged me twice.' });
    expect(result.turn).toMatchObject({ role: 'participant', text: 'The billing page charged me twice.', id: expect.stringMatching(/^tu_/) });
    expect(result.reply.role).toBe('interviewer');
    const read = await s.client.sessions.retrieve(session.id);
    expect(read.turns.map((t) => t.id)).toEqual([session.turns[0]!.id, result.turn.id, result.reply.id]);
    expect((await s.client.sessions.list({ studyId: study.id })).data.map((x) => x.id)).toEqual([session.id]);
    expect((await s.client.sessions.list({ status: 'completed' })).data).toEqual([]);
    const ended = await s.client.sessions.end(session.id, { reason: 'dismissed' });
    expect(ended).toMatchObject({ id: session.id, status: 'abandoned', endReason: 'dismissed' });
  });

  it('reads how an interview went: outcome, per-question coverage and key questions, and lists by outcome', async () => {
    const study = await s.study();
    const session = await s.client.sessions.create({ studyId: study.id });
    expect((await s.client.sessions.retrieve(session.id)).outcome).toBe('in_progress');
    await s.client.sessions.turns.create(session.id, { text: 'The billing page charged me twice.' });
    const ended: Session = await s.client.sessions.end(session.id, { reason: 'dismissed' });
    const outcome: SessionOutcome = ended.outcome;
    expect(outcome).toBe('stopped_early');
    const coverage: QuestionCoverage[] = ended.coverage;
    expect(coverage[0]).toMatchObject({ mandatory: true, status: 'asked' });
    expect(coverage.some((q) => q.mandatory && q.status === 'not_reached')).toBe(true);
    expect(ended.progress.mandatoryTotal).toBe(coverage.filter((q) => q.mandatory).length);
    expect((await s.client.sessions.list({ studyId: study.id, outcome: 'stopped_early' })).data.map((x) => x.id)).toEqual([session.id]);
    expect((await s.client.sessions.list({ studyId: study.id, outcome: 'abandoned' })).data).toEqual([]);
  });

  it('uses a session token for its own session through options.apiKey', async () => {
    const study = await s.study();
    const session = await s.clientWith({ apiKey: s.ws.publishableKey }).sessions.create({ studyId: study.id });
    const result = await s.client.sessions.turns.create(session.id, { id: 'my-turn-1', text: 'It was slow.' }, { apiKey: session.token });
    expect(result.turn.id).toBe('my-turn-1');
    expect(s.seen.at(-1)!.headers.get('authorization')).toBe(`Bearer ${session.token}`);
    expect((await s.client.sessions.end(session.id, {}, { apiKey: session.token })).status).toBe('completed');
  });

  it('streams a turn: deltas, then the done result', async () => {
    const study = await s.study();
    const session = await s.client.sessions.create({ studyId: study.id });
    const stream = await s.client.sessions.turns.stream(session.id, { id: 'sse-1', text: 'Honestly the wait was awful and I felt ignored.' });
    const deltas: string[] = [];
    for await (const delta of stream) deltas.push(delta.text);
    const done = await stream.final();
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(done.reply.text);
    expect(done.turn).toMatchObject({ id: 'sse-1', role: 'participant' });
    expect(stream.requestId).toMatch(/^req_/);
    expect(s.seen.at(-1)!.headers.get('accept')).toBe('text/event-stream');
  });
});

describe('health and the contract', () => {
  it('reads /healthz and /openapi.json', async () => {
    expect(await s.client.health()).toMatchObject({ ok: true, interviewer: 'offline' });
    const doc = await s.client.openapi();
    expect(doc).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
  });
});
