import { afterEach, beforeEach, describe } from 'vitest';
import { commitTurnContract } from './contract/commit-turn.ts';
import type { ContractContext } from './contract/context.ts';
import { copiesContract } from './contract/copies.ts';
import { participantsContract } from './contract/participants.ts';
import { idempotencyContract } from './contract/idempotency.ts';
import { isolationContract } from './contract/isolation.ts';
import { sessionsContract } from './contract/sessions.ts';
import { studiesContract } from './contract/studies.ts';
import { studyCountsContract } from './contract/study-counts.ts';
import { workspacesContract } from './contract/workspaces.ts';
import { webhookOutboxContract } from './contract/webhook-outbox.ts';
import type { Store } from './store.ts';
import { storeFixtures } from './store.fixtures.ts';

/**
 * The behaviour every Store implementation must have, as a vitest suite. `makeStore` gives each test a fresh, empty
 * store (a temp directory, a unique Redis key prefix…); `cleanup` closes it and removes its data.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`Store contract: ${name}`, () => {
    let current: ContractContext | null = null;
    let cleanup: (() => Promise<void>) | null = null;

    beforeEach(async () => {
      const made = await makeStore();
      current = { store: made.store, f: storeFixtures() };
      cleanup = made.cleanup;
    });
    afterEach(async () => {
      await cleanup?.();
      current = null;
      cleanup = null;
    });

    const ctx = (): ContractContext => {
      if (!current) throw new Error('the store contract context is only available inside a test');
      return current;
    };
    workspacesContract(ctx);
    studiesContract(ctx);
    sessionsContract(ctx);
    commitTurnContract(ctx);
    idempotencyContract(ctx);
    isolationContract(ctx);
    copiesContract(ctx);
    participantsContract(ctx);
    studyCountsContract(ctx);
    webhookOutboxContract(ctx);
  });
}
