import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError, type Store } from '../../api/src/store/store.ts';
import type { RateLimiter } from '../../api/src/ratelimit/rate-limiter.ts';
import { BASE_URL, errorResponse, networkError, setup } from './helpers.ts';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  Parley,
  ParleyError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UpstreamError,
} from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
afterEach(() => s?.cleanup());

/** The error a promise rejects with. */
async function caught(promise: Promise<unknown>): Promise<APIError> {
  try {
    await promise;
  } catch (err) {
    return err as APIError;
  }
  throw new Error('expected a rejection');
}

/** Wraps a store so that chosen methods throw once `on` is set. */
function failing(make: () => Error, methods: (keyof Store)[]) {
  const state = { on: false };
  const wrapStore = (store: Store): Store =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => (state.on && methods.includes(prop as keyof Store) ? Promise.reject(make()) : value.apply(target, args));
      },
    });
  return { state, wrapStore };
}

describe('each API error type becomes its own class, with status, type, requestId and issues', () => {
  it('400 invalid_request → BadRequestError listing every offending field', async () => {
    s = await setup();
    const err = await caught(s.client.studies.create({ researchQuestion: 'short', titel: 'typo' } as never));
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err).toBeInstanceOf(APIError);
    expect(err).toBeInstanceOf(ParleyError);
    expect(err).toMatchObject({ status: 400, type: 'invalid_request', name: 'BadRequestError' });
    expect(err.requestId).toMatch(/^req_/);
    expect(err.issues?.map((i) => i.path).sort()).toEqual(['researchQuestion', 'titel']);
    expect(err.message).toMatch(/^400 /);
  });

  it('401 authentication → AuthenticationError', async () => {
    s = await setup();
    const err = await caught(s.clientWith({ apiKey: 'sk_not_a_real_key_123' }).studies.list().page());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401, type: 'authentication', requestId: expect.stringMatching(/^req_/) });
  });

  it('403 permission → PermissionDeniedError (a publishable key on a secret route)', async () => {
    s = await setup();
    const err = await caught(s.clientWith({ apiKey: s.ws.publishableKey }).studies.list().page());
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect(err).toMatchObject({ status: 403, type: 'permission' });
  });

  it('404 not_found → NotFoundError', async () => {
    s = await setup();
    const err = await caught(s.client.sessions.retrieve('se_missing'));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ status: 404, type: 'not_found' });
  });

  it('409 conflict → ConflictError (a turn id reused with different text)', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    await s.client.sessions.turns.create(session.id, { id: 'same', text: 'First answer.' });
    const err = await caught(s.client.sessions.turns.create(session.id, { id: 'same', text: 'Another answer.' }));
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ status: 409, type: 'conflict' });
  });

  it('413 payload_too_large → PayloadTooLargeError', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    const err = await caught(s.client.sessions.turns.create(session.id, { text: 'x'.repeat(4001) }));
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect(err).toMatchObject({ status: 413, type: 'payload_too_large' });
  });

  it('429 rate_limited → RateLimitError, with the retry-after header', async () => {
    const rateLimiter: RateLimiter = { consume: async () => ({ allowed: false, retryAfterSeconds: 7 }) };
    s = await setup({ app: { rateLimiter } });
    const err = await caught(s.client.studies.list({}, { maxRetries: 0 }).page());
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ status: 429, type: 'rate_limited' });
    expect(err.headers?.get('retry-after')).toBe('7');
  });

  it('503 upstream → UpstreamError (the store is down)', async () => {
    const { state, wrapStore } = failing(() => new StoreUnavailableError('disk gone'), ['createStudy']);
    s = await setup({ app: { wrapStore }, client: { maxRetries: 0 } });
    state.on = true;
    const err = await caught(s.study());
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ status: 503, type: 'upstream' });
    expect(err.message).not.toContain('disk gone');
  });

  it('502 upstream → UpstreamError', async () => {
    s = await setup({ client: { maxRetries: 0 } });
    s.intercept(() => errorResponse(502, 'upstream'));
    const err = await caught(s.client.plans.create({ researchQuestion: 'Why do trial users leave before day 14?' }));
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ status: 502, type: 'upstream', requestId: 'req_injected_502' });
  });

  it('500 internal → InternalServerError (a bug), with the request id the API logged', async () => {
    const { state, wrapStore } = failing(() => new TypeError('boom'), ['listStudies']);
    s = await setup({ app: { wrapStore } });
    state.on = true;
    const err = await caught(s.client.studies.list().page());
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 500, type: 'internal', requestId: expect.stringMatching(/^req_/) });
  });

  it('an answer without API.md error body is classed by its status', async () => {
    s = await setup({ client: { maxRetries: 0 } });
    s.intercept(() => new Response('<html>Bad gateway</html>', { status: 504 }));
    const err = await caught(s.client.health());
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ status: 504, type: undefined });
    s.intercept(() => new Response('teapot', { status: 418 }));
    const other = await caught(s.client.health());
    expect(other.constructor).toBe(APIError);
    expect(other.status).toBe(418);
  });
});

