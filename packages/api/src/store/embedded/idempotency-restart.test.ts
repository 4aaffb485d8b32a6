import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from './embedded-store.ts';

const DAY = 24 * 60 * 60 * 1000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});

async function open(dir: string): Promise<EmbeddedStore> {
  const store = await openEmbeddedStore(dir);
  cleanups.push(() => store.close());
  return store;
}

it('treats every pending claim found at open as dead: the same request takes it over at once, with its seed and time', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-idem-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const now = Date.now();
  const first = await open(dir);
  const dead = await first.claimIdempotencyKey('cred', 'k', 'fp-1', now, DAY, 60_000);
  if (dead.state !== 'claimed') throw new Error('expected a claim');
  // Still live in the process that made it.
  expect(await first.claimIdempotencyKey('cred', 'k', 'fp-1', now + 1, DAY, 60_000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
  await first.close();

  const restarted = await open(dir);
  // Well within the dead claim's lease: the store is single-process, so its owner is gone.
  expect(await restarted.claimIdempotencyKey('cred', 'k', 'fp-other', now + 2, DAY, 60_000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
  const retry = await restarted.claimIdempotencyKey('cred', 'k', 'fp-1', now + 2, DAY, 60_000);
  expect(retry).toMatchObject({ state: 'claimed', seed: dead.seed, claimedAt: now });
  expect(await restarted.claimIdempotencyKey('cred', 'k', 'fp-1', now + 3, DAY, 60_000)).toEqual({ state: 'pending', fingerprint: 'fp-1' });
});
