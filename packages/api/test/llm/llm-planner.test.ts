import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { Plan, normalisePlan } from '@parley/protocol';
import { fakeOpenAi, type ModelAnswer } from './fake-openai.ts';
import { testLlmConfig } from './llm-app.ts';
import { makeTestApp } from '../harness.ts';
import { createChatClient } from '../../src/llm/client.ts';
import { createLlmPlanner } from '../../src/planning/llm-planner.ts';
import { draftPlanOffline } from '../../src/planning/draft-plan.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const QUESTION = 'What frustrates customers after their support ticket is closed?';
const GOOD_DRAFT = {
  researchType: 'evaluative',
  description: 'How customers experience the days after a support ticket is closed, and what frustrates them.',
  goals: ['Learn what happens after a ticket is closed', 'Find what frustrates customers then', 'Prioritise fixes to the follow-up'],
  targetParticipants: 'Customers whose ticket was closed in the last week.',
  mandatoryQuestions: ['Tell me about the last ticket you had closed.', 'What happened after it was closed?', 'What would have made that better?'],
  coreQuestions: ['How did you find out it was closed?', 'Who did you talk to afterwards?', 'What did you do next?', 'How did it compare with other times?'],
  flow: ['The ticket', 'After closing', 'Looking back'],
};

async function app(respond: (i: number) => ModelAnswer) {
  const fake = fakeOpenAi((_req, i) => respond(i));
  server.use(fake.handler);
  const config = testLlmConfig({ analysisModel: 'gpt-4.1' });
  const planner = createLlmPlanner({ client: createChatClient(config), config, retry: { baseDelayMs: 10, maxDelayMs: 20 } });
  const t = await makeTestApp({ planner });
  const ws = await t.workspace();
  return { t, ws, fake };
}

describe('plan drafting with a language model', () => {
  it('returns the model’s plan, validated, with budgets and language set and the template still chosen', async () => {
    const { t, ws, fake } = await app(() => ({ json: JSON.stringify(GOOD_DRAFT) }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION, language: 'de' } });
      expect(res.status).toBe(200);
      expect(res.json.template).toBe('support');
      expect(res.json.plan).toEqual(normalisePlan(Plan.parse({ ...GOOD_DRAFT, maxTurns: 16, maxMinutes: 15, language: 'de' })));
      expect(fake.requests).toHaveLength(1);
      const body = fake.requests[0]!.body;
      expect(body.model).toBe('gpt-4.1');
      expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'research_plan', strict: true } });
      expect(fake.requests[0]!.user).toContain(QUESTION);
      expect(fake.requests[0]!.user).toContain('"de"');
    } finally {
      await t.cleanup();
    }
  });

  it('also drafts the plan of a study created without one', async () => {
    const { t, ws } = await app(() => ({ json: JSON.stringify(GOOD_DRAFT) }));
    try {
      const study = await t.study(ws.secretKey, { researchQuestion: QUESTION });
      expect(study.plan.mandatoryQuestions).toEqual(GOOD_DRAFT.mandatoryQuestions);
      expect(study.experience.title).toBe('Your recent support experience');
    } finally {
      await t.cleanup();
    }
  });

  it('repairs an invalid plan once by sending the validation errors back', async () => {
    const invalid = { ...GOOD_DRAFT, goals: ['Only one goal'], flow: [] };
    const { t, ws, fake } = await app((i) => ({ json: JSON.stringify(i === 0 ? invalid : GOOD_DRAFT) }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(res.json.plan.goals).toEqual(GOOD_DRAFT.goals);
      expect(fake.requests).toHaveLength(2);
      const repair = fake.requests[1]!.body.messages;
      expect(repair.at(-2)).toEqual({ role: 'assistant', content: JSON.stringify(invalid) });
      expect(repair.at(-1).content).toMatch(/goals: Too small/i);
      expect(repair.at(-1).content).toMatch(/flow: Too small/i);
    } finally {
      await t.cleanup();
    }
  });

  it('uses the offline template when the plan is still invalid after the repair', async () => {
    const { t, ws, fake } = await app(() => ({ json: 'Here is your plan: {"goals": [' }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(res.status).toBe(200);
      expect(fake.requests).toHaveLength(2);
      expect(res.json).toEqual(JSON.parse(JSON.stringify(draftPlanOffline({ researchQuestion: QUESTION }))));
      expect(res.json.template).toBe('support');
    } finally {
      await t.cleanup();
    }
  });

  it('uses the offline template when the model is down (after bounded retries)', async () => {
    const { t, ws, fake } = await app(() => ({ status: 503 }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION, template: 'journey' } });
      expect(res.status).toBe(200);
      expect(res.json.template).toBe('journey');
      expect(fake.requests).toHaveLength(3);
    } finally {
      await t.cleanup();
    }
  });

  it('switches to JSON mode for a server that does not take json_schema', async () => {
    const { t, ws, fake } = await app((i) =>
      i === 0
        ? { status: 400, body: { error: { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", type: 'invalid_request_error', param: 'response_format', code: null } } }
        : { json: JSON.stringify(GOOD_DRAFT) },
    );
    try {
      const first = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(first.json.plan.goals).toEqual(GOOD_DRAFT.goals);
      expect(fake.requests[1]!.body.response_format).toEqual({ type: 'json_object' });
      expect(fake.requests[1]!.system).toContain('"questions"');
      await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(fake.requests).toHaveLength(3);
      expect(fake.requests[2]!.body.response_format).toEqual({ type: 'json_object' });
    } finally {
      await t.cleanup();
    }
  });
});
