import type { Progress, SessionOutcome, SessionStatus } from './session.ts';

/**
 * How an interview went, from its status, why it ended and its progress: still active is in progress; ended by the
 * participant (a stop request, or dismissing it) is stopped early; ended by a budget is completed only when every
 * mandatory question was covered; abandoned stays abandoned.
 */
export function sessionOutcome(status: SessionStatus, endReason: string | undefined, progress: Progress): SessionOutcome {
  if (status === 'active') return 'in_progress';
  if (status === 'abandoned') return endReason === 'dismissed' ? 'stopped_early' : 'abandoned';
  if (endReason === 'participant_stopped' || endReason === 'dismissed') return 'stopped_early';
  if (endReason === 'turn_budget' || endReason === 'time_budget') {
    const { mandatoryCovered, mandatoryTotal } = progress;
    return mandatoryTotal !== undefined && mandatoryCovered !== undefined && mandatoryCovered < mandatoryTotal ? 'stopped_early' : 'completed';
  }
  return 'completed';
}
