import type { ErrorIssue, ErrorType } from '@parley/protocol';

const statusOf: Record<ErrorType, number> = {
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

/** A failure the client caused or must know about, rendered as API.md's error shape. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly type: ErrorType,
    message: string,
    options: { issues?: ErrorIssue[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = options.status ?? statusOf[type];
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
  readonly issues: ErrorIssue[] | undefined;
  readonly headers: Record<string, string>;
}

/** 404 for an object that does not exist in the caller's workspace (also for other workspaces' objects). */
export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} with id "${id}" in this workspace.`);
}
