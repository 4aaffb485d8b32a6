import { describe, expect, it } from 'vitest';
import type { ParticipantRecord } from '../../domain/records.ts';
import { type ContractContext, givenStudy, givenWorkspace } from './context.ts';

const participant = (workspaceId: string, id: string, over: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  workspaceId,
  id,
  attributes: { plan: 'pro' },
  contacts: {},
  pending: [],
  version: 0,
  ...over,
});

/** Participants (compare-and-set), invitations (global lookup) and webhooks (per workspace). */
export function participantsContract(ctx: () => ContractContext): void {
  describe('participants, invitations, webhooks', () => {
    it('saves a new participant only once, then only at the version it read', async () => {
      const { store } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      expect(await store.getParticipant(workspace.id, 'u_1')).toBeNull();
      expect(await store.saveParticipant(participant(workspace.id, 'u_1'), 0)).toBe(true);
      expect(await store.saveParticipant(participant(workspace.id, 'u_1', { attributes: { plan: 'free' } }), 0)).toBe(false);
      const read = (await store.getParticipant(workspace.id, 'u_1'))!;
      expect(read).toMatchObject({ id: 'u_1', attributes: { plan: 'pro' }, version: 1 });
      const at = '2026-11-20T10:00:00.000Z';
      const pending = [{ invitationId: 'in_1', studyId: 'st_1', notBefore: at, expiresAt: '2026-12-01T00:00:00.000Z' }];
      expect(await store.saveParticipant({ ...read, lastContactAt: at, contacts: { st_1: at }, pending }, read.version)).toBe(true);
      expect(await store.saveParticipant({ ...read, attributes: {} }, read.version)).toBe(false);
      expect(await store.getParticipant(workspace.id, 'u_1')).toMatchObject({ lastContactAt: at, contacts: { st_1: at }, pending, version: 2 });
    });

    it('keeps participants of two workspaces apart, even with the same id', async () => {
      const { store } = ctx();
      const a = await givenWorkspace(ctx());
      const b = await givenWorkspace(ctx());
      await store.saveParticipant(participant(a.workspace.id, 'same', { attributes: { ws: 'a' } }), 0);
      expect(await store.getParticipant(b.workspace.id, 'same')).toBeNull();
      expect(await store.saveParticipant(participant(b.workspace.id, 'same', { attributes: { ws: 'b' } }), 0)).toBe(true);
      expect((await store.getParticipant(a.workspace.id, 'same'))!.attributes).toEqual({ ws: 'a' });
    });

    it('finds an invitation by id alone and replaces it on save', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const invitation = { id: `in_${study.id}`, workspaceId: workspace.id, studyId: study.id, participantId: 'u_9', createdAt: f.at(), notBefore: f.at(), expiresAt: '2030-01-01T00:00:00.000Z' };
      await store.saveInvitation(invitation);
      expect(await store.findInvitation(invitation.id)).toEqual(invitation);
      await store.saveInvitation({ ...invitation, sessionId: 'se_1' });
      expect((await store.findInvitation(invitation.id))!.sessionId).toBe('se_1');
      expect(await store.findInvitation('in_missing')).toBeNull();
    });

    it('keeps session analyses per study and study insights, replacing on save and isolated by workspace', async () => {
      const { store } = ctx();
      const a = await givenWorkspace(ctx());
      const b = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), a.workspace.id);
      const other = await givenStudy(ctx(), a.workspace.id);
      const at = '2026-11-23T10:00:00.000Z';
      await store.saveSessionAnalysis(a.workspace.id, study.id, 'se_1', { sessionId: 'se_1', analyzedTurns: 2, updatedAt: at, data: { themes: ['billing'] } });
      await store.saveSessionAnalysis(a.workspace.id, study.id, 'se_2', { sessionId: 'se_2', analyzedTurns: 4, updatedAt: at, data: { themes: [] } });
      await store.saveSessionAnalysis(a.workspace.id, other.id, 'se_3', { sessionId: 'se_3', analyzedTurns: 1, updatedAt: at, data: {} });
      await store.saveSessionAnalysis(a.workspace.id, study.id, 'se_1', { sessionId: 'se_1', analyzedTurns: 6, updatedAt: at, data: { themes: ['billing', 'refunds'] } });
      const list = (await store.listSessionAnalyses(a.workspace.id, study.id)).sort((x, y) => x.sessionId.localeCompare(y.sessionId));
      // The revision counts this study's saves only (replacements included), and no other workspace's.
      expect(await store.analysisRevision(a.workspace.id, study.id)).toBe(3);
      // An analysis covering fewer turns (a process that fell behind) never replaces one that covers more.
      await store.saveSessionAnalysis(a.workspace.id, study.id, 'se_1', { sessionId: 'se_1', analyzedTurns: 4, updatedAt: at, data: { themes: ['stale'] } });
      const kept = (await store.listSessionAnalyses(a.workspace.id, study.id)).find((x) => x.sessionId === 'se_1')!;
      expect([kept.analyzedTurns, kept.data]).toEqual([6, { themes: ['billing', 'refunds'] }]);
      expect(await store.analysisRevision(a.workspace.id, study.id)).toBe(3);
      expect(await store.analysisRevision(a.workspace.id, other.id)).toBe(1);
      expect(await store.analysisRevision(b.workspace.id, study.id)).toBe(0);
      expect(list.map((x) => [x.sessionId, x.analyzedTurns])).toEqual([['se_1', 6], ['se_2', 4]]);
      expect(list[0]!.data).toEqual({ themes: ['billing', 'refunds'] });
      expect(await store.listSessionAnalyses(b.workspace.id, study.id)).toEqual([]);
      expect(await store.getStudyInsights(a.workspace.id, study.id)).toBeNull();
      await store.saveStudyInsights(a.workspace.id, study.id, { summary: 'v1' });
      await store.saveStudyInsights(a.workspace.id, study.id, { summary: 'v2' });
      expect(await store.getStudyInsights(a.workspace.id, study.id)).toEqual({ summary: 'v2' });
      expect(await store.getStudyInsights(b.workspace.id, study.id)).toBeNull();
    });

    it('lists, isolates and deletes webhooks', async () => {
      const { store, f } = ctx();
      const a = await givenWorkspace(ctx());
      const b = await givenWorkspace(ctx());
      const hook = (workspaceId: string, id: string) => ({ id, workspaceId, url: 'https://example.com/hook', events: ['session.completed'], secret: 'whsec_x', createdAt: f.at() });
      await store.createWebhook(hook(a.workspace.id, 'wh_1'));
      await store.createWebhook(hook(a.workspace.id, 'wh_2'));
      await store.createWebhook(hook(b.workspace.id, 'wh_3'));
      expect((await store.listWebhooks(a.workspace.id)).map((h) => h.id)).toEqual(['wh_1', 'wh_2']);
      expect(await store.deleteWebhook(b.workspace.id, 'wh_1')).toBe(false);
      expect(await store.deleteWebhook(a.workspace.id, 'wh_1')).toBe(true);
      expect((await store.listWebhooks(a.workspace.id)).map((h) => h.id)).toEqual(['wh_2']);
      expect((await store.listWebhooks(b.workspace.id)).map((h) => h.id)).toEqual(['wh_3']);
    });
  });
}
