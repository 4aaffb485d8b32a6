import type { TokenUsage } from '@parley/protocol';
import type { InterviewStart, Interviewer, ReplyInput, ReplyOutcome, ReplyStream } from './interviewer.ts';
import type { InterviewState } from './state.ts';
import type { ConductorMove, Decision, InterviewStrategy, TurnContext } from './strategy.ts';
import { buildGuide } from './guide.ts';
import { createChannel, type Channel } from './channel.ts';
import { createGuideWording, type GuideWording } from './guide-wording.ts';
import { isOverTime, moveOptions, type MoveOptions } from './moves.ts';
import { advance, openingState } from './advance.ts';
import { progressOf } from './progress.ts';
import { splitIntoPieces, yieldToEventLoop } from './pieces.ts';
import { nextQuestionIndex } from './moves.ts';
import { readTurn, withIntent, type ReadTurn } from './read-turn.ts';
import { askingSentences, normaliseAsked } from './asked-text.ts';
import { unsettled } from './coverage.ts';
import type { QuestionMatcher } from './question-match.ts';
import { guardQuestions } from './question-guard.ts';
import { ackKind, recentReplies } from './wording/acknowledge.ts';
import { createEmpathyGate, empathyLine } from './wording/empathy-gate.ts';

/** What an interviewer is made of: a strategy that chooses and words moves, and the guide wording to fall back on. */
export interface InterviewerParts<D extends Decision> {
  strategy: InterviewStrategy<D>;
  /** Judges answers against guide questions by meaning (coverage, the question pool). */
  matcher: QuestionMatcher;
  /** Used for the greeting, requests and whenever the strategy fails; defaults to the conductor's plain guide wording. */
  fallback?: GuideWording;
}

/**
 * Creates an interviewer around a strategy. The conductor owns the state: it reads the participant's requests (stop,
 * skip, clarify, short of time, a question back), records which guide questions the answer already covers, decides
 * which moves are allowed (coverage, turn and time budgets), lets the strategy choose and word one, keeps a reply to
 * one question, and falls back to its own wording when the strategy throws or picks a move it did not allow. Only the
 * conductor ends an interview.
 */
export function createInterviewer<D extends Decision>({ strategy, matcher, fallback = createGuideWording() }: InterviewerParts<D>): Interviewer {
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
      const outcome = conduct(input, strategy, matcher, fallback, channel);
      // The reader may only iterate `deltas`; a rejection is still reported there, so do not also report it as unhandled.
      outcome.catch(() => undefined);
      return { deltas: channel, outcome };
    },
  };
}

