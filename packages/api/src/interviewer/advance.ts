import type { Plan } from '@parley/protocol';
import type { GuideQuestion, InterviewState, Rung } from './state.ts';
import type { ConductorMove } from './strategy.ts';
import { askingSentences, normaliseAsked } from './asked-text.ts';
import { setCoverage } from './coverage.ts';

/** How many key phrases the rolling summary keeps; the oldest go first so LLM context stays flat. */
const MAX_NOTES = 12;
/** The longest note kept, in characters; notes come from participant text, so their size is bounded here. */
const MAX_NOTE_CHARS = 120;
/** Lines of the pinned story kept (the first ones: where the story starts matters most), and their length. */
const MAX_STORY_LINES = 6;
const MAX_STORY_CHARS = 160;

/** One move as it was made: enough to work out the state after it. */
export interface Step {
  move: ConductorMove;
  /** Guide index asked by `next_question`. */
  next: number | undefined;
  /** The full reply text, whose asking sentences are remembered so they are never asked again. */
  text: string;
  note: string | undefined;
  story?: string | undefined;
  /** Rungs of the follow-up ladder the answer told, and the one a probe asked. */
  rungsTold?: Rung[] | undefined;
  rungAsked?: Rung | undefined;
  /** Upcoming guide questions the reply asked in other words (a follow-up that asked one): counted as asked. */
  alsoAsked?: string[];
}

/** The state of an interview before its first question: the guide snapshotted, budgets copied, nothing asked. */
export function openingState(plan: Plan, guide: GuideQuestion[], language?: string): InterviewState {
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
    coverage: {},
    followUps: 0,
    rungs: [],
    story: [],
    language: language ?? plan.language,
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
    rungs: [...new Set([...(state.rungs ?? []), ...(step.rungsTold ?? [])])],
    story: [...(state.story ?? [])],
  };
  remember(next.askedTexts, askingSentences(step.text).map(normaliseAsked));
  const note = step.note?.trim().slice(0, MAX_NOTE_CHARS);
  if (note && !next.notes.includes(note)) next.notes = [...next.notes, note].slice(-MAX_NOTES);
  const story = step.story?.replace(/\s+/g, ' ').trim().slice(0, MAX_STORY_CHARS);
  if (story && next.story!.length < MAX_STORY_LINES && !next.story!.includes(story)) next.story!.push(story);
  for (const id of step.alsoAsked ?? []) setCoverage(next, id, 'asked');

  switch (step.move) {
    case 'probe':
      next.probes += 1;
      next.followUps = (next.followUps ?? 0) + 1;
      if (step.rungAsked) next.rungs = [...new Set([...next.rungs!, step.rungAsked])];
      break;
    case 'clarify':
      next.clarified = true;
      break;
    case 'respond':
      break;
    case 'next_question': {
      const target = step.next ?? state.current + 1;
      const question = state.guide[target];
      next.current = target;
      next.probes = 0;
      next.clarified = false;
      next.rungs = [];
      if (question) {
        setCoverage(next, question.id, 'asked');
        next.stage = question.stage;
        remember(next.askedTexts, [normaliseAsked(question.text)]);
        if (next.hints?.[question.id]) {
          const { [question.id]: _used, ...rest } = next.hints;
          next.hints = rest;
        }
      }
      break;
    }
    case 'wrap_up':
      for (const q of state.guide) setCoverage(next, q.id, 'not_reached');
      next.current = state.guide.length;
      next.probes = 0;
      next.clarified = false;
      break;
  }
  return next;
}

function remember(list: string[], texts: string[]): void {
  for (const text of texts) if (text && !list.includes(text)) list.push(text);
}
