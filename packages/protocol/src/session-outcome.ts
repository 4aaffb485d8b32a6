// Imports types only, so the console and the SDK can load this file ('@parley/protocol/session-outcome') without zod.
import type { QuestionCoverage, Session, SessionOutcome } from './session.ts';

/** What an interview's outcome is read from; the wire `Session` has each (answers are its participant turns). */
export interface OutcomeFacts {
  status: Session['status'];
  endReason?: Session['endReason'] | undefined;
  /** Every guide question's status, as in `Session.coverage`. */
  coverage: readonly Pick<QuestionCoverage, 'mandatory' | 'status'>[];
  /** Answers the participant gave. */
  answers: number;
}

/** Each outcome as a researcher reads it; the console, the Markdown export and SDK users share these words. */
export const OUTCOME_LABELS: Readonly<Record<SessionOutcome, string>> = {
  in_progress: 'In progress',
  completed: 'Completed',
  stopped_early: 'Stopped early',
  abandoned: 'Abandoned',
};

/**
 * How an interview went. Active is in progress. The participant asking to stop is stopped early. Dismissed is stopped
 * early once they had answered (before that nobody took part: abandoned). Any other ending (the guide done, a budget
 * spent, a client ending it as completed) is completed only if every mandatory question was reached (asked, answered
 * along the way or skipped by the participant); otherwise it stopped early, whatever the end reason says.
 */
export function sessionOutcome(facts: OutcomeFacts): SessionOutcome {
  if (facts.status === 'active') return 'in_progress';
  if (facts.endReason === 'participant_stopped') return 'stopped_early';
  if (facts.status === 'abandoned') return facts.answers > 0 ? 'stopped_early' : 'abandoned';
  return facts.coverage.some(isUnreachedKeyQuestion) ? 'stopped_early' : 'completed';
}

/** The mandatory questions a stopped interview never asked nor had answered, in guide order; none for other outcomes. */
export function keyQuestionsNotAsked<Q extends Pick<QuestionCoverage, 'mandatory' | 'status'>>(session: { outcome: SessionOutcome; coverage: readonly Q[] }): Q[] {
  return session.outcome === 'stopped_early' ? session.coverage.filter(isUnreachedKeyQuestion) : [];
}

function isUnreachedKeyQuestion(q: Pick<QuestionCoverage, 'mandatory' | 'status'>): boolean {
  return q.mandatory && (q.status === 'not_reached' || q.status === 'to_come');
}
