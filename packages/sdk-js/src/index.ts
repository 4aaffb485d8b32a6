/** @parley/sdk — the Parley API for servers (secret key). Browsers: `@parley/sdk/browser`. */
export { Parley, Parley as default, DEFAULT_BASE_URL, type ClientOptions } from './client.ts';
export type { Fetch, RequestOptions } from './request-options.ts';
export { APIPromise, type WithResponse } from './api-promise.ts';
export type { Logger, LogLevel } from './logger.ts';
export { VERSION } from './version.ts';
export {
  ParleyError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  PayloadTooLargeError,
  RateLimitError,
  UpstreamError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  WebhookVerificationError,
} from './errors.ts';
export { Page, PagePromise, type ListEnvelope } from './pagination.ts';
export { EventStream } from './streaming.ts';
export { verifyWebhook, unwrapWebhook, signWebhook, type VerifyOptions, type WebhookHeaders } from './webhook-signature.ts';
export type { WebhookEventPayload, SessionCompletedData, InvitationCreatedData, InsightsUpdatedData } from './webhook-events.ts';
export type * from './types.ts';
export type * from './analysis-types.ts';
export type { Workspaces } from './resources/workspaces.ts';
export type { Plans } from './resources/plans.ts';
export type { Studies } from './resources/studies.ts';
export type { Sessions } from './resources/sessions.ts';
export type { Turns } from './resources/turns.ts';
export type { Events } from './resources/events.ts';
export type { Eligibility } from './resources/eligibility.ts';
export type { Invitations } from './resources/invitations.ts';
export type { Impressions } from './resources/impressions.ts';
export type { Webhooks } from './resources/webhooks.ts';
