import type { EndReason } from '../domain/records.ts';
import type { Intent } from './intent.ts';
import type { InterviewState } from './state.ts';
import type { ConductorMove } from './strategy.ts';

/** The most follow-up probes about one question. */
export const MAX_PROBES_PER_QUESTION = 2;

/** What the conductor allows after a participant turn, and where each move would lead. */
export interface MoveOptions {
  allowed: ConductorMove[];
  /** Index into the guide of the question `next_question` asks. */
  next: number | undefined;
  /** Why the interview ends if the move is `wrap_up`. */
  endReason: EndReason;
}

/**
 * The budget and coverage rules. With R participant turns left (each question or probe costs one):
 * - every mandatory question still unasked is reserved a turn, so they are always reached;
 * - a probe needs a turn beyond every question still planned (probes are dropped first when turns get tight);
 * - a core question needs a turn beyond the unasked mandatory ones (core questions go next), and none past the time budget;
 * - a clarification re-asks the current question and needs a turn beyond the unasked mandatory ones;
 * - wrap-up is allowed only when nothing is left to ask, when no turns remain, or when the participant asked to stop.
 */
export function moveOptions(state: InterviewState, intent: Intent, overTime: boolean): MoveOptions {
  const turnsLeft = state.maxTurns - state.turnsUsed;
  if (intent === 'stop') return { allowed: ['wrap_up'], next: undefined, endReason: 'participant_stopped' };
  const next = turnsLeft > 0 ? nextQuestionIndex(state, turnsLeft, overTime) : undefined;
  const endReason = wrapUpReason(state, next, overTime);
  if (turnsLeft <= 0) return { allowed: ['wrap_up'], next: undefined, endReason };

  const onQuestion = state.current >= 0 && state.current < state.guide.length;
  const mandatoryLeft = unaskedAfter(state, state.current, true);
  const allowed: ConductorMove[] = [];
  if (
    intent === 'answer' &&
    onQuestion &&
    !overTime &&
    state.probes < MAX_PROBES_PER_QUESTION &&
    turnsLeft - 1 >= unaskedAfter(state, state.current, false)
  ) {
    allowed.push('probe');
  }
  if (intent === 'clarify' && onQuestion && !state.clarified && turnsLeft - 1 >= mandatoryLeft) allowed.push('clarify');
  allowed.push(next === undefined ? 'wrap_up' : 'next_question');
  return { allowed, next, endReason };
}

/** True once the time budget is spent. */
export function isOverTime(state: InterviewState, startedAt: Date, now: Date): boolean {
  return now.getTime() - startedAt.getTime() >= state.maxMinutes * 60_000;
}

/** The first guide question after the current one that the budgets allow; core questions passed over are dropped. */
export function nextQuestionIndex(state: InterviewState, turnsLeft: number, overTime: boolean): number | undefined {
  if (turnsLeft <= 0) return undefined;
  for (let i = state.current + 1; i < state.guide.length; i += 1) {
    const q = state.guide[i];
    if (!q || isSettled(state, q.id)) continue;
    if (q.mandatory) return i;
    if (!overTime && turnsLeft - 1 >= unaskedAfter(state, i, true)) return i;
  }
  return undefined;
}

/** Guide questions after `index` not yet asked nor dropped (only mandatory ones when `mandatoryOnly`). */
export function unaskedAfter(state: InterviewState, index: number, mandatoryOnly: boolean): number {
  let count = 0;
  for (let i = Math.max(0, index + 1); i < state.guide.length; i += 1) {
    const q = state.guide[i];
    if (!q || isSettled(state, q.id) || (mandatoryOnly && !q.mandatory)) continue;
    count += 1;
  }
  return count;
}

function isSettled(state: InterviewState, id: string): boolean {
  return state.askedQuestionIds.includes(id) || (state.dropped?.includes(id) ?? false);
}

/** Completed when every guide question was asked; otherwise the budget that cut it short. */
function wrapUpReason(state: InterviewState, next: number | undefined, overTime: boolean): EndReason {
  const everyAsked = state.guide.every((q) => state.askedQuestionIds.includes(q.id));
  if (everyAsked && next === undefined) return 'completed';
  return overTime ? 'time_budget' : 'turn_budget';
}
