import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, readSse } from './harness.ts';
import { StoreUnavailableError, type Store } from '../src/store/store.ts';
import type { Interviewer } from '../src/interviewer/interviewer.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

/** Wraps a store so that chosen methods fail once `broken.on` is true. */
function breakable(failWith: () => Error, methods: (keyof Store)[]) {
  const broken = { on: false };
  const wrap = (s: Store): Store =>
    new Proxy(s, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (broken.on && methods.includes(prop as keyof Store)) return Promise.reject(failWith());
          return value.apply(target, args);
        };
      },
    });
  return { broken, wrap };
}

describe('when the store fails', () => {
  it('answers 503 upstream with retry-after, and nothing is half-written', async () => {
    const { broken, wrap } = breakable(() => new StoreUnavailableError('disk gone'), ['commitTurn', 'createStudy']);
    const t = await makeTestApp({ wrapStore: wrap });
    cleanup = t.cleanup;
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    broken.on = true;
    const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a1', text: 'The export broke last week.' } });
    expect(res.status).toBe(503);
    expect(res.json.error.type).toBe('upstream');
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(JSON.stringify(res.json)).not.toContain('disk gone');
    const create = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Why do users leave after a week?' } });
    expect(create.status).toBe(503);
    broken.on = false;
    const session = await t.call('GET', `/v1/sessions/${se.id}`, { key: se.token });
    expect(session.json.turns).toHaveLength(1);
    const retry = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'a1', text: 'The export broke last week.' } });
    expect(retry.status).toBe(200);
  });

  it('ends an SSE turn with an error event when storing fails after deltas were sent', async () => {
    const { broken, wrap } = breakable(() => new StoreUnavailableError('x'), ['commitTurn']);
    const t = await makeTestApp({ wrapStore: wrap });
    cleanup = t.cleanup;
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    broken.on = true;
    const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'b1', text: 'It was slow.' }),
    });
    const events = await readSse(res);
    expect(events.at(-1)).toEqual({ event: 'error', data: { type: 'upstream', message: expect.any(String) } });
  });

  it('answers 500 internal with the request id and no stack trace on a bug', async () => {
    const { broken, wrap } = breakable(() => new TypeError("Cannot read properties of undefined (reading 'secret')"), ['listStudies']);
    const t = await makeTestApp({ wrapStore: wrap });
    cleanup = t.cleanup;
    const ws = await t.workspace();
    broken.on = true;
    const res = await t.call('GET', '/v1/studies', { key: ws.secretKey });
    expect(res.status).toBe(500);
    expect(res.json.error.type).toBe('internal');
    expect(res.json.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(res.text).not.toMatch(/TypeError|at .*\.ts|secret'/);
  });
});

describe('when the interviewer fails mid-reply', () => {
  it('does not store a half reply: the stream ends with an error event and the turn can be retried', async () => {
    let fail = true;
    const t0 = await makeTestApp();
    const real = t0.deps.interviewer;
    await t0.cleanup();
    const flaky: Interviewer = {
      kind: real.kind,
      start: (input) => real.start(input),
      reply: (input) => {
        if (!fail) return real.reply(input);
        const deltas = (async function* () {
          yield 'Thanks, ';
          throw new Error('socket hang up');
        })();
        const outcome = new Promise<never>(() => {});
        return { deltas, outcome };
      },
    };
    const t = await makeTestApp({ interviewer: flaky });
    cleanup = t.cleanup;
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const res = await t.app.request(`/v1/sessions/${se.id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${se.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'c1', text: 'It was slow.' }),
    });
    const events = await readSse(res);
    expect(events.map((e) => e.event)).toEqual(['delta', 'error']);
    expect(events[1]!.data.type).toBe('internal');
    fail = false;
    const retry = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'c1', text: 'It was slow.' } });
    expect(retry.status).toBe(200);
  });
});
