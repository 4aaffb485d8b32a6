import type { ErrorType } from '@parley/protocol';
import { APIConnectionError, APIError, APIUserAbortError, ParleyError, statusOfType } from './errors.ts';
import type { Attempt } from './internal/attempt.ts';
import { readServerSentEvents } from './internal/sse.ts';

// SSE event names of API.md; wire names, never rename.
const DELTA = 'delta';
const DONE = 'done';
const ERROR = 'error';

/**
 * A streamed answer (a turn's reply, an `ask`): `for await` yields each delta as the server produces it, `final()`
 * resolves with the `done` result. Breaking out of the loop or calling `abort()` cancels the request. A stream is
 * never retried once it has started: for a turn, send the same turn id again to get the stored reply.
 */
export class EventStream<TDelta, TDone> implements AsyncIterable<TDelta> {
  /** The `x-request-id` of the streaming response. */
  readonly requestId: string | undefined;
  readonly #response: Response;
  readonly #attempt: Attempt;
  readonly #result: Promise<TDone>;
  #settle!: { resolve: (v: TDone) => void; reject: (e: unknown) => void };
  #settled = false;
  #started = false;

  /** Wraps a successful response; made by the SDK's resources, not by callers. */
  constructor(response: Response, attempt: Attempt) {
    this.#response = response;
    this.#attempt = attempt;
    this.requestId = response.headers.get('x-request-id') ?? undefined;
    this.#result = new Promise<TDone>((resolve, reject) => (this.#settle = { resolve, reject }));
    this.#result.catch(() => {}); // nobody may ever ask for final(); that is not an unhandled rejection
  }

  /** The controller whose abort cancels this stream. */
  get controller(): AbortController {
    return this.#attempt.controller;
  }

  /** Cancels the stream; a loop over it then throws APIUserAbortError. */
  abort(): void {
    this.#attempt.controller.abort();
  }

  /** Resolves with the `done` result, reading (and dropping) any deltas not yet iterated. */
  async final(): Promise<TDone> {
    if (!this.#started) for await (const _ of this);
    return this.#result;
  }

  /** Yields the deltas in order; throws the API's `error` event as the matching APIError subclass. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TDelta, void, undefined> {
    if (this.#started) throw new ParleyError('This stream was already read; a stream can be iterated once.');
    this.#started = true;
    const signal = this.#attempt.signal;
    try {
      if (!(this.#response.headers.get('content-type') ?? '').includes('text/event-stream')) {
        // The server answered with plain JSON: no deltas, the whole result at once.
        return this.#finish(this.#parse(await this.#response.text()) as TDone);
      }
      if (!this.#response.body) throw new APIConnectionError('The stream has no body.');
      for await (const { event, data } of readServerSentEvents(this.#response.body, signal)) {
        if (event === DELTA) yield this.#parse(data) as TDelta;
        else if (event === DONE) return this.#finish(this.#parse(data) as TDone);
        else if (event === ERROR) throw this.#streamError(data);
      }
      throw signal.aborted
        ? new APIUserAbortError('The stream was aborted before it finished.')
        : new APIConnectionError('The stream ended before it finished (no "done" event).');
    } catch (err) {
      const error =
        err instanceof APIError || err instanceof ParleyError
          ? err
          : signal.aborted
            ? new APIUserAbortError('The stream was aborted before it finished.')
            : new APIConnectionError('The stream broke off before it finished.', { cause: err });
      this.#fail(error);
      throw error;
    } finally {
      if (!this.#settled) {
        // The caller broke out of the loop: cancel the request.
        this.#attempt.controller.abort();
        this.#fail(new APIUserAbortError('The stream was closed before it finished.'));
      }
      this.#attempt.finish();
    }
  }

  #finish(value: TDone): void {
    this.#settled = true;
    this.#settle.resolve(value);
  }

  #fail(error: unknown): void {
    this.#settled = true;
    this.#settle.reject(error);
  }

  #parse(data: string): unknown {
    try {
      return JSON.parse(data);
    } catch {
      throw new APIError('The stream carried an event whose data is not JSON.', this.requestId ? { requestId: this.requestId } : {});
    }
  }

  #streamError(data: string): APIError {
    const { type, message } = this.#parse(data) as { type?: ErrorType; message?: string };
    const status = (type && statusOfType[type]) || 500;
    const body = { error: { type, message: message ?? 'The stream reported an error.', requestId: this.requestId } };
    return APIError.generate(status, body, this.#response.headers);
  }
}
