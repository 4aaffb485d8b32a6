import type { NlpToken } from './nlp.ts';
import { nounPhrases, type NounPhrase } from './noun-phrases.ts';

/** The longest phrase worth quoting back; longer ones read as parroting. */
const MAX_PHRASE_WORDS = 5;

// The interviewer speaks to the participant: "my invoice" is quoted back as "your invoice".
const REFLECTED: Record<string, string> = { my: 'your', our: 'your', mine: 'yours', this: 'that', these: 'those' };

/** What the key phrase is chosen against. */
export interface KeyPhraseHints {
  genericNouns: Set<string>;
  /** Lemmas of the question: a phrase that only echoes the question adds little. */
  questionWords: Set<string>;
  /** A feeling word: the phrase closest to it is what the feeling is about. */
  near: NlpToken | undefined;
}

/**
 * Picks the participant's key noun phrase and words it to be quoted back: specific (not "things" or "a lot"),
 * new relative to the question, near the feeling when there is one, and with first-person possessives reflected.
 */
export function keyPhrase(tokens: NlpToken[], hints: KeyPhraseHints): string | undefined {
  const nearAt = hints.near ? tokens.indexOf(hints.near) : -1;
  let best: { phrase: NounPhrase; score: number } | undefined;
  for (const phrase of nounPhrases(tokens)) {
    const head = phrase.tokens.at(-1)!;
    if (hints.genericNouns.has(head.normal) || phrase.tokens.length > MAX_PHRASE_WORDS) continue;
    // A lone capitalised word opening a sentence is often a mis-tagged adjective or verb ("Slower than usual").
    if (phrase.sentenceStart && phrase.tokens.length === 1 && head.pos === 'PROPN') continue;
    const content = phrase.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB');
    let score = Math.min(3, content.length);
    if (content.some((t) => !hints.questionWords.has(t.lemma))) score += 2;
    // "the wait for a reply": the phrase a preposition hangs off says more than the preposition's object.
    if (phrase.before !== 'ADP') score += 1;
    // Named things (a tool, a page, a plan) are the most specific words to reflect.
    if (content.some((t) => t.pos === 'PROPN')) score += 1;
    if (nearAt >= 0 && phrase.sentence === hints.near!.sentence) score += 3 - Math.min(2, Math.abs(phrase.start - nearAt) / 4);
    if (!best || score > best.score) best = { phrase, score };
  }
  return best ? quotable(best.phrase) : undefined;
}

/** The phrase as the interviewer would say it back, with anything but plain words removed. */
function quotable(phrase: NounPhrase): string | undefined {
  const words = phrase.tokens.map((t, i) => {
    if (i === 0 && REFLECTED[t.normal]) return REFLECTED[t.normal]!;
    if (i === 0 && (t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'NOUN' && phrase.sentenceStart && /^[A-Z][a-z]/.test(t.value)))) return t.value.toLowerCase();
    return t.value;
  });
  const text = words
    .join(' ')
    .replace(/\s+(['’]s)\b/g, '$1')
    .replace(/[^\p{L}\p{N}'’&+\-. ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}{2,}/u.test(text) ? text : undefined;
}
