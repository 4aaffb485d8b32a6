import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL, setup } from './helpers.ts';
import { Parley, VERSION } from '../src/index.ts';
import { init } from '../src/browser.ts';
import { SEND_BROWSER_CLIENT_HEADER } from '../src/internal/client-headers.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => {
  vi.unstubAllGlobals();
  return s.cleanup();
});

describe('the SDK says who it is', () => {
  it('VERSION is package.json’s version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('sends User-Agent parley-sdk-js/<version> from servers; a defaultHeaders User-Agent replaces it', async () => {
    await s.client.health();
    expect(s.seen.at(-1)!.headers.get('user-agent')).toBe(`parley-sdk-js/${VERSION}`);
    await s.clientWith({ defaultHeaders: { 'User-Agent': 'acme-backend/2' } }).health();
    expect(s.seen.at(-1)!.headers.get('user-agent')).toBe('acme-backend/2');
  });

  it('sends neither User-Agent (a page cannot set it) nor x-parley-client (not allowed by the API’s CORS yet) from a browser', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    await s.clientWith({ dangerouslyAllowBrowser: true }).health();
    await init({ api: BASE_URL, publishableKey: s.ws.publishableKey, participant: { id: 'u_1' }, fetch: s.fetch }).track();
    for (const request of s.seen.slice(-2)) {
      expect(request.headers.get('user-agent')).toBeNull();
      expect(request.headers.has('x-parley-client')).toBe(SEND_BROWSER_CLIENT_HEADER);
    }
    expect(new Parley({ apiKey: 'sk_x', dangerouslyAllowBrowser: true })).toBeInstanceOf(Parley);
  });

  it('sends x-parley-client from browsers exactly when the API’s CORS preflight allows it', async () => {
    const preflight = await s.t.app.fetch(
      new Request(`${BASE_URL}/v1/eligibility`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-parley-client' },
      }),
    );
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed).toContain('authorization');
    // When this fails, the API started allowing the header: set SEND_BROWSER_CLIENT_HEADER (internal/client-headers.ts).
    expect(allowed.includes('x-parley-client')).toBe(SEND_BROWSER_CLIENT_HEADER);
  });
});
