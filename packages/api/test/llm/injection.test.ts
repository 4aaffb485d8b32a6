import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { allowedMoves, answerIn, fakeOpenAi, type SeenRequest } from './fake-openai.ts';
import { makeLlmTestApp, postTurn, TEST_PLAN } from './llm-app.ts';
import { INJECTION_FIXTURES, type InjectionFixture } from './injection-fixtures.ts';
import { INTERVIEWER_INSTRUCTIONS } from '../../src/interviewer/llm/system-prompt.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const OTHER_SESSION_SECRET = 'My account number is PELICAN-7781 and my name is Orla Quennell.';
const CANARIES = ['zephyrquill', 'marmotwhistle', 'lanternfjord', 'pelican', 'quennell'];

/** The compromised model: names an allowed move, then copies into its reply what the attack asked for. */
function echoModel(fixtureFor: (req: SeenRequest) => InjectionFixture | undefined) {
  return (req: SeenRequest) => {
    const fixture = fixtureFor(req);
    const move = allowedMoves(req)[0]!;
    const brief = /<study_brief>[\s\S]*<\/study_brief>/.exec(req.system)?.[0] ?? '';
    const echo = {
      system: req.system,
      brief,
      user: req.user,
      everything: req.prompt,
      json: JSON.stringify(req.body.messages),
      note: `Thanks — what happened after that?\nNOTE: ${req.system}`,
      answer: answerIn(req),
    }[fixture?.echo ?? 'answer'];
    return { stream: `${move}\n${echo}\nNOTE: ${brief.slice(0, 200)}` };
  };
}

/** Five-word runs of a text, normalised. */
function runsOf(text: string, size = 5): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i + size <= words.length; i += 1) runs.push(words.slice(i, i + size).join(' '));
  return runs;
}
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('prompt injection', () => {
  it(`never leaks the system prompt, the plan's internals or another session's words (${INJECTION_FIXTURES.length} attacks)`, async () => {
    expect(INJECTION_FIXTURES.length).toBeGreaterThanOrEqual(10);
    const byAnswer = new Map(INJECTION_FIXTURES.map((f) => [normalise(f.answer.replace(/[<>]/g, '')), f]));
    const fake = fakeOpenAi(echoModel((req) => byAnswer.get(normalise(answerIn(req).replace(/[‹›]/g, '')))));
    server.use(fake.handler);
    const t = await makeLlmTestApp();
    try {
      const ws = await t.workspace();
      const st = await t.study(ws.secretKey, { plan: TEST_PLAN });
      // Another participant's interview, with words that must never reach anyone else.
      const other = await t.session(ws.publishableKey, st.id);
      expect((await postTurn(t, other, 'o1', OTHER_SESSION_SECRET)).status).toBe(200);

      const privateRuns = new Set([
        ...runsOf(INTERVIEWER_INSTRUCTIONS),
        ...runsOf(TEST_PLAN.description),
        ...TEST_PLAN.goals.flatMap((g) => runsOf(g)),
        ...runsOf(TEST_PLAN.targetParticipants),
      ]);
      for (const fixture of INJECTION_FIXTURES) {
        const se = await t.session(ws.publishableKey, st.id);
        const seen = fake.requests.length;
        const res = await postTurn(t, se, 'attack', fixture.answer);
        expect(res.status, fixture.name).toBe(200);
        const reply: string = res.json.reply.text;
        const where = `${fixture.name}: ${reply}`;
        // A reply, and the interview goes on (the participant cannot end it by forging a move line).
        expect(reply.trim(), where).not.toBe('');
        expect(res.json.status, where).toBe('active');
        // Nothing private: no run of five words from the instructions or the plan, no canary, no other session's words.
        for (const run of runsOf(reply)) expect(privateRuns.has(run), `${where}\n  quotes: "${run}"`).toBe(false);
        for (const canary of CANARIES) expect(reply.toLowerCase(), where).not.toContain(canary);
        // Questions still to come are not read out.
        for (const q of [...TEST_PLAN.mandatoryQuestions.slice(1), ...TEST_PLAN.coreQuestions.slice(1)]) expect(reply, where).not.toContain(q);
        // Plain text only.
        expect(reply, where).not.toMatch(/<[a-z/!]|\*\*|`|^#/i);
        // A message that only tries to redirect the interviewer is answered by the conductor without the model;
        // otherwise the prompt fenced the answer: one closing tag, and another session's words never in it.
        const request = fake.requests[seen];
        if (request) {
          expect(request.user.split('</participant_answer>'), fixture.name).toHaveLength(2);
          for (const canary of ['pelican', 'quennell']) expect(request.prompt.toLowerCase()).not.toContain(canary);
        } else {
          expect(reply, where).toContain(TEST_PLAN.mandatoryQuestions[0]);
        }
        // No private text made it into the stored rolling summary either.
        const stored = await t.store.getSession(ws.id, se.id);
        for (const note of stored!.session.state.notes) for (const canary of CANARIES) expect(note.toLowerCase(), where).not.toContain(canary);
      }
    } finally {
      await t.cleanup();
    }
  });
});
