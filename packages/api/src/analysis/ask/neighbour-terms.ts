import type { Features } from '../session-analysis.ts';
import { cosine, type SentenceEmbedder } from '../meaning/sentence-vectors.ts';

/**
 * A participant's word counts as the question's word when their vectors are at least this close ("pet" ~ "dog" 0.70,
 * "weather" ~ "rain" 0.63 does not). Below it GloVe neighbours are as often antonyms or words seen in the same news
 * story ("unhappy" ~ "happy" 0.60, "ticket" ~ "refund" 0.50, "page" ~ "column" 0.63) as synonyms.
 */
export const NEIGHBOUR_SIMILARITY = 0.65;
/** At most this many neighbours per question word. */
const PER_WORD = 3;
/** A neighbour weighs its similarity times this share of the question word's weight. */
const NEIGHBOUR_SHARE = 0.7;

/** Neighbours of a question's words among the words participants said. */
export interface Neighbours {
  /** Extra query terms, weighted by closeness. */
  terms: Features;
  /** For each question word with a neighbour: how close the closest one is. */
  closest: Map<string, number>;
}

/**
 * Words participants said that mean what a word of the question means (GloVe neighbours among the study's own
 * words: "pets" finds "dog", "unhappy" finds "frustrated"), as extra query terms weighted by how close they are.
 * This is where meaning widens retrieval: a neighbour is still a word somebody said, so it is lexical evidence.
 */
export function neighbourTerms(embedder: SentenceEmbedder, terms: Features, vocabulary: Iterable<string>): Neighbours {
  const own = Object.entries(terms)
    .filter(([k]) => k.startsWith('w:'))
    .map(([k, weight]) => ({ k, weight, vector: embedder.embedSentence(k.slice(2)) }))
    .filter((w): w is { k: string; weight: number; vector: Float32Array } => w.vector !== null);
  const closest = new Map<string, number>();
  if (own.length === 0) return { terms: {}, closest };
  const found = own.map(() => [] as { term: string; similarity: number }[]);
  for (const term of vocabulary) {
    if (!term.startsWith('w:') || term in terms) continue;
    const vector = embedder.embedSentence(term.slice(2));
    if (!vector) continue;
    own.forEach((w, i) => {
      const similarity = cosine(w.vector, vector);
      if (similarity >= NEIGHBOUR_SIMILARITY) found[i]!.push({ term, similarity });
    });
  }
  const out: Features = {};
  own.forEach((w, i) => {
    const best = found[i]!.sort((a, b) => b.similarity - a.similarity || (a.term < b.term ? -1 : 1)).slice(0, PER_WORD);
    for (const n of best) out[n.term] = Math.max(out[n.term] ?? 0, w.weight * n.similarity * NEIGHBOUR_SHARE);
    if (best[0]) closest.set(w.k, best[0].similarity);
  });
  return { terms: out, closest };
}
