import { z } from 'zod';
import { named } from './registry.ts';
import { ListQuery, Timestamp } from './common.ts';

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

/** Where a delivery stands: still being tried, received (a 2xx), or given up on. Wire names, never rename. */
export const WebhookDeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One delivery of an event to a webhook, as `GET /v1/webhooks/:id/deliveries` lists it (the payload is not repeated). */
export const WebhookDeliveryLog = named(
  'WebhookDeliveryLog',
  z.object({
    id: z.string(),
    /** The event delivered: the `id` of the payload and its `parley-delivery-id` header (a redelivery keeps it). */
    eventId: z.string(),
    event: WebhookEvent,
    status: WebhookDeliveryStatus,
    attempts: z.number().int().min(0),
    lastAttemptAt: Timestamp.optional(),
    /** When the next attempt is due; only while pending. */
    nextAttemptAt: Timestamp.optional(),
    /** The HTTP status of the last response, when there was one. */
    responseStatus: z.number().int().optional(),
    /** Why the last attempt failed, when it did. */
    error: z.string().optional(),
    createdAt: Timestamp,
  }),
);
export type WebhookDeliveryLog = z.infer<typeof WebhookDeliveryLog>;

/** `?limit=&cursor=` of `GET /v1/webhooks/:id/deliveries`. */
export const ListWebhookDeliveriesQuery = ListQuery;
export type ListWebhookDeliveriesQuery = z.infer<typeof ListWebhookDeliveriesQuery>;
