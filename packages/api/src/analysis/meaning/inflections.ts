/**
 * Base forms to try for a word the compact vocabulary lacks ("refunded" → "refund", "customising" → "customise",
 * "prioritise" → "prioritize"). Plain suffix rules, not a lemmatiser: they only run after an exact miss, so a wrong
 * guess can at worst find a related word, and they cost nothing next to a wink-nlp pass per sentence. Callers that
 * already hold wink tokens pass the real lemma instead (sentence-vectors.ts).
 */

const RULES: Array<[RegExp, string[]]> = [
  [/ies$/, ['y']],
  [/ied$/, ['y']],
  [/(?:ss|sh|ch|x|z)es$/, ['']],
  [/s$/, ['']],
  [/ed$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/ly$/, ['', 'le']],
  [/ness$/, ['']],
  [/is(e|ed|es|ing|ation|ations)$/, ['iz$1']],
  [/our$/, ['or']],
];

/** Candidate base forms of a lower-case word, most likely first; empty when no rule applies. */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacements] of RULES) {
    const match = pattern.exec(word);
    if (!match || match.index < 2) continue;
    for (const r of replacements) {
      const candidate = word.slice(0, match.index) + r.replace('$1', match[1] ?? '');
      out.push(candidate);
      // "stopped" → "stopp" → "stop": a doubled final consonant before -ed/-ing.
      if (/(?:ed|ing)$/.test(match[0]) && r === '' && /([b-df-hj-np-tv-z])\1$/.test(candidate)) out.push(candidate.slice(0, -1));
    }
  }
  return out;
}
