import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import { listPages } from '../internal/list.ts';
import { path } from '../internal/path.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PagePromise } from '../pagination.ts';
import type { ListParams, Webhook, WebhookCreateParams, WebhookDeliveryLog } from '../types.ts';
import type { WebhookEventPayload } from '../webhook-events.ts';
import { unwrapWebhook, verifyWebhook, type VerifyOptions, type WebhookHeaders } from '../webhook-signature.ts';

/** `client.webhooks` (secret key): endpoints that receive signed deliveries, and the log of those deliveries. */
export class Webhooks extends APIResource {
  /** Registers an endpoint; the answer's `secret` (shown only here) signs its deliveries. Retried with one Idempotency-Key. */
  create(params: WebhookCreateParams, options?: RequestOptions): APIPromise<Webhook> {
    return this._requester.json({ method: 'POST', path: '/v1/webhooks', body: params, retryable: false, idempotent: true }, options);
  }

  /** Lists the workspace's endpoints: `await` for a page, `for await` for all. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Webhook> {
    return listPages(this._requester, { path: '/v1/webhooks', query: { ...params } }, options);
  }

  /** Removes an endpoint; no more deliveries go to it. */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._requester.json({ method: 'DELETE', path: path`/v1/webhooks/${id}`, retryable: true }, options);
  }

  /** An endpoint's deliveries, newest first: status, attempts, the last response's status or error (never the body). */
  deliveries(id: string, params: ListParams = {}, options?: RequestOptions): PagePromise<WebhookDeliveryLog> {
    return listPages(this._requester, { path: path`/v1/webhooks/${id}/deliveries`, query: { ...params } }, options);
  }

  /**
   * Queues a finished (delivered or failed) delivery again: same event id and body, freshly signed; answers with the new
   * pending delivery. A still-pending one is a ConflictError. Retried with one Idempotency-Key, so it is queued once.
   */
  redeliver(id: string, deliveryId: string, options?: RequestOptions): APIPromise<WebhookDeliveryLog> {
    const spec = { method: 'POST', path: path`/v1/webhooks/${id}/deliveries/${deliveryId}/redeliver`, retryable: false, idempotent: true } as const;
    return this._requester.json(spec, options);
  }

  /** Same as the static `Parley.webhooks.verify`. */
  verify(body: string | Uint8Array, header: string | null | undefined, secret: string, options?: VerifyOptions): Promise<WebhookEventPayload> {
    return verifyWebhook(body, header, secret, options);
  }

  /** Verifies a delivery from its raw body and request headers and returns the typed event; same as `Parley.webhooks.unwrap`. */
  unwrap(body: string | Uint8Array, headers: WebhookHeaders, secret: string, options?: VerifyOptions): Promise<WebhookEventPayload> {
    return unwrapWebhook(body, headers, secret, options);
  }
}
