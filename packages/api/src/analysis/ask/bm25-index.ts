import type { Features } from '../session-analysis.ts';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** A scored document. */
export interface Hit {
  key: string;
  score: number;
  /** Query terms the document contains. */
  matched: string[];
}

/**
 * An incremental Okapi BM25 index over documents given as feature vectors (a term's presence is its frequency: the
 * documents are sentences, where terms rarely repeat). Documents can be added and removed as analyses change.
 */
export class Bm25Index {
  private readonly postings = new Map<string, Set<string>>();
  private readonly lengths = new Map<string, number>();
  private totalLength = 0;

  /** Adds (or replaces) a document. */
  add(key: string, terms: Features): void {
    this.remove(key, terms);
    const list = Object.keys(terms);
    this.lengths.set(key, list.length);
    this.totalLength += list.length;
    for (const t of list) {
      let set = this.postings.get(t);
      if (!set) this.postings.set(t, (set = new Set()));
      set.add(key);
    }
  }

  /** Removes a document (its terms are needed to find its postings). */
  remove(key: string, terms: Features): void {
    const length = this.lengths.get(key);
    if (length === undefined) return;
    this.lengths.delete(key);
    this.totalLength -= length;
    for (const t of Object.keys(terms)) {
      const set = this.postings.get(t);
      set?.delete(key);
      if (set?.size === 0) this.postings.delete(t);
    }
  }

  /** Number of documents. */
  get size(): number {
    return this.lengths.size;
  }

  /** How many documents contain a term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Every term some document holds. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** The score a document outside the index (given as its terms) would have among the indexed ones. */
  score(query: Features, terms: Features): Hit {
    const n = this.lengths.size;
    const length = Object.keys(terms).length;
    const hit: Hit = { key: '', score: 0, matched: [] };
    if (n === 0 || length === 0) return hit;
    const avg = this.totalLength / n;
    for (const [term, weight] of Object.entries(query)) {
      if (!(term in terms)) continue;
      const df = this.postings.get(term)?.size ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      hit.score += (weight * idf * (K1 + 1)) / (1 + K1 * (1 - B + (B * length) / avg));
      hit.matched.push(term);
    }
    return hit;
  }

  /** The best `limit` documents for weighted query terms, best first (ties by key, so answers are stable). */
  search(query: Features, limit: number): Hit[] {
    const n = this.lengths.size;
    if (n === 0) return [];
    const avg = this.totalLength / n;
    const scores = new Map<string, Hit>();
    for (const [term, weight] of Object.entries(query)) {
      const docs = this.postings.get(term);
      if (!docs) continue;
      const idf = Math.log(1 + (n - docs.size + 0.5) / (docs.size + 0.5));
      for (const key of docs) {
        const len = this.lengths.get(key)!;
        const part = (weight * idf * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / avg));
        const hit = scores.get(key) ?? { key, score: 0, matched: [] };
        hit.score += part;
        hit.matched.push(term);
        scores.set(key, hit);
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, limit);
  }
}
