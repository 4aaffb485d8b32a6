import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/** Why a model request failed; decides whether it is worth trying again. */
export type LlmFailure =
  | 'timeout' // the model stayed silent for too long
  | 'rate_limited' // 429
  | 'server' // 5xx, 408, 409
  | 'connection' // refused, reset, or a stream broken off
  | 'malformed' // output we could not read (bad chunk JSON, no move line)
  | 'client' // 4xx other than the above: a setting is wrong, retrying will not help
  | 'disallowed_move' // the model chose a move the conductor did not allow
  | 'leak' // the reply started to quote the prompt
  | 'aborted'; // the caller gave up

const RETRYABLE: ReadonlySet<LlmFailure> = new Set(['timeout', 'rate_limited', 'server', 'connection', 'malformed']);

/** A failed model request, classified; `retryAfterMs` is what the server asked us to wait, if it said. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  constructor(
    readonly failure: LlmFailure,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; param?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** True when another attempt may succeed. */
  get retryable(): boolean {
    return RETRYABLE.has(this.failure);
  }
}

/** Turns whatever a request threw (openai errors, fetch errors, JSON errors) into an LlmError. */
export function toLlmError(err: unknown): LlmError {
  if (err instanceof LlmError) return err;
  if (err instanceof APIConnectionTimeoutError) return new LlmError('timeout', 'the model did not answer in time', { cause: err });
  if (err instanceof APIUserAbortError) return new LlmError('aborted', 'the request was aborted', { cause: err });
  if (err instanceof APIConnectionError) return new LlmError('connection', 'could not reach the model', { cause: err });
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    const retryAfterMs = retryAfter(err.headers);
    const details = { status, cause: err, ...(retryAfterMs === undefined ? {} : { retryAfterMs }), ...(err.param ? { param: err.param } : {}) };
    if (status === 429) return new LlmError('rate_limited', 'the model server is rate limiting us', details);
    if (status >= 500 || status === 408 || status === 409) return new LlmError('server', `the model server answered ${status}`, details);
    return new LlmError('client', `the model server refused the request (${status})`, details);
  }
  // An error object inside the stream (`data: {"error": …}`) has no status: the server failed mid-answer.
  if (err instanceof APIError) return new LlmError('server', 'the model server reported an error in the stream', { cause: err });
  if (err instanceof SyntaxError) return new LlmError('malformed', 'the model server sent a chunk that is not JSON', { cause: err });
  if (err instanceof Error && err.name === 'AbortError') return new LlmError('aborted', 'the request was aborted', { cause: err });
  return new LlmError('connection', 'the model stream broke off', { cause: err });
}

/**
 * The wait a server asked for: `retry-after-ms` (OpenAI's), else `retry-after` in seconds or as an HTTP date.
 * Undefined when absent or unreadable.
 */
export function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
