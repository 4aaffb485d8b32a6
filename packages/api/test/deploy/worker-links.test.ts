import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionContext } from 'hono';
import { parleyWorker } from '../../src/runtime/worker.ts';
import { deleteKeysWithPrefix, openTestRedisStore, TEST_REDIS_URL } from '../../src/store/redis/redis-test-support.ts';
import { startUpstashRestBridge } from '../edge/upstash-rest-bridge.ts';

// The edge entry's link settings (PARLEY_PUBLIC_URL, PARLEY_WIDGET_URL), run in Node on Redis through the REST bridge
// (test/edge/worker.test.ts runs the same entry in workerd).
const ADMIN = 'ak_worker_links_admin_key_0000001';
const TOKEN = 'worker-links-rest-token';
const prefix = `parley-test:${randomUUID()}:`;
let bridge: Awaited<ReturnType<typeof startUpstashRestBridge>>;

const ctx: ExecutionContext = { waitUntil: (p: Promise<unknown>) => void p.catch(() => {}), passThroughOnException: () => {}, props: {} } as ExecutionContext;

beforeAll(async () => {
  bridge = await startUpstashRestBridge({ redisUrl: TEST_REDIS_URL, token: TOKEN });
});
afterAll(async () => {
  await bridge?.close();
  const { redis, cleanup } = await openTestRedisStore(`${prefix}sweep:`);
  await deleteKeysWithPrefix(redis, prefix);
  await cleanup();
});

function worker(extra: Record<string, string>) {
  const env = { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: TOKEN, PARLEY_ADMIN_KEY: ADMIN, PARLEY_REDIS_PREFIX: prefix, PARLEY_LOG_REQUESTS: '0', PARLEY_RATE_LIMITS: 'off', ...extra };
  const w = parleyWorker();
  return async (method: string, path: string, key?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await w.fetch(
      new Request(`https://parley-api.acme.workers.dev${path}`, {
        method,
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      env,
      ctx,
    );
    return { status: res.status, csp: res.headers.get('content-security-policy') ?? '', text: await res.text() };
  };
}

describe('the Workers entry builds links from its bindings', () => {
  it('PARLEY_PUBLIC_URL and PARLEY_WIDGET_URL: invitation urls and the hosted page', async () => {
    const call = worker({ PARLEY_PUBLIC_URL: 'https://interviews.acme.com/', PARLEY_WIDGET_URL: 'https://cdn.acme.com/parley/widget' });
    const ws = JSON.parse((await call('POST', '/v1/workspaces', ADMIN, { name: 'Edge links' })).text);
    const study = JSON.parse((await call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'Why do customers stop using saved reports?', status: 'live' })).text);
    const inv = await call('POST', '/v1/invitations', ws.secretKey, { studyId: study.id }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(inv.status).toBe(201);
    const invitation = JSON.parse(inv.text);
    expect(invitation.url).toBe(`https://interviews.acme.com/i/${invitation.id}`);
    const page = await call('GET', `/i/${invitation.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('src="https://cdn.acme.com/parley/widget/parley-interview.js"');
    expect(page.text).toContain('api="https://interviews.acme.com"');
    expect(page.csp).toContain('script-src https://cdn.acme.com;');
  });

  it("unset: the request URL (the worker's own, public), and the widget from its [assets] at /widget; forwarded headers ignored", async () => {
    const call = worker({});
    const ws = JSON.parse((await call('POST', '/v1/workspaces', ADMIN, { name: 'Edge links 2' })).text);
    const study = JSON.parse((await call('POST', '/v1/studies', ws.secretKey, { researchQuestion: 'What slows down onboarding?', status: 'live' })).text);
    const invitation = JSON.parse((await call('POST', '/v1/invitations', ws.secretKey, { studyId: study.id }, { 'x-forwarded-host': 'evil.example' })).text);
    expect(invitation.url).toBe(`https://parley-api.acme.workers.dev/i/${invitation.id}`);
    const page = await call('GET', `/i/s/${study.id}`);
    expect(page.text).toContain('src="https://parley-api.acme.workers.dev/widget/parley-interview.js"');
  });
});
