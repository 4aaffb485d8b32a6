import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from './helpers.ts';
import { Parley } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.cleanup());

describe('defaultHeaders and withOptions', () => {
  it('sends defaultHeaders on every call; a call’s own headers win, and the SDK’s authorization cannot be overridden by them', async () => {
    const client = s.clientWith({ defaultHeaders: { 'X-Tenant': 'acme', 'x-trace': 'default', Authorization: 'Bearer nope' } });
    await client.studies.list();
    let sent = s.seen.at(-1)!.headers;
    expect(sent.get('x-tenant')).toBe('acme');
    expect(sent.get('authorization')).toBe(`Bearer ${s.ws.secretKey}`);
    await client.health({ headers: { 'X-Trace': 'call' } });
    sent = s.seen.at(-1)!.headers;
    expect(sent.get('x-trace')).toBe('call');
    expect(sent.get('x-tenant')).toBe('acme');
  });

  it('withOptions gives a new client with merged options and leaves the original unchanged', async () => {
    const base = s.clientWith({ defaultHeaders: { 'x-a': '1' }, maxRetries: 4, timeoutMs: 5_000 });
    const derived = base.withOptions({ defaultHeaders: { 'x-b': '2' }, maxRetries: 0 });
    expect(derived).toBeInstanceOf(Parley);
    expect(derived).not.toBe(base);
    expect([derived.maxRetries, derived.timeoutMs, derived.baseUrl, derived.apiKey]).toEqual([0, 5_000, base.baseUrl, base.apiKey]);
    expect(base.maxRetries).toBe(4);
    await derived.studies.list();
    expect(Object.fromEntries([...s.seen.at(-1)!.headers].filter(([k]) => k.startsWith('x-')))).toEqual({ 'x-a': '1', 'x-b': '2' });
    await base.studies.list();
    expect(s.seen.at(-1)!.headers.get('x-b')).toBeNull();
    // The same fetch (and so the same app) is kept; another key acts as another workspace.
    const admin = derived.withOptions({ apiKey: 'ak_test_admin_key_0123456789' });
    expect((await admin.workspaces.create({ name: 'Other' })).secretKey).toMatch(/^sk_/);
  });
});