describe('failures without an answer', () => {
  it('a network failure → APIConnectionError (after its retries)', async () => {
    s = await setup({ client: { maxRetries: 0 } });
    s.intercept(() => Promise.reject(networkError()));
    const err = await caught(s.client.studies.retrieve('st_1'));
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(err).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(err).toMatchObject({ status: undefined, type: undefined, requestId: undefined });
    expect(err.cause).toBeInstanceOf(TypeError);
  });

  it('no answer within timeoutMs → APIConnectionTimeoutError', async () => {
    s = await setup({ client: { maxRetries: 0, timeoutMs: 50 } });
    s.intercept((req) => new Promise((_, reject) => req.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const err = await caught(s.client.studies.retrieve('st_1'));
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(err).toBeInstanceOf(APIConnectionError);
  });

  it("the caller's AbortSignal → APIUserAbortError, and the request is aborted", async () => {
    s = await setup();
    const controller = new AbortController();
    s.intercept((req) => new Promise((_, reject) => req.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const pending = caught(s.client.studies.retrieve('st_1', { signal: controller.signal }));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const err = await pending;
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]!.signal!.aborted).toBe(true);
    const already = await caught(s.client.studies.retrieve('st_1', { signal: AbortSignal.abort() }));
    expect(already).toBeInstanceOf(APIUserAbortError);
    expect(s.seen).toHaveLength(1);
  });

  it('a 200 whose body is not JSON → APIError naming the request', async () => {
    s = await setup();
    s.intercept(() => new Response('<html>', { status: 200, headers: { 'x-request-id': 'req_html' } }));
    const err = await caught(s.client.health());
    expect(err).toMatchObject({ status: 200, requestId: 'req_html' });
    expect(err.message).toMatch(/not JSON/);
  });
});

describe('client construction', () => {
  it('needs an API key', () => {
    const saved = process.env.PARLEY_API_KEY;
    delete process.env.PARLEY_API_KEY;
    try {
      expect(() => new Parley({ baseUrl: BASE_URL })).toThrow(ParleyError);
    } finally {
      if (saved !== undefined) process.env.PARLEY_API_KEY = saved;
    }
  });

  it('reads PARLEY_API_KEY and PARLEY_BASE_URL, else defaults to the embedded server', () => {
    const saved = { ...process.env };
    try {
      process.env.PARLEY_API_KEY = 'sk_from_env';
      process.env.PARLEY_BASE_URL = 'https://parley.example.com';
      expect(new Parley()).toMatchObject({ apiKey: 'sk_from_env', baseUrl: 'https://parley.example.com', maxRetries: 2, timeoutMs: 60_000 });
      delete process.env.PARLEY_BASE_URL;
      expect(new Parley().baseUrl).toBe('http://127.0.0.1:8787');
    } finally {
      process.env = saved;
    }
  });

  it('refuses to hold a secret key in a browser unless told to', () => {
    const g = globalThis as { window?: unknown; document?: unknown };
    g.window = {};
    g.document = {};
    try {
      expect(() => new Parley({ apiKey: 'sk_x', baseUrl: BASE_URL })).toThrow(/browser/);
      expect(() => new Parley({ apiKey: 'sk_x', baseUrl: BASE_URL, dangerouslyAllowBrowser: true })).not.toThrow();
    } finally {
      delete g.window;
      delete g.document;
    }
  });
});
