import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestRedisStore } from '../../src/store/redis/redis-test-support.ts';
import { redisKeys } from '../../src/store/redis/keys.ts';
import { storeFixtures } from '../../src/store/store.fixtures.ts';
import { givenSession, givenStudy, givenWorkspace } from '../../src/store/contract/context.ts';

// Sessions written before outcomes were stored (no `_o` field, not in any outcome counter) must count right once they move.
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe('study counts of sessions stored before outcomes, on the real Redis', () => {
  it('moves an old active session into its outcome counter when it ends, without counting it twice', async () => {
    const prefix = `parley-test:${randomUUID()}:`;
    const conn = await openTestRedisStore(prefix);
    cleanups.push(conn.cleanup);
    const ctx = { store: conn.store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(ctx);
    const study = await givenStudy(ctx, workspace.id);
    const old = await givenSession(ctx, workspace.id, study.id);
    // Make it look as the previous version left it: counted in `sessions` only, no outcome field.
    const k = redisKeys(prefix);
    await conn.redis.exec(['HDEL', k.session(workspace.id, old.session.id), '_o']);
    await conn.redis.exec(['HINCRBY', k.studyCounts(workspace.id), `${study.id}|inProgress`, '-1']);
    expect((await conn.store.getStudy(workspace.id, study.id))!.stats).toMatchObject({ sessions: 1, inProgress: 0 });

    await conn.store.endSession(workspace.id, old.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: ctx.f.at() });
    expect((await conn.store.getStudy(workspace.id, study.id))!.stats).toMatchObject({ sessions: 1, inProgress: 0, abandoned: 1, completed: 0 });
    expect((await conn.store.getSession(workspace.id, old.session.id))!.session).not.toHaveProperty('_o');
  });
});
