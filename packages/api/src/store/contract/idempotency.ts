import { describe, expect, it } from 'vitest';
import { type ContractContext, givenSession, givenStudy, givenWorkspace, mustGetSession } from './context.ts';
import type { IdempotencyClaim } from '../store.ts';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
const TTL = 24 * 60 * 60 * 1000;

/** The claim id of a claim that must have succeeded. */
function idOf(claim: IdempotencyClaim): string {
  if (claim.state !== 'claimed') throw new Error(`expected a claim, got ${claim.state}`);
  return claim.claimId;
}

/** Idempotency keys: claim, pending, done, expiry, leases and take-over, release, per scope. */
export function idempotencyContract(ctx: () => ContractContext): void {
  describe('idempotency keys', () => {
    it('claims an absent key, then reports it pending with the stored fingerprint', async () => {
      const { store } = ctx();
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW, TTL)).toMatchObject({ state: 'claimed' });
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW + 1, TTL)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
      // A different request body under the same key still sees the first request's fingerprint.
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-other', NOW + 2, TTL)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
    });

    it('reports a completed key as done with its fingerprint and response', async () => {
      const { store } = ctx();
      const id = idOf(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW, TTL));
      const response = { status: 201, body: { id: 'st_1', nested: { list: [1, 'two', null] } } };
      await store.completeIdempotencyKey('cred_a', 'key-1', response, id);
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW + 1000, TTL)).toEqual({ state: 'done', fingerprint: 'fp-1', response });
    });

    it('treats a key as live up to createdAt + ttl and claimable after it', async () => {
      const { store } = ctx();
      const id = idOf(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW, TTL));
      await store.completeIdempotencyKey('cred_a', 'key-1', { status: 200, body: { ok: true } }, id);
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-2', NOW + TTL, TTL)).toMatchObject({ state: 'done', fingerprint: 'fp-1' });
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-2', NOW + TTL + 1, TTL)).toMatchObject({ state: 'claimed' });
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-3', NOW + TTL + 2, TTL)).toEqual({ state: 'pending', fingerprint: 'fp-2' });
    });

    it('expires a pending key too', async () => {
      const { store } = ctx();
      await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW, 1000);
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-2', NOW + 1001, 1000)).toMatchObject({ state: 'claimed' });
    });

    it('gives up a claim left pending past its pending TTL (its request died), but never a completed one', async () => {
      const { store } = ctx();
      const dead = idOf(await store.claimIdempotencyKey('cred_a', 'key-p', 'fp-1', NOW, TTL, 1000));
      expect(await store.claimIdempotencyKey('cred_a', 'key-p', 'fp-1', NOW + 999, TTL, 1000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
      const retry = idOf(await store.claimIdempotencyKey('cred_a', 'key-p', 'fp-1', NOW + 1001, TTL, 1000));
      expect(retry).not.toBe(dead);
      // The first request, if it was only slow, can neither answer for the retry nor drop its claim.
      await store.completeIdempotencyKey('cred_a', 'key-p', { status: 201, body: { id: 'first' } }, dead);
      await store.releaseIdempotencyKey('cred_a', 'key-p', dead);
      expect(await store.claimIdempotencyKey('cred_a', 'key-p', 'fp-1', NOW + 1002, TTL, 1000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
      await store.completeIdempotencyKey('cred_a', 'key-p', { status: 201, body: { id: 'x' } }, retry);
      expect(await store.claimIdempotencyKey('cred_a', 'key-p', 'fp-1', NOW + 5000, TTL, 1000)).toEqual({ state: 'done', fingerprint: 'fp-1', response: { status: 201, body: { id: 'x' } } });
    });

    it('lets the same request take over a claim whose lease lapsed, with the dead claim\'s seed and time', async () => {
      const { store } = ctx();
      const dead = await store.claimIdempotencyKey('cred_a', 'key-l', 'fp-1', NOW, TTL, 1000);
      if (dead.state !== 'claimed') throw new Error('expected a claim');
      expect(dead.claimedAt).toBe(NOW);
      expect(dead.seed).toMatch(/.{16,}/);
      // A different body never takes it over: that is a conflict, whether its first request lives or not.
      expect(await store.claimIdempotencyKey('cred_a', 'key-l', 'fp-2', NOW + 5000, TTL, 1000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
      const retry = await store.claimIdempotencyKey('cred_a', 'key-l', 'fp-1', NOW + 5000, TTL, 1000);
      expect(retry).toMatchObject({ state: 'claimed', seed: dead.seed, claimedAt: NOW });
      expect(idOf(retry)).not.toBe(dead.claimId);
      // The dead claim can no longer renew, and the retry's lease runs from its take-over.
      expect(await store.renewIdempotencyKey('cred_a', 'key-l', dead.claimId, NOW + 5001, 1000)).toBe(false);
      expect(await store.claimIdempotencyKey('cred_a', 'key-l', 'fp-1', NOW + 5999, TTL, 1000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
    });

    it('keeps a claim whose lease is renewed, and lets a renewal of a completed claim fail', async () => {
      const { store } = ctx();
      const id = idOf(await store.claimIdempotencyKey('cred_a', 'key-r', 'fp-1', NOW, TTL, 1000));
      expect(await store.renewIdempotencyKey('cred_a', 'key-r', id, NOW + 900, 1000)).toBe(true);
      expect(await store.claimIdempotencyKey('cred_a', 'key-r', 'fp-1', NOW + 1500, TTL, 1000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
      await store.completeIdempotencyKey('cred_a', 'key-r', { status: 201, body: { id: 'x' } }, id);
      expect(await store.renewIdempotencyKey('cred_a', 'key-r', id, NOW + 1600, 1000)).toBe(false);
      expect(await store.claimIdempotencyKey('cred_a', 'key-r', 'fp-1', NOW + 9000, TTL, 1000)).toMatchObject({ state: 'done' });
    });

    it('gives each fresh claim its own seed', async () => {
      const { store } = ctx();
      const a = await store.claimIdempotencyKey('cred_a', 'key-s1', 'fp-1', NOW, TTL);
      const b = await store.claimIdempotencyKey('cred_a', 'key-s2', 'fp-1', NOW, TTL);
      expect(a.state === 'claimed' && b.state === 'claimed' && a.seed !== b.seed).toBe(true);
    });

    it('accepts a keyed create rebuilt after a crash (same ids, time, token) as the same create, never a second one', async () => {
      const c = ctx();
      const { store } = c;
      const { workspace, secret, publishable } = await givenWorkspace(c);
      await store.createWorkspace(workspace, [secret, publishable]);
      const study = await givenStudy(c, workspace.id);
      // The retry drafted its plan anew: the study stored first stands and is what the retry gets back.
      const again = await store.createStudy({ ...study, title: 'Drafted again' });
      expect(again).toMatchObject({ id: study.id, title: study.title });
      await expect(store.createStudy({ ...study, createdAt: new Date(Date.parse(study.createdAt) + 1).toISOString(), title: 'Another' })).rejects.toThrow();
      const { session, turns, token } = await givenSession(c, workspace.id, study.id);
      expect(await store.createSession(session, turns, token, { maxSessions: 1 })).toEqual({ ok: true });
      expect((await mustGetSession(store, workspace.id, session.id)).turns).toHaveLength(turns.length);
      expect((await store.getStudy(workspace.id, study.id))!.stats.sessions).toBe(1);
      // Another token under the same session id is not the same create.
      await expect(store.createSession(session, turns, c.f.credential(workspace.id, 'session', session.id))).rejects.toThrow();
    });

    it('forgets a released key so it can be claimed again', async () => {
      const { store } = ctx();
      const id = idOf(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', NOW, TTL));
      await store.releaseIdempotencyKey('cred_a', 'key-1', id);
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-2', NOW + 1, TTL)).toMatchObject({ state: 'claimed' });
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-2', NOW + 2, TTL)).toEqual({ state: 'pending', fingerprint: 'fp-2' });
    });

    it('releases an unknown key without complaint', async () => {
      await expect(ctx().store.releaseIdempotencyKey('cred_a', 'never-claimed', 'no-claim')).resolves.toBeUndefined();
    });

    it('keeps keys of different scopes, and different keys of one scope, apart', async () => {
      const { store } = ctx();
      const a = idOf(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-a', NOW, TTL));
      await store.completeIdempotencyKey('cred_a', 'key-1', { status: 201, body: 'a' }, a);
      const b = idOf(await store.claimIdempotencyKey('cred_b', 'key-1', 'fp-b', NOW, TTL));
      expect(await store.claimIdempotencyKey('cred_a', 'key-2', 'fp-a2', NOW, TTL)).toMatchObject({ state: 'claimed' });
      await store.releaseIdempotencyKey('cred_b', 'key-1', b);
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-a', NOW, TTL)).toEqual({ state: 'done', fingerprint: 'fp-a', response: { status: 201, body: 'a' } });
      expect(await store.claimIdempotencyKey('cred_a', 'key-2', 'fp-x', NOW, TTL)).toEqual({ state: 'pending', fingerprint: 'fp-a2' });
    });

    it('lets exactly one of 5 concurrent claims of one key win', async () => {
      const { store } = ctx();
      const claims = await Promise.all(Array.from({ length: 5 }, (_, i) => store.claimIdempotencyKey('cred_a', 'key-race', `fp-${i}`, NOW, TTL)));
      expect(claims.filter((c) => c.state === 'claimed')).toHaveLength(1);
      const winner = `fp-${claims.findIndex((c) => c.state === 'claimed')}`;
      expect(claims.filter((c) => c.state !== 'claimed')).toEqual(Array.from({ length: 4 }, () => ({ state: 'pending', fingerprint: winner })));
    });
  });
}
