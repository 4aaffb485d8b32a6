import { z } from 'zod';
import { named } from './registry.ts';
import { Timestamp } from './common.ts';

/** Events a webhook can subscribe to; wire names, never rename. */
export const WebhookEvent = z.enum(['session.completed', 'invitation.created', 'insights.updated']);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** Body of `POST /v1/webhooks`. */
export const CreateWebhookRequest = named(
  'CreateWebhookRequest',
  z.strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    events: z.array(WebhookEvent).min(1).max(10),
  }),
);
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequest>;

/** A webhook endpoint; `secret` signs its deliveries (shown at creation only). */
export const Webhook = named(
  'Webhook',
  z.object({ id: z.string(), url: z.string(), events: z.array(WebhookEvent), secret: z.string().optional(), createdAt: Timestamp }),
);
export type Webhook = z.infer<typeof Webhook>;

/** The body of every delivery: `{ id, type, createdAt, data }`. Header `parley-signature: t=<unix>,v1=<hex>`. */
export const WebhookDelivery = named(
  'WebhookDelivery',
  z.object({ id: z.string(), type: WebhookEvent, createdAt: Timestamp, workspaceId: z.string(), data: z.record(z.string(), z.unknown()) }),
);
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** Name of the signature header on deliveries; a wire name, never rename. */
export const SIGNATURE_HEADER = 'parley-signature';
