import type { NlpToken } from '../../interviewer/offline/nlp.ts';
import type { Concept } from './cx-lexicon.ts';

/** A subject of the taxonomy found in a sentence. */
export interface ConceptHit {
  key: string;
  /** 1 for a strong cue, 0.5 for a weak one. */
  weight: number;
  /** Token span [start, end). */
  start: number;
  end: number;
}

/** Finds taxonomy subjects in tokens. */
export interface ConceptMatcher {
  match(tokens: NlpToken[]): ConceptHit[];
}

interface Entry {
  words: string[];
  key: string;
  weight: number;
  order: number;
}

/**
 * Indexes the taxonomy by first word once, then matches each token against the sequences that start with its lemma
 * or its lower-cased form, longest first, so "set up" wins over "set" and a token is counted for one subject only.
 */
export function createConceptMatcher(concepts: Concept[]): ConceptMatcher {
  const byFirst = new Map<string, Entry[]>();
  concepts.forEach((concept, order) => {
    for (const raw of concept.terms) {
      const weak = raw.endsWith('~');
      const words = (weak ? raw.slice(0, -1) : raw).toLowerCase().split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, key: concept.key, weight: weak ? 0.5 : 1, order });
      byFirst.set(words[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);

  const fits = (token: NlpToken | undefined, word: string) => token !== undefined && (token.lemma === word || token.normal === word);
  return {
    match(tokens) {
      const hits: ConceptHit[] = [];
      for (let i = 0; i < tokens.length; ) {
        const t = tokens[i]!;
        const candidates = [...(byFirst.get(t.lemma) ?? []), ...(t.normal !== t.lemma ? (byFirst.get(t.normal) ?? []) : [])];
        // Longest first; of two as long, a strong cue before a weak one ("followed up" before the weak "follow up").
        const found = candidates
          .filter((e) => e.words.every((w, k) => fits(tokens[i + k], w)))
          .sort((a, b) => b.words.length - a.words.length || b.weight - a.weight || a.order - b.order)[0];
        if (found) {
          hits.push({ key: found.key, weight: found.weight, start: i, end: i + found.words.length });
          i += found.words.length;
        } else {
          i += 1;
        }
      }
      return hits;
    },
  };
}
