import type { Persona, Quote } from '@parley/protocol';
import { CX_CONCEPTS } from '../offline/cx-lexicon.ts';
import { feelingWord } from '../render/summary.ts';
import type { DistinctiveTrait } from './distinctive-traits.ts';
import type { EvidenceSentence, Facet, SessionEvidence } from './persona-evidence.ts';
import type { Surfaces } from './persona-profiles.ts';
import { personaName, mostCommonForm, type NamingCounts } from './persona-name.ts';
import { termsOf } from './persona-words.ts';
import { identitySentences } from './identity-profiles.ts';
import { saysHowTheyWork, saysWhoTheyAre } from '../offline/self-description.ts';

/** Sentences per list on a card (goals, frustrations, behaviours). */
const LIST = 3;
/**
 * A persona found by who its members say they are is named for words a few of them use about themselves: people of
 * one kind describe themselves in varied words, so no single word is said by most of them.
 */
const IDENTITY_NAME_SHARE = 0.15;
/** Representative quotes kept for a persona (the card shows the first; a model writing names reads them all). */
const QUOTES = 4;
/** Traits named in a persona's description. */
const DESCRIBED_TRAITS = 6;

const CONCEPT_LABELS = new Map(CX_CONCEPTS.map((c) => [c.key, c.label.toLowerCase()]));

/** A trait as a reader sees it. */
export interface ShownTrait {
  key: string;
  /** Which part of the profile it comes from: an attribute, or a facet of what people said. */
  source: 'attribute' | Facet;
  /** In the participants' words ("approval workflows"), or `plan “pro”` for an attribute. */
  label: string;
  inGroup: number;
  outside: number;
}

/** A persona with what it was built from: the card, its traits, its quotes and share, for writers and tests. */
export interface PersonaDraft {
  persona: Persona;
  traits: ShownTrait[];
  /** Verbatim sentences of its most typical members, each from a different member, best first. */
  quotes: Quote[];
  /** Share of the analysed interviews it stands for (0…1). */
  share: number;
  /** The offline name, kept when a model's name is rejected. */
  offlineName: string;
  /** Found by who its members say they are: its quotes are their self-descriptions, and its names must draw on them. */
  byIdentity: boolean;
}

const SOURCE: Record<string, ShownTrait['source']> = { a: 'attribute', x: 'context', g: 'goal', b: 'behavior', p: 'pain' };

/**
 * The card of one group: named for its own most distinctive words (who they are, then what they want or struggle
 * with), described by its share of the interviews and what sets it apart, with goals, frustrations and behaviours
 * as its members' own whole sentences (most typical members first, sentences that carry the group's traits first)
 * and a representative quote.
 */
export function personaCard(input: {
  members: SessionEvidence[];
  traits: DistinctiveTrait[];
  surfaces: Surfaces;
  naming: NamingCounts;
  total: number;
  usedNames: Set<string>;
  /** The group was found by who its members say they are (identity-profiles.ts): the card leads with that. */
  byIdentity?: boolean;
}): PersonaDraft {
  const { members, total } = input;
  const traits = input.traits.map((t) => showTrait(t, input.surfaces));
  const traitTerms = new Set(traits.filter((t) => t.source !== 'attribute' && !t.key.includes(':c:')).map((t) => t.key.slice(2)));
  const offlineName = personaName(members, input.naming, input.surfaces, input.usedNames, input.byIdentity ? { whoShare: IDENTITY_NAME_SHARE } : {});
  input.usedNames.add(offlineName.toLowerCase());
  const quotes = input.byIdentity ? identityQuotes(members) : representativeQuotes(members, traitTerms);
  const first = quotes[0] ?? fallbackQuote(members);
  // A sentence shows up in one list only (goals, then frustrations, then behaviours).
  const shown = new Set<string>();
  const persona: Persona = {
    name: offlineName,
    quote: first.text,
    quoteSource: { sessionId: first.sessionId, turnId: first.turnId },
    goals: withNeeds(sentencesOf(members, 'goal', traitTerms, shown), members, shown),
    frustrations: sentencesOf(members, 'pain', traitTerms, shown),
    behaviors: sentencesOf(members, 'behavior', traitTerms, shown),
    context: (input.byIdentity ? `${inTheirWords(quotes)} ` : '') + describe(members, traits, total),
    sessionIds: members.map((m) => m.sessionId),
  };
  return { persona, traits, quotes: quotes.length ? quotes : [first], share: members.length / Math.max(1, total), offlineName, byIdentity: input.byIdentity === true };
}

