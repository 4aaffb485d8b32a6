import type { Plan } from '@parley/protocol';
import type { GuideQuestion, InterviewState } from './state.ts';
import type { ConductorMove } from './strategy.ts';
import { askingSentences, normaliseAsked } from './asked-text.ts';

/** How many key phrases the rolling summary keeps; the oldest go first so LLM context stays flat. */
const MAX_NOTES = 12;
/** The longest note kept, in characters; notes come from participant text, so their size is bounded here. */
const MAX_NOTE_CHARS = 120;

/** One move as it was made: enough to work out the state after it. */
export interface Step {
  move: ConductorMove;
  /** Guide index asked by `next_question`. */
  next: number | undefined;
  /** The full reply text, whose asking sentences are remembered so they are never asked again. */
  text: string;
  note: string | undefined;
}

/** The state of an interview before its first question: the guide snapshotted, budgets copied, nothing asked. */
export function openingState(plan: Plan, guide: GuideQuestion[]): InterviewState {
  return {
    guide,
    current: -1,
    probes: 0,
    askedQuestionIds: [],
    askedTexts: [],
    turnsUsed: 0,
    stage: plan.flow[0] ?? '',
    maxTurns: plan.maxTurns,
    maxMinutes: plan.maxMinutes,
    notes: [],
    clarified: false,
    dropped: [],
  };
}

/** The state after a move; a new object, the old one is left as it was. */
export function advance(state: InterviewState, step: Step): InterviewState {
  const next: InterviewState = {
    ...state,
    askedQuestionIds: [...state.askedQuestionIds],
    askedTexts: [...state.askedTexts],
    notes: [...state.notes],
    dropped: [...(state.dropped ?? [])],
  };
  remember(next.askedTexts, askingSentences(step.text).map(normaliseAsked));
  const note = step.note?.trim().slice(0, MAX_NOTE_CHARS);
  if (note && !next.notes.includes(note)) next.notes = [...next.notes, note].slice(-MAX_NOTES);

  switch (step.move) {
    case 'probe':
      next.probes += 1;
      break;
    case 'clarify':
      next.clarified = true;
      break;
    case 'next_question': {
      const target = step.next ?? state.current + 1;
      const question = state.guide[target];
      dropBetween(next, state.current + 1, target);
      next.current = target;
      next.probes = 0;
      next.clarified = false;
      if (question) {
        next.askedQuestionIds.push(question.id);
        next.stage = question.stage;
        remember(next.askedTexts, [normaliseAsked(question.text)]);
      }
      break;
    }
    case 'wrap_up':
      dropBetween(next, 0, state.guide.length);
      next.current = state.guide.length;
      next.probes = 0;
      next.clarified = false;
      break;
  }
  return next;
}

/** Marks guide questions in [from, to) that were never asked as dropped. */
function dropBetween(state: InterviewState, from: number, to: number): void {
  for (let i = Math.max(0, from); i < to; i += 1) {
    const q = state.guide[i];
    if (q && !state.askedQuestionIds.includes(q.id) && !state.dropped?.includes(q.id)) state.dropped?.push(q.id);
  }
}

function remember(list: string[], texts: string[]): void {
  for (const text of texts) if (text && !list.includes(text)) list.push(text);
}
