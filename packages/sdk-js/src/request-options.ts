/** A fetch-compatible function: the SDK's only way out to the network (inject one for tests, proxies, edge runtimes). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response> | Response;

/** Per-call settings; each overrides the client's for this call only. */
export interface RequestOptions {
  /** Cancels the call (and any retry wait, or an open stream); it then rejects with APIUserAbortError. */
  signal?: AbortSignal;
  /** Time allowed for each attempt until the response (for streams: until the stream opens). */
  timeoutMs?: number;
  /** How many times a safe request is sent again after a retryable failure (default: the client's, 2). */
  maxRetries?: number;
  /** The Idempotency-Key of a create; by default the SDK makes one per call and reuses it on every retry. */
  idempotencyKey?: string;
  /** Another credential for this call, e.g. a session token for a session's own turns. */
  apiKey?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
}
