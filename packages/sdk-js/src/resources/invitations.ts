import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { Invitation, InvitationCreateParams } from '../types.ts';

/** `client.invitations` (secret key): "share a link" interviews. */
export class Invitations extends APIResource {
  /** Creates an invitation: a link to a hosted interview page (`GET /i/:invitationId`), valid until `expiresAt`. */
  create(params: InvitationCreateParams, options?: RequestOptions): APIPromise<Invitation> {
    return this._requester.json({ method: 'POST', path: '/v1/invitations', body: params, retryable: false, idempotent: true }, options);
  }
}
