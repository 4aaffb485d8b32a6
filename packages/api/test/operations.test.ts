import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

describe('operations', () => {
  it('reports health and which interviewer and store are active', async () => {
    const res = await t.call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, interviewer: 'offline', store: 'embedded', version: 'test' });
  });

  it('is ready while the store answers, and says 503 upstream when it fails or hangs (while /healthz stays live)', async () => {
    const ready = await t.call('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ ready: true, store: 'embedded' });
    for (const broken of [() => Promise.reject(new Error('ECONNREFUSED')), () => new Promise<never>(() => {})]) {
      const down = await makeTestApp({ wrapStore: (s) => Object.assign(Object.create(s), { getWorkspace: broken }) });
      try {
        const res = await down.call('GET', '/readyz');
        expect(res.status).toBe(503);
        expect(res.json.error.type).toBe('upstream');
        expect(res.headers.get('retry-after')).toBe('5');
        expect((await down.call('GET', '/healthz')).status).toBe(200);
      } finally {
        await down.cleanup();
      }
    }
  });

  it('serves the OpenAPI document generated from the protocol schemas', async () => {
    const res = await t.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.0.3');
    expect(Object.keys(res.json.paths)).toEqual(expect.arrayContaining(['/v1/workspaces', '/v1/studies/{id}', '/v1/sessions/{id}/turns']));
    expect(res.json.components.schemas.Study.properties.stats).toBeDefined();
    expect(res.json.paths['/v1/sessions/{id}/turns'].post.responses['200'].content['text/event-stream']).toBeDefined();
  });
});
