import type { AskResponse } from '@parley/protocol';
import { ApiFailure, failureOf, networkFailure } from './api-failure.ts';
// The widget's SSE reader: one parser for the event names both speak.
import { readSse } from '@parley/widget/sse';

/** The console's way to the Parley API, signed in with one workspace's secret key. */
export interface ApiClient {
  /** Base URL of the API (also serves the widget and the hosted interview pages). */
  readonly base: string;
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body: unknown, options?: { idempotencyKey?: string }): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  /** Deletes something; resolves once the API answered 2xx (a 204 has no body to read). */
  delete(path: string): Promise<void>;
  /** Asks the study's interviews a question; `onDelta` gets the answer as it streams. */
  ask(studyId: string, question: string, onDelta: (text: string) => void, signal?: AbortSignal): Promise<AskResponse>;
  /** Fetches a file (an export) as a Blob, with its suggested file name. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
}

/** An API client for `base` with the secret key `key`. */
export function createApiClient(base: string, key: string): ApiClient {
  const root = base.replace(/\/$/, '');
  const send = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key}`);
    if (init.body) headers.set('content-type', 'application/json');
    let res: Response;
    try {
      res = await fetch(root + path, { ...init, headers });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw networkFailure();
    }
    if (!res.ok) throw await failureOf(res);
    return res;
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await send(path, init);
    try {
      return (await res.json()) as T;
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiFailure('internal', 'The server sent an answer that is not JSON.', res.status, res.headers.get('x-request-id'));
    }
  };
  return {
    base: root,
    get: (path, signal) => json(path, signal ? { signal } : {}),
    post: (path, body, options) => json(path, { method: 'POST', body: JSON.stringify(body), headers: options?.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {} }),
    patch: (path, body) => json(path, { method: 'PATCH', body: JSON.stringify(body) }),
    delete: async (path) => void (await send(path, { method: 'DELETE' })),
    async ask(studyId, question, onDelta, signal) {
      const res = await send(`/v1/studies/${encodeURIComponent(studyId)}/ask`, {
        method: 'POST',
        body: JSON.stringify({ question }),
        headers: { accept: 'text/event-stream' },
        ...(signal ? { signal } : {}),
      });
      const requestId = res.headers.get('x-request-id');
      let done: AskResponse | null = null;
      await readSse(res.body!, (event, raw) => {
        let data: any;
        try {
          data = JSON.parse(raw);
        } catch {
          throw new ApiFailure('internal', 'The answer stream was garbled. Try again.', 200, requestId);
        }
        if (event === 'delta') onDelta(data.text);
        else if (event === 'done') done = data as AskResponse;
        else if (event === 'error') throw new ApiFailure(data.type ?? 'internal', data.message ?? 'The answer could not be finished.', 200, requestId);
      });
      if (!done) throw new ApiFailure('upstream', 'The answer stopped before it was finished. Try again.', 200, requestId);
      return done;
    },
    async download(path) {
      const res = await send(path);
      const disposition = res.headers.get('content-disposition') ?? '';
      return { blob: await res.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
    },
  };
}
