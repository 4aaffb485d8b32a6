/**
 * Test support for the Redis store: a store over TCP on a key prefix of its own, and the clean-up that deletes every
 * key under a prefix. Used by the contract suite and the Redis tests under test/; Node-only.
 */
import type { Redis } from '@upstash/redis';
import { RedisStore } from './redis-store.ts';
import { redisOverRequester } from './requester-client.ts';
import { openTcpRequester, type TcpRequesterOptions } from './tcp-requester.ts';

/** The Redis the tests use: the one every CI machine runs. */
export const TEST_REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Deletes every key that starts with `prefix` (SCAN + UNLINK), returning how many there were. */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<number> {
  const pattern = `${prefix.replace(/[*?[\]\\]/g, (ch) => `\\${ch}`)}*`;
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.exec<[string, string[]]>(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000']);
    if (keys.length > 0) deleted += await redis.exec<number>(['UNLINK', ...keys]);
    cursor = String(next);
  } while (cursor !== '0');
  return deleted;
}

/** A RedisStore over TCP under `prefix`, with the raw client; cleanup deletes the prefix and closes the connection. */
export async function openTestRedisStore(prefix: string, options: Partial<TcpRequesterOptions> = {}) {
  const requester = await openTcpRequester({ url: TEST_REDIS_URL, connectTimeoutMs: 3000, ...options });
  const redis = redisOverRequester(requester);
  const store = new RedisStore(redis, { prefix });
  return {
    store,
    redis,
    requester,
    cleanup: async () => {
      try {
        await deleteKeysWithPrefix(redis, prefix);
      } finally {
        await requester.close();
      }
    },
  };
}
