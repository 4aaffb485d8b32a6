import type { QuestionCoverage } from '@parley/protocol';
import type { InterviewState } from '../interviewer/state.ts';
import { coverageOf } from '../interviewer/coverage.ts';

/**
 * Each guide question's status for the wire, in guide order, from the interview state stored with the session. A
 * question the interviewer never settled is `to_come` while the interview runs and `not_reached` once it ended (a
 * dismissal or a client's end leaves no mark in the state).
 */
export function presentCoverage(state: InterviewState | undefined, ended: boolean): QuestionCoverage[] {
  if (!state) return [];
  return state.guide.map((q) => {
    const c = coverageOf(state, q.id);
    return {
      questionId: q.id,
      text: q.text,
      mandatory: q.mandatory,
      status: c?.status ?? (ended ? 'not_reached' : 'to_come'),
      ...(c?.status === 'covered' && c.evidence ? { evidence: c.evidence } : {}),
    };
  });
}
