import { LlmError, toLlmError } from './llm-error.ts';

/** How often and how patiently a model request is retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** The first backoff; each retry doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The whole time all attempts and waits may take; no retry starts that could not begin before it. */
  budgetMs: number;
}

/** One attempt, told its number (0 first) and how much of the budget is left for it. */
export type Attempt<T> = (attempt: number, remainingMs: number) => Promise<T>;

/**
 * Exponential backoff with up to 25% jitter taken off (as openai-node does), so clients that failed together do
 * not all come back at the same instant.
 */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  const delay = Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs);
  return delay * (1 - random() * 0.25);
}

/**
 * Runs `attempt` until it succeeds, a failure is not retryable, the retries are used up, or the budget would be
 * overrun. A server's retry-after is honoured; when it asks for longer than the budget has left, we give up at once
 * rather than keep a participant waiting for nothing. The last failure is thrown, as an LlmError.
 */
export async function withRetries<T>(
  attempt: Attempt<T>,
  policy: RetryPolicy,
  options: { signal?: AbortSignal; onRetry?: (error: LlmError, delayMs: number, attempt: number) => void; now?: () => number } = {},
): Promise<T> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  for (let n = 0; ; n += 1) {
    options.signal?.throwIfAborted();
    try {
      return await attempt(n, policy.budgetMs - (now() - started));
    } catch (err) {
      const error = toLlmError(err);
      options.signal?.throwIfAborted();
      if (!error.retryable || n >= policy.maxRetries) throw error;
      const delay = error.details.retryAfterMs ?? backoffDelay(n, policy);
      // Leave the next attempt some time of its own, else it would only time out.
      if (now() - started + delay >= policy.budgetMs * 0.9) throw error;
      options.onRetry?.(error, delay, n + 1);
      await sleep(delay, options.signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}
