import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context.ts';
import { givenSession, givenStudy, givenWorkspace } from './context.ts';

const ZERO = { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 };

/** Stats that count what happened (outcomes, tests, impressions), quotas, archived and test filters, and deleting a study. */
export function studyCountsContract(ctx: () => ContractContext): void {
  describe('study counts, quotas and deletion', () => {
    it('counts real sessions by outcome and test sessions apart, however they moved', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const done = await givenSession(ctx(), workspace.id, study.id);
      const left = await givenSession(ctx(), workspace.id, study.id);
      const stopped = await givenSession(ctx(), workspace.id, study.id);
      await givenSession(ctx(), workspace.id, study.id);
      await givenSession(ctx(), workspace.id, study.id, { test: true });
      expect((await store.getStudy(workspace.id, study.id))!.stats).toEqual({ ...ZERO, sessions: 4, inProgress: 4, test: 1 });

      await store.endSession(workspace.id, done.session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
      // Closed before answering anything: nobody took part.
      await store.endSession(workspace.id, left.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: f.at() });
      // One answer, then closed: stopped early.
      const answered = await store.commitTurn(workspace.id, stopped.session.id, f.commit(stopped.session));
      expect(answered.ok).toBe(true);
      await store.endSession(workspace.id, stopped.session.id, { status: 'abandoned', endReason: 'superseded', endedAt: f.at() });
      // Ending again changes nothing.
      await store.endSession(workspace.id, done.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: f.at() });

      const expected = { ...ZERO, sessions: 4, completed: 1, abandoned: 1, stoppedEarly: 1, inProgress: 1, test: 1 };
      expect((await store.getStudy(workspace.id, study.id))!.stats).toEqual(expected);
      expect((await store.listStudies(workspace.id, { limit: 5 })).data[0]!.stats).toEqual(expected);
      expect((await store.getSession(workspace.id, stopped.session.id))!.session.endReason).toBe('superseded');
    });

    it('refuses the start past a quota atomically, however many arrive at once; test sessions never count', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const starts = Array.from({ length: 12 }, () => {
        const session = f.session(workspace.id, study.id);
        return store.createSession(session, f.openingTurns(), f.credential(workspace.id, 'session', session.id), { maxSessions: 3 });
      });
      const outcomes = await Promise.all(starts);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
      expect(outcomes.filter((o) => !o.ok)).toEqual(Array(9).fill({ ok: false, reason: 'quota_reached' }));
      const testSession = f.session(workspace.id, study.id, { test: true });
      expect(await store.createSession(testSession, f.openingTurns(), f.credential(workspace.id, 'session', testSession.id), { maxSessions: 3 })).toEqual({ ok: true });
      expect((await store.getStudy(workspace.id, study.id))!.stats).toMatchObject({ sessions: 3, test: 1 });
      expect((await store.listSessions(workspace.id, { studyId: study.id }, { limit: 50 })).data).toHaveLength(3);
    });

    it('counts impressions atomically, only into the workspace’s own study', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const other = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const counted = await Promise.all([...Array(7).fill('shown'), 'dismissed', 'dismissed'].map((kind) => store.recordImpression(workspace.id, study.id, kind)));
      expect(counted.every(Boolean)).toBe(true);
      expect(await store.recordImpression(other.workspace.id, study.id, 'shown')).toBe(false);
      expect(await store.recordImpression(workspace.id, 'st_nope', 'shown')).toBe(false);
      expect((await store.getStudy(workspace.id, study.id))!.stats).toEqual({ ...ZERO, shown: 7, dismissed: 2 });
    });

    it('lists archived studies only when asked, and test sessions only when asked', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const kept = await givenStudy(ctx(), workspace.id);
      const old = await givenStudy(ctx(), workspace.id);
      const updated = await store.updateStudy(workspace.id, old.id, { archived: true, priority: 7 });
      expect(updated).toMatchObject({ archived: true, priority: 7 });
      expect((await store.getStudy(workspace.id, kept.id))).toMatchObject({ archived: false, priority: 0 });
      expect((await store.listStudies(workspace.id, { limit: 10 })).data.map((s) => s.id)).toEqual([kept.id]);
      expect((await store.listStudies(workspace.id, { limit: 10 }, { archived: true })).data.map((s) => s.id)).toEqual([old.id]);
      const real = await givenSession(ctx(), workspace.id, kept.id);
      const test = await givenSession(ctx(), workspace.id, kept.id, { test: true });
      expect((await store.listSessions(workspace.id, { studyId: kept.id }, { limit: 10 })).data.map((s) => s.session.id)).toEqual([real.session.id]);
      const tests = (await store.listSessions(workspace.id, { test: true }, { limit: 10 })).data;
      expect(tests.map((s) => [s.session.id, s.session.test])).toEqual([[test.session.id, true]]);
    });

    it('deletes a study with only test sessions, with their tokens and analyses; refuses one with interviews', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const tried = await givenStudy(ctx(), workspace.id);
      const used = await givenStudy(ctx(), workspace.id);
      const test = await givenSession(ctx(), workspace.id, tried.id, { test: true });
      await store.saveSessionAnalysis(workspace.id, tried.id, test.session.id, { sessionId: test.session.id, analyzedTurns: 1, updatedAt: f.at(), data: {} });
      await store.recordImpression(workspace.id, tried.id, 'shown');
      const at = f.at();
      const invitation = { id: `in_${tried.id}`, workspaceId: workspace.id, studyId: tried.id, participantId: 'u_1', createdAt: at, notBefore: at, expiresAt: at };
      await store.saveInvitation(invitation);
      const usedInvitation = { ...invitation, id: `in_${used.id}`, studyId: used.id };
      await store.saveInvitation(usedInvitation);
      await givenSession(ctx(), workspace.id, used.id);

      expect(await store.deleteStudy(workspace.id, used.id)).toEqual({ deleted: false, reason: 'has_sessions', sessions: 1 });
      expect(await store.deleteStudy(workspace.id, 'st_nope')).toEqual({ deleted: false, reason: 'not_found' });
      const other = await givenWorkspace(ctx());
      expect(await store.deleteStudy(other.workspace.id, tried.id)).toEqual({ deleted: false, reason: 'not_found' });

      expect(await store.deleteStudy(workspace.id, tried.id)).toEqual({ deleted: true });
      expect(await store.getStudy(workspace.id, tried.id)).toBeNull();
      expect(await store.findStudyWorkspace(tried.id)).toBeNull();
      expect(await store.getSession(workspace.id, test.session.id)).toBeNull();
      expect(await store.findCredential(test.token.hash)).toBeNull();
      expect(await store.listSessionAnalyses(workspace.id, tried.id)).toEqual([]);
      expect(await store.findInvitation(invitation.id)).toBeNull();
      expect(await store.findInvitation(usedInvitation.id)).toEqual(usedInvitation);
      expect((await store.listSessions(workspace.id, { test: true }, { limit: 10 })).data).toEqual([]);
      expect((await store.listStudies(workspace.id, { limit: 10 })).data.map((s) => s.id)).toEqual([used.id]);
      expect(await store.getStudy(workspace.id, used.id)).not.toBeNull();
    });
  });
}
