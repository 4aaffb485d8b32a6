import type { Session } from '@parley/protocol';

/** Why an interview ended, as a researcher reads it; wire values from `Session.endReason`. */
const END_REASONS: Record<NonNullable<Session['endReason']>, string> = {
  completed: 'ended as completed',
  participant_stopped: 'the participant asked to stop',
  dismissed: 'the participant closed it',
  turn_budget: 'turn limit reached',
  time_budget: 'time limit reached',
  superseded: 'a newer interview by the same person replaced it',
};

/** Progress as a researcher reads it: key (mandatory) questions covered, counted from coverage when progress has no count. */
export function keyQuestions(s: Session): string {
  const { mandatoryCovered, mandatoryTotal } = s.progress;
  const key = (s.coverage ?? []).filter((q) => q.mandatory);
  const total = mandatoryTotal ?? key.length;
  const covered = mandatoryCovered ?? key.filter((q) => q.status === 'asked' || q.status === 'covered').length;
  if (total) return `${covered} of ${total} key questions`;
  return `${s.progress.asked} of ${s.progress.total} questions`;
}

/** Why an ended interview ended; nothing while it runs, nor when "Completed" already says it all. */
export function endedBecause(s: Session): string | undefined {
  if (!s.endReason || (s.endReason === 'completed' && s.outcome === 'completed')) return undefined;
  return END_REASONS[s.endReason] ?? s.endReason;
}
