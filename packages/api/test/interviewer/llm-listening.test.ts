import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { allowedMoves, answerIn, fakeOpenAi, type SeenRequest } from '../llm/fake-openai.ts';
import { makeLlmTestApp, postTurn, runInterview } from '../llm/llm-app.ts';
import { EXPERIENCE, SUPPORT_PLAN } from './listening-fixtures.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let t: Awaited<ReturnType<typeof makeLlmTestApp>>;
beforeEach(async () => (t = await makeLlmTestApp()));
afterEach(() => t.cleanup());

async function start(plan = SUPPORT_PLAN) {
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey, { plan, experience: EXPERIENCE });
  const se = await t.session(ws.publishableKey, st.id);
  return { ws, st, se };
}
const questionMarks = (text: string) => (text.match(/\?/g) ?? []).length;
const nextId = (req: SeenRequest) => /the next question is ([\w-]+)/.exec(req.user)?.[1];

describe('the LLM interviewer: the conductor keeps one question per reply', () => {
  it('drops a question the model put in a "next" acknowledgement, so the guide question is the only one', async () => {
    server.use(fakeOpenAi(() => ({ stream: 'Next\nThanks! Which channel did you use?\nNOTE: export broke' })).handler);
    const { se } = await start();
    const res = await postTurn(t, se, 't1', 'The export broke during month-end close.');
    expect(res.status).toBe(200);
    expect(questionMarks(res.json.reply.text)).toBe(1);
    expect(res.json.reply.text.startsWith('Thanks!')).toBe(true);
  });

  it('never shows a question in a wrap-up, and reads a decorated, lower-case move word without a NOTE', async () => {
    server.use(fakeOpenAi((req) => ({ stream: allowedMoves(req).includes('wrap') ? '**wrap**\nThanks so much. Anything else you want to add?' : 'next\nOkay.' })).handler);
    const { se } = await start({ ...SUPPORT_PLAN, maxTurns: 4 } as typeof SUPPORT_PLAN);
    const run = await runInterview(t, se, () => 'It was slow but fine in the end, I used email.');
    const last = run.replies.at(-1)!;
    expect(last.status).toBe('completed');
    expect(questionMarks(last.text)).toBe(0);
    for (const r of run.replies) expect(questionMarks(r.text)).toBeLessThanOrEqual(1);
  });

  it('keeps only the first of two questions in a follow-up', async () => {
    server.use(fakeOpenAi(() => ({ stream: 'probe\nYou said it broke — what happened next? And how did you feel?\nNOTE: broke' })).handler);
    const { se } = await start();
    const res = await postTurn(t, se, 't1', 'Last week the export broke and nobody told me why.');
    expect(res.json.reply.text).toBe('You said it broke — what happened next?');
  });
});

