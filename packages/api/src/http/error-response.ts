import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '@parley/protocol';
import { ApiError } from './api-error.ts';
import { StoreUnavailableError } from '../store/store.ts';
import type { Logger } from '../deps.ts';

/** Maps any thrown value to an ApiError; unknown errors become `internal` without leaking their message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof StoreUnavailableError) {
    return new ApiError('upstream', 'Storage is unavailable right now; please retry shortly.', {
      status: 503,
      headers: { 'retry-after': '2' },
    });
  }
  return new ApiError('internal', 'Something went wrong on our side. It has been logged with the request id.');
}

/** Renders an error as API.md's JSON error body, logging server-side failures with the request id. */
export function errorResponse(c: Context, err: unknown, logger: Logger): Response {
  const apiError = toApiError(err);
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  if (apiError.status >= 500) {
    logger.error('request_failed', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      type: apiError.type,
      error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
    });
  }
  const body: ErrorBody = {
    error: {
      type: apiError.type,
      message: apiError.message,
      ...(apiError.issues ? { issues: apiError.issues } : {}),
      requestId,
    },
  };
  for (const [k, v] of Object.entries(apiError.headers)) c.header(k, v);
  return c.json(body, apiError.status as ContentfulStatusCode);
}
