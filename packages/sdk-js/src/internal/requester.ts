import { APIPromise, requestIdOf, type WithResponse } from '../api-promise.ts';
import { APIError, APIUserAbortError } from '../errors.ts';
import { redactHeaders, type Logger } from '../logger.ts';
import type { Fetch, RequestOptions } from '../request-options.ts';
import { Attempt } from './attempt.ts';
import { newIdempotencyKey } from './ids.ts';
import { isRetryableStatus, retryDelayMs } from './retry.ts';
import { sleep } from './sleep.ts';

/** The settings of one client, resolved. */
export interface RequesterConfig {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  fetch: Fetch;
  /** Sent on every request, before the call's own headers (User-Agent, the client's `defaultHeaders`). */
  headers?: Record<string, string>;
  /** Already filtered by level; none: no logging. */
  logger?: Logger;
}

/** One HTTP call as a resource describes it. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** Whether sending this again is harmless (reads, turns with their id, end, drafts). */
  retryable: boolean;
  /** A create: send an Idempotency-Key (which makes it retryable too). */
  idempotent?: boolean;
  accept?: 'application/json' | 'text/event-stream' | '*/*';
}

/** Reads a successful response; it owns `attempt` and must `finish()` it once it no longer needs the connection. */
export type ResponseReader<T> = (response: Response, attempt: Attempt) => Promise<T>;

/**
 * Sends requests for one client: URL and headers, per-attempt timeout, the caller's AbortSignal, typed errors, and
 * retries with backoff for safe requests. One Idempotency-Key per call, reused on every retry.
 */
export class Requester {
  constructor(readonly config: RequesterConfig) {}

  /** Sends a request and parses its JSON answer (an empty 204 gives `undefined`). */
  json<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<T> {
    return this.send(spec, options, async (res, attempt) => {
      let text: string;
      try {
        text = await res.text();
      } finally {
        attempt.finish();
      }
      if (!text) return undefined as T;
      const value = parseJson(text);
      if (value === undefined) {
        const requestId = res.headers.get('x-request-id') ?? undefined;
        throw new APIError(`${res.status} The API answered with a body that is not JSON.`, { status: res.status, headers: res.headers, ...(requestId ? { requestId } : {}) });
      }
      return value as T;
    });
  }

  /** Sends a request and returns its body as text (CSV, Markdown exports). */
  text(spec: RequestSpec, options: RequestOptions = {}): APIPromise<string> {
    return this.send(spec, options, async (res, attempt) => {
      try {
        return await res.text();
      } finally {
        attempt.finish();
      }
    });
  }

  /** Sends a request, retrying as allowed, and hands the first successful response to `read`. */
  send<T>(spec: RequestSpec, options: RequestOptions, read: ResponseReader<T>): APIPromise<T> {
    return new APIPromise(this.#send(spec, options, read));
  }

  async #send<T>(spec: RequestSpec, options: RequestOptions, read: ResponseReader<T>): Promise<WithResponse<T>> {
    const log = this.config.logger;
    const maxRetries = options.maxRetries ?? this.config.maxRetries;
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const idempotencyKey = spec.idempotent ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const retryable = spec.retryable || idempotencyKey !== undefined;
    const url = this.url(spec);
    const init = this.init(spec, options, idempotencyKey);
    for (let retriesDone = 0; ; retriesDone++) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      const attempt = new Attempt(options.signal, timeoutMs);
      const canRetry = retryable && retriesDone < maxRetries;
      const started = Date.now();
      log?.debug(`${spec.method} ${url}`, { attempt: retriesDone + 1, headers: redactHeaders(init.headers as Record<string, string>) });
      let res: Response;
      try {
        res = await this.config.fetch(url, { ...init, signal: attempt.signal });
      } catch (err) {
        attempt.finish();
        const error = attempt.failure(err);
        if (error instanceof APIUserAbortError || !canRetry) throw logged(log, spec, url, error);
        const delayMs = retryDelayMs(undefined, retriesDone);
        log?.info(`${spec.method} ${url} failed (${error.message}); retrying in ${Math.round(delayMs)} ms`);
        await sleep(delayMs, options.signal);
        continue;
      }
      log?.debug(`${spec.method} ${url} answered ${res.status}`, { requestId: requestIdOf(res), durationMs: Date.now() - started, headers: redactHeaders(res.headers) });
      if (!res.ok) {
        const body = await res.text().then(parseJson, () => undefined);
        attempt.finish();
        if (options.signal?.aborted) throw new APIUserAbortError();
        if (canRetry && isRetryableStatus(res.status, res.headers, idempotencyKey !== undefined)) {
          const delayMs = retryDelayMs(res.headers, retriesDone);
          log?.info(`${spec.method} ${url} answered ${res.status}; retrying in ${Math.round(delayMs)} ms`, { requestId: requestIdOf(res) });
          await sleep(delayMs, options.signal);
          continue;
        }
        throw logged(log, spec, url, APIError.generate(res.status, body, res.headers));
      }
      try {
        return { data: await read(res, attempt), response: res, requestId: requestIdOf(res) };
      } catch (err) {
        attempt.finish();
        if (err instanceof APIError) throw logged(log, spec, url, err);
        // The body broke off while being read: as safe to resend as the request itself.
        const error = attempt.failure(err);
        if (error instanceof APIUserAbortError || !canRetry) throw logged(log, spec, url, error);
        const delayMs = retryDelayMs(undefined, retriesDone);
        log?.info(`${spec.method} ${url} broke off (${error.message}); retrying in ${Math.round(delayMs)} ms`);
        await sleep(delayMs, options.signal);
      }
    }
  }

  private url(spec: RequestSpec): string {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined && v !== null) query.set(k, String(v));
    const qs = query.toString();
    return `${this.config.baseUrl.replace(/\/+$/, '')}${spec.path}${qs ? `?${qs}` : ''}`;
  }

  private init(spec: RequestSpec, options: RequestOptions, idempotencyKey: string | undefined): RequestInit {
    // Header names are wire names of API.md (and the only ones the API's CORS allows): never rename them.
    // Order: client defaults, then what the SDK must send, then the call's own headers (which win, as documented).
    const headers: Record<string, string> = lowerCased(this.config.headers);
    headers['authorization'] = `Bearer ${options.apiKey ?? this.config.apiKey}`;
    headers['accept'] = spec.accept ?? 'application/json';
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    Object.assign(headers, lowerCased(options.headers));
    return { method: spec.method, headers, ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}) };
  }
}

/** Header names in lower case, so a caller's `Accept` replaces the SDK's `accept` instead of being sent beside it. */
function lowerCased(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** Logs a call's final failure (its request id, never its credentials) and hands the error back to be thrown. */
function logged(log: Logger | undefined, spec: RequestSpec, url: string, error: APIError): APIError {
  log?.info(`${spec.method} ${url} failed: ${error.message}`, { status: error.status, type: error.type, requestId: error.requestId });
  return error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
