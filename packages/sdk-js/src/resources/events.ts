import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { EventCreateParams, TrackEventResponse } from '../types.ts';

/** `client.events` (secret key): server-side moments such as a solved support ticket. */
export class Events extends APIResource {
  /**
   * Reports an event; every live study it triggers answers with an invitation link, and the interview is queued for the
   * participant's next visit. Retried with one Idempotency-Key (pass your own, e.g. the ticket id, to dedupe redeliveries).
   */
  create(params: EventCreateParams, options?: RequestOptions): APIPromise<TrackEventResponse> {
    return this._requester.json({ method: 'POST', path: '/v1/events', body: params, retryable: false, idempotent: true }, options);
  }
}
