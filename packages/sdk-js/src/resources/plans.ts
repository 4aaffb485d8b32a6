import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import type { RequestOptions } from '../request-options.ts';
import type { DraftPlanResponse, PlanCreateParams } from '../types.ts';

/** `client.plans`: research plans drafted from a research question. */
export class Plans extends APIResource {
  /** Drafts a plan (goals, questions, flow, budgets) for a research question; nothing is stored, so it is safe to retry. */
  create(params: PlanCreateParams, options?: RequestOptions): APIPromise<DraftPlanResponse> {
    return this._requester.json({ method: 'POST', path: '/v1/plans', body: params, retryable: true }, options);
  }
}
