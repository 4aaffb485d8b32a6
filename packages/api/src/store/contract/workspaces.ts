import { describe, expect, it } from 'vitest';
import { type ContractContext, givenSession, givenStudy, givenWorkspace } from './context.ts';

/** Workspaces and credentials: stored together, read by id and by credential hash. */
export function workspacesContract(ctx: () => ContractContext): void {
  describe('workspaces and credentials', () => {
    it('reads a workspace back by id', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      expect(await store.getWorkspace(workspace.id)).toEqual(workspace);
    });

    it('lists every workspace id, sorted, once each', async () => {
      const { store } = ctx();
      const a = await givenWorkspace(ctx());
      const b = await givenWorkspace(ctx());
      const ids = await store.listWorkspaceIds();
      expect(ids).toEqual([...ids].sort());
      expect(ids.filter((id) => id === a.workspace.id || id === b.workspace.id).sort()).toEqual([a.workspace.id, b.workspace.id].sort());
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('answers null for an unknown workspace', async () => {
      expect(await ctx().store.getWorkspace('ws_missing')).toBeNull();
    });

    it('finds every credential of a workspace by its hash', async () => {
      const { store } = ctx();
      const { secret, publishable } = await givenWorkspace(ctx());
      expect(await store.findCredential(secret.hash)).toEqual(secret);
      expect(await store.findCredential(publishable.hash)).toEqual(publishable);
    });

    it('answers null for an unknown credential hash', async () => {
      const { store } = ctx();
      await givenWorkspace(ctx());
      expect(await store.findCredential('0'.repeat(64))).toBeNull();
    });

    it('stores a session token credential together with its session', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const { session, token } = await givenSession(ctx(), workspace.id, study.id);
      expect(await store.findCredential(token.hash)).toEqual({ hash: token.hash, kind: 'session', workspaceId: workspace.id, sessionId: session.id });
    });

    it('reports a kind', () => {
      expect(typeof ctx().store.kind).toBe('string');
      expect(ctx().store.kind.length).toBeGreaterThan(0);
    });
  });
}
