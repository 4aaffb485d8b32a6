import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractContext } from '../contract/context.ts';
import { givenSession, givenStudy, givenWorkspace } from '../contract/context.ts';
import { storeFixtures } from '../store.fixtures.ts';
import { openEmbeddedStore } from './embedded-store.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('embedded study counts across a restart', () => {
  it('rebuilds outcome, test and impression counts, and keeps a deleted study deleted, from the journal and from a snapshot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-counts-'));
    dirs.push(dir);
    for (const compactAtBytes of [Infinity, 1]) {
      const sub = join(dir, String(compactAtBytes));
      const first = await openEmbeddedStore(sub, { compactAtBytes });
      const ctx: ContractContext = { store: first, f: storeFixtures() };
      const { workspace } = await givenWorkspace(ctx);
      const kept = await givenStudy(ctx, workspace.id);
      const gone = await givenStudy(ctx, workspace.id);
      const ended = await givenSession(ctx, workspace.id, kept.id);
      await givenSession(ctx, workspace.id, kept.id);
      await givenSession(ctx, workspace.id, kept.id, { test: true });
      const tried = await givenSession(ctx, workspace.id, gone.id, { test: true });
      await first.endSession(workspace.id, ended.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: ctx.f.at() });
      await first.recordImpression(workspace.id, kept.id, 'shown');
      await first.recordImpression(workspace.id, kept.id, 'dismissed');
      expect(await first.deleteStudy(workspace.id, gone.id)).toEqual({ deleted: true });
      const before = (await first.getStudy(workspace.id, kept.id))!.stats;
      expect(before).toEqual({ sessions: 2, completed: 0, stoppedEarly: 0, abandoned: 1, inProgress: 1, shown: 1, dismissed: 1, test: 1 });
      await first.close();

      const again = await openEmbeddedStore(sub, { compactAtBytes });
      try {
        expect((await again.getStudy(workspace.id, kept.id))!.stats).toEqual(before);
        expect(await again.getStudy(workspace.id, gone.id)).toBeNull();
        expect(await again.findCredential(tried.token.hash)).toBeNull();
        expect((await again.listStudies(workspace.id, { limit: 10 })).data.map((s) => s.id)).toEqual([kept.id]);
      } finally {
        await again.close();
      }
    }
  });
});
