import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../harness.ts';
import { createOfflineInterviewer } from '../../src/interviewer/offline/offline-interviewer.ts';
import type { Interviewer } from '../../src/interviewer/interviewer.ts';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { startRedisServer } from './redis-server-process.ts';

// A Redis of the test's own that it stops in the middle of a turn: after the interviewer replied, before the commit.
let dir: string;
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let conn: Awaited<ReturnType<typeof openTestRedisStore>>;
let t: Awaited<ReturnType<typeof makeTestApp>>;
let beforeCommit: () => Promise<void> = async () => {};

/** The offline interviewer, with a hook that runs once a reply is complete and before the turn is committed. */
function interviewerWithHook(): Interviewer {
  const inner = createOfflineInterviewer();
  return {
    kind: inner.kind,
    start: (input) => inner.start(input),
    reply: (input) => {
      const stream = inner.reply(input);
      return { deltas: stream.deltas, outcome: stream.outcome.then(async (o) => (await beforeCommit(), o)) };
    },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-redis-'));
  redis = await startRedisServer(dir);
  conn = await openTestRedisStore('parley-outage:', { url: redis.url, commandTimeoutMs: 400 });
  t = await makeTestApp({ wrapStore: () => conn.store, interviewer: interviewerWithHook() });
  beforeCommit = async () => {};
});
afterEach(async () => {
  redis.resume();
  await conn.requester.close();
  await t.cleanup();
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Polls until the store answers again (node-redis reconnects in the background with backoff). */
async function untilReachable<T extends { status: number }>(read: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await read();
    if (res.status !== 503 || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function givenSession() {
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey);
  const se = await t.session(ws.publishableKey, st.id);
  const turn = (id: string, text: string) => t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id, text } });
  const read = () => t.call('GET', `/v1/sessions/${se.id}`, { key: ws.secretKey });
  return { se, turn, read };
}

describe('when Redis goes away in the middle of a turn', () => {
  it('answers 503 upstream with retry-after; after a restart nothing is half-written and the retry is stored once', async () => {
    const { turn, read } = await givenSession();
    expect((await turn('t1', 'The billing page charged me twice last month.')).status).toBe(200);
    beforeCommit = () => redis.stop('SIGKILL');
    const failed = await turn('t2', 'Support took a week to refund it.');
    expect(failed.status).toBe(503);
    expect(failed.json.error).toMatchObject({ type: 'upstream', requestId: expect.any(String) });
    expect(failed.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);

    beforeCommit = async () => {};
    await redis.restart();
    const after = await untilReachable(read);
    expect(after.status).toBe(200);
    expect(after.json.turns.map((x: { id: string }) => x.id)).not.toContain('t2');
    expect(after.json.turns).toHaveLength(3);

    const retried = await turn('t2', 'Support took a week to refund it.');
    expect(retried.status).toBe(200);
    const again = await turn('t2', 'Support took a week to refund it.');
    expect(again.json.reply).toEqual(retried.json.reply);
    const final = (await read()).json;
    expect(final.turns.filter((x: { id: string }) => x.id === 't2')).toHaveLength(1);
    expect(final.turns).toHaveLength(5);
  });

  it('answers 503 when Redis stops answering; once it resumes the turn is stored whole or not at all, and once', async () => {
    const { turn, read } = await givenSession();
    beforeCommit = async () => redis.pause();
    const failed = await turn('t1', 'Reports take hours to export every month.');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);

    beforeCommit = async () => {};
    redis.resume();
    const seen = (await untilReachable(read)).json;
    // The commit may have reached Redis before it froze: then it is all there, else none of it.
    const ids = seen.turns.map((x: { id: string }) => x.id);
    expect([1, 3]).toContain(ids.length);
    expect(ids.includes('t1')).toBe(ids.length === 3);

    const retried = await turn('t1', 'Reports take hours to export every month.');
    expect(retried.status).toBe(200);
    const final = (await read()).json;
    expect(final.turns.filter((x: { id: string }) => x.id === 't1')).toHaveLength(1);
    expect(final.turns).toHaveLength(3);
    if (ids.length === 3) expect(retried.json.reply.id).toBe(ids[2]);
  });
});
