import type { TextNlp } from './nlp.ts';

/** An earlier answer the new one is at odds with: what was said then, about the same thing. */
export interface Contradiction {
  /** The earlier sentence. */
  earlier: string;
  /** The sentence of the new answer. */
  now: string;
}

// Words that turn a statement negative whatever the sentiment lexicon says of its other words.
const NEGATIVE = /\b(?:never|didn['’]?t|did not|couldn['’]?t|could not|wasn['’]?t|not|no one|nobody|nothing|useless|wrong|broke|broken|failed|awful|terrible|worst)\b/i;
const GENERIC = new Set(['thing', 'time', 'way', 'lot', 'bit', 'day', 'week', 'month', 'year', 'issue', 'problem', 'experience', 'people', 'team']);

/**
 * Looks for an earlier answer that said the opposite about the same thing ("the agent was great" then "the agent
 * never understood my issue"): a shared specific noun, one sentence leaning positive and the other negative.
 */
export function findContradiction(nlp: TextNlp, answer: string, earlier: readonly string[]): Contradiction | undefined {
  for (const now of sentencesOf(answer)) {
    const lean = leaning(nlp, now);
    if (lean === 0) continue;
    const nouns = nounsOf(nlp, now);
    if (nouns.size === 0) continue;
    // Only sentences that name the same thing are read closely (a plain substring test first keeps this cheap).
    const named = [...nouns];
    for (const before of earlier.flatMap(sentencesOf)) {
      const lower = before.toLowerCase();
      if (!named.some((n) => lower.includes(n))) continue;
      if (leaning(nlp, before) !== -lean) continue;
      if ([...nounsOf(nlp, before)].some((n) => nouns.has(n))) return { earlier: before, now };
    }
  }
  return undefined;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
}

function leaning(nlp: TextNlp, sentence: string): -1 | 0 | 1 {
  const { sentiment } = nlp.read(sentence);
  if (NEGATIVE.test(sentence) || sentiment <= -0.25) return -1;
  return sentiment >= 0.25 ? 1 : 0;
}

function nounsOf(nlp: TextNlp, sentence: string): Set<string> {
  return new Set(nlp.read(sentence).tokens.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !GENERIC.has(t.lemma)).map((t) => t.lemma.toLowerCase()));
}
