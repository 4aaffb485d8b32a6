import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { parallelStarts } from '../quota-support.ts';

// The same quota on the real Redis (a Lua script checks and writes in one step). Fails, never skips, without Redis.
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe('study quotas on the real Redis', () => {
  it('lets exactly maxSessions of 50 parallel starts through', async () => {
    const conn = await openTestRedisStore(`parley-test:${randomUUID()}:`);
    const t = await makeTestApp({ wrapStore: () => conn.store });
    cleanups.push(conn.cleanup, t.cleanup);
    const ws = await t.workspace();
    const st = await t.study(ws.secretKey, { targeting: { maxSessions: 5 } });
    const statuses = await parallelStarts(t, ws.publishableKey, st.id, 50);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(45);
    const study = (await t.call('GET', `/v1/studies/${st.id}`, { key: ws.secretKey })).json;
    expect(study.stats).toMatchObject({ sessions: 5, inProgress: 5 });
    expect((await t.call('GET', `/v1/sessions?studyId=${st.id}&limit=100`, { key: ws.secretKey })).json.data).toHaveLength(5);
  });
});
