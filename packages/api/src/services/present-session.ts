import type { Session, Turn } from '@parley/protocol';
import { presentCoverage } from './present-coverage.ts';
import { outcomeOf } from '../domain/session-outcome.ts';
import type { SessionWithTurns, StoredTurn } from '../domain/records.ts';

/** A stored turn as the wire shows it (internal links stripped). */
export function presentTurn(turn: StoredTurn): Turn {
  return { id: turn.id, role: turn.role, text: turn.text, at: turn.at };
}

/** A stored session and its turns as the wire shows it. */
export function presentSession({ session, turns }: SessionWithTurns): Session {
  return {
    id: session.id,
    studyId: session.studyId,
    status: session.status,
    participant: session.participant,
    trigger: session.trigger,
    ...(session.locale ? { locale: session.locale } : {}),
    turns: turns.map(presentTurn),
    progress: session.progress,
    interviewer: session.interviewer,
    fallbacks: session.fallbacks,
    usage: session.usage ?? { promptTokens: 0, completionTokens: 0 },
    ...(session.endReason ? { endReason: session.endReason } : {}),
    outcome: outcomeOf(session),
    ...(session.test ? { test: true } : {}),
    coverage: presentCoverage(session.state, session.status !== 'active'),
    startedAt: session.startedAt,
    ...(session.endedAt ? { endedAt: session.endedAt } : {}),
  };
}
