import { SIGNATURE_HEADER, type WebhookDelivery, type WebhookEvent } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { WebhookRecord } from '../domain/records.ts';
import { signatureHeader } from './signature.ts';
import { resolvedProblem } from './destination.ts';

/** Delays before each retry of a failed delivery: about 17 hours of attempts in all. */
export const DEFAULT_RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000, 8 * 3600_000];

/**
 * Sends an event to every webhook of the workspace subscribed to it, in the background: the request that caused it
 * never waits. Each delivery is signed afresh per attempt and retried with exponential backoff (and jitter) until a 2xx.
 */
export async function emitWebhookEvent(deps: AppDeps, workspaceId: string, type: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const hooks = (await deps.store.listWebhooks(workspaceId)).filter((h) => h.events.includes(type));
  if (hooks.length === 0) return;
  const delivery: WebhookDelivery = { id: deps.ids.id('evt'), type, createdAt: deps.clock.now().toISOString(), workspaceId, data };
  const body = JSON.stringify(delivery);
  const background = deps.background ?? ((work) => void work.catch(() => {}));
  for (const hook of hooks) background(deliver(deps, hook, delivery.id, body));
}

async function deliver(deps: AppDeps, hook: WebhookRecord, deliveryId: string, body: string): Promise<void> {
  const delays = deps.config.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const send = deps.outboundFetch ?? ((input, init) => fetch(input, init));
  for (let attempt = 0; ; attempt++) {
    let status = 0;
    // Checked again at every attempt: a name may resolve elsewhere now than when the webhook was created.
    const problem = await resolvedProblem(hook.url, deps.resolveHost, deps.config.webhookAllowPrivate);
    if (problem) return deps.logger.error('webhook_destination_refused', { webhookId: hook.id, deliveryId, problem });
    try {
      const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
      const res = await send(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Parley-Webhooks/1',
          // Header names are wire names: receivers verify with them; never rename.
          [SIGNATURE_HEADER]: await signatureHeader(hook.secret, timestamp, body),
          'parley-delivery-id': deliveryId,
          'parley-delivery-attempt': String(attempt + 1),
        },
        body,
        // A redirect is not followed (it could lead anywhere, with the signed body): it counts as a failed attempt.
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      });
      status = res.status;
      await res.body?.cancel();
      if (res.ok) return deps.logger.info('webhook_delivered', { webhookId: hook.id, deliveryId, attempt: attempt + 1 });
    } catch {
      status = 0;
    }
    const delay = delays[attempt];
    if (delay === undefined) return deps.logger.error('webhook_gave_up', { webhookId: hook.id, deliveryId, attempts: attempt + 1, status });
    deps.logger.info('webhook_retry', { webhookId: hook.id, deliveryId, attempt: attempt + 1, status });
    await new Promise((r) => setTimeout(r, delay * (0.8 + Math.random() * 0.4)));
  }
}
