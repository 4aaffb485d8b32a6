import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
afterEach(() => t.cleanup());

const ELSEWHERE = 'https://shop.example';

describe('secret keys are for servers, not for other sites\' pages', () => {
  beforeEach(async () => (t = await makeTestApp()));

  it('refuses a secret key sent from another origin with 403 permission, and takes it from servers and its own console', async () => {
    const ws = await t.workspace();
    const refused = await t.call('GET', '/v1/studies', { key: ws.secretKey, headers: { origin: ELSEWHERE } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.type).toBe('permission');
    expect(refused.json.error.message).toMatch(/Secret keys are for servers/);
    // A server sends no Origin; the console is served by the API itself (same origin, by Origin or by sec-fetch-site).
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey })).status).toBe(200);
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey, headers: { origin: 'http://localhost' } })).status).toBe(200);
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey, headers: { origin: 'https://localhost', 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    // Secret routes a publishable key may also call are no loophole.
    const st = await t.study(ws.secretKey);
    expect((await t.call('POST', '/v1/sessions', { key: ws.secretKey, body: { studyId: st.id }, headers: { origin: ELSEWHERE } })).status).toBe(403);
  });

  it('keeps browser calls with the publishable key and session token working from other origins', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const started = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id }, headers: { origin: ELSEWHERE } });
    expect(started.status).toBe(201);
    expect(started.headers.get('access-control-allow-origin')).toBe('*');
    const turn = await t.call('POST', `/v1/sessions/${started.json.id}/turns`, { key: started.json.token, body: { id: 't1', text: 'Exports are slow.' }, headers: { origin: ELSEWHERE } });
    expect(turn.status).toBe(200);
  });

  it('answers no CORS to other sites on secret-only routes, and * on the routes browsers use', async () => {
    const preflight = (path: string, method = 'GET') =>
      t.app.request(path, { method: 'OPTIONS', headers: { origin: ELSEWHERE, 'access-control-request-method': method, 'access-control-request-headers': 'authorization' } });
    for (const path of ['/v1/studies', '/v1/studies/st_1/insights', '/v1/sessions/se_1/summary', '/v1/webhooks', '/v1/workspaces', '/v1/events']) {
      expect((await preflight(path)).headers.get('access-control-allow-origin'), path).toBeNull();
    }
    for (const path of ['/v1/sessions', '/v1/sessions/se_1', '/v1/sessions/se_1/turns', '/v1/sessions/se_1/end', '/v1/eligibility', '/v1/impressions', '/v1/studies/st_1/welcome', '/openapi.json']) {
      expect((await preflight(path, 'POST')).headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });
});

describe('an operator may let a console hosted elsewhere use secret keys', () => {
  it('allows exactly the listed origins (PARLEY_CONSOLE_ORIGINS), CORS included', async () => {
    t = await makeTestApp({ config: { adminKey: 'ak_test_admin_key_0123456789', version: 'test', maxBodyBytes: 64 * 1024, secretKeyOrigins: ['https://console.acme.example'] } });
    const ws = await t.workspace();
    const listed = await t.call('GET', '/v1/studies', { key: ws.secretKey, headers: { origin: 'https://console.acme.example' } });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://console.acme.example');
    expect((await t.call('GET', '/v1/studies', { key: ws.secretKey, headers: { origin: ELSEWHERE } })).status).toBe(403);
  });
});
