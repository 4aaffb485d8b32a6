import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store.contract.ts';
import { deleteKeysWithPrefix, openTestRedisStore, TEST_REDIS_URL } from './redis-test-support.ts';

// The real Redis on 127.0.0.1:6379, never skipped: if it cannot be reached, every test here fails.
const runPrefix = `parley-test:${randomUUID()}:`;
let n = 0;

describeStoreContract('redis (TCP, via @upstash/redis)', async () => {
  const opened = await openTestRedisStore(`${runPrefix}${++n}:`);
  return { store: opened.store, cleanup: opened.cleanup };
});

describe('redis store test set-up', () => {
  it(`reaches the Redis at ${TEST_REDIS_URL}`, async () => {
    const { redis, cleanup } = await openTestRedisStore(`${runPrefix}ping:`);
    try {
      expect(await redis.exec(['PING'])).toBe('PONG');
    } finally {
      await cleanup();
    }
  });
});

afterAll(async () => {
  // Every test deleted its own keys; this proves it and removes anything a failed test left behind.
  const { redis, cleanup } = await openTestRedisStore(`${runPrefix}sweep:`);
  try {
    expect(await deleteKeysWithPrefix(redis, runPrefix)).toBe(0);
  } finally {
    await cleanup();
  }
});
