import type { Redis } from '@upstash/redis';
import type { Logger } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { RateLimiter, RateLimits } from '../ratelimit/rate-limiter.ts';
import { memoryRateLimiter } from '../ratelimit/memory-rate-limiter.ts';
import { redisRateLimiter } from '../ratelimit/redis-rate-limiter.ts';
import { openEmbeddedStore, type RecoverMode } from '../store/embedded/embedded-store.ts';
import { redisKeys } from '../store/redis/keys.ts';
import { RedisStore } from '../store/redis/redis-store.ts';
import type { RedisSettings } from '../store/redis/redis-settings.ts';
import { redisOverRequester } from '../store/redis/requester-client.ts';
import { redisOverRest } from '../store/redis/rest-client.ts';
import { openTcpRequester, redactedUrl } from '../store/redis/tcp-requester.ts';

/** Connection errors are logged at most this often while Redis is down (node-redis retries every ≤ 2 s). */
const ERROR_LOG_INTERVAL_MS = 10_000;

/**
 * The Node runtime's store and rate limiter: the embedded store with in-process limits, or — when the environment
 * names a Redis — the Redis store (TCP for REDIS_URL, REST for Upstash) with limits kept in that same Redis, shared by
 * every API process.
 */
export async function openNodeStorage(
  env: { dataDir: string; recover?: RecoverMode; redis: RedisSettings | null; rateLimits: RateLimits | null },
  logger: Logger,
): Promise<{ store: Store; rateLimiter?: RateLimiter }> {
  const { redis: settings, rateLimits } = env;
  if (!settings) {
    const store = await openEmbeddedStore(env.dataDir, {
      ...(env.recover ? { recover: env.recover } : {}),
      // Torn tails dropped, damage truncated, failed writes and their repair: each worth an operator's attention.
      warn: (event, fields) => logger.error(event, fields),
    });
    return { store, ...(rateLimits ? { rateLimiter: memoryRateLimiter(rateLimits) } : {}) };
  }
  let redis: Redis;
  let onClose: (() => Promise<void>) | undefined;
  if (settings.transport === 'tcp') {
    let lastLogged = 0;
    const requester = await openTcpRequester({
      url: settings.url,
      commandTimeoutMs: settings.timeoutMs,
      onError: (err) => {
        if (Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
        lastLogged = Date.now();
        logger.error('redis_connection_error', { redis: redactedUrl(settings.url), error: err.message });
      },
    });
    redis = redisOverRequester(requester);
    onClose = () => requester.close();
  } else {
    redis = redisOverRest({ url: settings.url, token: settings.token, timeoutMs: settings.timeoutMs });
  }
  const store = new RedisStore(redis, { prefix: settings.prefix, ...(onClose ? { onClose } : {}) });
  const keys = redisKeys(settings.prefix);
  return { store, ...(rateLimits ? { rateLimiter: redisRateLimiter(redis, rateLimits, { keyOf: (b) => keys.rateLimit(b) }) } : {}) };
}