async function conduct<D extends Decision>(
  input: ReplyInput,
  strategy: InterviewStrategy<D>,
  matcher: QuestionMatcher,
  fallback: GuideWording,
  channel: Channel<string>,
): Promise<ReplyOutcome> {
  try {
    const outcome = await reply(input, strategy, matcher, fallback, channel);
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
  matcher: QuestionMatcher,
  fallback: GuideWording,
  channel: Channel<string>,
): Promise<ReplyOutcome> {
  input.signal?.throwIfAborted();
  let usage: TokenUsage | undefined;
  const meter = {
    add(spent: TokenUsage) {
      usage = { promptTokens: (usage?.promptTokens ?? 0) + spent.promptTokens, completionTokens: (usage?.completionTokens ?? 0) + spent.completionTokens };
    },
  };
  let read = readTurn(input, matcher);
  let { options, ctx } = planTurn(input, read, matcher, meter);
  let state = read.state;

  let fellBack = false;
  let decision: Decision | undefined;
  // A question back or off-topic message with nothing else in it: the conductor answers and asks again, no strategy needed.
  let conductorWords = options.allowed.length === 1 && options.allowed[0] === 'respond';
  if (!conductorWords) {
    try {
      const chosen = await strategy.decide(ctx);
      // The conductor's own reading is authoritative in the languages it reads; a model's signal counts for a message
      // in another language (or one it cannot place), so a model misreading "I want to stop paying" ends nothing.
      const unread = read.reading.language === undefined || read.foreign;
      if (chosen?.signal && ctx.intent === 'answer' && !unread) {
        // The signal is not taken and the model wrote nothing else: the guide words this turn.
      } else if (chosen?.signal && ctx.intent === 'answer') {
        // The strategy read a request the conductor missed (a wording or language its patterns do not know): the
        // conductor re-plans the turn with it and words it itself, so only the conductor ends or skips.
        read = withIntent(read, chosen.signal);
        ({ options, ctx } = planTurn(input, read, matcher, meter));
        state = read.state;
        conductorWords = true;
      } else if (chosen && options.allowed.includes(chosen.move)) decision = chosen;
    } catch {
      // A strategy failing now and then (model down, malformed output) is expected: the guide takes this turn.
      input.signal?.throwIfAborted();
    }
  }
  const { nextQuestion } = ctx;
  const pieces: string[] = [];
  const preface = fallback.preface(ctx);
  if (preface) await emit(channel, preface, pieces, input.signal);
  const move: ConductorMove = decision?.move ?? guideMove(ctx);
  const before = pieces.length;
  if (decision) {
    // One question per reply, whatever the strategy wrote: a move that asks nothing of its own loses its questions.
    const guard = guardQuestions(move === 'wrap_up' || (move === 'next_question' && !!nextQuestion?.verbatim) ? 'none' : 'one');
    // Whatever the strategy words, an upset participant hears empathy first (a model may answer anger with "Thanks!").
    const upset = !!ctx.book && ctx.intent === 'answer' && (move === 'next_question' || move === 'probe') && ackKind(ctx) === 'empathy';
    const gate = createEmpathyGate(upset, upset ? empathyLine(ctx.book!, recentReplies(ctx.turns), ctx.state.turnsUsed) : '');
    try {
      for await (const piece of strategy.word(ctx, decision as D)) {
        input.signal?.throwIfAborted();
        if (typeof piece !== 'string') throw new TypeError('a strategy yielded a non-text piece');
        const shown = guard.push(gate.push(piece));
        if (shown) {
          pieces.push(separatedPiece(pieces, before, shown));
          channel.push(pieces.at(-1)!);
        }
      }
      const held = gate.end();
      const rest = (held ? guard.push(held) : '') + guard.end();
      if (rest) {
        pieces.push(separatedPiece(pieces, before, rest));
        channel.push(pieces.at(-1)!);
      }
      // Only a next question may come with no words of the strategy's own (the guide's question follows).
      if (pieces.slice(before).join('').trim() === '' && !(move === 'next_question' && nextQuestion)) throw new Error('a strategy worded an empty reply');
      // A guide question worded as a request ("Walk me through…") ends in no "?": the strategy asked it if its words are there.
      const worded = (q: { text: string }) => normaliseAsked(pieces.slice(before).join('')).includes(normaliseAsked(q.text));
      if (move === 'next_question' && nextQuestion && !guard.asked() && !worded(nextQuestion)) {
        // The strategy only acknowledged (or its own question was dropped): the guide question follows, word for word.
        await emit(channel, separated(pieces, nextQuestion.text), pieces, input.signal);
      }
    } catch {
      // What was already streamed stays (it cannot be unsent); the guide wording completes the reply.
      input.signal?.throwIfAborted();
      fellBack = true;
    }
  } else {
    fellBack = !conductorWords;
  }
  if (fellBack || conductorWords) await emit(channel, completion(pieces, fallback.word(ctx, move)), pieces, input.signal);
  // The study's end call-to-action is not spoken: clients show `experience.endCta` as a button with its own link, and
  // text glued to the last sentence was shown twice.

  // Exactly the pieces streamed, so a client that rendered the deltas shows the same text that is stored.
  const text = pieces.join('');
  const stepState = withClaims(state, decision, read.answerTexts);
  const asking = move === 'probe' || move === 'clarify' ? askingSentences(text.slice(preface.length)) : [];
  const candidates = asking.length === 0 ? [] : unsettled(stepState, stepState.current).filter((q) => q.id !== nextQuestion?.id);
  const alsoAsked = candidates.filter((q) => asking.some((s) => matcher.asks(q, s))).map((q) => q.id);
  const next = advance(stepState, {
    move,
    next: options.next,
    text,
    note: decision?.note,
    story: decision?.story,
    rungsTold: decision?.rungsTold,
    rungAsked: decision?.rungAsked,
    alsoAsked,
  });
  const completed = move === 'wrap_up';
  const endReason = ctx.endReason;
  return {
    text,
    move,
    state: next,
    progress: progressOf(next, completed, completed && endReason === 'participant_stopped'),
    status: completed ? 'completed' : 'active',
    ...(completed ? { endReason } : {}),
    fellBack,
    ...(usage ? { usage } : {}),
  };
}

/** The moves a read turn allows and what the strategy is told about it. */
function planTurn(input: ReplyInput, read: ReadTurn, matcher: QuestionMatcher, meter: TurnContext['meter']): { options: MoveOptions; ctx: TurnContext } {
  const { state, intent } = read;
  const overTime = isOverTime(state, input.startedAt, input.now);
  const options = moveOptions(state, intent, overTime, (q) => (read.answerText ? matcher.relevance(q, read.answerText, state.guide) : 0));
  const nextQuestion = options.next === undefined ? undefined : state.guide[options.next];
  const ctx: TurnContext = {
    plan: input.plan,
    experience: input.experience,
    state,
    question: state.guide[state.current],
    answer: input.answer,
    intent,
    reading: read.reading,
    lastQuestion: read.lastQuestion,
    turns: input.turns,
    allowed: options.allowed,
    nextQuestion,
    nextHint: nextQuestion && !nextQuestion.verbatim ? state.hints?.[nextQuestion.id] : undefined,
    endReason: read.finished ? 'completed' : options.endReason,
    book: read.book,
    foreign: read.foreign,
    noticeDue: read.noticeDue,
    meter,
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  };
  return { options, ctx };
}

/** Questions a strategy says are already answered, taken only where its evidence is really the participant's words. */
function withClaims(state: InterviewState, decision: Decision | undefined, answers: readonly string[]): InterviewState {
  const claims = decision?.covered ?? [];
  if (claims.length === 0) return state;
  const said = answers.map(normaliseWords).join(' \u0000 ');
  const next: InterviewState = { ...state, coverage: { ...state.coverage } };
  for (const claim of claims) {
    const q = state.guide.find((g) => g.id === claim.questionId);
    const evidence = normaliseWords(claim.evidence);
    if (!q || evidence.split(' ').length < 2 || !said.includes(evidence)) continue;
    if (next.coverage![q.id]) continue;
    next.coverage![q.id] = { status: 'covered', evidence: claim.evidence.slice(0, 300), turn: state.turnsUsed };
  }
  return next;
}

function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The conductor's own choice when the strategy gives none: clarify or answer if asked to, else the next question, else wrap up. */
function guideMove(ctx: TurnContext): ConductorMove {
  if (ctx.allowed.includes('respond')) return 'respond';
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

/** The strategy's first piece after the conductor's preface gets a space before it. */
function separatedPiece(sent: string[], strategyStart: number, piece: string): string {
  return sent.length === strategyStart && sent.length > 0 ? separated(sent, piece.trimStart()) : piece;
}

async function emit(channel: Channel<string>, text: string, sent: string[], signal: AbortSignal | undefined): Promise<void> {
  for (const piece of splitIntoPieces(text)) {
    if (sent.length > 0) await yieldToEventLoop();
    signal?.throwIfAborted();
    sent.push(piece);
    channel.push(piece);
  }
}
