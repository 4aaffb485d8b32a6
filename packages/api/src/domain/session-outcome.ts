import { sessionOutcome, type SessionOutcome } from '@parley/protocol';
import { coverageOf } from '../interviewer/coverage.ts';
import type { SessionRecord } from './records.ts';

/** How a stored interview went, from its record alone (no turn reads): for reads, lists and their filter, exports and webhooks. */
export function outcomeOf(session: Pick<SessionRecord, 'status' | 'endReason' | 'state'>): SessionOutcome {
  const { state } = session;
  const coverage = (state?.guide ?? []).map((q) => ({ mandatory: q.mandatory, status: coverageOf(state, q.id)?.status ?? ('to_come' as const) }));
  // turnsUsed counts the participant's turns, so a dismissal before any answer reads as abandoned without reading turns.
  return sessionOutcome({ status: session.status, endReason: session.endReason, coverage, answers: state?.turnsUsed ?? 0 });
}
