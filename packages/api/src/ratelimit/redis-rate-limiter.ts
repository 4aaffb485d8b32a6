import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { RATE_LIMIT_BUCKETS, type RateLimitBucket, type RateLimitDecision, type RateLimiter, type RateLimits } from './rate-limiter.ts';

/** Where the Redis rate limiter keeps its counters, and how long it waits for Redis. */
export interface RedisRateLimiterOptions {
  /** Key prefix of one bucket's counters, e.g. `parley:rl:turns` (see store/redis/keys.ts). */
  keyOf: (bucket: RateLimitBucket) => string;
  /** After this long without an answer from Redis the request is let through (@upstash/ratelimit's own timeout); default 1000 ms. */
  timeoutMs?: number;
}

/**
 * The RateLimiter on Redis with @upstash/ratelimit's fixed window, shared by every API process or edge isolate on the
 * same Redis (REST or TCP client alike). Each counter is one key per caller and window with a TTL of the window.
 */
export function redisRateLimiter(redis: Redis, limits: RateLimits, options: RedisRateLimiterOptions): RateLimiter {
  const byBucket = new Map<RateLimitBucket, Ratelimit>();
  for (const bucket of RATE_LIMIT_BUCKETS) {
    const { limit, windowSeconds } = limits[bucket];
    byBucket.set(
      bucket,
      new Ratelimit({
        redis,
        limiter: Ratelimit.fixedWindow(limit, `${windowSeconds} s`),
        prefix: options.keyOf(bucket),
        analytics: false,
        timeout: options.timeoutMs ?? 1000,
      }),
    );
  }
  return {
    async consume(bucket, key): Promise<RateLimitDecision> {
      const result = await byBucket.get(bucket)!.limit(key);
      if (result.success) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((result.reset - Date.now()) / 1000)) };
    },
  };
}
