import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { Plan, buildOpenApiDocument, normalisePlan } from '@parley/protocol';
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
const GOALS = ['Learn what happens after a ticket is closed', 'Find what frustrates customers then', 'Prioritise fixes to the follow-up'];
const GOOD_DRAFT = {
  researchType: 'evaluative',
  description: 'How customers experience the days after a support ticket is closed, and what frustrates them.',
  goals: GOALS,
  targetParticipants: 'Customers whose ticket was closed in the last week.',
  questions: [
    { id: 'last_ticket', text: 'Tell me about the last support ticket you had closed.', mandatory: true, intent: 'the issue behind their last closed ticket', goal: GOALS[0], verbatim: true, maxFollowUps: 3 },
    { id: 'after_close', text: 'What happened after your last ticket was closed?', mandatory: true, intent: 'what happened after the ticket was closed (fixed, reopened, still broken)', goal: GOALS[0], verbatim: true, maxFollowUps: 2 },
    { id: 'better', text: 'What would have made the end of your last ticket better?', mandatory: true, intent: 'what would have made closing the ticket better', goal: GOALS[2], verbatim: true, maxFollowUps: 1 },
    { id: 'found_out', text: 'How did you find out that your ticket had been closed?', mandatory: false, intent: 'how they learnt the ticket was closed (email, notification, nobody told them)', goal: GOALS[0], verbatim: false, maxFollowUps: 1 },
    { id: 'who', text: 'Who did you talk to after your ticket was closed?', mandatory: false, intent: 'who they talked to afterwards (support agent, colleague, manager)', goal: GOALS[1], verbatim: false, maxFollowUps: 1 },
    { id: 'next', text: 'What did you do next about the issue behind the ticket?', mandatory: false, intent: 'what they did next (a workaround, a new ticket, giving up)', goal: GOALS[1], verbatim: false, maxFollowUps: 2 },
    { id: 'compare', text: 'How did the end of your last ticket compare with earlier tickets?', mandatory: false, intent: 'comparison with earlier tickets (better, worse, the same)', goal: GOALS[2], verbatim: false, maxFollowUps: 1 },
    { id: 'else', text: 'What else about closed tickets should we know?', mandatory: false, intent: 'anything else about closed tickets', goal: GOALS[2], verbatim: false, maxFollowUps: 1 },
  ],
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
      expect(res.json.plan).toEqual(normalisePlan(Plan.parse({ ...GOOD_DRAFT, maxTurns: 16, maxMinutes: 15, language: 'de', template: 'support' })));
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
      expect(study.plan.mandatoryQuestions).toEqual(GOOD_DRAFT.questions.filter((q) => q.mandatory).map((q) => q.text));
      expect(study.plan.questions.map((q: { intent: string }) => q.intent)).toEqual(GOOD_DRAFT.questions.map((q) => q.intent));
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

  it('sends questions that are not standalone, open and free of suggested answers back with the reason, at their path', async () => {
    const questions = GOOD_DRAFT.questions.map((q, i) =>
      i === 1 ? { ...q, text: 'Walk me through how you did that.' } : i === 3 ? { ...q, text: 'Did you get an email when it closed?' } : i === 4 ? { ...q, text: 'Which channel did you use — chat, email, phone or something else?' } : q,
    );
    const { t, ws, fake } = await app((i) => ({ json: JSON.stringify(i === 0 ? { ...GOOD_DRAFT, questions } : GOOD_DRAFT) }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(res.json.plan.questions.map((q: { text: string }) => q.text)).toEqual(GOOD_DRAFT.questions.map((q) => q.text));
      const repair = fake.requests[1]!.body.messages.at(-1).content as string;
      expect(repair).toContain('- questions.1.text: Question 2 points back to something it does not name');
      expect(repair).toContain('- questions.3.text: Question 4 asks yes or no ("Did you get…")');
      expect(repair).toContain('- questions.4.text: Question 5 suggests answers');
    } finally {
      await t.cleanup();
    }
  });

  it('holds the model to the drafting rules: 8–12 questions, at most three mandatory', async () => {
    const tooMany = { ...GOOD_DRAFT, questions: GOOD_DRAFT.questions.map((q) => ({ ...q, mandatory: true })) };
    const { t, ws, fake } = await app((i) => ({ json: JSON.stringify(i === 0 ? tooMany : { ...GOOD_DRAFT, questions: GOOD_DRAFT.questions.slice(0, 5) }) }));
    try {
      const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      expect(fake.requests).toHaveLength(2);
      expect(fake.requests[1]!.body.messages.at(-1).content).toContain('mark at most 3 questions as mandatory (there are 8)');
      // Still wrong after the repair (five questions): the offline draft is used.
      expect(res.json).toEqual(JSON.parse(JSON.stringify(withTemplate(draftPlanOffline({ researchQuestion: QUESTION })))));
    } finally {
      await t.cleanup();
    }
  });

  it('gives the model a schema with the bounds the plan is validated against', async () => {
    const { t, ws, fake } = await app(() => ({ json: JSON.stringify(GOOD_DRAFT) }));
    try {
      await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: QUESTION } });
      const schema = fake.requests[0]!.body.response_format.json_schema.schema;
      const plan = (buildOpenApiDocument({ version: 'test' }).components.schemas as any);
      const question = schema.properties.questions.items;
      expect(Object.keys(question.properties)).toEqual(['id', 'text', 'mandatory', 'intent', 'goal', 'verbatim', 'maxFollowUps']);
      expect(question.properties.id.pattern).toBe(plan.PlanQuestion.properties.id.pattern);
      expect([question.properties.maxFollowUps.minimum, question.properties.maxFollowUps.maximum]).toEqual([plan.PlanQuestion.properties.maxFollowUps.minimum, plan.PlanQuestion.properties.maxFollowUps.maximum]);
      expect([schema.properties.flow.minItems, schema.properties.flow.maxItems]).toEqual([plan.Plan.properties.flow.minItems, 5]);
      expect(plan.Plan.properties.flow.maxItems).toBe(5);
      expect([schema.properties.goals.minItems, schema.properties.goals.maxItems]).toEqual([plan.Plan.properties.goals.minItems, plan.Plan.properties.goals.maxItems]);
      expect([schema.properties.questions.minItems, schema.properties.questions.maxItems]).toEqual([8, 12]);
      expect(fake.requests[0]!.system).toMatch(/standalone/);
      expect(fake.requests[0]!.system).toMatch(/yes\/no opener/);
      expect(fake.requests[0]!.system).toMatch(/suggesting no answers/);
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
      expect(res.json).toEqual(JSON.parse(JSON.stringify(withTemplate(draftPlanOffline({ researchQuestion: QUESTION })))));
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

/** A draft as `POST /v1/plans` answers it: the plan remembers the kind of study it was drafted as. */
function withTemplate<T extends { plan: object; template: string }>(draft: T): T {
  return { ...draft, plan: { ...draft.plan, template: draft.template } };
}
