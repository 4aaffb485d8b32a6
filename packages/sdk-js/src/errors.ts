import type { ErrorBody, ErrorIssue, ErrorType } from '@parley/protocol';

/** Base class of every error this SDK throws. */
export class ParleyError extends Error {
  override name = 'ParleyError';
}

/** A request that did not succeed: an error answer of the API, or (subclasses) no answer at all. */
export class APIError extends ParleyError {
  override name = 'APIError';
  /** HTTP status; undefined when no response arrived (connection errors, timeouts, aborts). */
  readonly status: number | undefined;
  /** API.md's error type (`invalid_request`, `conflict`, …); undefined when the API did not say. */
  readonly type: ErrorType | undefined;
  /** The `x-request-id` of the failed request (quote it to support); undefined when no response arrived. */
  readonly requestId: string | undefined;
  /** Every offending field of an `invalid_request`; undefined otherwise. */
  readonly issues: ErrorIssue[] | undefined;
  /** Response headers, when a response arrived. */
  readonly headers: Headers | undefined;

  constructor(
    message: string,
    init: { status?: number; type?: ErrorType; requestId?: string; issues?: ErrorIssue[]; headers?: Headers; cause?: unknown } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.requestId = init.requestId;
    this.issues = init.issues;
    this.headers = init.headers;
  }

  /** Builds the subclass that matches an error answer: by API.md's `type` when given, else by HTTP status. */
  static generate(status: number, body: unknown, headers: Headers): APIError {
    const error = (body as Partial<ErrorBody> | undefined)?.error;
    const type = error && typeof error.type === 'string' ? error.type : undefined;
    const requestId = headers.get('x-request-id') ?? error?.requestId ?? undefined;
    const text = error?.message ?? `The API answered ${status} without an error body.`;
    const init = { status, ...(type ? { type } : {}), ...(requestId ? { requestId } : {}), ...(error?.issues ? { issues: error.issues } : {}), headers };
    const Class = (type && classOfType[type]) ?? classOfStatus(status);
    return new Class(`${status} ${text}`, init);
  }
}

/** 400 `invalid_request`: malformed JSON or a schema violation; `issues` lists every offending field. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** 401 `authentication`: missing, malformed or unknown key or token. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 403 `permission`: right key, wrong scope (publishable key on a secret route, origin not allowed, …). */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 404 `not_found`: no such object in this workspace. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 409 `conflict`: e.g. a turn on a completed session, a reused turn id or idempotency key with a different body. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** 413 `payload_too_large`: body over 64 KiB, or a participant message over 4,000 characters. */
export class PayloadTooLargeError extends APIError {
  override name = 'PayloadTooLargeError';
}
/** 429 `rate_limited`: retried automatically, honouring `retry-after`, before this is thrown. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** 502/503 `upstream`: the LLM or the store was unavailable; retried automatically before this is thrown. */
export class UpstreamError extends APIError {
  override name = 'UpstreamError';
}
/** 500 `internal` (or any other 5xx): a bug on the API's side, logged there with `requestId`. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** No response: DNS, refused or reset connection, or a stream cut before its end. Retried when safe. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', init: { cause?: unknown } = {}) {
    super(message, init);
  }
}
/** No response within `timeoutMs`. Retried when safe. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(message = 'Request timed out.') {
    super(message);
  }
}
/** The caller's `AbortSignal` fired; never retried. */
export class APIUserAbortError extends APIError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** A webhook delivery whose signature, timestamp or body did not check out. */
export class WebhookVerificationError extends ParleyError {
  override name = 'WebhookVerificationError';
}

type ErrorClass = new (message: string, init: ConstructorParameters<typeof APIError>[1]) => APIError;

const classOfType: Record<ErrorType, ErrorClass> = {
  invalid_request: BadRequestError,
  authentication: AuthenticationError,
  permission: PermissionDeniedError,
  not_found: NotFoundError,
  conflict: ConflictError,
  payload_too_large: PayloadTooLargeError,
  rate_limited: RateLimitError,
  upstream: UpstreamError,
  internal: InternalServerError,
};

function classOfStatus(status: number): ErrorClass {
  const byStatus: Record<number, ErrorClass> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    429: RateLimitError,
    502: UpstreamError,
    503: UpstreamError,
    504: UpstreamError,
  };
  return byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** The HTTP status API.md gives an error type, for errors reported inside a stream (no status of their own). */
export const statusOfType: Record<ErrorType, number> = {
  invalid_request: 400,
  authentication: 401,
  permission: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  upstream: 503,
  internal: 500,
};
