import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

describe('request validation', () => {
  it('answers malformed JSON with 400 invalid_request, never an HTML page', async () => {
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: '{"researchQuestion": "oops' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.json.error).toMatchObject({ type: 'invalid_request', message: expect.stringContaining('JSON') });
  });

  it('refuses a JSON body that is not an object, and an empty body', async () => {
    for (const body of ['[1,2]', '"text"', 'null', '']) {
      const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body, headers: { 'content-type': 'application/json' } });
      expect(res.status, body).toBe(400);
    }
  });

  it('lists every offending field in issues, unknown fields included', async () => {
    const res = await t.call('POST', '/v1/studies', {
      key: ws.secretKey,
      body: { researchQuestion: 'short', status: 'published', triggers: [{ on: 'telepathy' }], colour: 'red' },
    });
    expect(res.status).toBe(400);
    const paths = res.json.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['researchQuestion', 'status', 'triggers.0.on', 'colour']));
    expect(res.json.error.issues.find((i: any) => i.path === 'colour').message).toBe('unknown field');
  });

  it('rejects wrong types with the field path', async () => {
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 42, template: 'persona' } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([expect.objectContaining({ path: 'researchQuestion' })]);
  });

  it('rejects an unknown enum value with 400', async () => {
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'Why do teams churn after onboarding?', template: 'astrology' } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('template');
  });

  it('answers a body over 64 KiB with 413 payload_too_large', async () => {
    const res = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'x'.repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.json.error.type).toBe('payload_too_large');
  });

  it('answers a participant message over 4,000 characters with 413, and accepts exactly 4,000', async () => {
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    const tooLong = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'long1', text: 'a'.repeat(4001) } });
    expect(tooLong.status).toBe(413);
    expect(tooLong.json.error.type).toBe('payload_too_large');
    const session = await t.call('GET', `/v1/sessions/${se.id}`, { key: se.token });
    expect(session.json.turns).toHaveLength(1);
    const exact = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: 'long2', text: 'word '.repeat(800) } });
    expect(exact.status).toBe(200);
  });

  it('validates client turn ids and empty text', async () => {
    const st = await t.study(ws.secretKey);
    const se = await t.session(ws.publishableKey, st.id);
    for (const body of [{ id: 'has space', text: 'hi' }, { id: 'x'.repeat(65), text: 'hi' }, { id: 'ok', text: '   ' }, { text: 'hi' }]) {
      const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('validates list parameters', async () => {
    expect((await t.call('GET', '/v1/studies?limit=0', { key: ws.secretKey })).status).toBe(400);
    expect((await t.call('GET', '/v1/studies?limit=101', { key: ws.secretKey })).status).toBe(400);
    expect((await t.call('GET', '/v1/sessions?status=paused', { key: ws.secretKey })).status).toBe(400);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.call('GET', '/v1/nothing-here', { key: ws.secretKey });
    expect(res.status).toBe(404);
    expect(res.json.error.type).toBe('not_found');
  });
});
