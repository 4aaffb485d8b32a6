import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import { listPages } from '../internal/list.ts';
import { path } from '../internal/path.ts';
import type { Requester } from '../internal/requester.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PagePromise } from '../pagination.ts';
import type { CreatedSession, Session, SessionCreateParams, SessionEndParams, SessionListParams } from '../types.ts';
import { Turns } from './turns.ts';

/** `client.sessions`: interviews. A session token (from `create`) may be passed as `options.apiKey` for its own calls. */
export class Sessions extends APIResource {
  /** The session's turns: `create` (JSON) and `stream` (server-sent events). */
  readonly turns: Turns;

  /** Made by the client, not by callers. */
  constructor(requester: Requester) {
    super(requester);
    this.turns = new Turns(requester);
  }

  /** Starts an interview (secret or publishable key); the answer holds the session token and the first question. */
  create(params: SessionCreateParams, options?: RequestOptions): APIPromise<CreatedSession> {
    return this._requester.json({ method: 'POST', path: '/v1/sessions', body: params, retryable: false, idempotent: true }, options);
  }

  /** Lists sessions, newest first, optionally of one study, status or outcome: `await` for a page, `for await` for all. */
  list(params: SessionListParams = {}, options?: RequestOptions): PagePromise<Session> {
    return listPages(this._requester, { path: '/v1/sessions', query: { ...params } }, options);
  }

  /** Gets a session with its transcript. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Session> {
    return this._requester.json({ method: 'GET', path: path`/v1/sessions/${id}`, retryable: true }, options);
  }

  /** Ends a session as completed (default) or dismissed; ending an ended session returns it unchanged, so it is retried. */
  end(id: string, params: SessionEndParams = {}, options?: RequestOptions): APIPromise<Session> {
    return this._requester.json({ method: 'POST', path: path`/v1/sessions/${id}/end`, body: params, retryable: true }, options);
  }
}
