import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_KEY, makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

describe('workspaces', () => {
  it('creates a workspace with keys shown once, for the admin key only', async () => {
    const res = await t.call('POST', '/v1/workspaces', { key: ADMIN_KEY, body: { name: 'Acme', allowedOrigins: ['https://app.acme.com'] } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ name: 'Acme', allowedOrigins: ['https://app.acme.com'] });
    expect(res.json.id).toMatch(/^ws_/);
    expect(res.json.secretKey).toMatch(/^sk_.{40,}/);
    expect(res.json.publishableKey).toMatch(/^pk_.{40,}/);
    expect(Date.parse(res.json.createdAt)).not.toBeNaN();
  });

  it('refuses workspace creation with a secret key (403) or without a key (401)', async () => {
    const ws = await t.workspace();
    expect((await t.call('POST', '/v1/workspaces', { key: ws.secretKey, body: { name: 'x' } })).json.error.type).toBe('permission');
    expect((await t.call('POST', '/v1/workspaces', { body: { name: 'x' } })).status).toBe(401);
  });

  it('shows a secret key its own workspace with the publishable key for embed snippets, and refuses other credentials', async () => {
    const a = await t.workspace();
    const b = await t.workspace();
    const res = await t.call('GET', '/v1/workspace', { key: a.secretKey });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: a.id, allowedOrigins: [], publishableKey: a.publishableKey });
    expect(Object.keys(res.json).sort()).toEqual(['allowedOrigins', 'createdAt', 'embed', 'id', 'name', 'publishableKey']);
    expect(JSON.stringify(res.json)).not.toContain('sk_');
    expect((await t.call('GET', '/v1/workspace', { key: b.secretKey })).json.id).toBe(b.id);
    expect((await t.call('GET', '/v1/workspace', { key: a.publishableKey })).json.error.type).toBe('permission');
    expect((await t.call('GET', '/v1/workspace', {})).status).toBe(401);
  });

  it('returns 401 when no admin key is configured at all', async () => {
    const bare = await makeTestApp({ config: { version: 't', maxBodyBytes: 65536 } });
    const res = await bare.call('POST', '/v1/workspaces', { key: ADMIN_KEY, body: { name: 'x' } });
    expect(res.status).toBe(401);
    await bare.cleanup();
  });
});

describe('credentials', () => {
  it('answers 401 authentication for missing, malformed and unknown credentials', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Basic abc' }, { authorization: 'Bearer' }, { authorization: 'Bearer sk_doesnotexist_1234567890' }]) {
      const res = await t.call('GET', '/v1/studies', { headers });
      expect(res.status).toBe(401);
      expect(res.json.error.type).toBe('authentication');
      expect(res.json.error.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  it('keeps publishable keys off secret routes (403 permission)', async () => {
    const ws = await t.workspace();
    for (const [method, path] of [['GET', '/v1/studies'], ['POST', '/v1/plans'], ['GET', '/v1/sessions'], ['POST', '/v1/studies']] as const) {
      const res = await t.call(method, path, { key: ws.publishableKey, body: method === 'POST' ? { researchQuestion: 'Why do people churn from our app?' } : undefined });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.error.type).toBe('permission');
    }
  });

  it('keeps session tokens to their own session: other sessions 403, secret routes 403', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const a = await t.session(ws.publishableKey, st.id);
    const b = await t.session(ws.publishableKey, st.id);
    expect((await t.call('GET', `/v1/sessions/${a.id}`, { key: a.token })).status).toBe(200);
    const other = await t.call('GET', `/v1/sessions/${b.id}`, { key: a.token });
    expect(other.status).toBe(403);
    expect(other.json.error.type).toBe('permission');
    const write = await t.call('POST', `/v1/sessions/${b.id}/turns`, { key: a.token, body: { id: 't1', text: 'hello there' } });
    expect(write.status).toBe(403);
    expect((await t.call('POST', `/v1/sessions/${b.id}/end`, { key: a.token })).status).toBe(403);
    expect((await t.call('GET', '/v1/studies', { key: a.token })).status).toBe(403);
    expect((await t.call('POST', '/v1/sessions', { key: a.token, body: { studyId: st.id } })).status).toBe(403);
  });
});

describe('allowed origins for publishable keys', () => {
  it('allows listed origins (wildcards too) and requests without Origin, refuses others with 403', async () => {
    const ws = await t.workspace('Acme', ['https://app.acme.com', 'https://*.acme.dev']);
    const st = await t.study(ws.secretKey);
    const start = (origin?: string) =>
      t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id }, headers: origin ? { origin } : {} });
    expect((await start('https://app.acme.com')).status).toBe(201);
    expect((await start('https://eu.acme.dev')).status).toBe(201);
    expect((await start()).status).toBe(201);
    const denied = await start('https://evil.example');
    expect(denied.status).toBe(403);
    expect(denied.json.error.type).toBe('permission');
    expect((await start('https://acme.dev.evil.example')).status).toBe(403);
  });

  it('allows every origin when the list is empty', async () => {
    const ws = await t.workspace('Open');
    const st = await t.study(ws.secretKey);
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id }, headers: { origin: 'https://anywhere.example' } });
    expect(res.status).toBe(201);
  });
});

describe('tenant isolation', () => {
  it("gives workspace B's secret key 404 for every object of workspace A", async () => {
    const a = await t.workspace('A');
    const b = await t.workspace('B');
    const st = await t.study(a.secretKey);
    const se = await t.session(a.publishableKey, st.id);
    const probes = [
      ['GET', `/v1/studies/${st.id}`],
      ['PATCH', `/v1/studies/${st.id}`, { title: 'stolen' }],
      ['GET', `/v1/sessions/${se.id}`],
      ['POST', `/v1/sessions/${se.id}/turns`, { id: 'x1', text: 'hi' }],
      ['POST', `/v1/sessions/${se.id}/end`, {}],
      ['POST', '/v1/sessions', { studyId: st.id }],
    ] as const;
    for (const [method, path, body] of probes) {
      const res = await t.call(method, path, { key: b.secretKey, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json.error.type).toBe('not_found');
    }
    const list = await t.call('GET', '/v1/studies', { key: b.secretKey });
    expect(list.json.data).toEqual([]);
    const sessions = await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: b.secretKey });
    expect(sessions.json.data).toEqual([]);
    // and A still sees its study untouched
    expect((await t.call('GET', `/v1/studies/${st.id}`, { key: a.secretKey })).json.title).not.toBe('stolen');
  });

  it("refuses workspace B's publishable key on A's study with 404", async () => {
    const a = await t.workspace('A');
    const b = await t.workspace('B');
    const st = await t.study(a.secretKey);
    expect((await t.call('POST', '/v1/sessions', { key: b.publishableKey, body: { studyId: st.id } })).status).toBe(404);
  });
});

describe('cross-cutting headers', () => {
  it('puts x-request-id on every response, success or error', async () => {
    for (const path of ['/healthz', '/v1/studies', '/nope']) {
      const res = await t.call('GET', path);
      expect(res.headers.get('x-request-id')).toMatch(/.+/);
    }
  });

  it('answers CORS preflights for browser callers', async () => {
    const res = await t.app.request('/v1/sessions', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.acme.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});
