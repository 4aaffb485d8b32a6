import type { Features } from '../session-analysis.ts';
import type { Facet, SessionEvidence } from './persona-evidence.ts';
import { termsOf } from './persona-words.ts';

/** Feature prefixes: `a:` attribute value, then one per facet. Wire-free (never stored), so they may change. */
export const FACET_PREFIX: Record<Facet, string> = { context: 'x', goal: 'g', behavior: 'b', pain: 'p' };
const ATTRIBUTE_PREFIX = 'a';

/** How much each part of a profile counts once each is unit length: who people are weighs as much as what they want. */
const WEIGHT: Record<string, number> = { a: 1, x: 1, g: 1, b: 0.8, p: 1 };

/** A session's profile: the binary traits it shows (feature → true), and its weighted unit vector. */
export interface Profile {
  traits: Set<string>;
  vector: Features;
}

/** The surface form each trait was said in most often, for labels. */
export type Surfaces = Map<string, Map<string, number>>;

/**
 * Traits of a session: each attribute value (`a:plan=pro`; numbers by order of magnitude), and the words and
 * two-word phrases of its context, goal, behaviour and pain sentences (`g:invoic`, `x:financ team`), plus the
 * taxonomy subjects of those sentences (`p:c:billing`).
 */
export function sessionTraits(evidence: SessionEvidence, surfaces: Surfaces): Set<string> {
  const traits = new Set<string>();
  const note = (key: string, surface: string) => {
    traits.add(key);
    const forms = surfaces.get(key) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    surfaces.set(key, forms);
  };
  for (const [name, value] of Object.entries(evidence.attributes)) {
    const shown = attributeValue(value);
    if (shown) note(`${ATTRIBUTE_PREFIX}:${name}=${shown}`, `${name} ${shown}`);
  }
  for (const sentence of evidence.sentences) {
    for (const facet of sentence.facets) {
      const prefix = FACET_PREFIX[facet];
      for (const term of termsOf(sentence.text)) note(`${prefix}:${term.key}`, term.surface);
      for (const concept of sentence.concepts) note(`${prefix}:c:${concept}`, concept);
    }
  }
  return traits;
}

/**
 * Profile vectors: each trait weighted by how rare it is among the sessions (idf; traits of one session only, or of
 * every session, cannot tell groups apart and are left out), each part (attributes, context, goals, behaviours,
 * pains) scaled to unit length and weighted, the whole scaled to unit length.
 */
export function profileVectors(traits: Set<string>[]): { profiles: Profile[]; documentFrequency: Map<string, number> } {
  const n = traits.length;
  const df = new Map<string, number>();
  for (const set of traits) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const profiles = traits.map((set) => {
    const parts = new Map<string, Features>();
    for (const t of set) {
      const count = df.get(t)!;
      if (count < 2 || count >= n) continue;
      const prefix = t.slice(0, t.indexOf(':'));
      const part = parts.get(prefix) ?? {};
      part[t] = Math.log(n / count);
      parts.set(prefix, part);
    }
    const vector: Features = {};
    for (const [prefix, part] of parts) {
      const length = Math.sqrt(Object.values(part).reduce((s, w) => s + w * w, 0));
      for (const [t, w] of Object.entries(part)) vector[t] = (w / length) * (WEIGHT[prefix] ?? 1);
    }
    const length = Math.sqrt(Object.values(vector).reduce((s, w) => s + w * w, 0));
    for (const t of Object.keys(vector)) vector[t] = vector[t]! / length;
    return { traits: set, vector };
  });
  return { profiles, documentFrequency: df };
}

/** An attribute value as a trait: text as written (lower-cased), numbers by order of magnitude ("10–99"). */
function attributeValue(value: string): string | null {
  const text = value.trim().toLowerCase();
  if (!text || text.length > 60) return null;
  const number = Number(text);
  if (text !== '' && Number.isFinite(number) && /^-?\d+(?:\.\d+)?$/.test(text)) {
    if (number < 2) return text;
    const low = 10 ** Math.floor(Math.log10(number));
    return `${Math.max(2, low)}–${low * 10 - 1}`;
  }
  return text;
}
