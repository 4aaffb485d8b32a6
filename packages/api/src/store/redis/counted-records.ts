import type { Study } from '@parley/protocol';
import type { SessionRecord, StudyRecord } from '../../domain/records.ts';
import { OUTCOME_COUNTER } from '../../domain/study-counts.ts';
import { outcomeOf } from '../../domain/session-outcome.ts';
import { studyWithDefaults } from '../study-defaults.ts';
import type { Counts } from './store-scripts.ts';

// How the Redis store turns its counters into a Study's stats, and a session's outcome into the counter its scripts move.

function count(value: string | null | undefined): number {
  return value ? Number(value) : 0;
}

/** A stored study with its counters, as the Store serves it. */
export function withCounts(record: StudyRecord, counts: Counts): Study {
  const c = (i: number) => count(counts[i]);
  return {
    ...studyWithDefaults(record),
    stats: { sessions: c(0), completed: c(1), stoppedEarly: c(4), abandoned: c(5), inProgress: c(6), shown: c(8), dismissed: c(9), test: c(7) },
    usage: { promptTokens: c(2), completionTokens: c(3) },
  };
}

/** The counter a session's outcome is kept in, as the scripts take it. */
export function outcomeCounter(session: Pick<SessionRecord, 'status' | 'endReason' | 'state'>): string {
  return OUTCOME_COUNTER[outcomeOf(session)];
}

/** An HGETALL reply as the flat field, value, … list `fromHashFields` reads (the client may hand back an object). */
export function flattenHash(reply: unknown): unknown[] {
  if (reply === null || reply === undefined) return [];
  if (Array.isArray(reply)) return reply;
  return Object.entries(reply as Record<string, unknown>).flatMap(([f, v]) => [f, typeof v === 'string' ? v : JSON.stringify(v)]);
}