describe('the LLM interviewer: coverage', () => {
  it('counts a follow-up that asked an upcoming guide question as asking it, so it is not asked twice', async () => {
    const fake = fakeOpenAi((req, i) => {
      const allowed = allowedMoves(req);
      if (i === 0 && allowed.includes('probe')) return { stream: 'probe\nHow much effort did it take on your side to get that resolved?\nNOTE: export' };
      return { stream: allowed.includes('next') ? 'next\nThank you.' : `${allowed[0]}\nThank you for your time.` };
    });
    server.use(fake.handler);
    const { se } = await start();
    const run = await runInterview(t, se, () => 'I had to chase them for three days, it was exhausting.');
    const all = run.texts.join('\n');
    expect(all.match(/How much effort did it take on your side/g)).toHaveLength(1);
  });

  it('takes a "covered" claim whose evidence is the participant\'s words, and ignores one whose evidence is not', async () => {
    const fake = fakeOpenAi((req) => {
      const allowed = allowedMoves(req);
      if (!allowed.includes('next')) return { stream: `${allowed[0]}\nThank you for your time.` };
      return { stream: 'next\nThank you.\nNOTE: chat\nCOVERED: channel | I opened a chat\nCOVERED: outcome | it was fixed the same day' };
    });
    server.use(fake.handler);
    const { ws, se } = await start();
    await postTurn(t, se, 't1', 'The payout report was wrong, so I opened a chat with your team.');
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    const texts = session.turns.map((x: { text: string }) => x.text).join('\n');
    expect(texts).not.toContain('Which channel did you use');
    const next = fake.requests.at(-1)!;
    expect(next.user).toMatch(/channel covered/);
    expect(next.user).not.toMatch(/outcome covered/);
  });

  it('lets the model word a question it may reword, building on what was said, and asks no second one', async () => {
    const fake = fakeOpenAi((req) => {
      if (nextId(req) === 'channel') return { stream: 'next\nThanks for walking me through it. You mentioned the payout report — how did you reach us about it?\nNOTE: payout' };
      return { stream: 'next\nThank you.' };
    });
    server.use(fake.handler);
    const { se } = await start();
    const res = await postTurn(t, se, 't1', 'The payout report was wrong last Friday and it cost me an afternoon.');
    const text: string = res.json.reply.text;
    expect(text).toContain('how did you reach us about it?');
    expect(text).not.toContain('Which channel did you use');
    expect(questionMarks(text)).toBe(1);
  });
});

describe('the LLM interviewer: requests and context', () => {
  it('ends the interview when the model signals a stop the patterns did not read; the conductor words the ending', async () => {
    server.use(fakeOpenAi((req) => ({ stream: /smettere/.test(answerIn(req)) ? 'stop' : 'next\nOk.' })).handler);
    const { ws, se } = await start();
    const res = await postTurn(t, se, 't1', 'Basta, voglio smettere adesso.');
    expect(res.json.status).toBe('completed');
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.endReason).toBe('participant_stopped');
    expect(session.progress.fraction).toBeLessThan(1);
  });

  it('does not let a model that misreads an answer in English as a stop end the interview', async () => {
    server.use(fakeOpenAi(() => ({ stream: 'stop' })).handler);
    const { ws, se } = await start();
    const res = await postTurn(t, se, 't1', 'I want to stop paying for seats we never use, so I asked support to remove two.');
    expect(res.json.status).toBe('active');
    const session = (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
    expect(session.fallbacks).toBe(1);
  });

  it('asks the model to reword its own last question on a clarification, not the guide\'s', async () => {
    const fake = fakeOpenAi((req, i) => ({ stream: i === 0 ? 'probe\nYou said the export broke — what happened right after that?' : `${allowedMoves(req)[0]}\nPut simply: what did you see next?` }));
    server.use(fake.handler);
    const { se } = await start();
    await postTurn(t, se, 't1', 'Last week the export broke while I was closing the month.');
    await postTurn(t, se, 't2', 'What do you mean?');
    expect(fake.requests[1]!.user).toContain('reword your last question: "You said the export broke — what happened right after that?"');
  });

  it('keeps the story pinned after the rolling notes have moved on, and the prompt prefix identical every turn', async () => {
    const fake = fakeOpenAi((req, i) => {
      const allowed = allowedMoves(req);
      const story = i === 0 ? '\nSTORY: export broke at month-end close; chased support three days; furious' : '';
      return { stream: `${allowed.includes('probe') ? 'probe\nWhat happened after that?' : allowed.includes('next') ? 'next\nThank you.' : `${allowed[0]}\nThank you.`}\nNOTE: note ${i}${story}` };
    });
    server.use(fake.handler);
    const { se } = await start({ ...SUPPORT_PLAN, maxTurns: 30, maxMinutes: 120 } as typeof SUPPORT_PLAN);
    await runInterview(t, se, (i) => `Answer ${i}: last month the export broke and I chased support for days.`, 20);
    const last = fake.requests.at(-1)!;
    expect(last.user).toContain('export broke at month-end close');
    expect(new Set(fake.requests.map((r) => r.system)).size).toBe(1);
    expect(last.system).toContain('Which channel did you use to get in touch with us?');
  });
});
