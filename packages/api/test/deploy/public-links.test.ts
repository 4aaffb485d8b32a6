import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { readNodeEnv } from '../../src/runtime/node-env.ts';
import { readBaseUrl } from '../../src/runtime/base-url-setting.ts';
import type { AppConfig } from '../../src/deps.ts';

/** Links Parley hands out (invitations, the hosted page's api and widget addresses) follow PARLEY_PUBLIC_URL and a trusted proxy. */
let t: Awaited<ReturnType<typeof makeTestApp>> | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function setUp(config: Partial<AppConfig>) {
  t = await makeTestApp();
  Object.assign(t.deps.config, config);
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  const invite = (headers: Record<string, string> = {}) =>
    t!.call('POST', '/v1/invitations', { key: ws.secretKey, body: { studyId: st.id }, headers });
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t!.app.request(path, { headers });
    return { status: res.status, csp: res.headers.get('content-security-policy') ?? '', html: await res.text() };
  };
  return { ws, st, invite, page };
}

const FORWARDED = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'parley.example.com', 'x-forwarded-for': '203.0.113.9' };

describe('PARLEY_PUBLIC_URL', () => {
  it('is the base of invitation urls, whatever address the request came in on', async () => {
    const { invite } = await setUp({ publicUrl: 'https://interviews.example.com' });
    const res = await invite({ host: '10.0.0.5:8787' });
    expect(res.status).toBe(201);
    expect(res.json.url).toBe(`https://interviews.example.com/i/${res.json.id}`);
  });

  it('keeps a path prefix (a deployment under /parley)', async () => {
    const { invite } = await setUp({ publicUrl: 'https://example.com/parley' });
    const res = await invite();
    expect(res.json.url).toBe(`https://example.com/parley/i/${res.json.id}`);
  });

  it('is the api and widget address of the hosted interview page (share link and invitation page)', async () => {
    const { st, invite, page } = await setUp({ publicUrl: 'https://interviews.example.com' });
    for (const path of [`/i/s/${st.id}`, `/i/${(await invite()).json.id}`]) {
      const p = await page(path);
      expect(p.status).toBe(200);
      expect(p.html).toContain('api="https://interviews.example.com"');
      expect(p.html).toContain('src="https://interviews.example.com/widget/parley-interview.js"');
      expect(p.csp).toContain('script-src https://interviews.example.com;');
      expect(p.csp).toContain('connect-src https://interviews.example.com;');
    }
  });
});

describe('PARLEY_WIDGET_URL', () => {
  it('is where the hosted page loads the widget from, and the only script source its CSP allows', async () => {
    const { st, page } = await setUp({ publicUrl: 'https://api.example.com', widgetBaseUrl: 'https://cdn.example.net/parley/widget/' });
    const p = await page(`/i/s/${st.id}`);
    expect(p.html).toContain('src="https://cdn.example.net/parley/widget/parley-interview.js"');
    expect(p.html).toContain('api="https://api.example.com"');
    expect(p.csp).toContain('script-src https://cdn.example.net;');
  });
});

describe('behind a TLS-terminating proxy (PARLEY_TRUST_PROXY)', () => {
  it('trusted: links take the scheme and host the proxy forwards, so they come out https://', async () => {
    const { st, invite, page } = await setUp({ trustForwardedHeaders: true });
    const res = await invite(FORWARDED);
    expect(res.json.url).toBe(`https://parley.example.com/i/${res.json.id}`);
    const p = await page(`/i/s/${st.id}`, FORWARDED);
    expect(p.html).toContain('api="https://parley.example.com"');
    expect(p.html).toContain('src="https://parley.example.com/widget/parley-interview.js"');
  });

  it('trusted, with only x-forwarded-proto: the Host header the proxy passed on', async () => {
    const { invite } = await setUp({ trustForwardedHeaders: true });
    const res = await invite({ 'x-forwarded-proto': 'https', host: 'parley.example.com' });
    expect(res.json.url).toBe(`https://parley.example.com/i/${res.json.id}`);
  });

  it('trusted: takes the last entry (the one the proxy wrote) and refuses a malformed host', async () => {
    const { invite } = await setUp({ trustForwardedHeaders: true });
    const listed = await invite({ 'x-forwarded-proto': 'http, https', 'x-forwarded-host': 'evil.example, parley.example.com' });
    expect(listed.json.url).toBe(`https://parley.example.com/i/${listed.json.id}`);
    const bad = await invite({ 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'a/b@evil' });
    expect(bad.json.url).toBe(`http://localhost/i/${bad.json.id}`);
  });

  it('not trusted: forwarding headers are ignored (a client could send them)', async () => {
    const { invite } = await setUp({});
    const res = await invite(FORWARDED);
    expect(res.json.url).toBe(`http://localhost/i/${res.json.id}`);
  });

  it('the public URL wins over forwarded headers', async () => {
    const { invite } = await setUp({ publicUrl: 'https://interviews.example.com', trustForwardedHeaders: true });
    const res = await invite(FORWARDED);
    expect(res.json.url).toBe(`https://interviews.example.com/i/${res.json.id}`);
  });
});

describe('reading the settings', () => {
  it('PARLEY_PUBLIC_URL and PARLEY_WIDGET_URL: absolute http(s), trailing slash dropped, unset or empty = none', () => {
    expect(readBaseUrl('X', 'https://parley.example.com/')).toBe('https://parley.example.com');
    expect(readBaseUrl('X', 'https://example.com/parley/')).toBe('https://example.com/parley');
    expect(readBaseUrl('X', '')).toBeUndefined();
    expect(readBaseUrl('X', undefined)).toBeUndefined();
    expect(() => readBaseUrl('PARLEY_PUBLIC_URL', 'parley.example.com')).toThrow(/PARLEY_PUBLIC_URL must be an absolute http\(s\) URL/);
    expect(() => readBaseUrl('PARLEY_PUBLIC_URL', 'ftp://x.example')).toThrow(/absolute http\(s\) URL/);
    expect(() => readBaseUrl('PARLEY_PUBLIC_URL', 'https://x.example/?a=1')).toThrow(/query or fragment/);
  });

  it('the Node runtime reads them', () => {
    const env = readNodeEnv({ PARLEY_PUBLIC_URL: 'https://parley.example.com/', PARLEY_WIDGET_URL: 'https://cdn.example.net/w' });
    expect(env.publicUrl).toBe('https://parley.example.com');
    expect(env.widgetUrl).toBe('https://cdn.example.net/w');
    expect(readNodeEnv({}).publicUrl).toBeUndefined();
  });
});

describe('the console\'s embed snippets', () => {
  it('get the public address and the widget location (PARLEY_WIDGET_URL) from GET /v1/workspace', async () => {
    const { ws } = await setUp({ publicUrl: 'https://interviews.example.com', widgetBaseUrl: 'https://cdn.example.com/parley/widget/' });
    const res = await t!.call('GET', '/v1/workspace', { key: ws.secretKey, headers: { host: '10.0.0.5:8787' } });
    expect(res.json.embed).toEqual({ apiUrl: 'https://interviews.example.com', widgetUrl: 'https://cdn.example.com/parley/widget' });
  });

  it('default to this server\'s own /widget when no widget location is set', async () => {
    const { ws } = await setUp({ publicUrl: 'https://interviews.example.com' });
    const res = await t!.call('GET', '/v1/workspace', { key: ws.secretKey });
    expect(res.json.embed).toEqual({ apiUrl: 'https://interviews.example.com', widgetUrl: 'https://interviews.example.com/widget' });
  });
});
