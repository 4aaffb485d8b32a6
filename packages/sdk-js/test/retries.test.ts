import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimiter } from '../../api/src/ratelimit/rate-limiter.ts';
import { errorResponse, networkError, setup } from './helpers.ts';
import { APIConnectionError, APIUserAbortError, BadRequestError, ConflictError, RateLimitError, UpstreamError } from '../src/index.ts';
import { retryDelayMs, isRetryableStatus } from '../src/internal/retry.ts';

let s: Awaited<ReturnType<typeof setup>>;
afterEach(() => s?.cleanup());

const paths = () => s.seen.map((r) => `${r.method} ${r.url.pathname}`);

describe('what is retried', () => {
  it('429: waits the retry-after the API sent, then succeeds', async () => {
    let denied = 0;
    const rateLimiter: RateLimiter = { consume: async () => (denied++ === 0 ? { allowed: false, retryAfterSeconds: 1 } : { allowed: true }) };
    s = await setup({ app: { rateLimiter } });
    const started = Date.now();
    const page = await s.client.studies.list();
    expect(page.data).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(paths()).toEqual(['GET /v1/studies', 'GET /v1/studies']);
  });

  it('503 and 502: retried, then the real answer', async () => {
    s = await setup();
    s.intercept((_req, i, real) => (i === 0 ? errorResponse(503, 'upstream', { 'retry-after-ms': '5' }) : i === 1 ? errorResponse(502, 'upstream', { 'retry-after-ms': '5' }) : real()));
    const study = await s.study();
    expect(study.id).toMatch(/^st_/);
    expect(s.seen).toHaveLength(3);
  });

  it('a network error: retried with backoff', async () => {
    s = await setup();
    s.intercept((_req, i, real) => (i === 0 ? Promise.reject(networkError()) : real()));
    expect((await s.client.health()).ok).toBe(true);
    expect(s.seen).toHaveLength(2);
  });

  it('gives up after maxRetries (2 by default: 3 requests) with the last error', async () => {
    s = await setup();
    s.intercept(() => errorResponse(503, 'upstream', { 'retry-after-ms': '1' }));
    await expect(s.client.studies.retrieve('st_1')).rejects.toBeInstanceOf(UpstreamError);
    expect(s.seen).toHaveLength(3);
    await expect(s.client.studies.retrieve('st_1', { maxRetries: 0 })).rejects.toBeInstanceOf(UpstreamError);
    expect(s.seen).toHaveLength(4);
  });

  it('429 gives RateLimitError once retries are used up', async () => {
    s = await setup({ client: { maxRetries: 1 } });
    s.intercept(() => errorResponse(429, 'rate_limited', { 'retry-after': '0' }));
    await expect(s.client.health()).rejects.toBeInstanceOf(RateLimitError);
    expect(s.seen).toHaveLength(2);
  });

  it('400 is not retried', async () => {
    s = await setup();
    await expect(s.client.studies.create({ researchQuestion: 'short' })).rejects.toBeInstanceOf(BadRequestError);
    expect(s.seen).toHaveLength(1);
  });

  it('409 is not retried', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    await s.client.sessions.turns.create(session.id, { id: 't1', text: 'One.' });
    const before = s.seen.length;
    await expect(s.client.sessions.turns.create(session.id, { id: 't1', text: 'Two.' })).rejects.toBeInstanceOf(ConflictError);
    expect(s.seen.length - before).toBe(1);
  });

  it('except the API\'s "this idempotency key is still in progress" 409, which carries retry-after', async () => {
    s = await setup();
    s.intercept((_req, i, real) => (i === 0 ? errorResponse(409, 'conflict', { 'retry-after': '0' }) : real()));
    expect((await s.study()).id).toMatch(/^st_/);
    expect(s.seen).toHaveLength(2);
    expect(s.seen[1]!.headers.get('idempotency-key')).toBe(s.seen[0]!.headers.get('idempotency-key'));
  });

  it('stops waiting to retry when the caller aborts', async () => {
    s = await setup();
    s.intercept(() => errorResponse(503, 'upstream', { 'retry-after': '30' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await expect(s.client.health({ signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(s.seen).toHaveLength(1);
  });
});

describe('creates are retried with one Idempotency-Key', () => {
  it('sends the same key on every attempt, and a new key per call', async () => {
    s = await setup();
    s.intercept((_req, i, real) => (i === 0 ? errorResponse(503, 'upstream', { 'retry-after-ms': '1' }) : real()));
    await s.study();
    await s.study();
    const keys = s.seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^parley-sdk-[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('takes a key of your own per call', async () => {
    s = await setup();
    const first = await s.client.studies.create({ researchQuestion: 'What makes onboarding feel slow?' }, { idempotencyKey: 'onboarding-study-v1' });
    const again = await s.client.studies.create({ researchQuestion: 'What makes onboarding feel slow?' }, { idempotencyKey: 'onboarding-study-v1' });
    expect(again.id).toBe(first.id);
    expect(s.seen.map((r) => r.headers.get('idempotency-key'))).toEqual(['onboarding-study-v1', 'onboarding-study-v1']);
  });

  it('an interrupted create (the server created it, the answer was lost) creates exactly one object', async () => {
    s = await setup();
    const answers: Response[] = [];
    s.intercept(async (_req, i, real) => {
      const res = await real();
      if (i === 0) throw networkError(); // the study exists now, but the client never hears of it
      answers.push(res);
      return res;
    });
    const study = await s.study();
    expect(s.seen).toHaveLength(2);
    expect(answers[0]!.headers.get('idempotent-replayed')).toBe('true');
    s.intercept(undefined);
    const all = [];
    for await (const x of s.client.studies.list()) all.push(x.id);
    expect(all).toEqual([study.id]);
  });

  it('an interrupted event report triggers one invitation, not two', async () => {
    s = await setup();
    const study = await s.study({ triggers: [{ on: 'event', event: 'support_ticket_solved' }] });
    s.intercept(async (_req, i, real) => {
      const res = await real();
      if (i === 1) throw networkError();
      return res;
    });
    const { matched } = await s.client.events.create({ participantId: 'cust_3', event: 'support_ticket_solved' });
    expect(matched.map((m) => m.studyId)).toEqual([study.id]);
    const retry = s.seen.slice(1);
    expect(retry).toHaveLength(2);
    expect(retry[1]!.headers.get('idempotency-key')).toBe(retry[0]!.headers.get('idempotency-key'));
    expect(matched[0]!.invitation.id).toBeDefined();
  });

  it('an interrupted turn is retried with its turn id and stored once', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    s.intercept(async (req, _i, real) => {
      const res = await real();
      if (req.url.pathname.endsWith('/turns') && s.seen.filter((r) => r.url.pathname.endsWith('/turns')).length === 1) throw networkError();
      return res;
    });
    const result = await s.client.sessions.turns.create(session.id, { text: 'The export kept failing.' });
    const turnBodies = s.seen.filter((r) => r.url.pathname.endsWith('/turns')).map((r) => JSON.parse(r.body).id);
    expect(turnBodies).toHaveLength(2);
    expect(turnBodies[1]).toBe(turnBodies[0]);
    s.intercept(undefined);
    const read = await s.client.sessions.retrieve(session.id);
    expect(read.turns.filter((t) => t.role === 'participant').map((t) => t.id)).toEqual([result.turn.id]);
  });
});

describe('streams', () => {
  it('are retried until they open', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    s.intercept((_req, i, real) => (i === 2 ? errorResponse(503, 'upstream', { 'retry-after-ms': '1' }) : real()));
    const stream = await s.client.sessions.turns.stream(session.id, { text: 'It took three days.' });
    expect((await stream.final()).status).toBe('active');
    expect(s.seen.filter((r) => r.url.pathname.endsWith('/turns'))).toHaveLength(2);
  });

  it('are never retried once they started: a cut stream throws APIConnectionError', async () => {
    s = await setup();
    const session = await s.client.sessions.create({ studyId: (await s.study()).id });
    s.intercept(async (req, _i, real) => {
      const res = await real();
      if (!req.url.pathname.endsWith('/turns')) return res;
      const reader = res.body!.getReader();
      let pulls = 0;
      const cut = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            if (pulls++ === 0) return controller.enqueue((await reader.read()).value!);
            void reader.cancel();
            controller.error(networkError());
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(cut, { status: res.status, headers: res.headers });
    });
    const stream = await s.client.sessions.turns.stream(session.id, { id: 'cut-1', text: 'It was fine.' });
    const deltas: string[] = [];
    await expect(
      (async () => {
        for await (const d of stream) deltas.push(d.text);
      })(),
    ).rejects.toBeInstanceOf(APIConnectionError);
    expect(deltas.length).toBeGreaterThanOrEqual(1);
    await expect(stream.final()).rejects.toBeInstanceOf(APIConnectionError);
    expect(s.seen.filter((r) => r.url.pathname.endsWith('/turns'))).toHaveLength(1);
    // The same turn id is safe to send again: the API stored the turn and gives back its reply.
    s.intercept(undefined);
    const again = await s.client.sessions.turns.create(session.id, { id: 'cut-1', text: 'It was fine.' });
    expect(again.turn.id).toBe('cut-1');
  });
});

describe('backoff schedule', () => {
  it('doubles from 0.5 s up to 8 s, less up to 25% jitter', () => {
    const none = () => 0;
    const most = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5].map((n) => retryDelayMs(undefined, n, none))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelayMs(undefined, 0, most)).toBeCloseTo(375, 0);
    for (let i = 0; i < 100; i++) {
      const d = retryDelayMs(undefined, 1);
      expect(d).toBeGreaterThan(750);
      expect(d).toBeLessThanOrEqual(1000);
    }
  });

  it('honours retry-after-ms, retry-after seconds and dates up to 60 s, and ignores longer ones', () => {
    const h = (init: Record<string, string>) => new Headers(init);
    expect(retryDelayMs(h({ 'retry-after-ms': '250' }), 0)).toBe(250);
    expect(retryDelayMs(h({ 'retry-after': '3' }), 0)).toBe(3000);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryDelayMs(h({ 'retry-after': inTwoSeconds }), 0)).toBeGreaterThan(500);
    expect(retryDelayMs(h({ 'retry-after': '3600' }), 0, () => 0)).toBe(500);
  });

  it('retries 429, 502, 503, 504 and a keyed 409 with retry-after; nothing else', () => {
    const none = new Headers();
    const after = new Headers({ 'retry-after': '1' });
    expect([400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504].filter((st) => isRetryableStatus(st, none, true))).toEqual([429, 502, 503, 504]);
    expect(isRetryableStatus(409, after, true)).toBe(true);
    expect(isRetryableStatus(409, after, false)).toBe(false);
  });
});
