import { Redis } from '@upstash/redis';

/** How to reach an Upstash (or Upstash-compatible) REST endpoint. */
export interface RestRedisSettings {
  /** UPSTASH_REDIS_REST_URL. */
  url: string;
  /** UPSTASH_REDIS_REST_TOKEN. */
  token: string;
  /** Give up on one HTTP request after this long (then the API answers 503); default 3000 ms. */
  timeoutMs?: number;
  /** Network failures retried by the client before giving up; default 2. */
  retries?: number;
}

/**
 * An `@upstash/redis` client over Upstash's REST API: works on every runtime with `fetch` (Workers, Vercel Edge,
 * Deno, Node). Replies are left as Redis sends them (the store decodes its own values) and not auto-pipelined, so one
 * store call is one HTTP request. Responses use Upstash's base64 encoding (the library default), which keeps any
 * UTF-8 in stored JSON intact.
 */
export function redisOverRest(settings: RestRedisSettings): Redis {
  const timeoutMs = settings.timeoutMs ?? 3000;
  const retries = settings.retries ?? 2;
  return new Redis({
    url: settings.url,
    token: settings.token,
    automaticDeserialization: false,
    enableAutoPipelining: false,
    enableTelemetry: false,
    // A fresh signal per request: a shared one would stay aborted after the first timeout.
    signal: () => AbortSignal.timeout(timeoutMs),
    retry: { retries, backoff: (attempt) => 50 * 2 ** attempt * (0.75 + Math.random() / 2) },
  });
}
