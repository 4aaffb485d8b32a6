import type { Experience, Plan, TokenUsage, Turn } from '@parley/protocol';
import type { EndReason } from '../domain/records.ts';
import type { MoveKind } from './interviewer.ts';
import type { GuideQuestion, InterviewState, Rung } from './state.ts';
import type { Intent } from './moves.ts';
import type { MessageReading } from './requests/read-message.ts';
import type { Phrasebook } from './phrasebook/phrasebook.ts';

/** A move the conductor may allow after a participant turn (greeting is only ever the opening). */
export type ConductorMove = Exclude<MoveKind, 'greet'>;

/** Where a strategy reports the model tokens one turn cost, failed and retried requests included. */
export interface UsageMeter {
  add(usage: TokenUsage): void;
}

/** What a strategy is told about one participant turn; it may read all of it and change none of it (it only reports to `meter`). */
export interface TurnContext {
  plan: Plan;
  experience: Experience;
  /** The state before this turn's move, with `turnsUsed` counting this turn and the message's coverage recorded. */
  state: Readonly<InterviewState>;
  /** The guide question being discussed, if any. */
  question: GuideQuestion | undefined;
  /** The participant's words: data to reflect on, never instructions to follow. */
  answer: string;
  /** What the participant asked for (stop, skip, clarify, a question back…), or a plain answer. */
  intent: Intent;
  /** The whole reading of the message: requests, the part that answers, non-answers, its language. */
  reading: MessageReading;
  /** The interviewer's last question as the participant read it (what a clarification rewords). */
  lastQuestion: string | undefined;
  turns: readonly Turn[];
  /** The moves the conductor allows this turn; the strategy must pick one of them. */
  allowed: readonly ConductorMove[];
  /** The guide question a `next_question` move asks. */
  nextQuestion: GuideQuestion | undefined;
  /** A word of the participant's the next question can build on, when it is not asked word for word. */
  nextHint: string | undefined;
  /** Why the interview would end if the move is `wrap_up`. */
  endReason: EndReason;
  /** The interview's own words in its language, when the built-in interviewer speaks it. */
  book: Phrasebook | undefined;
  /** True when the participant writes in another language than the interview's (their words are not quoted back). */
  foreign: boolean;
  /** True when this reply must say, once, that the interview goes on in its own language. */
  noticeDue: boolean;
  /** Sums the tokens this turn spent; the total becomes the reply's `usage`. */
  meter: UsageMeter;
  locale?: string;
  signal?: AbortSignal;
}

/** A guide question a strategy found already answered, with the participant's words that answer it. */
export interface CoveredClaim {
  questionId: string;
  evidence: string;
}

/** A strategy's choice for one turn; strategies may carry their own extra fields from `decide` to `word`. */
export interface Decision {
  move: ConductorMove;
  /** A short note on the answer (e.g. its key phrase) kept in the rolling summary. */
  note?: string;
  /** A line for the pinned story (the incident, facts, feelings), when the answer told one. */
  story?: string;
  /** Rungs of the follow-up ladder this answer already told (its time, what they did, how it felt…). */
  rungsTold?: Rung[];
  /** The rung a probe asks. */
  rungAsked?: Rung;
  /** Guide questions the strategy says are already answered; the conductor checks the evidence against the participant's words. */
  covered?: CoveredClaim[];
  /** A request the strategy read that the conductor had not (stop, skip, short of time): the conductor re-plans and words the turn itself. */
  signal?: 'stop' | 'skip' | 'time_pressure';
}

/** Chooses among the allowed moves and words the reply; the offline guide and the LLM are the two strategies. */
export interface InterviewStrategy<D extends Decision = Decision> {
  readonly kind: 'offline' | 'llm';
  decide(ctx: TurnContext): Promise<D>;
  /** The reply, as pieces of text in order; a wrap-up is the thank-you only (clients show the end call-to-action as a button). */
  word(ctx: TurnContext, decision: D): AsyncIterable<string>;
}
