import { afterEach, describe, expect, it } from 'vitest';
import { startLocalModel } from './local-model-server.ts';
import type { ModelAnswer } from './fake-openai.ts';
import { makeLlmTestApp, postTurn, TEST_PLAN } from './llm-app.ts';

// Over real sockets, not msw: msw never settles the cancel of a mocked response body (mswjs/interceptors#799), and
// the openai SDK awaits that cancel when it meets a stream chunk it cannot parse.

const GOOD: ModelAnswer = { stream: 'probe\nYou mentioned the export — what happened the last time it broke?\nNOTE: export breaks' };
const GARBLED: ModelAnswer = { ...GOOD, garbleAt: 0 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setUp(respond: (i: number) => ModelAnswer) {
  const local = await startLocalModel((_req, i) => respond(i));
  const t = await makeLlmTestApp({ config: { baseUrl: `${local.url}/v1` } });
  cleanups.push(() => t.cleanup(), () => local.close());
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey, { plan: TEST_PLAN });
  const se = await t.session(ws.publishableKey, st.id);
  return { t, local, se, ws };
}

describe('malformed JSON from the model', () => {
  it('is retried while nothing was shown', async () => {
    const { t, local, se } = await setUp((i) => (i === 0 ? GARBLED : GOOD));
    const res = await postTurn(t, se, 'm1', 'The export broke.');
    expect(local.requests).toHaveLength(2);
    expect(res.json.reply.text).toBe('You mentioned the export — what happened the last time it broke?');
  });

  it('gives way to the guide question after the retries, and the interview goes on', async () => {
    let healthy = false;
    const { t, local, se, ws } = await setUp(() => (healthy ? GOOD : GARBLED));
    const started = performance.now();
    const res = await postTurn(t, se, 'm1', 'The export broke.');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(local.requests).toHaveLength(3);
    expect(res.json.reply.text).toMatch(/^[A-Z][^?]*[.!] /);
    expect(res.json.reply.text.endsWith(TEST_PLAN.mandatoryQuestions[1])).toBe(true);
    healthy = true;
    const next = await postTurn(t, se, 'm2', 'By chat.');
    expect(next.json.reply.text).toContain('You mentioned the export');
    const session = await t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey });
    expect(session.json.fallbacks).toBe(1);
  });
});
