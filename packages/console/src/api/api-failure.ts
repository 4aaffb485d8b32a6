import type { ErrorIssue } from '@parley/protocol';

/** A request that did not succeed, in the API's own terms (type, message, request id), or a network failure. */
export class ApiFailure extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status: number,
    readonly requestId: string | null,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
  }
}

/** Turns a failed response into an `ApiFailure`, whether or not its body is the API's error shape. */
export async function failureOf(res: Response): Promise<ApiFailure> {
  const requestId = res.headers.get('x-request-id');
  const body = (await res.json().catch(() => null)) as { error?: { type?: string; message?: string; issues?: ErrorIssue[]; requestId?: string } } | null;
  const e = body?.error;
  return new ApiFailure(e?.type ?? 'internal', e?.message ?? `The server answered ${res.status}.`, res.status, e?.requestId ?? requestId, e?.issues ?? []);
}

/** The failure for a request that never got an answer (server down, network gone). */
export function networkFailure(): ApiFailure {
  return new ApiFailure('network', 'Could not reach the Parley API. Check that it is running, then try again.', 0, null);
}

/** Any thrown value as an ApiFailure (a bug or an unreadable answer still shows as a plain-words error, never a crash). */
export function asFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  return new ApiFailure('internal', `The console could not handle the answer (${err instanceof Error ? err.message : String(err)}).`, 0, null);
}