function showTrait(t: DistinctiveTrait, surfaces: Surfaces): ShownTrait {
  const prefix = t.key.slice(0, t.key.indexOf(':'));
  const rest = t.key.slice(prefix.length + 1);
  let label: string;
  if (prefix === 'a') {
    const [name, value] = [rest.slice(0, rest.indexOf('=')), rest.slice(rest.indexOf('=') + 1)];
    label = `${name} “${value}”`;
  } else if (rest.startsWith('c:')) label = CONCEPT_LABELS.get(rest.slice(2)) ?? rest.slice(2);
  else label = mostCommonForm(surfaces.get(t.key)) ?? rest;
  return { key: t.key, source: SOURCE[prefix] ?? 'context', label, inGroup: t.inGroup, outside: t.outside };
}

/** "9 of 30 interviews (30%). Set apart by: …. Sentiment mixed or neutral (0.05)." */
function describe(members: SessionEvidence[], traits: ShownTrait[], total: number): string {
  const n = members.length;
  const parts = [`${n} of ${total} interview${total === 1 ? '' : 's'} (${Math.round((n / Math.max(1, total)) * 100)}%).`];
  // Words are shown as the things people named ("approval workflows", "timesheets"), not every word they shared ("live").
  const nouns = new Set(members.flatMap((m) => m.sentences.flatMap((s) => s.phrases.flatMap((p) => p.split(' ')))));
  const readable = traits.filter((t) => t.source === 'attribute' || t.key.includes(':c:') || t.label.split(' ').every((w) => nouns.has(w.toLowerCase())));
  const shown = dedupeLabels(readable).slice(0, DESCRIBED_TRAITS);
  if (shown.length > 0 && n < total) {
    const words = shown.map((t) => `${t.label} (${t.inGroup} of ${n}; ${t.outside} of the other ${total - n})`);
    parts.push(`Set apart by ${words.join(', ')}.`);
  } else if (shown.length > 0) {
    parts.push(`Most of them mention ${shown.map((t) => `${t.label} (${t.inGroup} of ${n})`).join(', ')}.`);
  }
  const sentiment = members.reduce((s, m) => s + m.sentiment, 0) / Math.max(1, n);
  parts.push(`Sentiment ${feelingWord(sentiment)} (${sentiment.toFixed(2)}).`);
  return parts.join(' ');
}

function dedupeLabels(traits: ShownTrait[]): ShownTrait[] {
  const out: ShownTrait[] = [];
  for (const t of traits) if (!out.some((o) => o.label.includes(t.label) || t.label.includes(o.label))) out.push(t);
  return out;
}

/** Whole sentences of a facet not shown yet, at most one per member, the members most typical of the group first. */
function sentencesOf(members: SessionEvidence[], facet: Facet, traitTerms: Set<string>, shown: Set<string>): string[] {
  const candidates = members.flatMap((m, rank) =>
    // A habit said as one ("I usually raise tickets for colleagues") speaks for how people work better than an event that recurs.
    m.sentences.filter((s) => s.facets.includes(facet)).map((s) => ({ s, rank, score: overlap(s, traitTerms) + (facet === 'behavior' && saysHowTheyWork(s.text) ? 2 : 0) })),
  );
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || (a.s.text < b.s.text ? -1 : 1));
  const out: string[] = [];
  const usedMembers = new Set<number>();
  const seen: Set<string>[] = [];
  for (const c of candidates) {
    if (usedMembers.has(c.rank) || shown.has(c.s.text)) continue;
    const terms = new Set(termsOf(c.s.text).map((t) => t.key));
    if (seen.some((other) => jaccard(other, terms) >= 0.6)) continue;
    usedMembers.add(c.rank);
    seen.push(terms);
    shown.add(c.s.text);
    out.push(c.s.text);
    if (out.length === LIST) break;
  }
  return out;
}

