import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, type APIError } from '../errors.ts';

/**
 * One try of a request: an AbortController that fires when the caller's signal fires or when `timeoutMs` passes.
 * `finish()` detaches it from the caller's signal and stops the timer; a stream calls it when it ends.
 */
export class Attempt {
  readonly controller = new AbortController();
  #timedOut = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #userSignal: AbortSignal | undefined;
  readonly #onUserAbort = () => this.controller.abort();

  constructor(userSignal: AbortSignal | undefined, timeoutMs: number) {
    this.#userSignal = userSignal;
    if (userSignal?.aborted) this.controller.abort();
    else userSignal?.addEventListener('abort', this.#onUserAbort, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.controller.abort();
    }, timeoutMs);
  }

  /** The signal to hand to fetch. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the timeout (a stream's headers arrived: reading it may take as long as it takes). */
  clearTimeout(): void {
    clearTimeout(this.#timer);
  }

  /** Stops the timer and forgets the caller's signal. */
  finish(): void {
    clearTimeout(this.#timer);
    this.#userSignal?.removeEventListener('abort', this.#onUserAbort);
  }

  /** Names what went wrong when fetch or a body read threw: the caller aborted, the timeout fired, or the network failed. */
  failure(cause: unknown): APIError {
    if (this.#userSignal?.aborted) return new APIUserAbortError();
    if (this.#timedOut) return new APIConnectionTimeoutError();
    return new APIConnectionError(cause instanceof Error ? `Connection error: ${cause.message}` : 'Connection error.', { cause });
  }
}
