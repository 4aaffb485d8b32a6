import { describe, expect, it } from 'vitest';
import type { TurnCommit } from '../store.ts';
import { type ContractContext, givenSession, givenStudy, givenWorkspace, mustGetSession } from './context.ts';

/** A workspace with one study and one active session. */
async function givenActiveSession(c: ContractContext) {
  const { workspace } = await givenWorkspace(c);
  const study = await givenStudy(c, workspace.id);
  const { session, turns } = await givenSession(c, workspace.id, study.id);
  return { workspaceId: workspace.id, session, turns };
}

/** commitTurn: the optimistic-concurrency write of one participant turn and its reply. */
export function commitTurnContract(ctx: () => ContractContext): void {
  describe('commitTurn', () => {
    it('appends both turns in order, applies the changes, bumps the version and returns the session', async () => {
      const { store, f } = ctx();
      const { workspaceId, session, turns } = await givenActiveSession(ctx());
      const commit = f.commit(session);
      const updated = { ...session, ...commit.changes, version: session.version + 1 };
      expect(await store.commitTurn(workspaceId, session.id, commit)).toEqual({ ok: true, session: updated });
      expect(await store.getSession(workspaceId, session.id)).toEqual({ session: updated, turns: [...turns, commit.participantTurn, commit.reply] });

      const second = f.commit(updated);
      const outcome = await store.commitTurn(workspaceId, session.id, second);
      expect(outcome).toEqual({ ok: true, session: { ...updated, ...second.changes, version: session.version + 2 } });
      const read = await mustGetSession(store, workspaceId, session.id);
      expect(read.turns.map((t) => t.id)).toEqual([...turns, commit.participantTurn, commit.reply, second.participantTurn, second.reply].map((t) => t.id));
    });

    it("records a session's model usage and sums it into its study's usage", async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const a = await givenSession(ctx(), workspace.id, study.id);
      const b = await givenSession(ctx(), workspace.id, study.id);
      const first = f.commit(a.session);
      const withUsage: TurnCommit = { ...first, changes: { ...first.changes, usage: { promptTokens: 900, completionTokens: 40 } } };
      const done = await store.commitTurn(workspace.id, a.session.id, withUsage);
      expect(done.ok).toBe(true);
      const next = f.commit((done as { session: typeof a.session }).session);
      await store.commitTurn(workspace.id, a.session.id, { ...next, changes: { ...next.changes, usage: { promptTokens: 1900, completionTokens: 95 } } });
      const other = f.commit(b.session);
      await store.commitTurn(workspace.id, b.session.id, { ...other, changes: { ...other.changes, usage: { promptTokens: 100, completionTokens: 5 } } });
      expect((await mustGetSession(store, workspace.id, a.session.id)).session.usage).toEqual({ promptTokens: 1900, completionTokens: 95 });
      expect((await store.getStudy(workspace.id, study.id))!.usage).toEqual({ promptTokens: 2000, completionTokens: 100 });
      const listed = await store.listStudies(workspace.id, { limit: 10 });
      expect(listed.data.find((s) => s.id === study.id)!.usage).toEqual({ promptTokens: 2000, completionTokens: 100 });
    });

    it('sets endReason and endedAt when a commit ends the session, after which it is not active', async () => {
      const { store, f } = ctx();
      const { workspaceId, session } = await givenActiveSession(ctx());
      const base = f.commit(session);
      const endedAt = f.at();
      const ending: TurnCommit = { ...base, changes: { ...base.changes, status: 'completed', endReason: 'turn_budget', endedAt, fallbacks: 1 } };
      const outcome = await store.commitTurn(workspaceId, session.id, ending);
      expect(outcome).toEqual({ ok: true, session: { ...session, ...ending.changes, version: session.version + 1 } });
      const after = await mustGetSession(store, workspaceId, session.id);
      expect(after.session).toMatchObject({ status: 'completed', endReason: 'turn_budget', endedAt, fallbacks: 1 });
      expect(await store.commitTurn(workspaceId, session.id, f.commit(after.session))).toEqual({ ok: false, reason: 'not_active' });
    });

    const refusals: [string, (c: ContractContext, s: Awaited<ReturnType<typeof givenActiveSession>>) => Promise<{ sessionId: string; commit: TurnCommit }>, string][] = [
      ['an unknown session', async (c, s) => ({ sessionId: 'se_missing', commit: c.f.commit(s.session) }), 'not_found'],
      ['an ended session', async (c, s) => {
        await c.store.endSession(s.workspaceId, s.session.id, { status: 'abandoned', endReason: 'dismissed', endedAt: c.f.at() });
        return { sessionId: s.session.id, commit: c.f.commit({ ...s.session, version: s.session.version + 1 }) };
      }, 'not_active'],
      ['an older expected version', async (c, s) => ({ sessionId: s.session.id, commit: c.f.commit({ ...s.session, version: s.session.version - 1 }) }), 'stale'],
      ['a newer expected version', async (c, s) => ({ sessionId: s.session.id, commit: c.f.commit({ ...s.session, version: s.session.version + 1 }) }), 'stale'],
      ['a participant turn id already in the transcript', async (c, s) => {
        const first = c.f.commit(s.session);
        const done = await c.store.commitTurn(s.workspaceId, s.session.id, first);
        if (!done.ok) throw new Error('setup commit failed');
        const again = c.f.commit(done.session);
        return { sessionId: s.session.id, commit: { ...again, participantTurn: { ...again.participantTurn, id: first.participantTurn.id } } };
      }, 'duplicate_turn'],
      ['a participant turn id equal to an interviewer turn id', async (c, s) => {
        const again = c.f.commit(s.session);
        return { sessionId: s.session.id, commit: { ...again, participantTurn: { ...again.participantTurn, id: s.turns[0]!.id } } };
      }, 'duplicate_turn'],
      ['an ended session at an old version (not_active comes before stale)', async (c, s) => {
        await c.store.endSession(s.workspaceId, s.session.id, { status: 'completed', endReason: 'completed', endedAt: c.f.at() });
        return { sessionId: s.session.id, commit: c.f.commit(s.session) };
      }, 'not_active'],
      ['a stale version and a duplicate turn id (stale comes before duplicate_turn)', async (c, s) => {
        const first = c.f.commit(s.session);
        await c.store.commitTurn(s.workspaceId, s.session.id, first);
        return { sessionId: s.session.id, commit: first };
      }, 'stale'],
    ];

    for (const [what, arrange, reason] of refusals) {
      it(`refuses ${what} with ${reason} and writes nothing`, async () => {
        const c = ctx();
        const s = await givenActiveSession(c);
        const { sessionId, commit } = await arrange(c, s);
        const before = await c.store.getSession(s.workspaceId, s.session.id);
        expect(await c.store.commitTurn(s.workspaceId, sessionId, commit)).toEqual({ ok: false, reason });
        expect(await c.store.getSession(s.workspaceId, s.session.id)).toEqual(before);
        expect(await c.store.getSession(s.workspaceId, sessionId)).toEqual(sessionId === s.session.id ? before : null);
      });
    }

    it('lets exactly one of 5 concurrent retries of the same turn win', async () => {
      const { store, f } = ctx();
      const { workspaceId, session, turns } = await givenActiveSession(ctx());
      const commit = f.commit(session);
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.commitTurn(workspaceId, session.id, structuredClone(commit))));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      for (const o of outcomes.filter((o) => !o.ok)) expect(['stale', 'duplicate_turn']).toContain(!o.ok && o.reason);
      const read = await mustGetSession(store, workspaceId, session.id);
      expect(read.turns.filter((t) => t.id === commit.participantTurn.id)).toHaveLength(1);
      expect(read.turns).toHaveLength(turns.length + 2);
      expect(read.session.version).toBe(session.version + 1);
    });

    it('lets exactly one of 5 concurrent different turns at the same version win', async () => {
      const { store, f } = ctx();
      const { workspaceId, session, turns } = await givenActiveSession(ctx());
      const commits = Array.from({ length: 5 }, () => f.commit(session));
      const outcomes = await Promise.all(commits.map((c) => store.commitTurn(workspaceId, session.id, c)));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok)).toEqual(Array.from({ length: 4 }, () => ({ ok: false, reason: 'stale' })));
      const winner = commits[outcomes.findIndex((o) => o.ok)]!;
      const read = await mustGetSession(store, workspaceId, session.id);
      expect(read.turns).toEqual([...turns, winner.participantTurn, winner.reply]);
    });
  });
}
