import type { WebhookDelivery, WebhookEvent } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { WebhookDeliveryRecord } from '../store/webhook-outbox.ts';
import { queueDelivery } from './outbox-worker.ts';

export { DEFAULT_RETRY_DELAYS_MS } from './outbox-worker.ts';

/**
 * Sends an event to every webhook of the workspace subscribed to it. Each delivery is stored (the outbox) before this
 * resolves, so a restart loses none; the first attempt then runs in the background, and failed ones are retried with
 * exponential backoff (and jitter) by whichever process is running (outbox-worker.ts), until a 2xx or the schedule ends.
 */
export async function emitWebhookEvent(deps: AppDeps, workspaceId: string, type: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const hooks = (await deps.store.listWebhooks(workspaceId)).filter((h) => h.events.includes(type));
  if (hooks.length === 0) return;
  const createdAt = deps.clock.now().toISOString();
  const event: WebhookDelivery = { id: deps.ids.id('evt'), type, createdAt, workspaceId, data };
  const body = JSON.stringify(event);
  await Promise.all(
    hooks.map((hook) =>
      queueDelivery(deps, { id: deps.ids.id('whd'), workspaceId, webhookId: hook.id, eventId: event.id, event: type, body, status: 'pending', attempts: 0, createdAt, nextAttemptAt: createdAt }),
    ),
  );
}

/** Queues an earlier delivery's payload again for the same webhook: same event id and body, a fresh signature per attempt. */
export async function redeliver(deps: AppDeps, original: WebhookDeliveryRecord): Promise<WebhookDeliveryRecord | null> {
  const createdAt = deps.clock.now().toISOString();
  const { id: _id, workspaceId, webhookId, eventId, event, body } = original;
  return queueDelivery(deps, { id: deps.ids.id('whd'), workspaceId, webhookId, eventId, event, body, status: 'pending', attempts: 0, createdAt, nextAttemptAt: createdAt });
}
