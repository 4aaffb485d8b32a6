import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { fakeOpenAi, type ModelAnswer } from './fake-openai.ts';
import { makeLlmTestApp, postTurn, TEST_PLAN } from './llm-app.ts';
import { parseSse } from '../harness.ts';
import type { LlmConfig } from '../../src/llm/config.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const GOOD: ModelAnswer = { stream: 'probe\nYou mentioned the export — what happened the last time it broke?\nNOTE: export breaks' };
/** The guide's reply when the model gives none on the first turn: the next question, word for word. */
// The guide's own reply: an acknowledgement, then the next question word for word (mandatory questions come first).
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GUIDE_REPLY = new RegExp(`^[A-Z][^?]*[.!] ${escaped(TEST_PLAN.mandatoryQuestions[1])}$`);

/** A study, a session and one answered turn against a fake model that answers with `script` in order (then GOOD). */
async function oneTurn(script: ModelAnswer[], config: Partial<LlmConfig> = {}, sse = false) {
  const fake = fakeOpenAi((_req, i) => script[i] ?? GOOD);
  server.use(fake.handler);
  const t = await makeLlmTestApp({ config });
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey, { plan: TEST_PLAN });
  const se = await t.session(ws.publishableKey, st.id);
  const started = performance.now();
  let reply: { text: string };
  let events: { event: string; data: any }[] = [];
  if (sse) {
    const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'f1', text: 'The export broke again at month end.' }),
    });
    events = parseSse(await res.text());
    reply = events.at(-1)!.data.reply;
  } else {
    const res = await postTurn(t, se, 'f1', 'The export broke again at month end.');
    expect(res.status).toBe(200);
    reply = res.json.reply;
  }
  const ms = performance.now() - started;
  const session = async () => (await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey })).json;
  // The interview goes on: the next turn is answered normally by a healthy model.
  const goesOn = async () => {
    server.use(fakeOpenAi(() => GOOD).handler);
    const next = await postTurn(t, se, 'f2', 'It broke on the last day of the month.');
    return next.json;
  };
  return { t, fake, reply, events, ms, session, goesOn };
}

