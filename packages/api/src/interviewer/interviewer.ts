import type { Experience, Plan, Progress, TokenUsage, Turn } from '@parley/protocol';
import type { EndReason } from '../domain/records.ts';
import type { InterviewState } from './state.ts';

/** What the interviewer did with a turn. */
export type MoveKind = 'greet' | 'probe' | 'next_question' | 'clarify' | 'respond' | 'wrap_up';

/** The opening of an interview: greeting plus first question. */
export interface InterviewStart {
  state: InterviewState;
  text: string;
  progress: Progress;
}

/** Everything the interviewer needs to answer one participant turn. */
export interface ReplyInput {
  plan: Plan;
  experience: Experience;
  state: InterviewState;
  /** The transcript so far, ending with the participant's new turn. */
  turns: Turn[];
  answer: string;
  startedAt: Date;
  now: Date;
  locale?: string;
  signal?: AbortSignal;
}

/** How a reply ended: its full text and the interview state after it. */
export interface ReplyOutcome {
  text: string;
  move: MoveKind;
  state: InterviewState;
  progress: Progress;
  status: 'active' | 'completed';
  endReason?: EndReason;
  /** True when the strategy failed and the conductor's guide question was used instead. */
  fellBack: boolean;
  /** Model tokens this reply spent (absent for the offline strategy). */
  usage?: TokenUsage;
}

/** A reply being produced: iterate `deltas` for the pieces as they come; `outcome` settles once they are all out. */
export interface ReplyStream {
  deltas: AsyncIterable<string>;
  outcome: Promise<ReplyOutcome>;
}

/** The interviewer as the API sees it: the conductor with its strategy. */
export interface Interviewer {
  readonly kind: 'offline' | 'llm';
  /** Opens an interview: greeting (using the study's experience) and the first question. */
  start(input: { plan: Plan; experience: Experience; locale?: string }): InterviewStart;
  /** Produces the reply to one participant turn. */
  reply(input: ReplyInput): ReplyStream;
}
