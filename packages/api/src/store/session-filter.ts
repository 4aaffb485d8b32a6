import type { SessionOutcome } from '@parley/protocol';
import type { SessionRecord } from '../domain/records.ts';
import { outcomeOf } from '../domain/session-outcome.ts';

/** What `Store.listSessions` can filter by; every field given must match. */
export interface SessionFilter {
  studyId?: string;
  status?: SessionRecord['status'];
  outcome?: SessionOutcome;
  /** true: only test sessions; false or absent: only real ones (tests stay out of lists, exports and analysis by default). */
  test?: boolean;
}

/** True when a session matches a list filter's status and outcome (stores walk their study or workspace order for the id). */
export function matchesSessionFilter(session: SessionRecord, filter: SessionFilter): boolean {
  if (filter.status !== undefined && session.status !== filter.status) return false;
  if ((session.test === true) !== (filter.test === true)) return false;
  // Derived from the stored record alone, so filtering costs no extra read.
  return filter.outcome === undefined || outcomeOf(session) === filter.outcome;
}
