import type { RateLimitDecision, RateLimiter, RateLimits } from './rate-limiter.ts';

/** Counters kept before old ones are swept out (each sweep drops every counter of an ended window). */
const SWEEP_AT = 10_000;

/**
 * The in-process RateLimiter, for one Node process on the embedded store: fixed windows, like the Redis one
 * (rate-limiter.ts explains the choice). `now` is injectable so tests can move time.
 */
export function memoryRateLimiter(limits: RateLimits, now: () => number = Date.now): RateLimiter {
  const counters = new Map<string, { endsAt: number; count: number }>();
  const sweep = (t: number) => {
    for (const [id, c] of counters) if (c.endsAt <= t) counters.delete(id);
  };
  return {
    async consume(bucket, key): Promise<RateLimitDecision> {
      const { limit, windowSeconds } = limits[bucket];
      const windowMs = windowSeconds * 1000;
      const t = now();
      const id = `${bucket}\n${key}`;
      let counter = counters.get(id);
      if (!counter || counter.endsAt <= t) {
        if (counters.size >= SWEEP_AT) sweep(t);
        counter = { endsAt: (Math.floor(t / windowMs) + 1) * windowMs, count: 0 };
        counters.set(id, counter);
      }
      counter.count++;
      if (counter.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((counter.endsAt - t) / 1000)) };
    },
  };
}
