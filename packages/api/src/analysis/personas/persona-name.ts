import type { Facet, SessionEvidence } from './persona-evidence.ts';
import type { Surfaces } from './persona-profiles.ts';
import { capitalise, contentWords, termsOf } from './persona-words.ts';

/** Which facets say who someone is, and which what they are after. */
const WHO: Facet[] = ['context'];
const WHAT: Facet[] = ['goal', 'pain', 'behavior'];
/** A naming word must be used by at least this share of the group. */
const MIN_SHARE = 0.4;
/** A two-word phrase replaces its word when this share of the word's users say the phrase ("accounts payable"). */
const PHRASE_SHARE = 0.6;

/** How often each word is used, per session, in who-sentences and in what-sentences: the study's side of naming. */
export interface NamingCounts {
  who: Map<string, number>;
  what: Map<string, number>;
  total: number;
}

/** The study-wide counts naming compares a group with. */
export function namingCounts(sessions: SessionEvidence[]): NamingCounts {
  const who = new Map<string, number>();
  const what = new Map<string, number>();
  for (const s of sessions) {
    for (const t of termsUsed(s, WHO)) who.set(t, (who.get(t) ?? 0) + 1);
    for (const t of termsUsed(s, WHAT)) what.set(t, (what.get(t) ?? 0) + 1);
  }
  return { who, what, total: sessions.length };
}

/**
 * "Freelance: invoices and late payments": the word that most sets the group apart in how its members describe
 * themselves, then the two that most set apart what they want, struggle with or do (share of the group using it
 * minus share of everyone else). Only words people used in a noun phrase name a persona ("invoices", not "send");
 * a two-word phrase replaces its word when most of the word's users say it; words of one phrase are named once.
 */
export function personaName(members: SessionEvidence[], counts: NamingCounts, surfaces: Surfaces, used: Set<string>, options: { whoShare?: number } = {}): string {
  const nouns = new Set(members.flatMap((m) => m.sentences.flatMap((s) => s.phrases.flatMap((p) => p.split(' ')))));
  const who = best(members, WHO, counts.who, counts.total, 1, [], nouns, surfaces, options.whoShare ?? MIN_SHARE);
  const what = best(members, WHAT, counts.what, counts.total, 2, who, nouns, surfaces, MIN_SHARE);
  const list = what.join(' and ');
  const candidates = [
    who.length && what.length ? `${capitalise(who[0]!)}: ${list}` : '',
    what.length ? capitalise(list) : '',
    who.length ? capitalise(who[0]!) : '',
    what.length > 1 ? capitalise(what[1]!) : '',
  ].filter(Boolean);
  const free = candidates.find((c) => !used.has(c.toLowerCase()));
  if (free) return free;
  let n = used.size + 1;
  while (used.has(`group ${n}`)) n += 1;
  return `Group ${n}`;
}

function best(
  members: SessionEvidence[],
  facets: Facet[],
  df: Map<string, number>,
  total: number,
  count: number,
  skip: string[],
  nouns: Set<string>,
  surfaces: Surfaces,
  minShare: number,
): string[] {
  const size = members.length;
  const inGroup = usage(members, facets);
  const score = (t: string) => {
    const n = inGroup.get(t)!;
    return n / size - (total > size ? ((df.get(t) ?? n) - n) / (total - size) : 0);
  };
  // A term is named in the form people used in a noun phrase ("freelance designer"), if they did ("freelancing" is not).
  const label = (t: string) => shown(surfaces, facets, t, nouns);
  const nounish = (t: string) => label(t).split(' ').every((w) => nouns.has(w.toLowerCase()));
  const candidates = [...inGroup.keys()]
    .filter((t) => !t.includes(' ') && inGroup.get(t)! >= 2 && inGroup.get(t)! / size >= minShare && score(t) > 0 && nounish(t))
    .sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
  const out: string[] = [];
  const taken = skip.map((s) => s.toLowerCase());
  for (const t of candidates) {
    const phrase = [...inGroup.keys()]
      .filter((p) => p.split(' ').includes(t) && p.includes(' ') && inGroup.get(p)! >= PHRASE_SHARE * inGroup.get(t)! && nounish(p))
      .sort((a, b) => inGroup.get(b)! - inGroup.get(a)! || (a < b ? -1 : 1))[0];
    const text = label(phrase ?? t);
    if (taken.some((o) => overlaps(o, text.toLowerCase()))) continue;
    out.push(text);
    taken.push(text.toLowerCase());
    if (out.length === count) break;
  }
  return out;
}

/** How many of the members used each term in sentences of the given facets. */
function usage(members: SessionEvidence[], facets: Facet[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of members) for (const t of termsUsed(m, facets)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** Terms (stems and two-stem phrases) a session used in sentences of the given facets. */
function termsUsed(s: SessionEvidence, facets: Facet[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of s.sentences) if (sentence.facets.some((f) => facets.includes(f))) for (const t of termsOf(sentence.text)) out.add(t.key);
  return out;
}

/** A term in the form people said it most often (among `prefer`red words when any fits): lower case, unless they write it in capitals ("ERP"). */
export function shown(surfaces: Surfaces, facets: Facet[], term: string, prefer?: Set<string>): string {
  const forms = new Map<string, number>();
  for (const prefix of facets.map((f) => ({ context: 'x', goal: 'g', behavior: 'b', pain: 'p' })[f])) {
    for (const [form, n] of surfaces.get(`${prefix}:${term}`) ?? []) forms.set(form, (forms.get(form) ?? 0) + n);
  }
  const preferred = new Map([...forms].filter(([form]) => prefer && form.split(' ').every((w) => prefer.has(w.toLowerCase()))));
  return mostCommonForm(preferred.size > 0 ? preferred : forms) ?? term;
}

/** The most common form, lower-cased except words most people write in capitals ("ERP sync"). */
export function mostCommonForm(forms: Map<string, number> | undefined): string | undefined {
  if (!forms || forms.size === 0) return undefined;
  const totals = new Map<string, number>();
  for (const [form, n] of forms) totals.set(form.toLowerCase(), (totals.get(form.toLowerCase()) ?? 0) + n);
  const lower = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const words = lower.split(' ');
  const capitals = words.map(() => 0);
  for (const [form, n] of forms) {
    if (form.toLowerCase() !== lower) continue;
    form.split(' ').forEach((w, i) => {
      if (w.length > 1 && w === w.toUpperCase()) capitals[i]! += n;
    });
  }
  return words.map((w, i) => (capitals[i]! * 2 > totals.get(lower)! ? w.toUpperCase() : w)).join(' ');
}

/** Whether two labels share a word ("approval" and "approval workflows", "freelance" and "freelancer"). */
function overlaps(a: string, b: string): boolean {
  const stems = contentWords(a).flatMap((w) => (w ? [w.stem] : []));
  const same = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 5 && (x.startsWith(y) || y.startsWith(x)));
  return contentWords(b).some((w) => w !== null && stems.some((s) => same(s, w.stem)));
}
