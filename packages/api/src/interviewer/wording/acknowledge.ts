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

/** One acknowledgement of that kind, varied by `seed` and none of those said in the recent replies (`previousReplies`, joined). */
export function acknowledgement(book: Phrasebook, kind: AckKind, seed: number, previousReplies: string): string {
  const options = rotated(book.acknowledgements[kind], seed);
  return options.find((ack) => !previousReplies.includes(ack)) ?? options[0]!;
}

/** The interviewer's last few replies, joined: acknowledgements said there are not said again so soon. */
export function recentReplies(turns: readonly { role: string; text: string }[], count = 3): string {
  return turns.filter((t) => t.role === 'interviewer').slice(-count).map((t) => t.text).join('\n');
}
