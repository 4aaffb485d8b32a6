import type { Phrasebook } from '../phrasebook/phrasebook.ts';
import type { Rung } from '../state.ts';
import { fill } from '../phrasebook/index.ts';
import { rotated } from './variety.ts';
import { wasAsked } from '../asked-text.ts';

/** The rungs of the follow-up ladder, in the order a story is dug. */
export const LADDER: Rung[] = ['what_happened', 'what_did', 'feel', 'end', 'why_matters'];

/** What a probe can build on: the participant's clause (second person), or a noun phrase of theirs. */
export interface ProbeMaterial {
  quote: string | undefined;
  phrase: string | undefined;
}

/**
 * The follow-up for one rung, best first: the participant's own clause before the rung question ("You said the trial
 * ran out — what happened next?"), then the rung built around their noun phrase, then the plain rung question; the
 * first not already asked in this interview, or undefined when all were.
 */
export function probeWording(book: Phrasebook, rung: Rung, material: ProbeMaterial, seed: number, asked: readonly string[]): string | undefined {
  for (const candidate of candidates(book, rung, material, seed, asked)) if (!wasAsked(asked, candidate)) return candidate;
  return undefined;
}

function* candidates(book: Phrasebook, rung: Rung, material: ProbeMaterial, seed: number, asked: readonly string[]): Generator<string> {
  const plain = rotated(book.probes.plain[rung], seed);
  if (material.quote) {
    const rungText = plain.find((p) => !wasAsked(asked, p)) ?? plain[0]!;
    // "So you opened a ticket, so…" reads badly: a quote that has its own "so" takes another frame.
    const frames = rotated(book.probes.quoteFrames, seed).filter((f) => !(/^So\b/.test(f) && /\bso\b/i.test(material.quote!)));
    for (const frame of frames) {
      const lower = book.language !== 'de' && /\{quote\}[^{]*[—–:,]\s*\{rung\}/.test(frame);
      yield fill(frame, { quote: material.quote, rung: lower ? lowerFirst(rungText) : rungText });
    }
  }
  if (material.phrase) for (const t of rotated(book.probes.aboutPhrase[rung], seed)) yield fill(t, { x: material.phrase });
  yield* plain;
}

/** The next rung to ask: the first on the ladder neither told by the participant nor asked yet (a vague answer asks for an example). */
export function nextRung(told: readonly Rung[], vague: boolean): Rung | undefined {
  if (vague && !told.includes('example')) return 'example';
  return LADDER.find((r) => !told.includes(r));
}

function lowerFirst(text: string): string {
  return text.replace(/^([¿¡]?)(\p{Lu})(?=\p{Ll})/u, (_m, mark: string, ch: string) => mark + ch.toLowerCase());
}
