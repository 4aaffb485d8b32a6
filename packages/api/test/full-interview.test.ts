import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

const answers = [
  'I run a small design agency, so I juggle client work and billing every day.',
  'ok',
  'It was fine I guess.',
  'Honestly the billing page made me furious, I was charged twice and nobody answered for three days.',
  'We mostly use it on Mondays to plan the week, then my project managers update tasks daily.',
  'not sure',
  'skip',
  'The export to spreadsheets is what I rely on most, it saves me hours at month end.',
  'I contacted support through chat, then email, and finally by phone before it was solved.',
  'I think a clearer status page would have helped me a lot.',
];

/** Interviewer questions of a transcript, one per question sentence. */
function questionsOf(texts: string[]): string[] {
  return texts.flatMap((text) => text.match(/[^.!?\n]*\?/g) ?? []).map((q) => q.trim().toLowerCase());
}

describe('a full interview through HTTP only', () => {
  it.each(['persona', 'journey', 'support', 'custom'] as const)(
    'the %s template reaches completed, asking every mandatory question once, within maxTurns',
    async (template) => {
      const ws = await t.workspace();
      const drafted = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'How do agencies manage client billing with our tool?', template } });
      const plan = drafted.json.plan;
      const st = await t.study(ws.secretKey, { plan, experience: { title: 'Tell us', welcomeMessage: 'Thanks for helping.', endCta: { text: 'Back to your dashboard', url: 'https://app.example.com' } } });
      const se = await t.session(ws.publishableKey, st.id);
      const interviewerTexts: string[] = [se.turns[0].text];
      let status = 'active';
      let turns = 0;
      let lastProgress = se.progress.fraction;
      while (status === 'active' && turns < plan.maxTurns + 5) {
        const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `t${turns}`, text: answers[turns % answers.length] } });
        expect(res.status).toBe(200);
        turns++;
        t.clock.advance(20_000);
        interviewerTexts.push(res.json.reply.text);
        status = res.json.status;
        expect(res.json.progress.fraction).toBeGreaterThanOrEqual(lastProgress);
        lastProgress = res.json.progress.fraction;
      }
      expect(status).toBe('completed');
      expect(turns).toBeLessThanOrEqual(plan.maxTurns);
      const all = interviewerTexts.join('\n').toLowerCase();
      for (const q of plan.mandatoryQuestions) expect(all, q).toContain(q.toLowerCase());
      const questions = questionsOf(interviewerTexts);
      expect(new Set(questions).size).toBe(questions.length);
      // The end call-to-action is shown by clients as a button from experience.endCta, not spoken in the last turn.
      expect(interviewerTexts.at(-1)).not.toContain('Back to your dashboard');
      const session = await t.call('GET', `/v1/sessions/${se.id}`, { key: se.token });
      expect(session.json).toMatchObject({ status: 'completed', progress: { fraction: 1 } });
      expect(session.json.endedAt).toEqual(expect.any(String));
      const after = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'after', text: 'one more' } });
      expect(after.status).toBe(409);
      const studyNow = await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey });
      expect(studyNow.json.stats).toMatchObject({ sessions: 1, completed: 1, inProgress: 0 });
    },
  );

  it('wraps up at once when the participant asks to stop', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'stop', text: 'I want to stop now, sorry.' } });
    expect(res.json.status).toBe('completed');
    const session = await t.call('GET', `/v1/sessions/${se.id}`, { key: se.token });
    expect(session.json.endReason).toBe('participant_stopped');
  });
});