describe('model faults: the interview always continues', () => {
  it('a timeout is retried with a fresh request', async () => {
    const run = await oneTurn([{ ...GOOD, delayMs: 5_000 }], { timeoutMs: 200 });
    try {
      expect(run.fake.requests).toHaveLength(2);
      expect(run.reply.text).toBe('You mentioned the export — what happened the last time it broke?');
      expect((await run.session()).fallbacks).toBe(0);
    } finally {
      await run.t.cleanup();
    }
  });

  it('a model that never answers in time gives way to the guide question within the wait budget', async () => {
    const hang = { ...GOOD, delayMs: 5_000 };
    const run = await oneTurn([hang, hang, hang], { timeoutMs: 150 });
    try {
      expect(run.reply.text).toMatch(GUIDE_REPLY);
      expect(run.ms).toBeLessThan(1_000); // budget: 2 × 150 ms, plus the store
      expect((await run.session()).fallbacks).toBe(1);
      expect((await run.goesOn()).status).toBe('active');
    } finally {
      await run.t.cleanup();
    }
  });

  it('429 with retry-after is honoured, then the reply is the model’s', async () => {
    const limited = { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } } };
    const run = await oneTurn([limited]);
    try {
      expect(run.fake.requests).toHaveLength(2);
      expect(run.fake.requests[1]!.at - run.fake.requests[0]!.at).toBeGreaterThanOrEqual(950);
      expect(run.reply.text).toContain('You mentioned the export');
      expect((await run.session()).fallbacks).toBe(0);
    } finally {
      await run.t.cleanup();
    }
  });

  it('429 asking for longer than a participant can wait falls back at once', async () => {
    const run = await oneTurn([{ status: 429, headers: { 'retry-after': '120' } }]);
    try {
      expect(run.fake.requests).toHaveLength(1);
      expect(run.ms).toBeLessThan(1_000);
      expect(run.reply.text).toMatch(GUIDE_REPLY);
    } finally {
      await run.t.cleanup();
    }
  });

  it('500s are retried a bounded number of times, then the guide question is used and counted', async () => {
    const down = { status: 500 };
    const run = await oneTurn([down, down, down, down]);
    try {
      expect(run.fake.requests).toHaveLength(3); // the first try and maxRetries = 2
      expect(run.reply.text).toMatch(GUIDE_REPLY);
      const session = await run.session();
      expect(session.fallbacks).toBe(1);
      const next = await run.goesOn();
      expect(next.reply.text).toContain('You mentioned the export');
      expect((await run.session()).fallbacks).toBe(1);
    } finally {
      await run.t.cleanup();
    }
  });

  it('a 401 (a wrong key) is not retried', async () => {
    const run = await oneTurn([{ status: 401 }]);
    try {
      expect(run.fake.requests).toHaveLength(1);
      expect(run.reply.text).toMatch(GUIDE_REPLY);
    } finally {
      await run.t.cleanup();
    }
  });

  it('a stream cut mid-reply ends with a coherent reply and done, never a dangling half sentence', async () => {
    const run = await oneTurn([{ ...GOOD, cutAfter: 6 }], {}, true);
    try {
      expect(run.fake.requests).toHaveLength(1); // never retried once words were shown
      const deltas = run.events.filter((e) => e.event === 'delta').map((e) => e.data.text);
      expect(run.events.at(-1)!.event).toBe('done');
      expect(deltas.join('')).toBe(run.reply.text);
      expect(run.reply.text).toMatch(/^You mentioned the export — [a-z][^?]*\?$/);
      expect((await run.session()).fallbacks).toBe(1);
      expect((await run.goesOn()).status).toBe('active');
    } finally {
      await run.t.cleanup();
    }
  });

  it('a stream that stalls mid-reply times out and is completed the same way', async () => {
    const run = await oneTurn([{ ...GOOD, stallAfter: 8 }], { timeoutMs: 200 }, true);
    try {
      expect(run.events.at(-1)!.event).toBe('done');
      expect(run.reply.text).toMatch(/^You mentioned the export — what — [a-z][^?]*\?$/);
    } finally {
      await run.t.cleanup();
    }
  });

  it('a stream cut before any words is retried', async () => {
    const run = await oneTurn([{ ...GOOD, cutAfter: 1 }]);
    try {
      expect(run.fake.requests).toHaveLength(2);
      expect(run.reply.text).toContain('You mentioned the export');
    } finally {
      await run.t.cleanup();
    }
  });

  it('output without a move line is malformed and retried', async () => {
    const run = await oneTurn([{ stream: 'Thanks for sharing that with me. What happened next?\nNOTE: x' }]);
    try {
      expect(run.fake.requests).toHaveLength(2);
      expect(run.reply.text).toContain('You mentioned the export');
    } finally {
      await run.t.cleanup();
    }
  });

  it('a reply cut by the token limit is completed, not left hanging', async () => {
    const run = await oneTurn([{ stream: 'probe\nYou mentioned the export and the way it keeps', finishReason: 'length' }]);
    try {
      expect(run.reply.text).toMatch(/^You mentioned the export and the way it keeps — [a-z][^?]*\?$/);
    } finally {
      await run.t.cleanup();
    }
  });

  it('a model that refuses a parameter (temperature on a reasoning model) is asked again without it, from then on', async () => {
    const refusal = {
      status: 400,
      body: { error: { message: "Unsupported value: 'temperature' does not support 0.4 with this model. Only the default (1) value is supported.", type: 'invalid_request_error', param: 'temperature', code: 'unsupported_value' } },
    };
    const run = await oneTurn([refusal]);
    try {
      expect(run.fake.requests).toHaveLength(2);
      expect(run.fake.requests[0]!.body.temperature).toBe(0.4);
      expect(run.fake.requests[1]!.body.temperature).toBeUndefined();
      expect(run.reply.text).toContain('You mentioned the export');
      expect((await run.session()).fallbacks).toBe(0);
    } finally {
      await run.t.cleanup();
    }
  });

  it('estimates usage when the server reports none', async () => {
    const run = await oneTurn([{ ...GOOD, noUsage: true }]);
    try {
      const { usage } = await run.session();
      const promptChars = run.fake.requests[0]!.body.messages.reduce((n: number, m: { content: string }) => n + m.content.length, 0);
      expect(usage.promptTokens).toBe(Math.ceil(promptChars / 4));
      expect(usage.completionTokens).toBeGreaterThan(10);
    } finally {
      await run.t.cleanup();
    }
  });
});
