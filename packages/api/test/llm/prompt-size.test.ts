import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { allowedMoves, fakeOpenAi, probesIn } from './fake-openai.ts';
import { makeLlmTestApp, runInterview, TEST_PLAN } from './llm-app.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Sixteen questions, two probes each: more than 30 turns if the budget allows it.
const LONG_PLAN = {
  ...TEST_PLAN,
  mandatoryQuestions: [...TEST_PLAN.mandatoryQuestions, 'What did you expect to happen when you first got in touch?'],
  coreQuestions: [
    ...TEST_PLAN.coreQuestions,
    'How did you feel while you were waiting for an answer?',
    'Who else was involved in sorting out the problem?',
    'What did you try on your own before contacting support?',
    'How did your last support request compare with earlier times you needed help?',
    'What changed in how you use the product after your last support request?',
    'How did waiting for an answer affect the rest of your work?',
    'Where did you look for an answer before getting in touch?',
    'How did the agent explain what had gone wrong?',
    'What would you tell a colleague about getting help from us?',
  ],
  maxTurns: 40,
  maxMinutes: 120,
};

const answer = (i: number) =>
  `[answer-${String(i).padStart(2, '0')}] We were in the middle of month-end close when the export broke again, so I opened a chat, ` +
  'explained it twice, sent screenshots, and waited most of the afternoon before someone finally called me back.';

describe('prompt size over a long interview', () => {
  it('stays flat: the prompt at turn 30 is at most 1.3× the prompt at turn 5, and old answers leave the window', async () => {
    const fake = fakeOpenAi((req, i) => {
      const allowed = allowedMoves(req);
      const move = allowed.includes('probe') && probesIn(req) < 2 ? 'probe' : allowed.includes('next') ? 'next' : allowed[0]!;
      const words = move === 'probe' ? 'What happened right after that, step by step?' : move === 'next' ? 'Thank you.' : 'Thank you for your time.';
      return { stream: `${move}\n${words}\nNOTE: export broke at month-end close; chat, screenshots, long wait (${i})` };
    });
    server.use(fake.handler);
    const t = await makeLlmTestApp();
    try {
      const ws = await t.workspace();
      const st = await t.study(ws.secretKey, { plan: LONG_PLAN });
      const se = await t.session(ws.publishableKey, st.id);
      const run = await runInterview(t, se, answer, 30);
      expect(run.replies).toHaveLength(30);
      expect(fake.requests).toHaveLength(30);
      const usage = fake.requests.map((r) => Math.ceil(r.prompt.length / 4));
      const at5 = usage[4]!;
      const at30 = usage[29]!;
      expect(at30 / at5).toBeLessThanOrEqual(1.3);
      // Flat from the moment the notes are full, not merely bounded.
      expect(Math.max(...usage.slice(12)) - Math.min(...usage.slice(12))).toBeLessThan(at5 * 0.1);

      const last = fake.requests[29]!;
      // The plan and coverage are there…
      expect(last.system).toContain(LONG_PLAN.description);
      for (const goal of LONG_PLAN.goals) expect(last.system).toContain(goal);
      expect(last.user).toContain('<coverage>');
      expect(last.user).toMatch(/Mandatory questions still to ask: \d/);
      for (const q of LONG_PLAN.mandatoryQuestions) expect(last.system).toContain(q);
      // …the notes and the last two exchanges, but no answer from before the window.
      expect(last.user.match(/^- export broke/gm)).toHaveLength(12);
      expect(last.user).toContain('[answer-29]');
      expect(last.user).toContain('[answer-28]');
      expect(last.user).toContain('[answer-27]');
      for (let i = 0; i <= 26; i += 1) expect(last.user).not.toContain(`[answer-${String(i).padStart(2, '0')}]`);
    } finally {
      await t.cleanup();
    }
  });
});
