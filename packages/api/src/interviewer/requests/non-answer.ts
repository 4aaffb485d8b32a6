import { fold } from './patterns.ts';

/** Phrases indexed by their first word, for reading a short text as a sequence of known phrases. */
export interface PhraseSet {
  byFirst: Map<string, string[][]>;
  closing: Set<string>;
}

// Non-answers are short: a longer text always carries something.
const MAX_WORDS = 40;

/** Words of a text as the phrase sets compare them: folded, apostrophes dropped ("That’s" and "thats" are one word). */
export function wordsOf(text: string): string[] {
  return fold(text).replace(/'/g, '').split(' ').filter((w) => w !== '');
}

/** Indexes plain phrases; `closing` marks those that close a topic ("nothing else"). */
export function phraseSet(phrases: readonly string[], closing: readonly string[] = []): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  return { byFirst, closing: new Set(closing.map((c) => wordsOf(c).join(' '))) };
}

/**
 * Whether every word of `words` belongs to a phrase of `set` ("nope, that's all" → nope + that's all), and whether
 * one of those phrases closes the topic. Dynamic programming over word positions: linear in the words × phrases.
 */
export function coverOf(words: readonly string[], set: PhraseSet): { covered: boolean; closes: boolean } {
  if (words.length > MAX_WORDS) return { covered: false, closes: false };
  // 0: not reachable; 1: reachable; 2: reachable through a closing phrase.
  const reach = new Uint8Array(words.length + 1);
  reach[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (reach[i] === 0) continue;
    for (const phrase of set.byFirst.get(words[i]!) ?? []) {
      if (!phrase.every((w, k) => words[i + k] === w)) continue;
      const next = i + phrase.length;
      const mark = reach[i] === 2 || set.closing.has(phrase.join(' ')) ? 2 : 1;
      if (mark > reach[next]!) reach[next] = mark;
    }
  }
  const end = reach[words.length]!;
  return { covered: end > 0, closes: end === 2 };
}
