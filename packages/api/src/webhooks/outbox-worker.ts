import type { AppDeps } from '../deps.ts';
import type { WebhookDeliveryClaim, WebhookDeliveryRecord, WebhookDeliveryRef } from '../store/webhook-outbox.ts';
import { type AttemptResult, sendAttempt } from './send-attempt.ts';
import { recordWebhookAttempt } from '../telemetry/webhook-telemetry.ts';

/** Delays before each retry of a failed delivery: about 17 hours of attempts in all. */
export const DEFAULT_RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000, 8 * 3600_000];

/** How long a claim holds a delivery: well past one attempt's 10 s timeout, so only a dead process loses it. */
const LEASE_MS = 60_000;

/** Hands work to the runtime (waitUntil on the edge), logging a failure instead of losing it silently. */
function inBackground(deps: AppDeps, work: Promise<unknown>): void {
  const guarded = work.catch((err: unknown) => deps.logger.error('webhook_outbox_failed', { error: String(err) }));
  (deps.background ?? ((w) => void w))(guarded);
}

/** Attempts a delivery now if it is still pending, unclaimed, and has made exactly `attempts` attempts. */
export async function deliverNow(deps: AppDeps, ref: WebhookDeliveryRef, attempts: number): Promise<void> {
  const claim = await deps.store.claimWebhookDelivery(ref, attempts, deps.clock.now().getTime(), LEASE_MS);
  if (claim) await attemptClaimed(deps, claim);
}

/** Attempts up to `limit` due deliveries (retries, and whatever a stopped process left): how many it attempted. */
export async function sweepDueDeliveries(deps: AppDeps, limit = 50): Promise<number> {
  const claims = await deps.store.claimDueWebhookDeliveries(deps.clock.now().getTime(), LEASE_MS, limit);
  await Promise.all(claims.map((claim) => attemptClaimed(deps, claim)));
  return claims.length;
}

/** Makes the attempt a claim allows, records its outcome, and schedules the next one per the backoff schedule. */
async function attemptClaimed(deps: AppDeps, { delivery, claimId }: WebhookDeliveryClaim): Promise<void> {
  const hook = (await deps.store.listWebhooks(delivery.workspaceId)).find((h) => h.id === delivery.webhookId);
  const started = performance.now();
  const result: AttemptResult = hook ? await sendAttempt(deps, hook, delivery) : { delivered: false, final: true, error: 'the webhook was deleted' };
  const seconds = (performance.now() - started) / 1000;
  const attempts = delivery.attempts + 1;
  const delay = result.delivered || result.final ? undefined : (deps.config.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)[attempts - 1];
  // Jitter, so receivers that were down together are not hit by every retry at once.
  const wait = delay === undefined ? undefined : Math.round(delay * (0.8 + Math.random() * 0.4));
  const now = deps.clock.now();
  const { nextAttemptAt: _n, responseStatus: _r, error: _e, ...rest } = delivery;
  const next: WebhookDeliveryRecord = {
    ...rest,
    attempts,
    lastAttemptAt: now.toISOString(),
    status: result.delivered ? 'delivered' : wait === undefined ? 'failed' : 'pending',
    ...(wait === undefined ? {} : { nextAttemptAt: new Date(now.getTime() + wait).toISOString() }),
    ...(result.responseStatus === undefined ? {} : { responseStatus: result.responseStatus }),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
  const kept = await deps.store.settleWebhookDelivery(next, claimId);
  logAttempt(deps, next, result);
  recordWebhookAttempt(deps.telemetry, {
    outcome: next.status === 'delivered' ? 'delivered' : next.status === 'pending' ? 'retrying' : 'failed',
    event: delivery.event,
    seconds,
    ...(result.responseStatus === undefined ? {} : { responseStatus: result.responseStatus }),
  });
  if (!kept || wait === undefined) return;
  // This process retries when the delay is up; if it is gone by then, any process's sweep finds the delivery due.
  inBackground(
    deps,
    new Promise<void>((resolve) => (setTimeout(resolve, wait) as { unref?: () => void }).unref?.()).then(() => deliverNow(deps, next, attempts)),
  );
}

function logAttempt(deps: AppDeps, d: WebhookDeliveryRecord, result: AttemptResult): void {
  const fields = { webhookId: d.webhookId, deliveryId: d.id, eventId: d.eventId, attempt: d.attempts, status: result.responseStatus ?? 0 };
  if (d.status === 'delivered') deps.logger.info('webhook_delivered', fields);
  else if (d.status === 'pending') deps.logger.info('webhook_retry', fields);
  else if (result.error?.startsWith('destination refused')) deps.logger.error('webhook_destination_refused', { ...fields, problem: result.error });
  else deps.logger.error('webhook_gave_up', { ...fields, error: result.error });
}

/** Queues a delivery durably and makes its first attempt in the background; null when its webhook is gone. */
export async function queueDelivery(deps: AppDeps, delivery: WebhookDeliveryRecord): Promise<WebhookDeliveryRecord | null> {
  if (!(await deps.store.enqueueWebhookDelivery(delivery))) return null;
  inBackground(deps, deliverNow(deps, delivery, 0));
  return delivery;
}

/**
 * Sweeps due deliveries every `intervalMs` (and once at once), so retries and deliveries a stopped process left behind
 * go out from whichever process runs. `stop` ends the loop and waits for the sweep in flight.
 */
export function startWebhookOutbox(deps: AppDeps, options: { intervalMs?: number } = {}): { stop: () => Promise<void> } {
  const batch = 50;
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = (async () => {
      // A full batch means more may be due (a backlog after a restart): keep going rather than wait for the next tick.
      while (!stopped && (await sweepDueDeliveries(deps, batch)) === batch);
    })()
      .catch((err: unknown) => deps.logger.error('webhook_sweep_failed', { error: String(err) }))
      .finally(() => (busy = false));
  };
  const timer = setInterval(tick, options.intervalMs ?? 5000);
  (timer as { unref?: () => void }).unref?.();
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
