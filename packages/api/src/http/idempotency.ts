import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { hashCredential } from '../auth/hash-credential.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A claim still pending after this long (default; `config.idempotencyPendingMs`) belongs to a request that died with its
 * process — the slowest request, an LLM plan draft with its retries and repair, gives up well within it: the client's
 * retry with the same key may then go through. Should the first request still finish, it cannot overwrite or drop the
 * retry's claim (completing and releasing check the claim id).
 */
const DEFAULT_PENDING_MS = 15 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Honours `Idempotency-Key` on a create: the same key from the same credential within 24 h replays the first
 * response; the same key with a different body is a 409. Only successful responses are remembered, so a request
 * that failed validation or on our side can be retried with the same key.
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
    const scope = c.var.principal.scope;
    const fingerprint = await hashCredential(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    const claim = await store.claimIdempotencyKey(scope, key, fingerprint, clock.now().getTime(), DAY_MS, c.var.deps.config.idempotencyPendingMs ?? DEFAULT_PENDING_MS);
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
    try {
      await next();
    } catch (err) {
      await store.releaseIdempotencyKey(scope, key, claim.claimId).catch(() => {});
      throw err;
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const body = await c.res.clone().json();
      await store.completeIdempotencyKey(scope, key, { status: c.res.status, body }, claim.claimId);
    } else {
      await store.releaseIdempotencyKey(scope, key, claim.claimId).catch(() => {});
    }
  };
}
