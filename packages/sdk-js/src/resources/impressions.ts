import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { ImpressionCreateParams } from '../types.ts';

/** `client.impressions` (secret or publishable key): the funnel's first steps, before any interview exists. */
export class Impressions extends APIResource {
  /**
   * Records that a study's prompt was `shown`, or `dismissed` ("Not now"), without an interview starting; counted into
   * the study's `stats.shown` / `stats.dismissed`. Not retried: a lost answer could count one look twice.
   */
  create(params: ImpressionCreateParams, options?: RequestOptions): APIPromise<{ recorded: true }> {
    return this._requester.json({ method: 'POST', path: '/v1/impressions', body: params, retryable: false }, options);
  }
}
