import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

const base = { researchType: 'evaluative', description: 'Orders', goals: ['a', 'b', 'c'], targetParticipants: 'Buyers', flow: ['All'] };
const QUESTIONS = [
  { id: 'order', text: 'Tell me about the last order you placed with us.', mandatory: true, intent: 'the last order and what it was for', maxFollowUps: 3 },
  { id: 'delivery', text: 'What happened when the parcel arrived?', intent: 'the delivery (on time, late, damaged)' },
  { id: 'pay', text: 'How did you pay for the order?', intent: 'how they paid (card, invoice, transfer)', goal: 'b' },
];
const create = (plan: object) => t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'How do customers experience ordering?', plan: { ...base, ...plan } } });
const patch = (id: string, plan: object) => t.call('PATCH', `/v1/studies/${id}`, { key: ws.secretKey, body: { plan } });

describe('plan questions on write', () => {
  it('stores questions[] with their defaults and derives the two lists', async () => {
    const res = await create({ questions: QUESTIONS });
    expect(res.status).toBe(201);
    expect(res.json.plan.questions).toEqual([
      { ...QUESTIONS[0] },
      { ...QUESTIONS[1], mandatory: false, maxFollowUps: 2 },
      { ...QUESTIONS[2], mandatory: false, maxFollowUps: 2 },
    ]);
    expect(res.json.plan.mandatoryQuestions).toEqual([QUESTIONS[0]!.text]);
    expect(res.json.plan.coreQuestions).toEqual([QUESTIONS[1]!.text, QUESTIONS[2]!.text]);
  });

  it('turns the two older lists into questions, mandatory ones first', async () => {
    const res = await create({ mandatoryQuestions: ['Tell me about the last order you placed with us.'], coreQuestions: ['How did you pay for the order?'] });
    expect(res.json.plan.questions.map((q: { id: string; intent: string }) => [q.id, q.intent])).toEqual([['m1', ''], ['c1', '']]);
  });

  it('refuses a question that is not standalone with a 400 naming it at its path', async () => {
    const res = await create({ questions: [...QUESTIONS, { id: 'how', text: 'Walk me through how you did that.' }] });
    expect(res.status).toBe(400);
    expect(res.json.error.type).toBe('invalid_request');
    expect(res.json.error.issues).toEqual([{ path: 'plan.questions.3.text', message: expect.stringMatching(/^Question 4 points back to something it does not name \("that"\)/) }]);
  });

  it('refuses yes/no questions and suggested answers in the older lists too', async () => {
    const res = await create({ mandatoryQuestions: ['Tell me about the last order you placed with us.', 'Did the parcel arrive on time?'], coreQuestions: ['How did you pay — card, invoice, transfer or something else?'] });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['plan.mandatoryQuestions.1', 'plan.coreQuestions.0']);
    expect(res.json.error.issues[0].message).toBe('Mandatory question 2 asks yes or no ("Did the parcel…"): ask it openly, e.g. "How…" or "What…".');
  });

  it('refuses the same on PATCH, and more than five flow stages', async () => {
    const study = (await create({ questions: QUESTIONS })).json;
    const bad = await patch(study.id, { ...study.plan, questions: undefined, mandatoryQuestions: ['Tell me about the last order you placed with us.', 'Why that one?'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['plan.mandatoryQuestions.1']);
    const stages = await patch(study.id, { ...study.plan, flow: ['1', '2', '3', '4', '5', '6'] });
    expect(stages.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['plan.flow']);
  });
});

describe('editing a plan read back', () => {
  it('keeps intents when a client edits the lists and sends the questions it read (the console)', async () => {
    const study = (await create({ questions: QUESTIONS })).json;
    const edited = { ...study.plan, mandatoryQuestions: [QUESTIONS[0]!.text, QUESTIONS[2]!.text], coreQuestions: [QUESTIONS[1]!.text, 'Where did you first hear about our shop?'] };
    const res = await patch(study.id, edited);
    expect(res.status).toBe(200);
    expect(res.json.plan.questions.map((q: { id: string; mandatory: boolean; intent: string }) => [q.id, q.mandatory, q.intent])).toEqual([
      ['order', true, QUESTIONS[0]!.intent],
      ['delivery', false, QUESTIONS[1]!.intent],
      ['c1', false, ''],
      ['pay', true, QUESTIONS[2]!.intent],
    ]);
    expect(res.json.plan.mandatoryQuestions).toEqual(edited.mandatoryQuestions);
    expect(res.json.plan.coreQuestions).toEqual(edited.coreQuestions);
  });

  it('takes edited questions when the lists come back as they were read', async () => {
    const study = (await create({ questions: QUESTIONS })).json;
    const questions = study.plan.questions.map((q: { id: string }) => (q.id === 'pay' ? { ...q, text: 'How did you pay for your last order?' } : q));
    const res = await patch(study.id, { ...study.plan, questions });
    expect(res.status).toBe(200);
    expect(res.json.plan.coreQuestions).toEqual([QUESTIONS[1]!.text, 'How did you pay for your last order?']);
    expect(res.json.plan.questions.find((q: { id: string }) => q.id === 'pay').intent).toBe(QUESTIONS[2]!.intent);
  });

  it('keeps intents when a client that knows only the lists sends them alone', async () => {
    const study = (await create({ questions: QUESTIONS })).json;
    const { questions: _read, ...lists } = study.plan;
    const res = await patch(study.id, { ...lists, coreQuestions: [QUESTIONS[2]!.text] });
    expect(res.status).toBe(200);
    expect(res.json.plan.questions.map((q: { id: string; intent: string }) => [q.id, q.intent])).toEqual([
      ['order', QUESTIONS[0]!.intent],
      ['pay', QUESTIONS[2]!.intent],
    ]);
  });

  it('checks edited questions sent next to unchanged lists, at their own path', async () => {
    const study = (await create({ questions: QUESTIONS })).json;
    const questions = study.plan.questions.map((q: { id: string }) => (q.id === 'pay' ? { ...q, text: 'Did you pay by card?' } : q));
    const res = await patch(study.id, { ...study.plan, questions });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([{ path: 'plan.questions.2.text', message: expect.stringMatching(/^Question 3 asks yes or no/) }]);
  });
});

describe('studies stored before these checks', () => {
  it('still load, show questions, and run an interview: stored plans are never re-checked', async () => {
    const created = (await create({ mandatoryQuestions: ['Tell me about the last order you placed with us.'], coreQuestions: ['How did you pay for the order?'] })).json;
    // What an older version stored: the two lists only, one of them a question today's checks refuse.
    const old = { ...created.plan, questions: undefined, coreQuestions: ['Did you pay by card?', 'What did you do about it at the time?'] };
    delete old.questions;
    await t.store.updateStudy(ws.id, created.id, { plan: old, status: 'live' });
    const read = await t.call('GET', `/v1/studies/${created.id}`, { key: ws.secretKey });
    expect(read.status).toBe(200);
    expect(read.json.plan.questions.map((q: { id: string; text: string }) => [q.id, q.text])).toEqual([
      ['m1', 'Tell me about the last order you placed with us.'],
      ['c1', 'Did you pay by card?'],
      ['c2', 'What did you do about it at the time?'],
    ]);
    const list = await t.call('GET', '/v1/studies', { key: ws.secretKey });
    expect(list.json.data[0].plan.questions).toHaveLength(3);
    const session = await t.session(ws.publishableKey, created.id);
    const turn = await t.call('POST', `/v1/sessions/${session.id}/turns`, { key: session.token, body: { id: 'tu_1', text: 'I ordered a lamp last week and it arrived broken.' } });
    expect(turn.status).toBe(200);
    // Changing something else leaves the stored plan alone.
    expect((await t.call('PATCH', `/v1/studies/${created.id}`, { key: ws.secretKey, body: { title: 'Orders' } })).status).toBe(200);
  });
});

describe('drafted plans', () => {
  it.each(['en', 'fr', 'es', 'de'])('pass the same checks in %s (POST /v1/plans, then POST /v1/studies with the draft)', async (language) => {
    for (const researchQuestion of ['What frustrates customers after their support ticket is closed?', 'Why do trial users not convert to paid?', 'Who are our power users and what do they need?']) {
      const draft = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion, language } });
      expect(draft.status).toBe(200);
      expect(draft.json.plan.questions.length).toBeGreaterThanOrEqual(8);
      const study = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion, plan: draft.json.plan } });
      expect(study.status, JSON.stringify(study.json?.error)).toBe(201);
    }
  });
});
