import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from './harness.ts';

let t: Awaited<ReturnType<typeof makeTestApp>>;
beforeEach(async () => (t = await makeTestApp()));
afterEach(() => t.cleanup());

/** `{"a":{"a":…}}` nested `depth` levels, as a JSON string (so the test itself never recurses). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('free-form objects are bounded at the door, so nothing stored is unreadable', () => {
  it('refuses a session whose trigger properties nest 2,100 deep with a 400, and stores nothing', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const body = `{"studyId":"${st.id}","trigger":{"event":"x","properties":${nested(2100)}}}`;
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body });
    expect(res.status).toBe(400);
    expect(res.json.error.type).toBe('invalid_request');
    expect(res.json.error.issues[0].path).toBe('trigger.properties');
    expect(res.json.error.issues[0].message).toMatch(/nested more than 8 levels/);
    const list = await t.call('GET', `/v1/sessions?studyId=${st.id}`, { key: ws.secretKey });
    expect(list.status).toBe(200);
    expect(list.json.data).toHaveLength(0);
    const exported = await t.call('GET', `/v1/studies/${st.id}/export?format=json`, { key: ws.secretKey });
    expect(exported.status).toBe(200);
  });

  it('refuses event properties that are too deep or too many, and takes ordinary ones', async () => {
    const ws = await t.workspace();
    const deep = await t.call('POST', '/v1/events', { key: ws.secretKey, body: `{"participantId":"u1","event":"x","properties":${nested(50)}}` });
    expect(deep.status).toBe(400);
    const many = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u1', event: 'x', properties: { list: Array.from({ length: 600 }, (_, i) => i) } } });
    expect(many.status).toBe(400);
    expect(many.json.error.issues[0].message).toMatch(/more than 500 values/);
    const fine = await t.call('POST', '/v1/events', { key: ws.secretKey, body: { participantId: 'u1', event: 'x', properties: { ticket: { id: 42, tags: ['billing', 'refund'] } } } });
    expect(fine.status).toBe(200);
  });

  it('answers a body nested far past any parser\'s comfort with a 400, not a 500', async () => {
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey);
    const body = `{"studyId":"${st.id}","trigger":{"properties":{"x":${'['.repeat(30000)}${']'.repeat(30000)}}}}`;
    const res = await t.call('POST', '/v1/sessions', { key: ws.publishableKey, body });
    expect(res.status).toBe(400);
  });
});

describe('drafting from an odd research question', () => {
  it('drafts a valid plan from a 600-character one-word question instead of failing with 500', async () => {
    const ws = await t.workspace();
    const res = await t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: 'x'.repeat(600) } });
    expect(res.status).toBe(200);
    expect(res.json.plan.questions.every((q: { text: string }) => q.text.length <= 500)).toBe(true);
  });
});

describe('the embedded store on disk', () => {
  it('keeps its data directory 0700 and its files 0600: participants\' words are for the server\'s user only', async () => {
    const { mkdtemp, readdir, stat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openEmbeddedStore } = await import('../src/store/embedded/embedded-store.ts');
    const dir = join(await mkdtemp(join(tmpdir(), 'parley-perm-')), 'data');
    const store = await openEmbeddedStore(dir);
    const app = await makeTestApp({ store });
    try {
      const ws = await app.workspace();
      await app.study(ws.secretKey);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
      for (const file of await readdir(dir)) {
        const mode = (await stat(join(dir, file))).mode & 0o777;
        if ((await stat(join(dir, file))).isFile()) expect(mode, file).toBe(0o600);
      }
    } finally {
      await app.cleanup();
    }
  });
});
