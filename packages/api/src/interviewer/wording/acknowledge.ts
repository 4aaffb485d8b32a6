import type { Phrasebook } from '../phrasebook/phrasebook.ts';
import type { TurnContext } from '../strategy.ts';
import { rotated } from '../offline/variety.ts';
import { soundsDistressed } from './distress.ts';

/** What kind of acknowledgement an answer calls for. */
export type AckKind = 'neutral' | 'empathy' | 'skip' | 'plain' | 'story';

/**
 * The acknowledgement an answer calls for: empathy for distress, a plain transition (no praise) after a non-answer,
 * a request or an attempt to redirect the interviewer, thanks for a story, brief neutral thanks otherwise.
 */
export function ackKind(ctx: TurnContext, told: { story?: boolean; distressed?: boolean } = {}): AckKind {
  if (ctx.intent === 'skip') return 'skip';
  if (ctx.reading.nonAnswer || ctx.reading.answer.trim() === '' || ctx.reading.injection) return 'plain';
  if (told.distressed ?? soundsDistressed(ctx.reading.answer)) return 'empathy';
  if (told.story) return 'story';
  return 'neutral';
}

/** One acknowledgement of that kind, varied by `seed` and never the one that opened the previous reply. */
export function acknowledgement(book: Phrasebook, kind: AckKind, seed: number, previousReply: string): string {
  const options = rotated(book.acknowledgements[kind], seed);
  return options.find((ack) => !previousReply.includes(ack)) ?? options[0]!;
}
