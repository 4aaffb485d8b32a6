import { APIError, APIUserAbortError } from '../errors.ts';
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
  json<T>(spec: RequestSpec, options: RequestOptions = {}): Promise<T> {
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
  text(spec: RequestSpec, options: RequestOptions = {}): Promise<string> {
    return this.send(spec, options, async (res, attempt) => {
      try {
        return await res.text();
      } finally {
        attempt.finish();
      }
    });
  }

  /** Sends a request, retrying as allowed, and hands the first successful response to `read`. */
  async send<T>(spec: RequestSpec, options: RequestOptions, read: ResponseReader<T>): Promise<T> {
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
      let res: Response;
      try {
        res = await this.config.fetch(url, { ...init, signal: attempt.signal });
      } catch (err) {
        attempt.finish();
        const error = attempt.failure(err);
        if (error instanceof APIUserAbortError || !canRetry) throw error;
        await sleep(retryDelayMs(undefined, retriesDone), options.signal);
        continue;
      }
      if (!res.ok) {
        const body = await res.text().then(parseJson, () => undefined);
        attempt.finish();
        if (options.signal?.aborted) throw new APIUserAbortError();
        if (canRetry && isRetryableStatus(res.status, res.headers, idempotencyKey !== undefined)) {
          await sleep(retryDelayMs(res.headers, retriesDone), options.signal);
          continue;
        }
        throw APIError.generate(res.status, body, res.headers);
      }
      try {
        return await read(res, attempt);
      } catch (err) {
        attempt.finish();
        if (err instanceof APIError) throw err;
        // The body broke off while being read: as safe to resend as the request itself.
        const error = attempt.failure(err);
        if (error instanceof APIUserAbortError || !canRetry) throw error;
        await sleep(retryDelayMs(undefined, retriesDone), options.signal);
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
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.apiKey ?? this.config.apiKey}`,
      accept: spec.accept ?? 'application/json',
    };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    Object.assign(headers, options.headers);
    return { method: spec.method, headers, ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
