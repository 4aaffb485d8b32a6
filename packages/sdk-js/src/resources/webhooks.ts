import { APIResource } from '../resource.ts';
import { listPages } from '../internal/list.ts';
import { path } from '../internal/path.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PagePromise } from '../pagination.ts';
import type { ListParams, Webhook, WebhookCreateParams } from '../types.ts';
import { verifyWebhook, type VerifyOptions } from '../webhook-signature.ts';
import type { WebhookDelivery } from '../types.ts';

/** `client.webhooks` (secret key): endpoints that receive signed deliveries. */
export class Webhooks extends APIResource {
  /** Registers an endpoint; the answer's `secret` (shown only here) signs its deliveries. Retried with one Idempotency-Key. */
  create(params: WebhookCreateParams, options?: RequestOptions): Promise<Webhook> {
    return this._requester.json({ method: 'POST', path: '/v1/webhooks', body: params, retryable: false, idempotent: true }, options);
  }

  /** Lists the workspace's endpoints: `await` for a page, `for await` for all. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Webhook> {
    return listPages(this._requester, { path: '/v1/webhooks', query: { ...params } }, options);
  }

  /** Removes an endpoint; no more deliveries go to it. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this._requester.json({ method: 'DELETE', path: path`/v1/webhooks/${id}`, retryable: true }, options);
  }

  /** Same as the static `Parley.webhooks.verify`. */
  verify(body: string | Uint8Array, header: string | null | undefined, secret: string, options?: VerifyOptions): Promise<WebhookDelivery> {
    return verifyWebhook(body, header, secret, options);
  }
}
