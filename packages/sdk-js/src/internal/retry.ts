/** Backoff of the first retry, in ms; doubles each time (openai-node's schedule). */
const INITIAL_DELAY_MS = 500;
/** Longest computed backoff, in ms. */
const MAX_DELAY_MS = 8_000;
/** Longest `retry-after` we honour; anything longer falls back to our own backoff. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether an error answer is worth sending again: 429, 502, 503, 504 — and a 409 that carries `retry-after` for a
 * request with an Idempotency-Key (the API's "a request with this key is still in progress, come back in a moment").
 * Never a plain 400 or 409: the same request would fail the same way.
 */
export function isRetryableStatus(status: number, headers: Headers, hasIdempotencyKey: boolean): boolean {
  if (status === 429 || status === 502 || status === 503 || status === 504) return true;
  return status === 409 && hasIdempotencyKey && headers.has('retry-after');
}

/** The server's `retry-after-ms` / `retry-after` (seconds or HTTP date) in ms, if it sent one we can read. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? date - now : undefined;
}

/**
 * How long to wait before retry number `retriesDone + 1`: the server's `retry-after` when it is between 0 and 60 s,
 * else exponential backoff (0.5 s, 1 s, 2 s … capped at 8 s) less up to 25% jitter.
 */
export function retryDelayMs(headers: Headers | undefined, retriesDone: number, random: () => number = Math.random): number {
  const asked = retryAfterMs(headers);
  if (asked !== undefined && asked >= 0 && asked <= MAX_RETRY_AFTER_MS) return asked;
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retriesDone, MAX_DELAY_MS);
  return base * (1 - random() * 0.25);
}
