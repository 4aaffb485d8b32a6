import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { EligibilityCheckParams, EligibilityResponse } from '../types.ts';

/** `client.eligibility`: a publishable-key route (pass `{ apiKey: publishableKey }` from a secret-key client). */
export class Eligibility extends APIResource {
  /** Asks which interview, if any, to show this participant now (sampling, recontact, quotas, pending invitations). */
  check(params: EligibilityCheckParams, options?: RequestOptions): APIPromise<EligibilityResponse> {
    return this._requester.json({ method: 'POST', path: '/v1/eligibility', body: params, retryable: true }, options);
  }
}
