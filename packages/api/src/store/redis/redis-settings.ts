/** Where the Redis store lives, as the environment says (see docs/deploy-*.md). */
export type RedisSettings = {
  /** PARLEY_REDIS_PREFIX: prepended to every key, so deployments can share one Redis; default "parley:". */
  prefix: string;
  /** PARLEY_REDIS_TIMEOUT_MS: a Redis call with no answer after this long fails with 503; default 2000. */
  timeoutMs: number;
} & ({ transport: 'tcp'; url: string } | { transport: 'rest'; url: string; token: string });

/**
 * Reads the Redis store's settings: REDIS_URL selects TCP to any Redis (Node only); UPSTASH_REDIS_REST_URL with
 * UPSTASH_REDIS_REST_TOKEN selects Upstash's REST API (any runtime). REDIS_URL wins when both are set. Null when
 * neither is set (the embedded store then).
 */
export function readRedisSettings(env: Record<string, string | undefined>): RedisSettings | null {
  const prefix = env.PARLEY_REDIS_PREFIX ?? 'parley:';
  const timeoutMs = Number(env.PARLEY_REDIS_TIMEOUT_MS ?? 2000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`PARLEY_REDIS_TIMEOUT_MS must be a positive number of ms, got "${env.PARLEY_REDIS_TIMEOUT_MS}"`);
  if (env.REDIS_URL) return { transport: 'tcp', url: env.REDIS_URL, prefix, timeoutMs };
  const url = env.UPSTASH_REDIS_REST_URL;
  const token = env.UPSTASH_REDIS_REST_TOKEN;
  if (!url && !token) return null;
  if (!url || !token) throw new Error('UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together');
  return { transport: 'rest', url, token, prefix, timeoutMs };
}
