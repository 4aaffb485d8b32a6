import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Principal } from '../auth/principal.ts';
import type { RateLimitBucket, RateLimitDecision } from './rate-limiter.ts';

const WHAT: Record<RateLimitBucket, string> = {
  turns: 'session token',
  sessions: 'publishable key from this address',
  secret: 'secret key',
};

/** The bucket and counter key of a caller; admin calls are not limited. */
function counterOf(principal: Principal, address: () => string): { bucket: RateLimitBucket; key: string } | null {
  switch (principal.kind) {
    case 'session':
      return { bucket: 'turns', key: principal.scope };
    case 'publishable':
      return { bucket: 'sessions', key: `${principal.scope}|${address()}` };
    case 'secret':
      return { bucket: 'secret', key: principal.scope };
    default:
      return null;
  }
}

/**
 * Counts the authenticated caller against its rate limit (rate-limiter.ts) and answers 429 `rate_limited` with
 * `retry-after` once it is over. Goes right after `authenticate(…)` on a route; does nothing when the app has no
 * rate limiter. If the limiter itself fails, the request passes and the failure is logged: limits protect the API,
 * they must not take it down.
 */
export function limitCaller(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { rateLimiter, clientAddress, logger } = c.var.deps;
    const counter = rateLimiter ? counterOf(c.var.principal, () => clientAddress?.(c) ?? 'unknown') : null;
    if (rateLimiter && counter) {
      let decision: RateLimitDecision;
      try {
        decision = await rateLimiter.consume(counter.bucket, counter.key);
      } catch (err) {
        logger.error('rate_limiter_failed', { requestId: c.var.requestId, bucket: counter.bucket, error: String(err) });
        decision = { allowed: true };
      }
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds;
        throw new ApiError('rate_limited', `Too many requests for this ${WHAT[counter.bucket]}; retry in ${seconds} s.`, {
          headers: { 'retry-after': String(seconds) },
        });
      }
    }
    await next();
  };
}
