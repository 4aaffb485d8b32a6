import type { SessionOutcome, StudyStats } from '@parley/protocol';
import type { SessionRecord } from './records.ts';
import { outcomeOf } from './session-outcome.ts';

/** The study counter a session outcome is counted in. These names are also stored counter fields: never rename. */
export const OUTCOME_COUNTER: Readonly<Record<SessionOutcome, keyof StudyStats>> = {
  in_progress: 'inProgress',
  completed: 'completed',
  stopped_early: 'stoppedEarly',
  abandoned: 'abandoned',
};

/** Every study counter at zero. */
export function zeroStats(): StudyStats {
  return { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 };
}

/**
 * The counters one stored session adds to its study: a test session only `test`; a real one `sessions` and its
 * outcome's counter. Stores subtract a session's old counters and add its new ones on every write, so stats stay
 * what really happened however a session moves.
 */
export function countersOf(session: Pick<SessionRecord, 'status' | 'endReason' | 'state' | 'test'>): (keyof StudyStats)[] {
  if (session.test) return ['test'];
  return ['sessions', OUTCOME_COUNTER[outcomeOf(session)]];
}
