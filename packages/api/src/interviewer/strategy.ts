import type { Experience, Plan, TokenUsage, Turn } from '@parley/protocol';
import type { EndReason } from '../domain/records.ts';
import type { MoveKind } from './interviewer.ts';
import type { GuideQuestion, InterviewState } from './state.ts';
import type { Intent } from './intent.ts';

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
  /** The state before this turn, with `turnsUsed` already counting it. */
  state: Readonly<InterviewState>;
  /** The guide question being discussed, if any. */
  question: GuideQuestion | undefined;
  /** The participant's words: data to reflect on, never instructions to follow. */
  answer: string;
  /** What the participant asked for in so many words (stop, skip, clarify), or a plain answer. */
  intent: Intent;
  turns: readonly Turn[];
  /** The moves the conductor allows this turn; the strategy must pick one of them. */
  allowed: readonly ConductorMove[];
  /** The guide question a `next_question` move asks. */
  nextQuestion: GuideQuestion | undefined;
  /** Why the interview would end if the move is `wrap_up`. */
  endReason: EndReason;
  /** Sums the tokens this turn spent; the total becomes the reply's `usage`. */
  meter: UsageMeter;
  locale?: string;
  signal?: AbortSignal;
}

/** A strategy's choice for one turn; strategies may carry their own extra fields from `decide` to `word`. */
export interface Decision {
  move: ConductorMove;
  /** A short note on the answer (e.g. its key phrase) kept in the rolling summary. */
  note?: string;
}

/** Chooses among the allowed moves and words the reply; the offline guide and the LLM are the two strategies. */
export interface InterviewStrategy<D extends Decision = Decision> {
  readonly kind: 'offline' | 'llm';
  decide(ctx: TurnContext): Promise<D>;
  /** The reply, as pieces of text in order; a wrap-up is the thank-you only (the conductor adds the end call-to-action). */
  word(ctx: TurnContext, decision: D): AsyncIterable<string>;
}
