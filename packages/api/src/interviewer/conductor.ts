import type { TokenUsage } from '@parley/protocol';
import type { InterviewStart, Interviewer, ReplyInput, ReplyOutcome, ReplyStream } from './interviewer.ts';
import type { InterviewState } from './state.ts';
import type { ConductorMove, Decision, InterviewStrategy, TurnContext } from './strategy.ts';
import { buildGuide } from './guide.ts';
import { createChannel, type Channel } from './channel.ts';
import { createGuideWording, endCtaText, type GuideWording } from './guide-wording.ts';
import { readIntent } from './intent.ts';
import { isOverTime, moveOptions, nextQuestionIndex } from './moves.ts';
import { advance, openingState } from './advance.ts';
import { progressOf } from './progress.ts';
import { splitIntoPieces, yieldToEventLoop } from './pieces.ts';

/** What an interviewer is made of: a strategy that chooses and words moves, and the guide wording to fall back on. */
export interface InterviewerParts<D extends Decision> {
  strategy: InterviewStrategy<D>;
  /** Used for the greeting and whenever the strategy fails; defaults to the conductor's plain guide wording. */
  fallback?: GuideWording;
}

/**
 * Creates an interviewer around a strategy. The conductor owns the state: it decides which moves are allowed
 * (coverage, turn and time budgets, the participant's stop/skip/clarify requests), lets the strategy choose and
 * word one, and falls back to its own wording when the strategy throws or picks a move it did not allow.
 */
export function createInterviewer<D extends Decision>({ strategy, fallback = createGuideWording() }: InterviewerParts<D>): Interviewer {
  return {
    kind: strategy.kind,
    start({ plan, experience }): InterviewStart {
      const blank = openingState(plan, buildGuide(plan));
      const first = nextQuestionIndex(blank, blank.maxTurns, false) ?? 0;
      const question = blank.guide[first];
      if (!question) throw new Error('a plan needs at least one question');
      const text = fallback.greet({ plan, experience, question });
      const state = advance(blank, { move: 'next_question', next: first, text, note: undefined });
      return { state, text, progress: progressOf(state, false) };
    },
    reply(input): ReplyStream {
      const channel = createChannel<string>();
      const outcome = conduct(input, strategy, fallback, channel);
      // The reader may only iterate `deltas`; a rejection is still reported there, so do not also report it as unhandled.
      outcome.catch(() => undefined);
      return { deltas: channel, outcome };
    },
  };
}

async function conduct<D extends Decision>(
  input: ReplyInput,
  strategy: InterviewStrategy<D>,
  fallback: GuideWording,
  channel: Channel<string>,
): Promise<ReplyOutcome> {
  try {
    const outcome = await reply(input, strategy, fallback, channel);
    channel.close();
    return outcome;
  } catch (err) {
    channel.fail(err);
    throw err;
  }
}

async function reply<D extends Decision>(
  input: ReplyInput,
  strategy: InterviewStrategy<D>,
  fallback: GuideWording,
  channel: Channel<string>,
): Promise<ReplyOutcome> {
  input.signal?.throwIfAborted();
  const state: InterviewState = { ...input.state, turnsUsed: input.state.turnsUsed + 1 };
  const finished = state.current >= state.guide.length;
  const intent = finished ? 'stop' : readIntent(input.answer);
  const overTime = isOverTime(state, input.startedAt, input.now);
  const options = moveOptions(state, intent, overTime);
  let usage: TokenUsage | undefined;
  const meter = {
    add(spent: TokenUsage) {
      usage = { promptTokens: (usage?.promptTokens ?? 0) + spent.promptTokens, completionTokens: (usage?.completionTokens ?? 0) + spent.completionTokens };
    },
  };
  const ctx: TurnContext = {
    plan: input.plan,
    experience: input.experience,
    state,
    question: state.guide[state.current],
    answer: input.answer,
    intent,
    turns: input.turns,
    allowed: options.allowed,
    nextQuestion: options.next === undefined ? undefined : state.guide[options.next],
    endReason: finished ? 'completed' : options.endReason,
    meter,
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  };

  let fellBack = false;
  let decision: Decision | undefined;
  try {
    const chosen = await strategy.decide(ctx);
    if (chosen && options.allowed.includes(chosen.move)) decision = chosen;
  } catch {
    // A strategy failing now and then (model down, malformed output) is expected: the guide takes this turn.
    input.signal?.throwIfAborted();
  }
  const move: ConductorMove = decision?.move ?? guideMove(ctx);
  const pieces: string[] = [];
  if (decision) {
    try {
      for await (const piece of strategy.word(ctx, decision as D)) {
        input.signal?.throwIfAborted();
        if (typeof piece !== 'string') throw new TypeError('a strategy yielded a non-text piece');
        pieces.push(piece);
        channel.push(piece);
      }
      if (pieces.join('').trim() === '') throw new Error('a strategy worded an empty reply');
    } catch {
      // What was already streamed stays (it cannot be unsent); the guide wording completes the reply.
      input.signal?.throwIfAborted();
      fellBack = true;
    }
  } else {
    fellBack = true;
  }
  if (fellBack) await emit(channel, completion(pieces, fallback.word(ctx, move)), pieces, input.signal);
  if (move === 'wrap_up') {
    // The conductor, not the strategy, closes with the study's call-to-action, so it is never lost or reworded.
    const cta = endCtaText(input.experience);
    if (cta) await emit(channel, separated(pieces, cta), pieces, input.signal);
  }

  // Exactly the pieces streamed, so a client that rendered the deltas shows the same text that is stored.
  const text = pieces.join('');
  const next = advance(state, { move, next: options.next, text, note: decision?.note });
  const completed = move === 'wrap_up';
  return {
    text,
    move,
    state: next,
    progress: progressOf(next, completed),
    status: completed ? 'completed' : 'active',
    ...(completed ? { endReason: ctx.endReason } : {}),
    fellBack,
    ...(usage ? { usage } : {}),
  };
}

/** The conductor's own choice when the strategy gives none: clarify if asked to, else the next question, else wrap up. */
function guideMove(ctx: TurnContext): ConductorMove {
  if (ctx.allowed.includes('clarify')) return 'clarify';
  if (ctx.allowed.includes('next_question')) return 'next_question';
  if (ctx.allowed.includes('wrap_up')) return 'wrap_up';
  return ctx.allowed[0] ?? 'wrap_up';
}

/**
 * The guide wording that finishes a reply the strategy broke off. After a sentence or a clause ("Thanks, ") it simply
 * follows; cut mid-phrase ("…especially when the") it restarts after a dash, so the participant reads a speaker who
 * changed course, not a half sentence glued to an unrelated question.
 */
function completion(sent: string[], text: string): string {
  const said = sent.join('').trimEnd();
  if (said === '' || /[.!?…:;,—–-]["'”’»)\]]*$/.test(said)) return separated(sent, text);
  const dash = /\s$/.test(sent.at(-1) ?? '') ? '— ' : ' — ';
  return dash + (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
}

/** Text to append after what was already sent, with one space between when needed. */
function separated(sent: string[], text: string): string {
  const last = sent.at(-1);
  return last === undefined || /\s$/.test(last) ? text : ` ${text}`;
}

async function emit(channel: Channel<string>, text: string, sent: string[], signal: AbortSignal | undefined): Promise<void> {
  for (const piece of splitIntoPieces(text)) {
    if (sent.length > 0) await yieldToEventLoop();
    signal?.throwIfAborted();
    sent.push(piece);
    channel.push(piece);
  }
}
