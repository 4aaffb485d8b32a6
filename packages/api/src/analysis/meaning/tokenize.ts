/**
 * Splits text into the lower-case forms GloVe's vocabulary uses. GloVe was trained on Stanford-tokenised text, and
 * wink's copy of it has no "n't" or "'s" entries, so contractions are spelled out ("didn't" → "did not") and
 * possessive "'s" is dropped; digits have no vectors and are left out.
 */

const TOKEN = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
};
const CLITICS: Array<[string, string | null]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'d", 'would'],
  ["'s", null],
];

/** The words of a text, lower-cased, contractions expanded; hyphenated words stay whole (word-vectors splits them). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const [raw] of text.toLowerCase().replaceAll('’', "'").matchAll(TOKEN)) {
    const whole = CONTRACTIONS[raw];
    if (whole) {
      out.push(...whole);
      continue;
    }
    const clitic = CLITICS.find(([suffix]) => raw.endsWith(suffix) && raw.length > suffix.length);
    if (!clitic) {
      out.push(raw);
      continue;
    }
    out.push(raw.slice(0, -clitic[0].length));
    if (clitic[1]) out.push(clitic[1]);
  }
  return out;
}
