import type { NlpToken } from './nlp.ts';

/** A noun phrase found in text, with where it sits. */
export interface NounPhrase {
  tokens: NlpToken[];
  /** Index of its first token in the text. */
  start: number;
  sentence: number;
  /** The part of speech of the token just before it (VERB for an object, ADP after a preposition), or "" at the start. */
  before: string;
  /** True when it opens its sentence, so a capital may only mark the sentence start. */
  sentenceStart: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'its']);
const HEADS = new Set(['NOUN', 'PROPN']);
const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Chunks noun phrases from POS tags: an optional determiner or possessive, then adjectives, numbers, nouns and
 * -ing modifiers ("the onboarding emails"), ending in a noun or proper noun.
 */
export function nounPhrases(tokens: NlpToken[]): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    const first = tokens[i];
    if (first && (DETERMINERS.has(first.normal) || POSSESSIVES.has(first.normal)) && (first.pos === 'DET' || first.pos === 'PRON')) i += 1;
    while (i < tokens.length && isModifier(tokens, i, i === start)) {
      i += 1;
      if (endsPhrase(tokens, i - 1)) break;
    }
    let end = i;
    while (end > start && !HEADS.has(tokens[end - 1]!.pos)) end -= 1;
    const body = tokens.slice(start, end);
    if (body.some((t) => HEADS.has(t.pos))) {
      const previous = tokens[start - 1];
      phrases.push({
        tokens: body,
        start,
        sentence: body[0]!.sentence,
        before: previous?.pos ?? '',
        sentenceStart: previous === undefined || previous.sentence !== body[0]!.sentence,
      });
    }
    i = Math.max(i, start + 1);
  }
  return phrases;
}

/** The phrase as written, with the original spacing between its words. */
export function phraseText(phrase: NounPhrase): string {
  return phrase.tokens.map((t) => t.value).join(' ').replace(/\s+(['’]s)\b/g, '$1');
}

function isModifier(tokens: NlpToken[], i: number, opensPhrase: boolean): boolean {
  const t = tokens[i]!;
  if (MODIFIERS.has(t.pos)) return true;
  // wink tags "onboarding" in "the onboarding emails" as a verb; an -ing word after a determiner or adjective and
  // right before a noun modifies it ("managing invoices", opening a phrase, is a verb with its object).
  const next = tokens[i + 1];
  return !opensPhrase && t.pos === 'VERB' && t.normal.endsWith('ing') && next !== undefined && HEADS.has(next.pos);
}

/** A plural noun rarely modifies the next noun: "new customers | experience" are two phrases, split after the plural. */
function endsPhrase(tokens: NlpToken[], i: number): boolean {
  const t = tokens[i]!;
  return t.pos === 'NOUN' && t.normal !== t.lemma && /s$/.test(t.normal) && tokens[i + 1]?.pos === 'NOUN';
}
