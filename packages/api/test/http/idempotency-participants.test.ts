import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp({ clientAddress: (c) => c.req.header('x-test-address') })));
afterEach(() => t.cleanup());

describe('Idempotency-Key with a publishable key is scoped per participant', () => {
  const start = (key: string, body: Record<string, unknown>, address: string) =>
    t.call('POST', '/v1/sessions', { key, body, headers: { 'idempotency-key': 'start-interview', 'x-test-address': address } });

  it('never hands one anonymous visitor another\'s session (and token) for the same key value and body', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const a = await start(ws.publishableKey, { studyId: st.id }, '203.0.113.1');
    const b = await start(ws.publishableKey, { studyId: st.id }, '203.0.113.2');
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.json.id).not.toBe(a.json.id);
    expect(b.json.token).not.toBe(a.json.token);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    // The same visitor retrying still gets its own first answer back.
    const retry = await start(ws.publishableKey, { studyId: st.id }, '203.0.113.1');
    expect(retry.json.id).toBe(a.json.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('lets two identified participants use the same key value, each getting their own session', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const a = await start(ws.publishableKey, { studyId: st.id, participant: { id: 'u_a' } }, '203.0.113.1');
    const b = await start(ws.publishableKey, { studyId: st.id, participant: { id: 'u_b' } }, '203.0.113.1');
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.json.id).not.toBe(a.json.id);
    // A participant retrying from another network is still the same participant.
    const retry = await start(ws.publishableKey, { studyId: st.id, participant: { id: 'u_a' } }, '198.51.100.9');
    expect(retry.json.id).toBe(a.json.id);
  });

  it('keeps a secret key\'s keys per credential, as before', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const a = await start(ws.secretKey, { studyId: st.id }, '203.0.113.1');
    const b = await start(ws.secretKey, { studyId: st.id }, '203.0.113.2');
    expect(b.json.id).toBe(a.json.id);
  });
});