/**
 * Goals topped up with what members asked for ("One person who stays with my case from start to finish"): a need in
 * their own words, from the most typical members first, one per member, never two alike.
 */
function withNeeds(goals: string[], members: SessionEvidence[], shown: Set<string>): string[] {
  const out = [...goals];
  const seen = out.map((g) => new Set(termsOf(g).map((t) => t.key)));
  for (const m of members) {
    if (out.length >= LIST) break;
    const wish = m.wishes.find((w) => !shown.has(w.text) && !seen.some((other) => jaccard(other, new Set(termsOf(w.text).map((t) => t.key))) >= 0.6));
    if (!wish) continue;
    shown.add(wish.text);
    seen.push(new Set(termsOf(wish.text).map((t) => t.key)));
    out.push(wish.text);
  }
  return out;
}

/** Quotes from the most typical members: quotable sentences that carry the group's traits, one per member. */
function representativeQuotes(members: SessionEvidence[], traitTerms: Set<string>): Quote[] {
  const scored = members.flatMap((m, rank) =>
    m.sentences
      .filter((s) => s.quotability > 0)
      .map((s) => ({ m, s, score: s.quotability + Math.min(3, overlap(s, traitTerms)) * 0.6 + (s.facets.some((f) => f !== 'context') ? 0.3 : 0) - rank * 0.05 })),
  );
  scored.sort((a, b) => b.score - a.score || (a.s.text < b.s.text ? -1 : 1));
  const out: Quote[] = [];
  const used = new Set<string>();
  for (const { m, s } of scored) {
    if (used.has(m.sessionId)) continue;
    used.add(m.sessionId);
    out.push({ sessionId: m.sessionId, turnId: s.turnId, text: s.text });
    if (out.length === QUOTES) break;
  }
  return out;
}

function fallbackQuote(members: SessionEvidence[]): Quote {
  for (const m of members) {
    const s = m.sentences[0];
    if (s) return { sessionId: m.sessionId, turnId: s.turnId, text: s.text };
  }
  throw new Error('a persona needs a member with a sentence');
}

function overlap(s: EvidenceSentence, traitTerms: Set<string>): number {
  let n = 0;
  for (const t of termsOf(s.text)) if (traitTerms.has(t.key)) n += 1;
  return n;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both += 1;
  const union = a.size + b.size - both;
  return union === 0 ? 1 : both / union;
}

/** How the most typical members say who they are: one sentence each, never the same words twice (members come most typical first). */
function identityQuotes(members: SessionEvidence[]): Quote[] {
  const out: Quote[] = [];
  const said = new Set<string>();
  for (const m of members) {
    const own = new Set(identitySentences(m).filter((text) => !said.has(text)));
    const s = m.sentences.find((x) => own.has(x.text) && saysWhoTheyAre(x.text)) ?? m.sentences.find((x) => own.has(x.text));
    if (!s) continue;
    said.add(s.text);
    out.push({ sessionId: m.sessionId, turnId: s.turnId, text: s.text });
    if (out.length === QUOTES) break;
  }
  return out;
}

/** "In their words: “…” · “…”." for a persona found by who its members are. */
function inTheirWords(quotes: Quote[]): string {
  return quotes.length ? `In their words: ${quotes.slice(0, 2).map((q) => `“${q.text}”`).join(' · ')}` : '';
}
