import { describe, expect, it } from 'vitest';
import { type ContractContext, givenSession, givenStudy, givenWorkspace } from './context.ts';

/** Two workspaces, each with a study and an active session. */
async function givenTwoWorkspaces(c: ContractContext) {
  const make = async () => {
    const { workspace } = await givenWorkspace(c);
    const study = await givenStudy(c, workspace.id);
    const { session } = await givenSession(c, workspace.id, study.id);
    return { id: workspace.id, study, session };
  };
  const a = await make();
  const b = await make();
  const snapshot = async () => ({
    study: await c.store.getStudy(a.id, a.study.id),
    session: await c.store.getSession(a.id, a.session.id),
  });
  return { a, b, before: await snapshot(), snapshot };
}

/** Workspace isolation: no method given workspace B ever reads or touches workspace A's objects. */
export function isolationContract(ctx: () => ContractContext): void {
  describe('workspace isolation', () => {
    it('getStudy and listStudies see only their own workspace', async () => {
      const { store } = ctx();
      const { a, b } = await givenTwoWorkspaces(ctx());
      expect(await store.getStudy(b.id, a.study.id)).toBeNull();
      expect((await store.listStudies(b.id, { limit: 10 })).data.map((s) => s.id)).toEqual([b.study.id]);
      expect((await store.listStudies(a.id, { limit: 10 })).data.map((s) => s.id)).toEqual([a.study.id]);
    });

    it('updateStudy cannot change another workspace’s study', async () => {
      const { store } = ctx();
      const { a, b, before, snapshot } = await givenTwoWorkspaces(ctx());
      expect(await store.updateStudy(b.id, a.study.id, { title: 'Hijacked', status: 'closed' })).toBeNull();
      expect(await snapshot()).toEqual(before);
    });

    it('getSession and listSessions see only their own workspace', async () => {
      const { store } = ctx();
      const { a, b } = await givenTwoWorkspaces(ctx());
      expect(await store.getSession(b.id, a.session.id)).toBeNull();
      expect((await store.listSessions(b.id, {}, { limit: 10 })).data.map((s) => s.session.id)).toEqual([b.session.id]);
      expect(await store.listSessions(b.id, { studyId: a.study.id }, { limit: 10 })).toEqual({ data: [], nextCursor: null });
      expect(await store.listSessions(b.id, { studyId: a.study.id, status: 'active' }, { limit: 10 })).toEqual({ data: [], nextCursor: null });
    });

    it('commitTurn cannot write to another workspace’s session', async () => {
      const { store, f } = ctx();
      const { a, b, before, snapshot } = await givenTwoWorkspaces(ctx());
      expect(await store.commitTurn(b.id, a.session.id, f.commit(a.session))).toEqual({ ok: false, reason: 'not_found' });
      expect(await snapshot()).toEqual(before);
    });

    it('endSession cannot end another workspace’s session', async () => {
      const { store, f } = ctx();
      const { a, b, before, snapshot } = await givenTwoWorkspaces(ctx());
      expect(await store.endSession(b.id, a.session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() })).toBeNull();
      expect(await snapshot()).toEqual(before);
    });

    it('counts a study’s stats from its own workspace’s sessions only', async () => {
      const { store, f } = ctx();
      const { a, b } = await givenTwoWorkspaces(ctx());
      await store.endSession(b.id, b.session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
      await givenSession(ctx(), b.id, b.study.id);
      expect((await store.getStudy(a.id, a.study.id))!.stats).toMatchObject({ sessions: 1, completed: 0 });
      expect((await store.getStudy(b.id, b.study.id))!.stats).toMatchObject({ sessions: 2, completed: 1 });
    });
  });
}
