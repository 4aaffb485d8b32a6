/**
 * What Parley rate-limits, each counted per caller:
 * - `turns`: per session token (its turns, and reads and end of its session);
 * - `sessions`: per publishable key and client address (starting sessions, eligibility checks);
 * - `secret`: per secret key (every route a secret key calls);
 * - `workspaceSessions`: per workspace, sessions started with its publishable key from any address. Spreading
 *   requests over many addresses gets round `sessions`; this caps what one leaked (public) key can make a workspace
 *   store. The price: past it, real participants of that workspace wait too, so it is set well above honest traffic.
 */
export type RateLimitBucket = 'turns' | 'sessions' | 'secret' | 'workspaceSessions';

/** Every bucket, in a fixed order. */
export const RATE_LIMIT_BUCKETS: readonly RateLimitBucket[] = ['turns', 'sessions', 'secret', 'workspaceSessions'];

/** At most `limit` requests per fixed window of `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The limit of each bucket. */
export type RateLimits = Record<RateLimitBucket, RateLimit>;

/** Whether one more request may pass; if not, in how many whole seconds it will (the `retry-after` header). */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The RateLimiter port. Both implementations count in fixed windows aligned to multiples of the window length
 * (the window of a request is floor(now / window)): simple, one counter per caller, and the retry-after is exact (the
 * next window starts empty). The price: a caller can get up to 2× the limit across a window boundary.
 */
export interface RateLimiter {
  /** Counts one request of `key` (a credential hash, maybe with a client address) in `bucket`. */
  consume(bucket: RateLimitBucket, key: string): Promise<RateLimitDecision>;
}

/**
 * Limits suited to people answering interviews and servers calling the API, on unless PARLEY_RATE_LIMITS=off.
 * 500 publishable session starts per workspace and hour, each start body at most 64 KiB and each session at most
 * 60 participant turns of 4,000 characters, bound what an anonymous caller can make one workspace store per hour.
 */
export function defaultRateLimits(): RateLimits {
  return {
    turns: { limit: 60, windowSeconds: 60 },
    sessions: { limit: 120, windowSeconds: 60 },
    secret: { limit: 600, windowSeconds: 60 },
    workspaceSessions: { limit: 500, windowSeconds: 3600 },
  };
}
