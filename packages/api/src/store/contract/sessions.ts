import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../domain/records.ts';
import { type ContractContext, givenSession, givenStudy, givenWorkspace, mustGetSession } from './context.ts';
import { allPages } from './pages.ts';
import { sampleState } from '../store.fixtures.ts';

/** Sessions: create with first turns, read, list with filters, end once. */
export function sessionsContract(ctx: () => ContractContext): void {
  describe('sessions', () => {
    it('reads a session back with its first turns in order', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const session = f.session(workspace.id, study.id);
      const turns = [f.turn('interviewer', { text: 'Hi there!' }), f.turn('interviewer', { text: 'What did you last use a saved report for?' })];
      await store.createSession(session, turns, f.credential(workspace.id, 'session', session.id));
      expect(await store.getSession(workspace.id, session.id)).toEqual({ session, turns });
    });

    it('answers null for an unknown session', async () => {
      const { workspace } = await givenWorkspace(ctx());
      expect(await ctx().store.getSession(workspace.id, 'se_missing')).toBeNull();
    });

    it('lists sessions newest first, filtered by study and/or status, across pages', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const a = await givenStudy(ctx(), workspace.id);
      const b = await givenStudy(ctx(), workspace.id);
      const made: SessionRecord[] = [];
      for (let i = 0; i < 12; i++) {
        const { session } = await givenSession(ctx(), workspace.id, i % 3 === 0 ? b.id : a.id);
        made.push(session);
        if (i % 2 === 0) await store.endSession(workspace.id, session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
      }
      const status = (s: SessionRecord, i: number) => (i % 2 === 0 ? 'completed' : 'active');
      const expectIds = (keep: (s: SessionRecord, i: number) => boolean) => made.filter(keep).map((s) => s.id).reverse();
      const listIds = async (filter: { studyId?: string; status?: SessionRecord['status'] }, limit: number) => {
        const pages = await allPages((p) => store.listSessions(workspace.id, filter, p), limit);
        for (const p of pages.slice(0, -1)) expect(p.data).toHaveLength(limit);
        expect(pages.at(-1)!.nextCursor).toBeNull();
        return pages.flatMap((p) => p.data.map((s) => s.session.id));
      };

      expect(await listIds({}, 5)).toEqual(expectIds(() => true));
      expect(await listIds({ studyId: a.id }, 3)).toEqual(expectIds((s) => s.studyId === a.id));
      expect(await listIds({ status: 'completed' }, 4)).toEqual(expectIds((s, i) => status(s, i) === 'completed'));
      expect(await listIds({ studyId: a.id, status: 'active' }, 2)).toEqual(expectIds((s, i) => s.studyId === a.id && status(s, i) === 'active'));
      expect(await listIds({ studyId: 'st_missing' }, 5)).toEqual([]);
      expect(await listIds({ status: 'abandoned' }, 5)).toEqual([]);
    });

    it('lists sessions by outcome, which spans statuses (a dismissal after answers and a stop request both stopped early)', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const make = async (end?: { status: 'completed' | 'abandoned'; endReason: 'completed' | 'dismissed' | 'participant_stopped' }, answers = 0) => {
        const { session } = await givenSession(ctx(), workspace.id, study.id, { state: { ...sampleState(), turnsUsed: answers } });
        if (end) await store.endSession(workspace.id, session.id, { ...end, endedAt: f.at() });
        return session.id;
      };
      const active = await make();
      const completed = await make({ status: 'completed', endReason: 'completed' }, 3);
      const stopped = await make({ status: 'completed', endReason: 'participant_stopped' }, 2);
      const declined = await make({ status: 'abandoned', endReason: 'dismissed' });
      const dismissed = await make({ status: 'abandoned', endReason: 'dismissed' }, 1);
      const ids = async (filter: Parameters<typeof store.listSessions>[1]) => {
        const pages = await allPages((p) => store.listSessions(workspace.id, { studyId: study.id, ...filter }, p), 1);
        return pages.flatMap((p) => p.data.map((s) => s.session.id));
      };
      expect(await ids({ outcome: 'in_progress' })).toEqual([active]);
      expect(await ids({ outcome: 'completed' })).toEqual([completed]);
      expect(await ids({ outcome: 'stopped_early' })).toEqual([dismissed, stopped]);
      expect(await ids({ outcome: 'abandoned' })).toEqual([declined]);
      expect(await ids({ outcome: 'stopped_early', status: 'completed' })).toEqual([stopped]);
    });

    it('lists each session with its transcript', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const { session, turns } = await givenSession(ctx(), workspace.id, study.id);
      expect(await store.listSessions(workspace.id, {}, { limit: 10 })).toEqual({ data: [{ session, turns }], nextCursor: null });
    });
  });

  describe('endSession', () => {
    it('ends an active session: status, reason, time, and version + 1', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const { session, turns } = await givenSession(ctx(), workspace.id, study.id);
      const endedAt = f.at();
      const ended = { ...session, status: 'abandoned' as const, endReason: 'dismissed' as const, endedAt, version: session.version + 1 };
      expect(await store.endSession(workspace.id, session.id, { status: 'abandoned', endReason: 'dismissed', endedAt })).toEqual(ended);
      expect(await store.getSession(workspace.id, session.id)).toEqual({ session: ended, turns });
    });

    it('is a no-op on an ended session and returns it as it is', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const { session } = await givenSession(ctx(), workspace.id, study.id);
      const first = await store.endSession(workspace.id, session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
      const before = await mustGetSession(store, workspace.id, session.id);
      expect(await store.endSession(workspace.id, session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: f.at() })).toEqual(first);
      expect(await store.getSession(workspace.id, session.id)).toEqual(before);
    });

    it('answers null for an unknown session', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      expect(await store.endSession(workspace.id, 'se_missing', { status: 'completed', endReason: 'completed', endedAt: f.at() })).toBeNull();
    });
  });
}
