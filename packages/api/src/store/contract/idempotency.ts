import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context.ts';
import type { IdempotencyClaim } from '../store.ts';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
const TTL = 24 * 60 * 60 * 1000;

/** The claim id of a claim that must have succeeded. */
function idOf(claim: IdempotencyClaim): string {
  if (claim.state !== 'claimed') throw new Error(`expected a claim, got ${claim.state}`);
  return claim.claimId;
}

/** Idempotency keys: claim, pending, done, expiry, release, per scope. */
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
