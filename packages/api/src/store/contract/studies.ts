import { describe, expect, it } from 'vitest';
import { type ContractContext, givenSession, givenStudy, givenWorkspace } from './context.ts';
import { allPages } from './pages.ts';

/** Studies: create, read, update, list newest first with cursors, stats derived from sessions. */
export function studiesContract(ctx: () => ContractContext): void {
  describe('studies', () => {
    it('creates a study and returns it with zeroed stats', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = f.study(workspace.id);
      expect(await store.createStudy(study)).toEqual({ ...study, priority: 0, archived: false, stats: { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 }, usage: { promptTokens: 0, completionTokens: 0 } });
      expect(await store.getStudy(workspace.id, study.id)).toEqual({ ...study, priority: 0, archived: false, stats: { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 }, usage: { promptTokens: 0, completionTokens: 0 } });
    });

    it('finds the workspace that owns a study id, and null for an unknown id', async () => {
      const { store } = ctx();
      const a = await givenWorkspace(ctx());
      const b = await givenWorkspace(ctx());
      const inA = await givenStudy(ctx(), a.workspace.id);
      const inB = await givenStudy(ctx(), b.workspace.id);
      expect(await store.findStudyWorkspace(inA.id)).toBe(a.workspace.id);
      expect(await store.findStudyWorkspace(inB.id)).toBe(b.workspace.id);
      expect(await store.findStudyWorkspace('st_missing')).toBeNull();
    });

    it('answers null for an unknown study', async () => {
      const { workspace } = await givenWorkspace(ctx());
      expect(await ctx().store.getStudy(workspace.id, 'st_missing')).toBeNull();
    });

    it('updates only the given fields and returns the result with stats', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id, { status: 'draft' });
      const updatedAt = f.at();
      const plan = { ...study.plan, coreQuestions: ['What would make saved reports worth opening again?'] };
      const expected = { ...study, status: 'live' as const, title: 'Reports, revisited', plan, updatedAt, priority: 0, archived: false, stats: { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 }, usage: { promptTokens: 0, completionTokens: 0 } };
      expect(await store.updateStudy(workspace.id, study.id, { status: 'live', title: 'Reports, revisited', plan, updatedAt })).toEqual(expected);
      expect(await store.getStudy(workspace.id, study.id)).toEqual(expected);
    });

    it('answers null when updating an unknown study', async () => {
      const { workspace } = await givenWorkspace(ctx());
      expect(await ctx().store.updateStudy(workspace.id, 'st_missing', { title: 'Nope' })).toBeNull();
      expect(await ctx().store.getStudy(workspace.id, 'st_missing')).toBeNull();
    });

    it('lists an empty workspace as one empty last page', async () => {
      const { workspace } = await givenWorkspace(ctx());
      expect(await ctx().store.listStudies(workspace.id, { limit: 10 })).toEqual({ data: [], nextCursor: null });
    });

    it('pages through 25 studies newest first, 10 at a time, without gaps or duplicates', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const created: string[] = [];
      for (let i = 0; i < 25; i++) created.push((await givenStudy(ctx(), workspace.id, { title: `Study ${i}` })).id);
      const pages = await allPages((p) => store.listStudies(workspace.id, p), 10);
      expect(pages.map((p) => p.data.length)).toEqual([10, 10, 5]);
      expect(pages.map((p) => typeof p.nextCursor)).toEqual(['string', 'string', 'object']);
      expect(pages.flatMap((p) => p.data.map((s) => s.id))).toEqual([...created].reverse());
      for (const s of pages.flatMap((p) => p.data)) expect(s.stats).toEqual({ sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 });
    });

    it('ends with a null cursor when the last page is exactly full', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      for (let i = 0; i < 4; i++) await givenStudy(ctx(), workspace.id);
      const pages = await allPages((p) => store.listStudies(workspace.id, p), 2);
      expect(pages.map((p) => p.data.length)).toEqual([2, 2]);
      expect(pages[1]!.nextCursor).toBeNull();
    });

    it('derives stats from the study’s sessions: created, and completed however they ended', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const a = await givenStudy(ctx(), workspace.id);
      const b = await givenStudy(ctx(), workspace.id);
      const a1 = await givenSession(ctx(), workspace.id, a.id);
      const a2 = await givenSession(ctx(), workspace.id, a.id);
      const a3 = await givenSession(ctx(), workspace.id, a.id);
      await givenSession(ctx(), workspace.id, a.id);
      await givenSession(ctx(), workspace.id, b.id);
      expect((await store.getStudy(workspace.id, a.id))!.stats).toMatchObject({ sessions: 4, completed: 0 });

      await store.endSession(workspace.id, a1.session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
      const finishing = f.commit(a2.session);
      const finished = await store.commitTurn(workspace.id, a2.session.id, {
        ...finishing,
        changes: { ...finishing.changes, status: 'completed', endReason: 'completed', endedAt: f.at() },
      });
      expect(finished.ok).toBe(true);
      await store.endSession(workspace.id, a3.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: f.at() });
      // Ending an ended session again must not count it twice.
      await store.endSession(workspace.id, a1.session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });

      expect((await store.getStudy(workspace.id, a.id))!.stats).toMatchObject({ sessions: 4, completed: 2 });
      expect((await store.getStudy(workspace.id, b.id))!.stats).toMatchObject({ sessions: 1, completed: 0 });
      const listed = await store.listStudies(workspace.id, { limit: 10 });
      expect(listed.data.map((s) => [s.id, s.stats.sessions, s.stats.completed])).toEqual([
        [b.id, 1, 0],
        [a.id, 4, 2],
      ]);
      expect((await store.updateStudy(workspace.id, a.id, { status: 'closed' }))!.stats).toMatchObject({ sessions: 4, completed: 2 });
    });
  });
}
