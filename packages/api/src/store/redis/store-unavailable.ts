import { StoreUnavailableError } from '../store.ts';

/**
 * Runs one store operation, turning any failure of Redis or of the way to it (connection refused or lost, timeout,
 * an HTTP error from Upstash, a Redis error reply) into StoreUnavailableError, which the API answers with 503
 * `upstream` and retry-after. Errors the store raises itself on purpose (a duplicate id: a caller's bug) pass through.
 */
export async function reachRedis<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof StoreUnavailableError || err instanceof RedisStoreRefusal) throw err;
    throw new StoreUnavailableError(`redis store: ${operation} failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
}

/** A write the Redis store refused because the caller broke the port's rules (e.g. creating an id twice). */
export class RedisStoreRefusal extends Error {
  override readonly name = 'RedisStoreRefusal';
}
