import type { EndReason } from '../domain/records.ts';
import type { GuideQuestion, InterviewState } from './state.ts';
import type { ConductorMove } from './strategy.ts';
import { isSettled, mandatoryLeft, unsettled } from './coverage.ts';
import { DEFAULT_MAX_FOLLOW_UPS, isCloser } from './guide.ts';

/** What the participant's message asks of the conductor, most important request first; `answer` when it asks nothing. */
export type Intent = 'answer' | 'stop' | 'skip' | 'clarify' | 'time_pressure' | 'question_back' | 'off_topic';

/** What the conductor allows after a participant turn, and where each move would lead. */
export interface MoveOptions {
  allowed: ConductorMove[];
  /** Index into the guide of the question `next_question` asks. */
  next: number | undefined;
  /** Why the interview ends if the move is `wrap_up`. */
  endReason: EndReason;
}

/** Share of the turn budget set aside for follow-ups in the whole interview. */
const FOLLOW_UP_SHARE = 0.6;
/** Follow-up turns kept free from core questions while mandatory ones are still to come. */
const FOLLOW_UP_RESERVE = 2;
/** A core question this related to the last answer may be asked before questions planned earlier. */
const RELEVANT = 2;

/**
 * The budget and coverage rules. With R participant turns left (each question, follow-up or reply costs one):
 * - a stop request ends the interview now; a "short of time" gets one last mandatory question, then the wrap-up;
 * - every mandatory question still to come is reserved a turn, so they are always reached;
 * - a follow-up needs only that reserve (not a turn beyond every question still planned: core questions are a pool,
 *   and the ones not reached are recorded so), within the question's `maxFollowUps` and the interview's follow-up share;
 * - a core question needs the mandatory reserve plus a small follow-up reserve while mandatory ones are still to come;
 *   past the time budget only mandatory questions are asked;
 * - clarifying or answering a question back re-asks the last question and needs a turn beyond the mandatory reserve;
 * - wrap-up is allowed only when nothing is left to ask, when no turns remain, or when the participant asked to stop.
 */
export function moveOptions(state: InterviewState, intent: Intent, overTime: boolean, relevance: (q: GuideQuestion) => number = () => 0): MoveOptions {
  const turnsLeft = state.maxTurns - state.turnsUsed;
  const onQuestion = state.current >= 0 && state.current < state.guide.length;
  const reserve = mandatoryLeft(state, state.current);
  if (intent === 'stop') return { allowed: ['wrap_up'], next: undefined, endReason: 'participant_stopped' };
  if (state.hurryAt !== undefined) {
    const next = state.hurryAt === state.turnsUsed && turnsLeft > 0 ? firstMandatory(state) : undefined;
    return next === undefined
      ? { allowed: ['wrap_up'], next: undefined, endReason: endReasonOf(state, overTime, true) }
      : { allowed: ['next_question'], next, endReason: 'participant_stopped' };
  }
  const next = turnsLeft > 0 ? nextQuestionIndex(state, turnsLeft, overTime, relevance) : undefined;
  const endReason = endReasonOf(state, overTime, false, next);
  if (turnsLeft <= 0) return { allowed: ['wrap_up'], next: undefined, endReason };

  const allowed: ConductorMove[] = [];
  const question = onQuestion ? state.guide[state.current]! : undefined;
  const room = turnsLeft - 1 >= reserve;
  if (intent === 'answer' && question && !overTime && room && state.probes < (question.maxFollowUps ?? DEFAULT_MAX_FOLLOW_UPS) && (state.followUps ?? 0) < followUpCap(state)) {
    allowed.push('probe');
  }
  if (intent === 'clarify' && !state.clarified && room) allowed.push('clarify');
  // A question back with nothing else in it is answered, and the last question asked again, before anything else.
  if ((intent === 'question_back' || intent === 'off_topic') && room) return { allowed: ['respond'], next, endReason };
  allowed.push(next === undefined ? 'wrap_up' : 'next_question');
  return { allowed, next, endReason };
}

/** True once the time budget is spent. */
export function isOverTime(state: InterviewState, startedAt: Date, now: Date): boolean {
  return now.getTime() - startedAt.getTime() >= state.maxMinutes * 60_000;
}

/** The most follow-ups in one interview. */
export function followUpCap(state: InterviewState): number {
  return Math.max(2, Math.ceil(state.maxTurns * FOLLOW_UP_SHARE));
}

/**
 * The next guide question the budgets allow: the first one still to come in the plan's order, unless a core question
 * later in the pool relates more to what was just said. Mandatory questions are always eligible; a core one only with
 * turns to spare beyond the mandatory ones (and a follow-up reserve while those are still to come); a closer only last.
 */
export function nextQuestionIndex(state: InterviewState, turnsLeft: number, overTime: boolean, relevance: (q: GuideQuestion) => number = () => 0): number | undefined {
  if (turnsLeft <= 0) return undefined;
  const eligible: number[] = [];
  const mandatory = mandatoryLeft(state, state.current);
  const followUpsLeft = Math.max(0, followUpCap(state) - (state.followUps ?? 0));
  const reserve = mandatory > 0 ? Math.min(FOLLOW_UP_RESERVE, followUpsLeft) : 0;
  state.guide.forEach((q, i) => {
    if (i === state.current || isSettled(state, q.id)) return;
    if (q.mandatory) return eligible.push(i);
    if (!overTime && turnsLeft - 1 >= mandatory + reserve) eligible.push(i);
  });
  const open = eligible.filter((i) => !isCloser(state.guide[i]!.text));
  const pool = open.length > 0 ? open : eligible;
  const first = pool[0];
  if (first === undefined) return undefined;
  let best = first;
  let bestScore = relevance(state.guide[first]!);
  for (const i of pool.slice(1)) {
    const q = state.guide[i]!;
    if (q.mandatory) continue;
    const score = relevance(q);
    if (score >= RELEVANT && score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** The first mandatory question still to come, for the one last question of a participant short of time. */
function firstMandatory(state: InterviewState): number | undefined {
  const index = state.guide.findIndex((q, i) => i !== state.current && q.mandatory && !isSettled(state, q.id));
  return index >= 0 ? index : undefined;
}

/** Completed when every guide question is settled; stopped when the participant cut it short; otherwise the budget that did. */
function endReasonOf(state: InterviewState, overTime: boolean, hurried: boolean, next?: number): EndReason {
  if (hurried) return mandatoryLeft(state, state.current) === 0 && unsettled(state, state.current).length === 0 ? 'completed' : 'participant_stopped';
  if (next === undefined && unsettled(state, state.current).length === 0) return 'completed';
  return overTime ? 'time_budget' : 'turn_budget';
}
