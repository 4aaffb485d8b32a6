import { ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import type { Telemetry } from './telemetry.ts';
import { ATTR } from './names.ts';

/** How a delivery attempt ended: received, to be tried again, or given up. */
export type WebhookOutcome = 'delivered' | 'retrying' | 'failed';

/**
 * Counts one webhook delivery attempt (`parley.webhook.deliveries`) and its latency (`parley.webhook.duration`) by
 * outcome, event type and the receiver's status. The receiver's URL, the webhook and the workspace are not recorded.
 */
export function recordWebhookAttempt(
  telemetry: Telemetry | undefined,
  attempt: { outcome: WebhookOutcome; event: string; seconds: number; responseStatus?: number },
): void {
  if (!telemetry) return;
  const attributes = {
    [ATTR.webhookOutcome]: attempt.outcome,
    [ATTR.webhookEvent]: attempt.event,
    ...(attempt.responseStatus === undefined ? {} : { [ATTR_HTTP_RESPONSE_STATUS_CODE]: attempt.responseStatus }),
  };
  telemetry.instruments.webhookDeliveries.add(1, attributes);
  telemetry.instruments.webhookDuration.record(attempt.seconds, attributes);
}
