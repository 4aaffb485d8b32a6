import { describe, expect, it } from 'vitest';
import { moveOptions, nextQuestionIndex } from './moves.ts';
import { advance, openingState } from './advance.ts';
import type { GuideQuestion, InterviewState } from './state.ts';
import type { Plan } from '@parley/protocol';

const q = (id: string, mandatory: boolean): GuideQuestion => ({ id, text: `Question ${id}?`, mandatory, stage: '', intent: '', verbatim: mandatory, maxFollowUps: 2 });
// Eleven questions in sixteen turns: three mandatory, eight core.
const GUIDE = [q('m1', true), q('c1', false), q('c2', false), q('c3', false), q('m2', true), q('c4', false), q('c5', false), q('c6', false), q('c7', false), q('c8', false), q('m3', true)];
const PLAN = { flow: ['All'], maxTurns: 16, maxMinutes: 30 } as unknown as Plan;

/** The state after the participant has answered `turns` times, the interviewer having asked questions in guide order. */
function after(turns: number, asked: number): InterviewState {
  let state = openingState(PLAN, GUIDE);
  for (let i = 0; i < asked; i += 1) state = advance(state, { move: 'next_question', next: i, text: GUIDE[i]!.text, note: undefined });
  return { ...state, turnsUsed: turns };
}

describe('the budget rules', () => {
  it('still allows a follow-up late in a long guide (11 questions in 16 turns), as long as mandatory questions keep their turns', () => {
    for (const turn of [9, 11, 13]) {
      const options = moveOptions(after(turn, Math.min(9, turn)), 'answer', false);
      expect(options.allowed, `turn ${turn}`).toContain('probe');
    }
  });

  it('never lets a follow-up or a core question take a turn a mandatory question needs', () => {
    // Two turns left, two mandatory questions (m2, m3) still to come.
    const state = after(14, 4);
    const options = moveOptions(state, 'answer', false);
    expect(options.allowed).not.toContain('probe');
    expect(GUIDE[options.next!]!.mandatory).toBe(true);
  });

  it('picks from the core pool the question the last answer relates to', () => {
    const state = after(2, 2);
    const index = nextQuestionIndex(state, 14, false, (g) => (g.id === 'c5' ? 3 : 0));
    expect(GUIDE[index!]!.id).toBe('c5');
  });

  it('asks only mandatory questions past the time budget', () => {
    const state = after(3, 3);
    expect(GUIDE[nextQuestionIndex(state, 13, true)!]!.id).toBe('m2');
  });

  it('a participant short of time gets one last mandatory question, then the wrap-up', () => {
    const hurried = { ...after(3, 3), hurryAt: 3 };
    expect(moveOptions(hurried, 'time_pressure', false)).toMatchObject({ allowed: ['next_question'] });
    expect(moveOptions({ ...hurried, turnsUsed: 4 }, 'answer', false)).toMatchObject({ allowed: ['wrap_up'], endReason: 'participant_stopped' });
  });

  it('a question back with nothing else in it is answered before anything else', () => {
    expect(moveOptions(after(2, 2), 'question_back', false).allowed).toEqual(['respond']);
  });
});
