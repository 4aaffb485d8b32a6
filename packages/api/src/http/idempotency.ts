import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { hashCredential } from '../auth/hash-credential.ts';
import { idempotencyScope } from './idempotency-scope.ts';
import type { AppDeps } from '../deps.ts';
import { claimClock, seededIds } from './seeded-ids.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A pending claim's lease: its live request renews it every third of this, so a claim whose process died (SIGKILL, a
 * crash) is taken over by the client's retry within this long; the embedded store, single-process, does so at once.
 */
const LEASE_MS = 30_000;
/**
 * A request still running this long (default; `config.idempotencyPendingMs`) stops renewing its lease: it is hung, and
 * the client's retry may take over. The slowest request, an LLM plan draft with its retries and repair, ends well within it.
 */
const DEFAULT_PENDING_MS = 15 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Honours `Idempotency-Key` on a create: the same key from the same credential within 24 h replays the first
 * response; the same key with a different body is a 409. Only successful responses are remembered, so a request
 * that failed validation or on our side can be retried with the same key.
 *
 * Exactly once across a crash: the response is remembered only after the objects are written, so a process dying in
 * between leaves objects without a response. The request's ids, secrets and clock therefore come from its claim (a
 * stored random seed and the claim's time, see seeded-ids.ts); the retry that takes over the dead claim (its lease
 * lapsed, store.ts) rebuilds the same objects under the same ids, which the stores accept as the same create, so
 * there is still one object per key, and the retry answers with it.
 */
export function idempotent(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!KEY.test(key)) {
      throw new ApiError('invalid_request', 'Idempotency-Key must be 1–255 visible ASCII characters.', {
        issues: [{ path: 'Idempotency-Key', message: 'must be 1–255 visible ASCII characters' }],
      });
    }
    const { store, clock } = c.var.deps;
    const scope = await idempotencyScope(c);
    const fingerprint = await hashCredential(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    const claim = await store.claimIdempotencyKey(scope, key, fingerprint, clock.now().getTime(), DAY_MS, LEASE_MS);
    if (claim.state !== 'claimed') {
      if (claim.fingerprint !== fingerprint) {
        throw new ApiError('conflict', 'This Idempotency-Key was already used with a different request body.');
      }
      if (claim.state === 'pending') {
        throw new ApiError('conflict', 'A request with this Idempotency-Key is still in progress; retry in a moment.', {
          headers: { 'retry-after': '1' },
        });
      }
      c.header('idempotent-replayed', 'true');
      return c.json(claim.response.body as object, claim.response.status as ContentfulStatusCode);
    }
    const ids = await seededIds(claim.seed, claim.claimedAt);
    const stopRenewing = keepLease(c.var.deps, scope, key, claim.claimId);
    c.set('deps', { ...c.var.deps, ids, clock: claimClock(claim.claimedAt) });
    try {
      await next();
    } catch (err) {
      await store.releaseIdempotencyKey(scope, key, claim.claimId).catch(() => {});
      throw err;
    } finally {
      stopRenewing();
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const body = await c.res.clone().json();
      await store.completeIdempotencyKey(scope, key, { status: c.res.status, body }, claim.claimId);
    } else {
      await store.releaseIdempotencyKey(scope, key, claim.claimId).catch(() => {});
    }
  };
}

/** Renews a claim's lease while its request runs (up to the pending limit); returns the function that stops it. */
function keepLease(deps: AppDeps, scope: string, key: string, claimId: string): () => void {
  const { store, clock } = deps;
  const giveUpAt = clock.now().getTime() + (deps.config.idempotencyPendingMs ?? DEFAULT_PENDING_MS);
  const timer = setInterval(() => {
    const now = clock.now().getTime();
    if (now >= giveUpAt) return clearInterval(timer);
    // A failed renewal is retried next tick; the lease outlasts two of them.
    store.renewIdempotencyKey(scope, key, claimId, now, LEASE_MS).catch(() => {});
  }, LEASE_MS / 3);
  return () => clearInterval(timer);
}
