import type { EndReason } from '../../domain/records.ts';
import type { TurnContext } from '../strategy.ts';
import type { GuideQuestion, InterviewState } from '../state.ts';
import { MOVE_WORDS } from './move-line.ts';

/** Earlier turns quoted word for word (two exchanges); everything older reaches the model only through the notes. */
const RECENT_TURNS = 4;
/** Longest quote of an earlier turn, and of the answer being replied to, in characters. */
const MAX_TURN_CHARS = 500;
const MAX_ANSWER_CHARS = 2000;
/** Longest guide question shown, in characters. */
const MAX_QUESTION_CHARS = 240;

/** The message for one turn, and which of its words a reply may repeat. */
export interface TurnBrief {
  text: string;
  /** The brief's own words (labels, coverage, the guide): never to be quoted to the participant. */
  private: string[];
  /** What the participant has seen or said, and the questions asked now: free to repeat. */
  allowed: string[];
}

/**
 * The per-turn message: coverage (the guide with what is asked, current and to come, and the budget left), the
 * rolling notes on earlier answers, the last two exchanges, the new answer, and the moves the conductor allows.
 * Its size does not grow with the interview: old turns drop out of the window, notes are capped in number and length.
 * Participant words are fenced in tags and cannot close the fence (angle brackets are replaced).
 */
export function turnBrief(ctx: TurnContext): TurnBrief {
  const { state } = ctx;
  const recent = ctx.turns.slice(0, -1).slice(-RECENT_TURNS);
  const coverage = coverageBlock(ctx);
  const moves = movesBlock(ctx);
  const text = [
    coverage,
    '<notes>',
    ...(state.notes.length > 0 ? state.notes.map((n) => `- ${asData(n, MAX_TURN_CHARS)}`) : ['(none yet)']),
    '</notes>',
    '<recent_turns>',
    ...recent.map((t) => `${t.role === 'participant' ? 'Participant' : 'Interviewer'}: ${asData(t.text, MAX_TURN_CHARS)}`),
    '</recent_turns>',
    '<participant_answer>',
    asData(ctx.answer, MAX_ANSWER_CHARS),
    '</participant_answer>',
    moves,
  ].join('\n');
  const asked = state.guide.filter((q) => state.askedQuestionIds.includes(q.id)).map((q) => q.text);
  return {
    text,
    private: [coverage, moves],
    allowed: [
      ctx.answer,
      ...recent.map((t) => t.text),
      ...asked,
      ...(ctx.nextQuestion ? [ctx.nextQuestion.text] : []),
      ...state.askedTexts,
    ],
  };
}

function coverageBlock(ctx: TurnContext): string {
  const { state } = ctx;
  const mandatoryLeft = state.guide.filter((q) => q.mandatory && !settled(state, q)).length;
  return [
    '<coverage>',
    `Stage: ${state.stage || 'interview'}`,
    `Participant turns: ${state.turnsUsed} of ${state.maxTurns} used. Mandatory questions still to ask: ${mandatoryLeft}.`,
    `Follow-ups asked on the current question: ${state.probes}.`,
    'Interview guide:',
    ...state.guide.map((q, i) => `- [${status(state, q, i)}] ${q.text.slice(0, MAX_QUESTION_CHARS)}`),
    '</coverage>',
  ].join('\n');
}

function movesBlock(ctx: TurnContext): string {
  const lines = [`Moves allowed now: ${ctx.allowed.map((m) => MOVE_WORDS[m]).join(', ')}.`];
  if (ctx.intent === 'skip') lines.push('The participant asked to skip the current question.');
  if (ctx.intent === 'stop') lines.push('The participant asked to stop the interview.');
  if (ctx.intent === 'clarify') lines.push('The participant did not follow the current question.');
  if (ctx.allowed.includes('next_question') && ctx.nextQuestion) {
    lines.push(`If you choose ${MOVE_WORDS.next_question}, the conductor then asks: "${ctx.nextQuestion.text}"`);
  }
  if (ctx.allowed.includes('wrap_up')) lines.push(`If you choose ${MOVE_WORDS.wrap_up}, the interview ends (${ending(ctx.endReason)}).`);
  lines.push('Answer now in the required format: move word, your words, NOTE line.');
  return lines.join('\n');
}

function status(state: InterviewState, q: GuideQuestion, index: number): string {
  if (index === state.current) return 'current';
  if (state.askedQuestionIds.includes(q.id)) return 'asked';
  if (state.dropped?.includes(q.id)) return 'dropped';
  return q.mandatory ? 'to come, mandatory' : 'to come';
}

function settled(state: InterviewState, q: GuideQuestion): boolean {
  return state.askedQuestionIds.includes(q.id) || (state.dropped?.includes(q.id) ?? false);
}

function ending(reason: EndReason): string {
  if (reason === 'participant_stopped') return 'the participant asked to stop';
  if (reason === 'completed') return 'every question was covered';
  return reason === 'time_budget' ? 'the time is up' : 'no turns are left';
}

/** Participant-side text as inert data: capped, control characters dropped, angle brackets replaced so no tag can be closed or opened. */
function asData(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/</g, '‹').replace(/>/g, '›').trim();
  return clean.length > max ? `${clean.slice(0, max)} […]` : clean;
}
