import type { WebhookDeliveryLog } from '@parley/protocol';
import type { WebhookDeliveryRecord } from '../store/webhook-outbox.ts';

/** A stored delivery as `GET /v1/webhooks/:id/deliveries` shows it: its state, never its body. */
export function deliveryView(d: WebhookDeliveryRecord): WebhookDeliveryLog {
  return {
    id: d.id,
    eventId: d.eventId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    ...(d.lastAttemptAt ? { lastAttemptAt: d.lastAttemptAt } : {}),
    ...(d.status === 'pending' && d.nextAttemptAt ? { nextAttemptAt: d.nextAttemptAt } : {}),
    ...(d.responseStatus !== undefined ? { responseStatus: d.responseStatus } : {}),
    ...(d.error ? { error: d.error } : {}),
    createdAt: d.createdAt,
  };
}
