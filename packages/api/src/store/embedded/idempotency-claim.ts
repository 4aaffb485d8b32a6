import type { IdempotencyClaim } from '../store.ts';
import type { IdempotencyEntry } from './mutations.ts';

/** What a claim attempt asks for (see Store.claimIdempotencyKey). */
export interface ClaimRequest {
  fingerprint: string;
  nowMs: number;
  ttlMs: number;
  leaseMs: number;
  /** This store instance: the embedded store is single-process, so a pending claim of any other instance is dead. */
  owner: string;
}

/** The outcome of a claim attempt: the answer, and the entry to write when the key is (re)claimed. */
export type ClaimDecision = { claim: IdempotencyClaim; write?: IdempotencyEntry };

/**
 * Decides a claim against the stored entry, as the Redis claim script does. A pending claim is dead when its lease
 * lapsed or its owner is another (so a gone) process: the same request retried takes it over at once, keeping the
 * seed and time, so it rebuilds the very objects the dead request may already have written instead of new ones.
 */
export function decideClaim(entry: IdempotencyEntry | undefined, req: ClaimRequest): ClaimDecision {
  const { fingerprint, nowMs, ttlMs, leaseMs, owner } = req;
  const claimId = crypto.randomUUID();
  if (!entry || entry.createdAt + entry.ttlMs < nowMs) {
    const seed = crypto.randomUUID();
    return { claim: { state: 'claimed', claimId, seed, claimedAt: nowMs }, write: { fingerprint, createdAt: nowMs, ttlMs, claim: claimId, owner, leaseUntil: nowMs + leaseMs, seed } };
  }
  if (entry.response !== undefined) return { claim: { state: 'done', fingerprint: entry.fingerprint, response: structuredClone(entry.response) } };
  // Journals from before leases: such a claim's lease is its whole life.
  const leaseUntil = entry.leaseUntil ?? entry.createdAt + entry.ttlMs;
  const dead = entry.owner !== owner || leaseUntil < nowMs;
  // A different body under the key is a conflict whether its first request lives or not.
  if (!dead || entry.fingerprint !== fingerprint) return { claim: { state: 'pending', fingerprint: entry.fingerprint } };
  const seed = entry.seed ?? crypto.randomUUID();
  return {
    claim: { state: 'claimed', claimId, seed, claimedAt: entry.createdAt },
    write: { ...entry, claim: claimId, owner, leaseUntil: nowMs + leaseMs, seed },
  };
}
