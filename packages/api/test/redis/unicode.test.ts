import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe('text that is not valid Unicode, on the real Redis', () => {
  it('refuses a participant id with a lone surrogate with 400 before anything is stored, and takes real emoji', async () => {
    const conn = await openTestRedisStore(`parley-test:${randomUUID()}:`);
    const t = await makeTestApp({ wrapStore: () => conn.store });
    cleanups.push(conn.cleanup, t.cleanup);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    // JSON's own escape: a high surrogate with no low one after it.
    const body = `{"studyId":"${st.id}","participant":{"id":"u_\\ud800x"}}`;
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('participant.id');
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey })).json.data).toEqual([]);
    const fine = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body: { studyId: st.id, participant: { id: 'u_😀' } } });
    expect(fine.status).toBe(201);
    const turn = await t.call('POST', `/v1/sessions/${fine.json.id}/turns`, { key: fine.json.token, body: `{"id":"t1","text":"broken \\udc00 text"}` });
    expect(turn.status).toBe(400);
  });
});

describe('the Authorization scheme', () => {
  it('is read case-insensitively, as HTTP says', async () => {
    const t = await makeTestApp();
    cleanups.push(t.cleanup);
    const ws = await t.workspace();
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const res = await t.call('GET', '/v1/studies', { headers: { authorization: `${scheme} ${ws.secretKey}` } });
      expect(res.status, scheme).toBe(200);
    }
  });
});
