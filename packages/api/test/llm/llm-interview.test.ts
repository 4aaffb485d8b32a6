import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { allowedMoves, answerIn, fakeOpenAi, probesIn, type SeenRequest } from './fake-openai.ts';
import { makeLlmTestApp, runInterview, TEST_PLAN } from './llm-app.ts';
import { parseSse } from '../harness.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let t: Awaited<ReturnType<typeof makeLlmTestApp>>;
beforeEach(async () => (t = await makeLlmTestApp()));
afterEach(() => t.cleanup());

/** A well-behaved model: one probe per question, then moves on, and wraps up when allowed to. */
function cooperative(req: SeenRequest, i: number) {
  const allowed = allowedMoves(req);
  const answer = answerIn(req).split(/\s+/).slice(0, 4).join(' ');
  const move = allowed.includes('probe') && probesIn(req) === 0 ? 'probe' : allowed.includes('next') ? 'next' : allowed[0]!;
  const words: Record<string, string> = {
    probe: `You said “${answer}” — what happened the most recent time (${i})?`,
    next: 'Thank you, that is clear.',
    clarify: 'Put simply: what happened?',
    wrap: 'Thank you so much for your time today.',
  };
  return { stream: `${move}\n${words[move]}\nNOTE: answered about ${answer}`.trim() };
}

async function setUp() {
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey, { plan: TEST_PLAN, experience: { title: 'Your support', welcomeMessage: 'Hi', endCta: { text: 'Back to the app' } } });
  const se = await t.session(ws.publishableKey, st.id);
  return { ws, st, se };
}

const mandatoryAsked = (texts: string[]) => TEST_PLAN.mandatoryQuestions.every((q) => texts.some((x) => x.includes(q)));

describe('a full interview with the LLM interviewer, through HTTP', () => {
  it('completes, asks every mandatory question word for word, and records usage on the session and the study', async () => {
    const fake = fakeOpenAi(cooperative);
    server.use(fake.handler);
    const { ws, st, se } = await setUp();
    const run = await runInterview(t, se, (i) => `Answer number ${i}: the billing page charged me twice.`);
    expect(run.replies.at(-1)!.status).toBe('completed');
    expect(run.replies.length).toBeLessThanOrEqual(TEST_PLAN.maxTurns);
    expect(mandatoryAsked(run.texts)).toBe(true);
    expect(run.texts.at(-1)).not.toContain('Back to the app');
    // The model's probes were used, reflecting the participant's words.
    expect(run.texts.some((x) => x.includes('You said “Answer number'))).toBe(true);
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session).toMatchObject({ status: 'completed', interviewer: 'llm', fallbacks: 0 });
    expect(session.usage.promptTokens).toBeGreaterThan(1000);
    expect(session.usage.completionTokens).toBeGreaterThan(10);
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.usage).toEqual(session.usage);
    expect(fake.requests).toHaveLength(run.replies.length);
    expect(fake.requests[0]!.body).toMatchObject({ model: 'gpt-4.1-mini', stream: true, stream_options: { include_usage: true }, max_completion_tokens: expect.any(Number) });
  });

  it('still covers every mandatory question when the model tries to wrap up at every turn', async () => {
    const fake = fakeOpenAi(() => ({ stream: 'wrap\nThank you, that is everything I needed.\nNOTE: done' }));
    server.use(fake.handler);
    const { ws, se } = await setUp();
    const run = await runInterview(t, se, (i) => `Answer ${i}.`);
    expect(run.replies.at(-1)!.status).toBe('completed');
    expect(mandatoryAsked(run.texts)).toBe(true);
    // Every refused wrap-up fell back to the guide; the last one (allowed) is the model's own.
    expect(run.texts.at(-1)).toContain('Thank you, that is everything I needed.');
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.endReason).toBe('completed');
    expect(session.fallbacks).toBe(run.replies.length - 1);
  });

  it('moves on through the whole guide when the model only ever wants to probe', async () => {
    const fake = fakeOpenAi((_req, i) => ({ stream: `probe\nAnd what happened after that, in case ${i}?\nNOTE: more detail ${i}` }));
    server.use(fake.handler);
    const { ws, se } = await setUp();
    const run = await runInterview(t, se, (i) => `Answer ${i}.`);
    expect(run.replies.at(-1)!.status).toBe('completed');
    expect(run.replies.length).toBeLessThanOrEqual(TEST_PLAN.maxTurns);
    expect(mandatoryAsked(run.texts)).toBe(true);
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.status).toBe('completed');
    // At most two probes per question were the model's; the rest of the turns moved on with the guide's question.
    expect(run.texts.filter((x) => x.startsWith('And what happened after that')).length).toBeLessThanOrEqual(2 * 6);
    expect(session.fallbacks).toBeGreaterThan(0);
  });

  it('streams the wording as SSE deltas, without the move line or the note, then done', async () => {
    const fake = fakeOpenAi(() => ({ stream: 'probe\nYou mentioned the billing page — what happened the last time you used it?\nNOTE: billing page trouble' }));
    server.use(fake.handler);
    const { ws, se } = await setUp();
    const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'sse-1', text: 'The billing page keeps confusing me.' }),
    });
    const events = parseSse(await res.text());
    const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data.text);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas[0]).toBe('You');
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.reply.text).toBe('You mentioned the billing page — what happened the last time you used it?');
    expect(deltas.join('')).toBe(done.data.reply.text);
    // The note went into the interview state's rolling summary, not to the participant.
    const stored = await t.store.getSession(ws.id, se.id);
    expect(stored!.session.state.notes.at(-1)).toBe('billing page trouble');
  });
});
