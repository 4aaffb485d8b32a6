import type { Intent } from '../intent.ts';
import type { AnswerAnalysis } from './analyse-answer.ts';
import { rotated } from './variety.ts';

// Neutral on purpose: thanking for the answer, never agreeing, judging or promising anything.
const THANKS = [
  'Thanks — that’s helpful.',
  'Thank you, that’s useful to hear.',
  'Got it, thanks.',
  'That’s really helpful, thank you.',
  'Thanks for explaining.',
  'Thank you — that gives me a clear picture.',
];
const FOR_FEELINGS = ['Thanks for being open about that.', 'Thank you for sharing that.', 'I appreciate you telling me that.'];
const FOR_SKIPS = ['No problem — let’s move on.', 'That’s fine, we can skip that one.', 'Of course, let’s go to the next one.'];

/**
 * A brief, neutral acknowledgement before the next question, fitting what the participant did, varied by `seed`
 * and never the same as the one that opened the previous reply.
 */
export function acknowledgement(intent: Intent, analysis: AnswerAnalysis, seed: number, previousReply: string): string {
  const list = intent === 'skip' || intent === 'clarify' ? FOR_SKIPS : analysis.kind === 'emotional' ? FOR_FEELINGS : THANKS;
  const options = rotated(list, seed);
  return options.find((ack) => !previousReply.startsWith(ack)) ?? options[0]!;
}
