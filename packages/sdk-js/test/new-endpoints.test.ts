import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from './helpers.ts';
import { ConflictError, NotFoundError, type StudyOverlaps, type StudyWelcome } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.cleanup());

describe('studies: delete, overlaps, welcome, archived', () => {
  it('deletes a study nobody took part in; one with interviews is a ConflictError', async () => {
    const empty = await s.study({ status: 'draft' });
    await expect(s.client.studies.delete(empty.id)).resolves.toBeUndefined();
    expect(s.seen.at(-1)!.method).toBe('DELETE');
    await expect(s.client.studies.retrieve(empty.id)).rejects.toBeInstanceOf(NotFoundError);
    const used = await s.study();
    await s.client.sessions.create({ studyId: used.id });
    await expect(s.client.studies.delete(used.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('lists the live studies that want the same moment', async () => {
    const a = await s.study({ title: 'A', triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    const b = await s.study({ title: 'B', triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    const overlaps: StudyOverlaps = await s.client.studies.overlaps(a.id);
    expect(overlaps.data.map((o) => o.studyId)).toEqual([b.id]);
    expect(overlaps.data[0]!.reason).toMatch(/support_ticket_solved/);
    await expect(s.client.studies.overlaps('st_nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the welcome screen with the secret key, and with the publishable key only for a live study', async () => {
    const live = await s.study({ experience: { title: 'Tell us', welcomeMessage: 'Two minutes, five questions.' } });
    const welcome: StudyWelcome = await s.client.studies.welcome(live.id);
    expect(welcome.study).toMatchObject({ id: live.id, experience: { title: 'Tell us' }, language: 'en' });
    expect((await s.client.studies.welcome(live.id, { apiKey: s.ws.publishableKey })).study.id).toBe(live.id);
    const draft = await s.study({ status: 'draft' });
    await expect(s.client.studies.welcome(draft.id, { apiKey: s.ws.publishableKey })).rejects.toBeInstanceOf(ConflictError);
  });

  it('lists archived studies only when asked', async () => {
    const kept = await s.study({ title: 'kept' });
    const old = await s.study({ title: 'old' });
    await s.client.studies.update(old.id, { archived: true });
    expect((await s.client.studies.list()).data.map((x) => x.id)).toEqual([kept.id]);
    expect((await s.client.studies.list({ archived: true })).data.map((x) => x.id)).toEqual([old.id]);
    expect(s.seen.at(-1)!.url.search).toBe('?archived=true');
  });
});

describe('sessions: the test filter', () => {
  it('leaves test sessions out unless `test: true`, which lists only them', async () => {
    const study = await s.study();
    const real = await s.client.sessions.create({ studyId: study.id });
    const trial = await s.client.sessions.create({ studyId: study.id, test: true });
    expect((await s.client.sessions.list({ studyId: study.id })).data.map((x) => x.id)).toEqual([real.id]);
    expect((await s.client.sessions.list({ studyId: study.id, test: true })).data.map((x) => x.id)).toEqual([trial.id]);
  });
});

describe('impressions', () => {
  it('counts a shown and a dismissed prompt into the study stats, with either key', async () => {
    const study = await s.study();
    expect(await s.client.impressions.create({ studyId: study.id, kind: 'shown', participantId: 'u_1' })).toEqual({ recorded: true });
    await s.client.impressions.create({ studyId: study.id, kind: 'dismissed' }, { apiKey: s.ws.publishableKey });
    expect((await s.client.studies.retrieve(study.id)).stats).toMatchObject({ shown: 1, dismissed: 1 });
    expect(s.seen.at(-2)!.headers.get('idempotency-key')).toBeNull();
    await expect(s.client.impressions.create({ studyId: 'st_nope', kind: 'shown' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('analysis of a study with no interviews', () => {
  it('answers with empty findings, not NotFoundError (only an unknown study is)', async () => {
    const study = await s.study();
    const insights = await s.client.studies.insights(study.id);
    expect(insights).toMatchObject({ studyId: study.id, sessionsAnalyzed: 0, themes: [] });
    const answer = await s.client.studies.ask(study.id, { question: 'What do people say about billing?' });
    expect(answer.citations).toEqual([]);
    expect(typeof answer.answer).toBe('string');
    const { personas } = await s.client.studies.personas(study.id);
    expect(personas).toEqual([]);
    await expect(s.client.studies.insights('st_nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.client.studies.ask('st_nope', { question: 'Anything?' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.client.studies.personas('st_nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
