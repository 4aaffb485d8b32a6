import { SIGNATURE_HEADER } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { WebhookRecord } from '../domain/records.ts';
import type { WebhookDeliveryRecord } from '../store/webhook-outbox.ts';
import { resolvedProblem } from './destination.ts';
import { signatureHeader } from './signature.ts';

/** What one attempt came to: received (a 2xx), or why not; `final` when trying again cannot help. */
export interface AttemptResult {
  delivered: boolean;
  responseStatus?: number;
  error?: string;
  final?: boolean;
}

/** Longest wait for a receiver's response. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/** Makes one delivery attempt: destination re-checked (SSRF), body signed afresh, no redirect followed. */
export async function sendAttempt(deps: AppDeps, hook: WebhookRecord, delivery: WebhookDeliveryRecord): Promise<AttemptResult> {
  // Checked again at every attempt: a name may resolve elsewhere now than when the webhook was created.
  const problem = await resolvedProblem(hook.url, deps.resolveHost, deps.config.webhookAllowPrivate);
  if (problem) return { delivered: false, final: true, error: `destination refused: the URL ${problem}` };
  const send = deps.outboundFetch ?? ((input, init) => fetch(input, init));
  try {
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    const res = await send(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Parley-Webhooks/1',
        // Header names are wire names: receivers verify with them; never rename. The delivery id header carries the
        // event id, as it always has, so a receiver that dedupes on it sees a redelivery as the same event.
        [SIGNATURE_HEADER]: await signatureHeader(hook.secret, timestamp, delivery.body),
        'parley-delivery-id': delivery.eventId,
        'parley-delivery-attempt': String(delivery.attempts + 1),
      },
      body: delivery.body,
      // A redirect is not followed (it could lead anywhere, with the signed body): it counts as a failed attempt.
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.ok) return { delivered: true, responseStatus: res.status };
    return { delivered: false, responseStatus: res.status, error: res.status >= 300 && res.status < 400 ? 'redirect not followed' : `HTTP ${res.status}` };
  } catch (err) {
    const name = (err as Error)?.name;
    return { delivered: false, error: name === 'TimeoutError' ? `no response within ${ATTEMPT_TIMEOUT_MS / 1000} s` : 'could not connect' };
  }
}
