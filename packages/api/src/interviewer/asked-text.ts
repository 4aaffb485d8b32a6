/** Normalises interviewer text for "was this asked before?" comparisons: case, quotes, punctuation and spacing ignored. */
export function normaliseAsked(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The sentences of a reply that ask something: those ending in "?", or the last sentence when none does
 * ("Tell me more about the billing page."), so acknowledgements are never mistaken for questions.
 */
export function askingSentences(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const questions = sentences.filter((s) => s.endsWith('?'));
  if (questions.length > 0) return questions;
  const last = sentences.at(-1);
  return last ? [last] : [];
}

/** True when any asking sentence of `text` was already asked in this interview. */
export function wasAsked(askedTexts: readonly string[], text: string): boolean {
  return askingSentences(text).some((s) => askedTexts.includes(normaliseAsked(s)));
}
