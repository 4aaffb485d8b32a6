import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { secretKey: string; publishableKey: string; id: string };
beforeEach(async () => {
  t = await makeTestApp();
  ws = await t.workspace();
});
afterEach(() => t.cleanup());

describe('DELETE /v1/studies/:id', () => {
  it('deletes a study only researchers tried (204), with its test sessions', async () => {
    const st = await t.study(ws.secretKey, { status: 'draft' });
    const tried = await t.session(ws.secretKey, st.id, { test: true });
    expect((await t.call('DELETE', `/v1/studies/${st.id}`, { key: ws.secretKey })).status).toBe(204);
    expect((await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).status).toBe(404);
    expect((await t.call('GET', `/v1/sessions/${tried.id}`, { key: ws.secretKey })).status).toBe(404);
    expect((await t.call('DELETE', `/v1/studies/${st.id}`, { key: ws.secretKey })).status).toBe(404);
  });

  it('refuses a study with interviews with 409 and says to archive it', async () => {
    const st = await t.study(ws.secretKey);
    await t.session(ws.publishableKey, st.id);
    await t.session(ws.publishableKey, st.id);
    const res = await t.call('DELETE', `/v1/studies/${st.id}`, { key: ws.secretKey });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ type: 'conflict', message: expect.stringMatching(/has 2 interviews; archive it instead/) });
    expect((await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).status).toBe(200);
  });

  it('is for the secret key of the owning workspace only', async () => {
    const st = await t.study(ws.secretKey);
    expect((await t.call('DELETE', `/v1/studies/${st.id}`, { key: ws.publishableKey })).status).toBe(403);
    const other = await t.workspace('Other');
    expect((await t.call('DELETE', `/v1/studies/${st.id}`, { key: other.secretKey })).status).toBe(404);
    expect((await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).status).toBe(200);
  });
});
