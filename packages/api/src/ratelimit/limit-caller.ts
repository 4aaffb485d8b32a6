import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Principal } from '../auth/principal.ts';
import type { RateLimitBucket, RateLimitDecision } from './rate-limiter.ts';

const WHAT: Record<RateLimitBucket, string> = {
  turns: 'session token',
  sessions: 'publishable key from this address',
  secret: 'secret key',
  workspaceSessions: 'workspace (interviews started with its publishable key)',
};

type Counter = { bucket: RateLimitBucket; key: string };

/** The counters a request goes against; admin calls are not limited. */
function countersOf(principal: Principal, address: () => string, startsSession: boolean): Counter[] {
  switch (principal.kind) {
    case 'session':
      return [{ bucket: 'turns', key: principal.scope }];
    case 'publishable':
      // A session start also counts for its whole workspace: addresses are cheap, the workspace's storage is not.
      return [
        { bucket: 'sessions', key: `${principal.scope}|${address()}` },
        ...(startsSession ? [{ bucket: 'workspaceSessions' as const, key: principal.workspaceId }] : []),
      ];
    case 'secret':
      return [{ bucket: 'secret', key: principal.scope }];
    default:
      return [];
  }
}

/** Whether the request starts a session (POST /v1/sessions), the one publishable call that stores something big. */
function startsSession(method: string, path: string): boolean {
  return method === 'POST' && /^\/v1\/sessions\/?$/.test(path);
}

/**
 * Counts the authenticated caller against its rate limits (rate-limiter.ts) and answers 429 `rate_limited` with
 * `retry-after` once it is over. Goes right after `authenticate(…)` on a route; does nothing when the app has no
 * rate limiter. If the limiter itself fails, the request passes and the failure is logged: limits protect the API,
 * they must not take it down.
 */
export function limitCaller(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { rateLimiter, clientAddress, logger } = c.var.deps;
    const counters = rateLimiter ? countersOf(c.var.principal, () => clientAddress?.(c) ?? 'unknown', startsSession(c.req.method, c.req.path)) : [];
    for (const counter of counters) {
      let decision: RateLimitDecision;
      try {
        decision = await rateLimiter!.consume(counter.bucket, counter.key);
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
