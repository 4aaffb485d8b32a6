import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { storeFixtures } from '../store.fixtures.ts';
import { openTestRedisStore } from './redis-test-support.ts';

// Two RedisStores on one prefix stand for two API processes.
const prefix = `parley-test:${randomUUID()}:`;
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoProcesses() {
  let calls = 0;
  const a = await openTestRedisStore(prefix, { onRequest: () => void calls++ });
  const b = await openTestRedisStore(prefix);
  cleanups.push(a.cleanup, b.requester.close);
  const f = storeFixtures();
  const ws = f.workspace();
  await a.store.createWorkspace(ws, [f.credential(ws.id, 'secret')]);
  const study = f.study(ws.id);
  await a.store.createStudy(study);
  const session = f.session(ws.id, study.id);
  await a.store.createSession(session, f.openingTurns(), f.credential(ws.id, 'session', session.id));
  return { a: a.store, b: b.store, ws, study, session, calls: () => calls };
}

describe('the study read with a session', () => {
  it('serves the getStudy that follows at once, without another round trip', async () => {
    const { a, ws, study, session, calls } = await twoProcesses();
    const before = calls();
    await a.getSession(ws.id, session.id);
    const read = await a.getStudy(ws.id, study.id);
    expect(calls() - before).toBe(1);
    expect(read).toMatchObject({ id: study.id, title: study.title, stats: { sessions: 1, completed: 0 } });
    // Taken once: asking again reads Redis.
    await a.getStudy(ws.id, study.id);
    expect(calls() - before).toBe(2);
  });

  it('is never served after waiting on I/O: a write by another process in between is seen', async () => {
    const { a, b, ws, study, session } = await twoProcesses();
    await a.getSession(ws.id, session.id);
    await b.updateStudy(ws.id, study.id, { title: 'Changed elsewhere' });
    expect((await a.getStudy(ws.id, study.id))!.title).toBe('Changed elsewhere');
  });

  it('is dropped by this store’s own writes to the study', async () => {
    const { a, ws, study, session, calls } = await twoProcesses();
    const f = storeFixtures();
    const before = calls();
    await a.getSession(ws.id, session.id);
    const other = f.session(ws.id, study.id);
    const created = a.createSession(other, f.openingTurns(), f.credential(ws.id, 'session', other.id));
    const read = a.getStudy(ws.id, study.id);
    await Promise.all([created, read]);
    // getSession, createSession, and a real read of the study: nothing served from before the write.
    expect(calls() - before).toBe(3);
  });
});
