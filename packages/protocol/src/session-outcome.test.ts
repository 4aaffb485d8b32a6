import { describe, expect, it } from 'vitest';
import { keyQuestionsNotAsked, OUTCOME_LABELS, sessionOutcome, type OutcomeFacts } from './session-outcome.ts';
import type { QuestionCoverage } from './session.ts';

const q = (questionId: string, mandatory: boolean, status: QuestionCoverage['status']): QuestionCoverage => ({ questionId, text: `Question ${questionId}?`, mandatory, status });

/** Every mandatory question reached; one core question never reached (that alone does not make an interview short). */
const allKeyReached = [q('m1', true, 'asked'), q('m2', true, 'covered'), q('m3', true, 'skipped'), q('c1', false, 'not_reached')];
/** The second mandatory question never reached. */
const keyMissing = [q('m1', true, 'asked'), q('m2', true, 'not_reached'), q('m3', true, 'asked'), q('c1', false, 'asked')];

const facts = (over: Partial<OutcomeFacts>): OutcomeFacts => ({ status: 'completed', endReason: 'completed', coverage: allKeyReached, answers: 5, ...over });

describe('sessionOutcome', () => {
  it('reads an active interview as in progress, however far it got', () => {
    expect(sessionOutcome(facts({ status: 'active', endReason: undefined, coverage: keyMissing.map((c) => ({ ...c, status: 'to_come' as const })) }))).toBe('in_progress');
  });

  it('reads an interview that covered its guide as completed', () => {
    expect(sessionOutcome(facts({}))).toBe('completed');
    // Sessions stored before end reasons existed.
    expect(sessionOutcome(facts({ endReason: undefined }))).toBe('completed');
  });

  it('reads a stop request as stopped early, even with every key question asked', () => {
    expect(sessionOutcome(facts({ endReason: 'participant_stopped', coverage: keyMissing }))).toBe('stopped_early');
    expect(sessionOutcome(facts({ endReason: 'participant_stopped' }))).toBe('stopped_early');
  });

  it('reads a dismissal as stopped early once the participant had answered, and as abandoned before that', () => {
    expect(sessionOutcome(facts({ status: 'abandoned', endReason: 'dismissed', answers: 2, coverage: keyMissing }))).toBe('stopped_early');
    expect(sessionOutcome(facts({ status: 'abandoned', endReason: 'dismissed', answers: 0, coverage: keyMissing }))).toBe('abandoned');
  });

  it('reads a spent budget as completed only when every mandatory question was asked, covered or skipped', () => {
    for (const endReason of ['turn_budget', 'time_budget'] as const) {
      expect(sessionOutcome(facts({ endReason }))).toBe('completed');
      expect(sessionOutcome(facts({ endReason, coverage: keyMissing }))).toBe('stopped_early');
    }
  });

  it('never calls an interview ended as completed by a client completed while a mandatory question was never reached', () => {
    expect(sessionOutcome(facts({ endReason: 'completed', coverage: keyMissing }))).toBe('stopped_early');
    expect(sessionOutcome(facts({ endReason: 'completed', coverage: [q('m1', true, 'asked'), q('m2', true, 'to_come')] }))).toBe('stopped_early');
  });
});

describe('keyQuestionsNotAsked', () => {
  it('lists a stopped interview’s unreached mandatory questions in guide order, and nothing for other outcomes', () => {
    const coverage = [q('m1', true, 'asked'), q('m2', true, 'not_reached'), q('c1', false, 'not_reached'), q('m3', true, 'skipped'), q('m4', true, 'to_come')];
    expect(keyQuestionsNotAsked({ outcome: 'stopped_early', coverage }).map((c) => c.questionId)).toEqual(['m2', 'm4']);
    for (const outcome of ['in_progress', 'completed', 'abandoned'] as const) expect(keyQuestionsNotAsked({ outcome, coverage })).toEqual([]);
  });
});

describe('OUTCOME_LABELS', () => {
  it('words every outcome', () => {
    expect(OUTCOME_LABELS).toEqual({ in_progress: 'In progress', completed: 'Completed', stopped_early: 'Stopped early', abandoned: 'Abandoned' });
  });
});
