import type { AppDeps } from '../deps.ts';
import type { SessionRecord } from '../domain/records.ts';
import { emitWebhookEvent } from '../webhooks/dispatch.ts';
import { outcomeOf } from '../domain/session-outcome.ts';

/** Announces a finished interview (webhook `session.completed`, with its outcome) without delaying the response that finished it. */
export function announceCompleted(deps: AppDeps, session: SessionRecord): void {
  // Receivers act on real interviews (CRM notes, follow-ups); a researcher's test must never reach them.
  if (session.test) return;
  const work = emitWebhookEvent(deps, session.workspaceId, 'session.completed', {
    sessionId: session.id,
    studyId: session.studyId,
    participantId: session.participant.id ?? null,
    endReason: session.endReason ?? 'completed',
    // A stop request completes a session too: receivers tell a finished interview from a stopped one by this.
    outcome: outcomeOf(session),
    endedAt: session.endedAt ?? deps.clock.now().toISOString(),
  }).catch((err: unknown) => deps.logger.error('webhook_emit_failed', { sessionId: session.id, error: String(err) }));
  (deps.background ?? ((w) => void w))(work);
}
