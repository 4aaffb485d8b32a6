import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { CreatedWorkspace, Workspace, WorkspaceCreateParams } from '../types.ts';

/** `client.workspaces`: `create` needs the admin key (`PARLEY_ADMIN_KEY`); `current` a secret key. */
export class Workspaces extends APIResource {
  /** Creates a workspace; its secret and publishable keys are shown only in this answer. Retried with one Idempotency-Key. */
  create(params: WorkspaceCreateParams, options?: RequestOptions): APIPromise<CreatedWorkspace> {
    return this._requester.json({ method: 'POST', path: '/v1/workspaces', body: params, retryable: false, idempotent: true }, options);
  }

  /** The secret key's own workspace, with its publishable key (what embed snippets need). */
  current(options?: RequestOptions): APIPromise<Workspace> {
    return this._requester.json({ method: 'GET', path: '/v1/workspace', retryable: true }, options);
  }
}
