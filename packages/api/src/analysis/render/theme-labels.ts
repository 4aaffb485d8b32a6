import type { MemberRef } from '../study/theme-clusters.ts';

// Words that never open or close a label: a label starts and ends on a word that means something.
const EDGE = new Set(
  ('a an the and or but so to of in on at for with from by as is was were are be been being it its this that these those ' +
    'i me my we our us you your they them their he she his her him there here then than just really very quite also ' +
    'had has have do did does would could should will can about after before when while which who what how all any ' +
    'some one two three again still even only ever yes no ok okay well like get got go went im ive id').split(' '),
);
// Particles that may close a label ("signed off") but never open one ("off as done" from "signed it off as done").
const NO_START = new Set(['off', 'up', 'out', 'down', 'over', 'back', 'away', 'into', 'onto', 'through', 'around', 'along']);
// Words that say something only about another word: never a label alone ("new", "first"), but "first reply" is one.
const NOT_ALONE = new Set(
  ('new first last next same other different whole every many much more less few good bad big small long short ' +
    'done made put took told said asked came back day days time times week weeks').split(' '),
);
// A past form alone ("Followed", "Ticked", "Changed") says neither who did it nor whether it happened.
const VERB_FORM = /^\p{L}{3,}(?<!e)ed$/u;
// Words a label never runs across.
const INSIDE_BREAK = new Set(['and', 'but', 'or', 'i', 'because', 'so', 'which', 'when', 'while', 'we', 'they', 'it']);
/** Longest label, in words. */
const MAX_WORDS = 3;
/** A label phrase must be said in at least this share of the theme's mentions (and two of them). */
const MIN_SHARE = 0.2;

/** The n-grams (1–3 words, not starting or ending on a filler word) of one sentence, each once. */
export function phrasesOf(text: string): string[] {
  const words = text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}-]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (EDGE.has(words[i]!) || NO_START.has(words[i]!) || words[i]!.length < 3) continue;
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1]!;
      // "confusing and i almost": a phrase that runs across a clause is no label.
      if (n > 1 && INSIDE_BREAK.has(last)) break;
      if (EDGE.has(last) || last.length < 3) continue;
      out.add(words.slice(i, i + n).join(' '));
    }
  }
  return [...out];
}

/**
 * Labels for themes from their own words, class-based TF-IDF as in BERTopic: a phrase scores by how often the
 * theme's mentions use it against how many themes use it at all, so "nobody followed" labels the theme of people nobody
 * called back, not the word "support" every theme shares. Longer phrases win ties: they read as a finding.
 */
export function themeLabels(themes: readonly MemberRef[][]): (string | undefined)[] {
  const perTheme = themes.map((members) => {
    const counts = new Map<string, number>();
    for (const m of members.slice(0, 400)) for (const p of phrasesOf(m.text)) counts.set(p, (counts.get(p) ?? 0) + 1);
    return { counts, size: Math.min(members.length, 400) };
  });
  const themesWith = new Map<string, number>();
  for (const { counts } of perTheme) for (const p of counts.keys()) themesWith.set(p, (themesWith.get(p) ?? 0) + 1);
  const average = perTheme.reduce((s, t) => s + t.size, 0) / Math.max(1, perTheme.length);
  return perTheme.map(({ counts, size }, i) => {
    let best: { phrase: string; score: number } | undefined;
    for (const [phrase, n] of counts) {
      if (n < Math.max(2, Math.ceil(size * MIN_SHARE)) && size > 2) continue;
      if (NOT_ALONE.has(phrase) || VERB_FORM.test(phrase)) continue;
      const words = phrase.split(' ').length;
      const idf = Math.log(1 + average / (themesWith.get(phrase) ?? 1));
      const score = (n / size) * idf * (1 + 0.1 * (words - 1));
      if (!best || score > best.score || (score === best.score && phrase < best.phrase)) best = { phrase, score };
    }
    if (!best) return undefined;
    const said = surface(best.phrase, themes[i]!);
    return said[0]!.toUpperCase() + said.slice(1);
  });
}

// Words that turn what follows into its opposite: a label must keep them ("don't close a ticket", not "close a ticket").
const NEGATORS = new Set(['dont', 'never', 'not', 'no', 'nobody', 'didnt', 'doesnt', 'wont', 'cant', 'cannot', 'wasnt', 'isnt', 'werent', 'arent', 'havent', 'hasnt', 'couldnt', 'wouldnt', 'shouldnt', 'stop']);

/**
 * A phrase as the participants wrote it, apostrophes and all ("didnt stick" → "didn't stick"), lower-cased, and with
 * the negation that comes before it in most of the sentences that say it ("don't close a ticket").
 */
function surface(phrase: string, members: readonly MemberRef[]): string {
  const want = phrase.split(' ');
  let first: string | undefined;
  let said = 0;
  const negations = new Map<string, number>();
  for (const m of members.slice(0, 400)) {
    const words = m.text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const plain = words.map((w) => w.replace(/['’]/g, ''));
    for (let i = 0; i + want.length <= plain.length; i++) {
      if (!want.every((w, k) => plain[i + k] === w)) continue;
      first ??= words.slice(i, i + want.length).join(' ');
      said += 1;
      if (i > 0 && NEGATORS.has(plain[i - 1]!)) {
        const negation = plain[i - 1] === 'not' && plain[i - 2] === 'do' ? `${words[i - 2]} ${words[i - 1]}` : words[i - 1]!;
        negations.set(negation, (negations.get(negation) ?? 0) + 1);
      }
      break;
    }
  }
  if (!first) return phrase;
  const [negation, n] = [...negations.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
  return n * 2 > said ? `${negation} ${first}` : first;
}
